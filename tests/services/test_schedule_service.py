"""The calendar service: gathering, filters, rules from settings, rescheduling, due and missed tracking."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.scheduling import RuleId, ScheduleRules
from nejat_desk.services.schedule import ScheduleFilter, ScheduleService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, LibrarySetting, ScheduleEntry, SocialSnippet
from tests.schedule_data import MONDAY, plan_week

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_gathers_every_kind_in_order(library: Library) -> None:
    week = plan_week(library)
    items = ScheduleService(library).items()
    assert [i.key for i in items] == [
        f"social:{week.snippets['x-en-1']}", f"article:{week.articles['en-1']}",
        f"article:{week.articles['en-2']}", f"social:{week.snippets['fb-en-1']}",
        f"article:{week.articles['fa-1']}", f"social:{week.snippets['tg-fa-1']}",
        f"article:{week.articles['ar-1']}", f"gallery:{week.gallery}", f"article:{week.articles['sq-1']}",
        f"issue:{week.issue}"]
    by_key = {i.key: i for i in items}
    issue = by_key[f"issue:{week.issue}"]
    assert issue.title == "The Newsletter #12: November" and issue.edition == "en"
    social = by_key[f"social:{week.snippets['tg-fa-1']}"]
    assert social.platform == "telegram" and social.edition == "fa"
    assert social.linked_key == f"article:{week.articles['fa-1']}"
    assert by_key[f"gallery:{week.gallery}"].title == "Harbour in pictures"
    assert by_key[f"article:{week.articles['en-2']}"].images_missing_alt == (week.image_without_alt,)
    assert by_key[f"article:{week.articles['en-1']}"].images_missing_alt == ()


def test_trashed_and_unscheduled_records_are_not_on_the_calendar(library: Library) -> None:
    week = plan_week(library)
    with library.session() as s:
        s.get(Article, week.articles["sq-1"]).deleted_at = MONDAY
        s.add(Article(edition_code="en", title="Unplanned", slug="unplanned"))
    keys = {i.key for i in ScheduleService(library).items()}
    assert f"article:{week.articles['sq-1']}" not in keys
    assert len(keys) == 9


def test_filters(library: Library) -> None:
    week = plan_week(library)
    service = ScheduleService(library)
    fa = service.items(ScheduleFilter(editions=frozenset({"fa"})))
    assert {i.key for i in fa} == {f"article:{week.articles['fa-1']}", f"social:{week.snippets['tg-fa-1']}",
                                   f"gallery:{week.gallery}"}  # galleries belong to every edition
    fb = service.items(ScheduleFilter(kinds=frozenset({"social"}), platforms=frozenset({"facebook"})))
    assert [i.key for i in fb] == [f"social:{week.snippets['fb-en-1']}"]
    tuesday = service.items(ScheduleFilter(start=MONDAY + timedelta(days=1), end=MONDAY + timedelta(days=2)))
    assert {i.key for i in tuesday} == {f"article:{week.articles['fa-1']}", f"social:{week.snippets['tg-fa-1']}"}
    flt = ScheduleFilter(start=MONDAY, end=MONDAY + timedelta(days=7), editions=frozenset({"fa", "ar"}))
    assert ScheduleFilter.from_json(flt.to_json()) == flt
    with pytest.raises(ValidationError, match="after its start"):
        ScheduleFilter(start=MONDAY, end=MONDAY)
    with pytest.raises(ValidationError, match="Unknown kind"):
        ScheduleFilter(kinds=frozenset({"podcast"}))


def test_warnings_use_rules_stored_in_the_library(library: Library) -> None:
    week = plan_week(library)
    service = ScheduleService(library)
    days = [MONDAY.date() + timedelta(days=n) for n in range(5)]
    warnings = service.warnings(ScheduleFilter(start=MONDAY, end=MONDAY + timedelta(days=5)), days=days)
    rules = {(w.rule, w.item_keys) for w in warnings if w.rule is not RuleId.EMPTY_DAY}
    en1, en2 = f"article:{week.articles['en-1']}", f"article:{week.articles['en-2']}"
    assert (RuleId.MIN_GAP, (en1, en2)) in rules
    assert (RuleId.NOT_READY, (en2,)) in rules
    assert (RuleId.MISSING_ALT, (en2,)) in rules
    assert (RuleId.SOCIAL_BEFORE_ARTICLE, (f"social:{week.snippets['x-en-1']}", en1)) in rules
    assert (RuleId.MAX_PER_HOUR, (en1, en2)) not in rules  # 2 per hour is allowed by default
    empty = {(w.edition, w.day) for w in warnings if w.rule is RuleId.EMPTY_DAY}
    assert ("fa", date(2026, 11, 2)) in empty and ("fa", date(2026, 11, 3)) not in empty

    service.set_rules(ScheduleRules(max_posts_per_hour=1, min_gap_minutes=0, warn_empty_days=False))
    with library.session() as s:
        assert s.get(LibrarySetting, "schedule.rules").value["max_posts_per_hour"] == 1
    rules_now = {w.rule for w in service.warnings()}
    assert RuleId.MAX_PER_HOUR in rules_now and RuleId.MIN_GAP not in rules_now
    assert RuleId.EMPTY_DAY not in rules_now


def test_bad_stored_rules_are_reported(library: Library) -> None:
    with library.session() as s:
        s.add(LibrarySetting(key="schedule.rules", value={"min_gap_minutes": "soon"}))
    with pytest.raises(ValidationError, match="min_gap_minutes"):
        ScheduleService(library).rules()


def test_reschedule_returns_previous_and_tracks_one_truth(library: Library) -> None:
    week = plan_week(library)
    service = ScheduleService(library, clock=Clock(MONDAY - timedelta(days=1)))
    key = f"article:{week.articles['ar-1']}"
    new = MONDAY + timedelta(days=2, hours=15)
    previous = service.reschedule(key, new)
    assert previous == MONDAY + timedelta(days=2, hours=8)
    with library.session() as s:
        assert s.get(Article, week.articles["ar-1"]).scheduled_at == new
        entries = s.scalars(select(ScheduleEntry).where(ScheduleEntry.article_id == week.articles["ar-1"])).all()
        assert [(e.due_at, e.state) for e in entries] == [(new, "planned")]
    service.reschedule(key, previous)  # undo
    assert service.item(key).when == previous
    with library.session() as s:
        assert s.scalars(select(ScheduleEntry.due_at).where(
            ScheduleEntry.article_id == week.articles["ar-1"])).all() == [previous]
    with pytest.raises(ValidationError, match="kind:id"):
        service.reschedule("article-5", new)
    with pytest.raises(ValidationError, match="no article 9999"):
        service.reschedule("article:9999", new)


def test_time_changed_elsewhere_is_picked_up_by_the_ledger(library: Library) -> None:
    week = plan_week(library)
    service = ScheduleService(library, clock=Clock(MONDAY - timedelta(days=1)))
    service.reconcile()
    moved = MONDAY + timedelta(days=3)
    with library.session() as s:  # the article editor changes the time directly
        s.get(Article, week.articles["sq-1"]).scheduled_at = moved
    service.reconcile()
    with library.session() as s:
        assert s.scalars(select(ScheduleEntry.due_at).where(
            ScheduleEntry.article_id == week.articles["sq-1"])).all() == [moved]
        assert s.query(ScheduleEntry).count() == 10


def test_due_while_running_then_missed_after_a_closed_period(library_dir: Path) -> None:
    lib = Library.open(library_dir, create=True)
    week = plan_week(lib)
    clock = Clock(MONDAY + timedelta(hours=7))
    service = ScheduleService(lib, clock=clock)
    started = clock.now
    assert service.sweep(watching_since=None).missed == []
    clock.now = MONDAY + timedelta(hours=8, minutes=1)
    result = service.sweep(watching_since=started)
    assert [n.item_key for n in result.due] == [f"social:{week.snippets['x-en-1']}"]
    assert "Post the x share text" in result.due[0].action
    assert service.sweep(watching_since=started).due == []  # surfaced once, not again
    lib.close()

    # The app is closed for two days; on the next start everything that came due is missed.
    lib = Library.open(library_dir)
    clock = Clock(MONDAY + timedelta(days=2, hours=9))
    service = ScheduleService(lib, clock=clock)
    result = service.sweep(watching_since=None)
    assert result.due == []
    assert [n.item_key for n in result.missed] == [
        f"article:{week.articles['en-1']}", f"article:{week.articles['en-2']}",
        f"social:{week.snippets['fb-en-1']}", f"article:{week.articles['fa-1']}",
        f"social:{week.snippets['tg-fa-1']}", f"article:{week.articles['ar-1']}"]
    attention = service.attention()
    assert [n.state for n in attention] == ["due"] + ["missed"] * 6  # the unacknowledged due one stays listed
    service.mark_done(attention[0].entry_id)
    service.dismiss(attention[1].entry_id)
    assert len(service.attention()) == 5
    # Publishing an article settles its missed entry.
    with lib.session() as s:
        s.get(Article, week.articles["ar-1"]).status = "published"
    service.reconcile()
    assert f"article:{week.articles['ar-1']}" not in {n.item_key for n in service.attention()}
    lib.close()


def test_laptop_asleep_through_a_due_time_counts_as_missed(library: Library) -> None:
    week = plan_week(library)
    clock = Clock(MONDAY + timedelta(hours=7))
    service = ScheduleService(library, clock=clock)
    started = clock.now
    service.sweep(watching_since=None)
    clock.now = MONDAY + timedelta(hours=10, minutes=5)  # woke up after 3 hours
    result = service.sweep(watching_since=started)
    assert [n.item_key for n in result.due] == [f"social:{week.snippets['fb-en-1']}"]
    assert {n.item_key for n in result.missed} == {
        f"social:{week.snippets['x-en-1']}", f"article:{week.articles['en-1']}",
        f"article:{week.articles['en-2']}"}


def test_moving_a_missed_item_settles_it_and_tracks_the_new_time(library: Library) -> None:
    week = plan_week(library)
    clock = Clock(MONDAY + timedelta(hours=12))
    service = ScheduleService(library, clock=clock)
    service.sweep(watching_since=None)
    key = f"article:{week.articles['en-2']}"
    later = MONDAY + timedelta(days=1, hours=14)
    service.reschedule(key, later)
    assert key not in {n.item_key for n in service.attention()}
    with library.session() as s:
        rows = s.scalars(select(ScheduleEntry).where(ScheduleEntry.article_id == week.articles["en-2"])
                         .order_by(ScheduleEntry.id)).all()
        assert [(r.state, r.due_at) for r in rows] == [("cancelled", MONDAY + timedelta(hours=9, minutes=10)),
                                                       ("planned", later)]
        assert rows[0].note.startswith("moved to")


def test_social_slot_created_for_an_article(library: Library) -> None:
    week = plan_week(library)
    service = ScheduleService(library)
    snippet_id = service.find_snippet(week.articles["sq-1"], "whatsapp")
    assert service.find_snippet(week.articles["sq-1"], "whatsapp") == snippet_id
    with library.session() as s:
        assert s.get(SocialSnippet, snippet_id).platform == "whatsapp"
    with pytest.raises(ValidationError, match="no article"):
        service.find_article("en", "missing")


_CRASH_SCRIPT = textwrap.dedent("""
    import os, sys
    from datetime import datetime, timedelta, UTC
    sys.path.insert(0, {root!r})
    from nejat_desk.storage.library import Library
    from nejat_desk.services.schedule import ScheduleService
    lib = Library.open({lib!r})
    now = datetime.fromisoformat({now!r})
    service = ScheduleService(lib, clock=lambda: now)
    result = service.sweep(watching_since=now - timedelta(minutes=5))
    print(len(result.due), flush=True)
    os._exit(9)  # dies before any notification is shown, lock and all
