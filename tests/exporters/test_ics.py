"""iCalendar export, checked by parsing it back with icalendar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from nejat_desk.services.schedule import ScheduleFilter, ScheduleService
from nejat_desk.storage.library import Library
from tests.schedule_data import MONDAY, plan_week


def _events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_round_trip_with_stable_uids_and_updated_times(library: Library, tmp_path: Path) -> None:
    week = plan_week(library)
    first = tmp_path / "plan.ics"
    assert ScheduleService(library).export_ics(first) == 10
    events = _events(first)
    assert len(events) == 10
    with library.session() as s:
        from nejat_desk.storage.models import Article
        uid = s.get(Article, week.articles["fa-1"]).uid
    event = events[f"article-{uid}@nejat-desk"]
    assert event.decoded("DTSTART") == MONDAY + timedelta(days=1, hours=6)
    assert event.decoded("DTSTART").tzinfo is not None and event.decoded("DTSTART").utcoffset() == timedelta(0)
    assert "DTSTART:20261103T060000Z" in first.read_text()
    assert str(event["SUMMARY"]) == "[fa] بازگشایی بندر"
    assert "Edition time: 2026-11-03 09:30 Asia/Tehran" in str(event["DESCRIPTION"])
    assert [str(c) for c in event["CATEGORIES"].cats] == ["article", "fa"]
    social = next(e for e in events.values() if "telegram" in [str(c) for c in e["CATEGORIES"].cats])
    assert str(social["SUMMARY"]).startswith("[telegram]")
    draft = next(e for e in events.values() if str(e["SUMMARY"]) == "[en] Council vote")
    assert "Warning:" in str(draft["DESCRIPTION"]) and "alt text" in str(draft["DESCRIPTION"])
    first_seq = int(event["SEQUENCE"])

    moved = MONDAY + timedelta(days=1, hours=11)
    ScheduleService(library).reschedule(f"article:{week.articles['fa-1']}", moved)
    second = tmp_path / "plan2.ics"
    ScheduleService(library).export_ics(second)
    events2 = _events(second)
    assert set(events2) == set(events)  # same UIDs: the calendar updates, never duplicates
    assert events2[f"article-{uid}@nejat-desk"].decoded("DTSTART") == moved
    assert int(events2[f"article-{uid}@nejat-desk"]["SEQUENCE"]) >= first_seq


def test_filters_are_the_windows_filters(library: Library, tmp_path: Path) -> None:
    plan_week(library)
    out = tmp_path / "fa.ics"
    flt = ScheduleFilter(editions=frozenset({"fa"}), kinds=frozenset({"article", "social"}))
    count = ScheduleService(library).export_ics(out, flt)
    assert count == 2
    assert {str(e["SUMMARY"]) for e in _events(out).values()} == {"[fa] بازگشایی بندر", "[telegram] بازگشایی بندر"}
    out2 = tmp_path / "range.ics"
    ScheduleService(library).export_ics(out2, ScheduleFilter(start=datetime(2026, 11, 5, tzinfo=UTC),
                                                              end=datetime(2026, 11, 7, tzinfo=UTC)))
    assert [str(e["SUMMARY"]) for e in _events(out2).values()] == ["[sq] Porti rihapet",
                                                                  "[en] The Newsletter #12: November"]


def test_empty_calendar_is_still_valid(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "empty.ics"
    assert ScheduleService(library).export_ics(out) == 0
    cal = Calendar.from_ical(out.read_bytes())
    assert cal.walk("VEVENT") == [] and str(cal["VERSION"]) == "2.0"
    assert not list(out.parent.glob("*.partial"))
