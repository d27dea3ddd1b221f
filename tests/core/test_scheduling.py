"""Time zones (skipped and repeated hours, zones without DST) and the schedule rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.scheduling import (
    AmbiguousLocalTime,
    CalendarItem,
    DueVerdict,
    ItemKind,
    LocalTimeKind,
    NonexistentLocalTime,
    RuleId,
    ScheduleRules,
    check_local,
    classify_due,
    evaluate_rules,
    local_day_bounds,
    parse_local,
    to_local,
    to_utc,
    warnings_by_item,
)

ZONES = {"en": "UTC", "ar": "Asia/Baghdad", "fa": "Asia/Tehran", "sq": "Europe/Tirane"}


# --- time zones ---------------------------------------------------------------------------

def test_ordinary_time_converts_to_utc() -> None:
    assert to_utc(datetime(2026, 7, 1, 9, 0), "Europe/Berlin") == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    assert to_utc(datetime(2026, 1, 15, 9, 0), "Europe/Berlin") == datetime(2026, 1, 15, 8, 0, tzinfo=UTC)


def test_repeated_hour_is_ambiguous_and_never_silently_resolved() -> None:
    local = datetime(2026, 10, 25, 2, 30)  # Berlin falls back from 03:00 CEST to 02:00 CET
    check = check_local(local, "Europe/Berlin")
    assert check.kind is LocalTimeKind.AMBIGUOUS
    earlier, later = check.candidates
    assert earlier == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert later == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    with pytest.raises(AmbiguousLocalTime) as caught:
        to_utc(local, "Europe/Berlin")
    assert "happens twice" in str(caught.value) and "earlier" in str(caught.value)
    assert caught.value.earlier == earlier and caught.value.later == later
    assert to_utc(local, "Europe/Berlin", ambiguous="earlier") == earlier
    assert to_utc(local, "Europe/Berlin", ambiguous="later") == later


def test_skipped_hour_is_nonexistent_and_offers_first_valid_minute() -> None:
    local = datetime(2026, 3, 29, 2, 30)  # Berlin springs from 02:00 CET to 03:00 CEST
    check = check_local(local, "Europe/Berlin")
    assert check.kind is LocalTimeKind.NONEXISTENT
    assert check.first_valid is not None
    assert check.first_valid.replace(tzinfo=None) == datetime(2026, 3, 29, 3, 0)
    with pytest.raises(NonexistentLocalTime) as caught:
        to_utc(local, "Europe/Berlin")
    assert "does not exist" in str(caught.value) and "03:00" in str(caught.value)
    # The explicit choice: the first valid minute, 03:00 CEST = 01:00 UTC.
    assert to_utc(local, "Europe/Berlin", nonexistent="shift-forward") == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    # Choosing for ambiguity does not quietly resolve a gap.
    with pytest.raises(NonexistentLocalTime):
        to_utc(local, "Europe/Berlin", ambiguous="earlier")


def test_edges_of_the_transitions_are_ordinary() -> None:
    assert check_local(datetime(2026, 3, 29, 1, 59), "Europe/Berlin").kind is LocalTimeKind.OK
    assert check_local(datetime(2026, 3, 29, 3, 0), "Europe/Berlin").kind is LocalTimeKind.OK
    assert check_local(datetime(2026, 10, 25, 1, 59), "Europe/Berlin").kind is LocalTimeKind.OK
    assert check_local(datetime(2026, 10, 25, 3, 0), "Europe/Berlin").kind is LocalTimeKind.OK


def test_us_zone_gap_and_overlap() -> None:
    assert check_local(datetime(2026, 3, 8, 2, 15), "America/New_York").kind is LocalTimeKind.NONEXISTENT
    assert check_local(datetime(2026, 11, 1, 1, 15), "America/New_York").kind is LocalTimeKind.AMBIGUOUS


@pytest.mark.parametrize("zone_name,offset", [("Asia/Tehran", timedelta(hours=3, minutes=30)),
                                              ("Asia/Baghdad", timedelta(hours=3)), ("UTC", timedelta(0))])
def test_zones_without_dst_have_no_gaps_or_repeats(zone_name: str, offset: timedelta) -> None:
    # Iran stopped DST in 2022: the old transition dates of March and September are ordinary now.
    for local in (datetime(2026, 3, 22, 0, 30), datetime(2026, 9, 22, 23, 30), datetime(2026, 10, 25, 2, 30)):
        check = check_local(local, zone_name)
        assert check.kind is LocalTimeKind.OK
        assert check.candidates[0] == (local - offset).replace(tzinfo=UTC)


def test_tehran_before_2022_still_had_dst() -> None:
    assert check_local(datetime(2021, 3, 22, 0, 30), "Asia/Tehran").kind is LocalTimeKind.NONEXISTENT


def test_local_display_and_day_bounds() -> None:
    instant = datetime(2026, 10, 24, 22, 0, tzinfo=UTC)
    assert to_local(instant, "Asia/Tehran").strftime("%Y-%m-%d %H:%M") == "2026-10-25 01:30"
    start, end = local_day_bounds(date(2026, 10, 25), "Europe/Berlin")
    assert end - start == timedelta(hours=25)
    start, end = local_day_bounds(date(2026, 3, 29), "Europe/Berlin")
    assert end - start == timedelta(hours=23)


def test_bad_inputs_are_named() -> None:
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        to_utc(datetime(2026, 1, 1), "Mars/Olympus")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_local("next tuesday")
    assert parse_local("2026-10-25 02:30") == datetime(2026, 10, 25, 2, 30)


# --- rules ---------------------------------------------------------------------------------

def _article(i: int, when: datetime, edition: str = "en", status: str = "ready", **kw: object) -> CalendarItem:
    return CalendarItem(key=f"article:{i}", kind=ItemKind.ARTICLE, record_id=i, uid=f"u{i}", title=f"A{i}",
                        when=when, edition=edition, status=status, **kw)  # type: ignore[arg-type]


T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
QUIET = ScheduleRules(warn_empty_days=False)


def test_max_posts_per_hour_in_the_edition_zone() -> None:
    items = [_article(1, T0), _article(2, T0 + timedelta(minutes=25)), _article(3, T0 + timedelta(minutes=50))]
    warnings = evaluate_rules(items, ScheduleRules(max_posts_per_hour=2, min_gap_minutes=0,
                                                   warn_empty_days=False), edition_zones=ZONES)
    assert [w.rule for w in warnings] == [RuleId.MAX_PER_HOUR]
    assert warnings[0].item_keys == ("article:1", "article:2", "article:3")
    # Tehran's clock hours start at :30 UTC: 09:00 and 09:50 UTC are 12:30 and 13:20 there.
    fa = [_article(1, T0, "fa"), _article(2, T0 + timedelta(minutes=25), "fa"),
          _article(3, T0 + timedelta(minutes=50), "fa")]
    assert evaluate_rules(fa, ScheduleRules(max_posts_per_hour=2, min_gap_minutes=0, warn_empty_days=False),
                          edition_zones=ZONES) == []
    # Another edition in the same hour is not counted.
    mixed = [_article(1, T0), _article(2, T0, "ar"), _article(3, T0, "sq")]
    rules = ScheduleRules(max_posts_per_hour=1, min_gap_minutes=0, warn_empty_days=False)
    assert evaluate_rules(mixed, rules, edition_zones=ZONES) == []


def test_min_gap() -> None:
    items = [_article(1, T0), _article(2, T0 + timedelta(minutes=10)), _article(3, T0 + timedelta(minutes=40))]
    warnings = evaluate_rules(items, ScheduleRules(max_posts_per_hour=0, min_gap_minutes=20,
                                                   warn_empty_days=False), edition_zones=ZONES)
    assert len(warnings) == 1 and warnings[0].rule is RuleId.MIN_GAP
    assert warnings[0].item_keys == ("article:1", "article:2") and "10 min apart" in warnings[0].message


def test_empty_day_per_edition_in_its_zone() -> None:
    # 22:00 UTC on Nov 1 is already Nov 2 in Tehran (01:30) but still Nov 1 in UTC.
    items = [_article(1, datetime(2026, 11, 1, 22, 0, tzinfo=UTC), "fa"),
             _article(2, datetime(2026, 11, 1, 22, 0, tzinfo=UTC), "en")]
    warnings = evaluate_rules(items, ScheduleRules(empty_day_editions=("en", "fa")), edition_zones=ZONES,
                              days=[date(2026, 11, 1), date(2026, 11, 2)])
    empty = {(w.edition, w.day) for w in warnings if w.rule is RuleId.EMPTY_DAY}
    assert empty == {("fa", date(2026, 11, 1)), ("en", date(2026, 11, 2))}


def test_not_ready_social_before_article_and_missing_alt() -> None:
    social = CalendarItem(key="social:7", kind=ItemKind.SOCIAL, record_id=7, uid="s7", title="A1",
                          when=T0 - timedelta(hours=1), edition="en", platform="facebook",
                          linked_key="article:1", linked_when=T0)
    unscheduled_link = CalendarItem(key="social:8", kind=ItemKind.SOCIAL, record_id=8, uid="s8", title="A9",
                                    when=T0, edition="en", platform="x", linked_key="article:9")
    fine_social = CalendarItem(key="social:9", kind=ItemKind.SOCIAL, record_id=9, uid="s9", title="A1",
                               when=T0 + timedelta(hours=1), edition="en", platform="x",
                               linked_key="article:1", linked_when=T0)
    items = [_article(1, T0, status="draft", images_missing_alt=(4, 5)), social, unscheduled_link, fine_social]
    warnings = evaluate_rules(items, QUIET, edition_zones=ZONES)
    rules = sorted((w.rule.value, w.item_keys) for w in warnings)
    assert rules == [
        ("missing_alt", ("article:1",)),
        ("not_ready", ("article:1",)),
        ("social_before_article", ("social:7", "article:1")),
        ("social_before_article", ("social:8", "article:9")),
    ]
    by_item = warnings_by_item(warnings)
    assert {w.rule for w in by_item["article:1"]} == {RuleId.NOT_READY, RuleId.MISSING_ALT,
                                                      RuleId.SOCIAL_BEFORE_ARTICLE}
    assert "social:9" not in by_item
    assert "2 images without alt text" in next(w.message for w in warnings if w.rule is RuleId.MISSING_ALT)


def test_rules_switched_off() -> None:
    items = [_article(1, T0, status="draft", images_missing_alt=(4,)), _article(2, T0)]
    off = ScheduleRules(max_posts_per_hour=0, min_gap_minutes=0, warn_empty_days=False, warn_not_ready=False,
                        warn_social_before_article=False, warn_missing_alt=False)
    assert evaluate_rules(items, off, edition_zones=ZONES, days=[T0.date()]) == []


def test_rules_json_round_trip_and_bad_values() -> None:
    rules = ScheduleRules(max_posts_per_hour=3, min_gap_minutes=0, empty_day_editions=("fa",))
    assert ScheduleRules.from_json(rules.to_json()) == rules
    assert ScheduleRules.from_json(None) == ScheduleRules()
    assert ScheduleRules.from_json({"min_gap_minutes": 5, "unknown": 1}).min_gap_minutes == 5
    with pytest.raises(ValidationError, match="max_posts_per_hour"):
        ScheduleRules.from_json({"max_posts_per_hour": -1})
    with pytest.raises(ValidationError, match="warn_missing_alt"):
        ScheduleRules.from_json({"warn_missing_alt": "yes"})
    with pytest.raises(ValidationError, match="JSON object"):
        ScheduleRules.from_json([1])


# --- due and missed --------------------------------------------------------------------------

def test_classify_due() -> None:
    start = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    assert classify_due(now + timedelta(minutes=1), now, watching_since=start) is DueVerdict.NOT_YET
    assert classify_due(now - timedelta(minutes=1), now, watching_since=start) is DueVerdict.DUE
    # The laptop slept through it.
    assert classify_due(now - timedelta(minutes=40), now, watching_since=start) is DueVerdict.MISSED
    # Came due before the app started, or found by the start-up sweep.
    assert classify_due(start - timedelta(minutes=1), start + timedelta(minutes=1),
                        watching_since=start) is DueVerdict.MISSED
    assert classify_due(now - timedelta(minutes=1), now, watching_since=None) is DueVerdict.MISSED
