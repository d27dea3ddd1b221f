"""Schedule warnings grouped for reading: empty days joined per edition into stretches, the most
pressing rules first; one wording per rule whatever writes the values."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from nejat_desk.core.schedule_warnings import (
    RULE_ORDER,
    RuleId,
    WarningFormats,
    describe_warning,
    group_warnings,
)
from nejat_desk.core.scheduling import CalendarItem, ItemKind, ScheduleRules, evaluate_rules, plain_formats

ZONES = {"en": "UTC", "fa": "Asia/Tehran"}
DEC_1 = date(2026, 12, 1)


def _article(i: int, when: datetime, edition: str = "en", **kw: object) -> CalendarItem:
    kw.setdefault("status", "ready")
    return CalendarItem(key=f"article:{i}", kind=ItemKind.ARTICLE, record_id=i, uid=str(i), title=f"Story {i}",
                        when=when, edition=edition, **kw)  # type: ignore[arg-type]


def month() -> list[date]:
    return [DEC_1 + timedelta(days=n) for n in range(31)]


def test_a_month_of_empty_days_is_one_line_per_edition_and_stretch() -> None:
    # English has a post on the 10th: its empty days are two stretches; Farsi has none at all.
    items = [_article(1, datetime(2026, 12, 10, 9, 0, tzinfo=UTC))]
    warnings = evaluate_rules(items, ScheduleRules(), edition_zones=ZONES, days=month())
    assert sum(w.rule is RuleId.EMPTY_DAY for w in warnings) == 61  # the rules still report each day
    lines = group_warnings(warnings, plain_formats())
    assert [(w.edition, w.params["first"], w.params["last"]) for w in lines] == [
        ("en", DEC_1, date(2026, 12, 9)), ("fa", DEC_1, date(2026, 12, 31)),
        ("en", date(2026, 12, 11), date(2026, 12, 31))]
    assert lines[1].message == "Nothing is scheduled in the Farsi edition from Tue 2026-12-01 to Thu 2026-12-31 (31 days)."


def test_a_single_empty_day_keeps_the_one_day_sentence() -> None:
    lines = group_warnings(evaluate_rules([], ScheduleRules(), edition_zones={"en": "UTC"}, days=[DEC_1]),
                           plain_formats())
    assert [w.message for w in lines] == ["Nothing is scheduled in the English edition on Tue 2026-12-01."]


def test_lines_come_most_pressing_first() -> None:
    t0 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    items = [_article(1, t0, images_missing_alt=(7,)), _article(2, t0 + timedelta(minutes=5)),
             _article(3, t0 + timedelta(minutes=8), status="draft")]
    warnings = evaluate_rules(items, ScheduleRules(), edition_zones={"en": "UTC"}, days=[DEC_1])
    lines = group_warnings(warnings, plain_formats())
    rules = [w.rule for w in lines]
    assert rules == sorted(rules, key=RULE_ORDER.index)
    assert rules[0] is RuleId.NOT_READY and rules[-1] is RuleId.EMPTY_DAY
    assert {RuleId.MAX_PER_HOUR, RuleId.MIN_GAP, RuleId.MISSING_ALT} <= set(rules)


def test_formats_write_the_values_and_the_words_stay() -> None:
    items = [_article(1, datetime(2026, 12, 2, 9, 0, tzinfo=UTC)), _article(2, datetime(2026, 12, 2, 9, 5, tzinfo=UTC))]
    gap = next(w for w in evaluate_rules(items, ScheduleRules(), edition_zones=ZONES) if w.rule is RuleId.MIN_GAP)
    persian = WarningFormats(day=lambda d: "روز", hour=lambda h: "ساعت", number=lambda n: "۵" if n == 5 else "۲۰",
                             edition=lambda code: "انگلیسی", title=lambda t: f"«{t}»")
    assert describe_warning(gap, persian) == "'«Story 1»' and '«Story 2»' (انگلیسی) are ۵ min apart (at least ۲۰ min wanted)."
    assert gap.message == "'Story 1' and 'Story 2' (English) are 5 min apart (at least 20 min wanted)."
