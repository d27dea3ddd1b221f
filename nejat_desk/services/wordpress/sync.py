"""Site sync for one open library: the sites, the outbox, pulls and conflicts, and the
passwords of this application run. The front ends reach it as `desk.sync`.

`start()` is called once by the composition root: from then on, an edit of an article a site
already holds queues its update (`watch.install`), whether or not any window shows the sites.
What goes out by itself is decided here (`due_jobs`); when it runs is the front end's business
(the window's timer in `gui/sites/sync.py`, a command in the CLI).

Methods that talk to a site block on the network: the window runs them as background tasks.
The rest are quick units of work, safe from any thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from nejat_desk.core.timeutil import utc_now
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.credentials import CredentialStore, SiteKey
from nejat_desk.services.wordpress.outbox import FlushReport, JobInfo, Outbox, ProgressCallback
from nejat_desk.services.wordpress.sites import ConnectionReport, SiteInfo, SiteService, diagnose
from nejat_desk.services.writes import WriteUnits, inline

if TYPE_CHECKING:
    from nejat_desk.services.wordpress.conflicts import ConflictView
    from nejat_desk.services.wordpress.locks import EditLockService
    from nejat_desk.services.wordpress.pull import PullReport
    from nejat_desk.services.wordpress.review import ReviewService
    from nejat_desk.storage.library import Library

# Network timeout of a connection test made from the site dialog (before the site is saved).
TEST_TIMEOUT_S = 20


class SyncService:
    """One per open library and application run (its CredentialStore is "this session")."""

    def __init__(self, library: Library, credentials: CredentialStore | None = None) -> None:
        self.library = library
        self.credentials = credentials or CredentialStore()
        self.sites = SiteService(library, self.credentials)
        self.outbox = Outbox(library, self.sites)

    @cached_property
    def locks(self) -> EditLockService:
        """Who is editing an article's post, and whether the site's copy changed (services.wordpress.locks)."""
        from nejat_desk.services.wordpress.locks import EditLockService

        return EditLockService(self.library, self.sites)

    @cached_property
    def review(self) -> ReviewService:
        """Send for Review, Send Back and the review list (services.wordpress.review)."""
        from nejat_desk.services.wordpress.review import ReviewService

        return ReviewService(self.library, self.sites, self.outbox)

    # --- starting ------------------------------------------------------------------------------

    def start(self) -> None:
        """Edits of articles a site holds queue their update from now on (idempotent)."""
        from nejat_desk.services.wordpress import watch

        watch.install(self.library)

    def queue_stale_updates(self) -> int:
        """Queue an update for every pushed article changed since its last sync; returns how many."""
        from nejat_desk.services.wordpress import watch

        return watch.queue_stale_updates(self.library)

    # --- passwords ------------------------------------------------------------------------------

    def known_password(self, site: SiteInfo) -> str | None:
        """The site's password if the keyring or this session holds it (nothing is asked)."""
        return self.credentials.lookup(SiteKey(site.base_url, site.username))

    def knows_password(self, site: SiteInfo) -> bool:
        return bool(self.known_password(site))

    def remember_password(self, site_id: int, password: str) -> bool:
        """Keep a password: in the keyring when it is secure (True), else for this session only."""
        return self.sites.set_password(site_id, password)

    # --- the outbox -------------------------------------------------------------------------------

    def due_jobs(self, now: datetime | None = None) -> list[JobInfo]:
        """What goes out by itself: work an editor sent on purpose (queued offline, or retrying)
        whose time has come. An update queued by editing a live post waits for "Send now", so
        half-typed text never reaches the site."""
        now = now or utc_now()
        return [j for j in self.outbox.jobs(("queued",))
                if not j.auto and (j.next_attempt_at is None or j.next_attempt_at <= now)]

    def flush(self, job_ids: list[int] | None = None, *, progress: ProgressCallback | None = None,
              cancelled: Callable[[], bool] | None = None, write: WriteUnits = inline) -> FlushReport:
        """Send the given queued jobs (all queued ones when None) now, whatever their retry time;
        `write` records each job's state (the window: on its writer)."""
        return self.outbox.flush(due_only=False, job_ids=job_ids, progress=progress, cancelled=cancelled,
                                 write=write)

    # --- pulling, testing, conflicts ------------------------------------------------------------

    def pull(self, site_id: int, edition: str | None, *, since: datetime | None = None,
             until: datetime | None = None, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None, write: WriteUnits = inline) -> PullReport:
        """Bring the site's posts in; each post's transaction is handed to `write` (services.writes)."""
        from nejat_desk.services.wordpress.pull import Puller

        with self.sites.client(site_id) as client:
            return Puller(client, self.library, site_id, edition).pull(
                since=since, until=until, progress=progress, cancelled=cancelled, write=write)

    def pull_post(self, site_id: int, remote_id: int, edition: str, *, write: WriteUnits = inline) -> PullReport:
        """Bring one post in (an open article whose site copy changed); no password is asked."""
        from nejat_desk.services.wordpress.pull import Puller

        with self.locks.client(site_id) as client:
            return Puller(client, self.library, site_id, edition).pull_post(remote_id, write=write)

    def test_site(self, site_id: int) -> ConnectionReport:
        """Test a saved site with its known password; a good test records what the site offers."""
        return self.sites.test(site_id)

    @staticmethod
    def test_connection(base_url: str, username: str, password: str, *,
                        allow_insecure_http: bool = False) -> ConnectionReport:
        """Test an address and user that are not saved yet (the site dialog's Test button)."""
        with WordPressClient(base_url, username, password, timeout=TEST_TIMEOUT_S,
                             allow_insecure_http=allow_insecure_http) as client:
            return diagnose(client)

    def conflict(self, job_id: int) -> ConflictView:
        """Both versions of an article in conflict, side by side."""
        from nejat_desk.services.wordpress.conflicts import conflict_versions

        return conflict_versions(self.library, job_id)

    def resolve(self, job_id: int, choice: str, *, title: str | None = None, body_md: str | None = None,
                excerpt: str | None = None) -> None:
        """Settle a conflict: "library", "site" or "merged" (with the merged text)."""
        from nejat_desk.services.wordpress.conflicts import resolve

        if choice == "merged":
            resolve(self.library, job_id, choice, title=title, body_md=body_md, excerpt=excerpt)
        else:
            resolve(self.library, job_id, choice)