""")


def test_nothing_due_is_lost_when_the_app_dies_before_notifying(library_dir: Path) -> None:
    lib = Library.open(library_dir, create=True)
    week = plan_week(lib)
    lib.close()
    now = MONDAY + timedelta(hours=8, minutes=2)
    script = _CRASH_SCRIPT.format(root=str(ROOT), lib=str(library_dir), now=now.isoformat())
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    assert proc.stdout.strip() == "1"
    lib = Library.open(library_dir)
    try:
        service = ScheduleService(lib, clock=lambda: now + timedelta(hours=1))
        listed = service.attention()
        assert [(n.item_key, n.state) for n in listed] == [(f"social:{week.snippets['x-en-1']}", "due")]
        # And the start-up sweep adds what came due meanwhile as missed.
        missed = service.sweep(watching_since=None).missed
        assert f"article:{week.articles['en-1']}" in {n.item_key for n in missed}
    finally:
        lib.close()


def test_entries_never_half_written_when_reschedule_fails(library: Library) -> None:
    week = plan_week(library)
    service = ScheduleService(library)
    with pytest.raises(ValueError):
        service.reschedule(f"article:{week.articles['en-1']}", datetime(2026, 11, 3, 9, 0))  # naive
    assert service.item(f"article:{week.articles['en-1']}").when == MONDAY + timedelta(hours=9)
