"""Site sync as a service (desk.sync) without a site: what goes out by itself, the update watch
started by `start()`, passwords of the session, and a connection test to an address that is down."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta

from keyring.backends import null

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.errors import Problem
from nejat_desk.services.wordpress.outbox import queue_push
from nejat_desk.services.wordpress.remote import record_link
from nejat_desk.services.wordpress.sync import SyncService
from nejat_desk.storage.models import Article, OutboxJob


def _sync(library) -> SyncService:
    return SyncService(library, CredentialStore(backend=null.Keyring()))


def test_only_explicit_work_whose_time_has_come_goes_out_by_itself(library) -> None:
    sync = _sync(library)
    site_id = sync.sites.add("Main", "https://nejat.example.org", "desk", ["en"])
    articles = ArticleService(library)
    explicit, edited, later = (articles.create("en", title, "Body") for title in ("Explicit", "Edited", "Later"))
    now = datetime(2031, 1, 1, 12, 0, tzinfo=UTC)
    wanted = sync.outbox.enqueue(site_id, "article", explicit, status="publish")
    with library.session() as s:
        queue_push(s, site_id, "article", edited, status=None, auto=True)  # an edit of a live post
        waiting = queue_push(s, site_id, "article", later, status="publish")
        waiting.next_attempt_at = now + timedelta(minutes=5)  # retrying, not yet
    assert [j.id for j in sync.due_jobs(now)] == [wanted]
    assert {j.object_id for j in sync.due_jobs(now + timedelta(minutes=6))} == {explicit, later}


def test_start_makes_edits_of_published_articles_queue_their_update(library) -> None:
    sync = _sync(library)
    site_id = sync.sites.add("Main", "https://nejat.example.org", "desk", ["en"])
    articles = ArticleService(library)
    pushed = articles.create("en", "On the site", "v1")
    with library.session() as s:
        record_link(s, site_id, "article", pushed, 41, synced_version=s.get(Article, pushed).version)
    sync.start()
    sync.start()  # idempotent: one update, not two
    articles.save_text(pushed, body_md="v2")
    jobs = sync.outbox.jobs()
    assert [(j.object_id, j.auto) for j in jobs] == [(pushed, True)]
    assert sync.due_jobs() == []  # an edit waits for "Send now"
    with library.session() as s:
        s.get(OutboxJob, jobs[0].id).state = "done"
    assert sync.queue_stale_updates() == 1  # changed since its last sync and no open job


def test_a_password_is_known_for_the_session_only_without_a_keyring(library) -> None:
    sync = _sync(library)
    site_id = sync.sites.add("Main", "https://nejat.example.org", "desk", ["en"])
    site = sync.sites.get(site_id)
    assert not sync.knows_password(site) and sync.known_password(site) is None
    assert sync.remember_password(site_id, " abcd efgh ijkl mnop ") is False  # not stored: no secure keyring
    assert sync.known_password(site) == "abcd efgh ijkl mnop"
    assert not _sync(library).knows_password(site)  # another run of the app does not know it


def test_testing_an_address_that_is_down_says_so(library) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    report = SyncService.test_connection(f"http://127.0.0.1:{port}", "desk", "abcd efgh ijkl mnop")
    assert not report.ok and report.problem is Problem.UNREACHABLE
    assert "127.0.0.1" in report.message
