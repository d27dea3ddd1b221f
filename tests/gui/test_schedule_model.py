"""Warnings in the window: the core's one wording of each rule, with the interface's formats."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from nejat_desk.core.scheduling import (
    CalendarItem,
    ItemKind,
    RuleId,
    ScheduleRules,
    ScheduleWarning,
    evaluate_rules,
)
from nejat_desk.gui import dates as ui_dates
from nejat_desk.gui.schedule.model import warning_text

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
ZONES = {"en": "UTC", "fa": "Asia/Tehran"}


def _article(i: int, when: datetime, **kw: object) -> CalendarItem:
    kw.setdefault("status", "ready")
    return CalendarItem(key=f"article:{i}", kind=ItemKind.ARTICLE, record_id=i, uid=str(i), title=f"Story {i}",
                        when=when, edition="en", **kw)  # type: ignore[arg-type]


def test_every_rule_is_worded_with_its_values(qapp) -> None:
    items = [_article(1, T0, status="draft", images_missing_alt=(3, 4)), _article(2, T0 + timedelta(minutes=5)),
             _article(3, T0 + timedelta(minutes=7)),
             CalendarItem(key="social:1", kind=ItemKind.SOCIAL, record_id=1, uid="s", title="Story 2",
                          when=T0, edition="en", platform="telegram", linked_key="article:2",
                          linked_when=T0 + timedelta(minutes=5))]
    warnings = evaluate_rules(items, ScheduleRules(max_posts_per_hour=2, min_gap_minutes=20),
                              edition_zones=ZONES, days=[date(2026, 11, 3)])
    texts = {w.rule: warning_text(w) for w in reversed(warnings)}  # the first of each rule
    assert set(texts) == set(RuleId)
    assert texts[RuleId.MAX_PER_HOUR].startswith("3 posts in the English edition") and "09:00" in texts[RuleId.MAX_PER_HOUR]
    assert "Story 1" in texts[RuleId.MIN_GAP] and "5 min apart" in texts[RuleId.MIN_GAP]
    assert "'Draft'" in texts[RuleId.NOT_READY]  # the status's label, not its identifier
    assert "Telegram" in texts[RuleId.SOCIAL_BEFORE_ARTICLE] and "before the article" in texts[
        RuleId.SOCIAL_BEFORE_ARTICLE]
    assert "2 images without alt text" in texts[RuleId.MISSING_ALT]
    # The day in the interface locale's long format (which other tests may have changed).
    day = ui_dates.format_date(date(2026, 11, 3), long=True)
    assert "Tuesday" in day and "November" in day
    assert texts[RuleId.EMPTY_DAY] == f"Nothing is scheduled in the English edition on {day}."


def test_falls_back_to_the_core_message(qapp) -> None:
    bare = ScheduleWarning(RuleId.MIN_GAP, "the core's words", ("article:1",), "en")
    assert warning_text(bare) == "the core's words"


def test_the_window_and_the_core_word_a_warning_alike(qapp) -> None:
    """One home for the sentences: the window's text is the core's message with other formats."""
    items = [_article(1, T0, status="draft")]
    warning = next(w for w in evaluate_rules(items, ScheduleRules(), edition_zones=ZONES) if w.rule is RuleId.NOT_READY)
    assert warning.message == "'Story 1' is scheduled but its status is 'draft', not ready."
    assert warning_text(warning) == "'\u2068Story 1\u2069' is scheduled but its status is 'Draft', not ready."
