"""The outbox: every push is a job, sent when the site is reachable, retried with backoff.

States: queued -> running -> done | queued (transient failure, next_attempt_at set) | failed (the
site refused; its own words in last_error) | conflict (both sides changed) | cancelled.
A job left "running" by a crash, or one whose last attempt timed out, is "in doubt": the next
attempt first looks for what that attempt may have created (see push._find_lost_post and
media._find_lost_upload) instead of posting again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from nejat_desk.core.errors import NejatError, ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.timeutil import parse_iso_instant, utc_now
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.errors import Problem, SiteError, site_said
from nejat_desk.services.wordpress.push import ConflictError, Pusher, PushRequest, PushResult
from nejat_desk.services.wordpress.sites import SiteService, load_site
from nejat_desk.services.writes import WriteUnits, inline
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, OutboxJob, SiteProfile

log = logging.getLogger(__name__)

OPEN_STATES = ("queued", "running", "failed", "conflict")
BACKOFF_BASE_S = 30
BACKOFF_CAP_S = 3600
MAX_SERVER_ATTEMPTS = 8  # 5xx and timeouts; an unreachable site is retried without limit

ProgressCallback = Callable[[int, int, str], None]


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(BACKOFF_BASE_S * 2 ** max(attempts - 1, 0), BACKOFF_CAP_S))


@dataclass(frozen=True)
class JobInfo:
    id: int
    site_id: int
    site_name: str
    object_type: str
    object_id: int
    label: str
    action: str
    status: str
    date_gmt: str
    state: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    updated_at: datetime
    auto: bool  # queued by an edit of a pushed article, not by an explicit publish


@dataclass
class FlushReport:
    done: list[tuple[int, PushResult]] = field(default_factory=list)
    retrying: list[tuple[int, str]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    conflicts: list[int] = field(default_factory=list)
    # "fa/slug" of each stale translation sent (services.translation_bases): it went out as it is.
    stale_translations: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.retrying or self.failed or self.conflicts)


def _label(session: Any, job: OutboxJob) -> str:
    if job.object_type == "article":
        article = session.get(Article, job.object_id)
        if article is None:
            return translate("services.wordpress.outbox", "article #{id} (deleted)").format(id=job.object_id)
        return f"{article.edition_code}/{article.slug}"
    return f"{job.object_type} #{job.object_id}"


def _info(session: Any, job: OutboxJob) -> JobInfo:
    site = session.get(SiteProfile, job.site_id)
    options = job.options or {}
    return JobInfo(job.id, job.site_id, site.name if site else "?", job.object_type, job.object_id,
                   _label(session, job), job.action, str(options.get("status") or ""),
                   str(options.get("date_gmt") or ""), job.state, job.attempts, job.next_attempt_at,
                   job.last_error, job.updated_at, bool(options.get("auto")))


def queue_push(session: Any, site_id: int, object_type: str, object_id: int, *, status: str | None,
               date_gmt: datetime | None = None, edition: str | None = None, auto: bool = False,
               flush: bool = True) -> OutboxJob:
    """Queue (or refresh) the push of one object to one site; one open job per object and site.

    status None: the article's own workflow state decides when the job runs (edits of pushed posts).
    A job in conflict is left alone: the editor resolves it first.
    """
    job = session.scalars(select(OutboxJob).where(
        OutboxJob.site_id == site_id, OutboxJob.object_type == object_type, OutboxJob.object_id == object_id,
        OutboxJob.action == "push", OutboxJob.state.in_(OPEN_STATES))).first()
    if job is not None and (job.state == "conflict" or auto):
        return job  # a conflict waits for the editor; an open job already carries the latest text
    options: dict[str, Any] = dict(job.options or {}) if job is not None else {}
    if not auto or "status" not in options:
        options["status"] = status
        options["date_gmt"] = date_gmt.isoformat() if date_gmt else None
    if edition:
        options["edition"] = edition
    options["auto"] = auto and options.get("auto", True)
    if job is None and auto:
        last = session.scalars(select(OutboxJob).where(
            OutboxJob.site_id == site_id, OutboxJob.object_type == object_type, OutboxJob.object_id == object_id,
            OutboxJob.state == "done").order_by(OutboxJob.id.desc())).first()
        if last is not None and (last.options or {}).get("sent_status"):
            options["sent_status"] = last.options["sent_status"]
    if job is None:
        job = OutboxJob(site_id=site_id, object_type=object_type, object_id=object_id, action="push",
                        options=options, state="queued", next_attempt_at=utc_now())
        session.add(job)
    else:
        job.options = options
        if job.state != "running":
            job.state = "queued"
            job.next_attempt_at = utc_now()
    if flush:  # not from inside a flush (the watch hook)
        session.flush()
    return job


class Outbox:
    """Use from one thread at a time (the GUI runs flush() as a background task)."""

    def __init__(self, library: Library, sites: SiteService, *,
                 client_factory: Callable[[int], WordPressClient] | None = None) -> None:
        self.library = library
        self.sites = sites
        self._client_factory = client_factory or (lambda site_id: sites.client(site_id))
        self._write: WriteUnits = inline  # this flush's way to the library (the window: its writer)

    # --- queueing and listing ---------------------------------------------------------------------

    def enqueue(self, site_id: int, object_type: str, object_id: int, *, status: str,
                date_gmt: datetime | None = None, edition: str | None = None) -> int:
        from nejat_desk.services.wordpress.push import check_request

        check_request(PushRequest(status=status, date_gmt=date_gmt))
        with self.library.session() as session:
            load_site(session, site_id)  # says so when there is no such site
            return queue_push(session, site_id, object_type, object_id, status=status, date_gmt=date_gmt,
                              edition=edition).id

    def jobs(self, states: tuple[str, ...] | None = None) -> list[JobInfo]:
        with self.library.session() as session:
            query = select(OutboxJob).order_by(OutboxJob.id)
            if states:
                query = query.where(OutboxJob.state.in_(states))
            return [_info(session, job) for job in session.scalars(query)]

    def job(self, job_id: int) -> JobInfo:
        with self.library.session() as session:
            return _info(session, self._job(session, job_id))

    @staticmethod
    def _job(session: Any, job_id: int) -> OutboxJob:
        job = session.get(OutboxJob, job_id)
        if job is None:
            raise ValidationError(translate("services.wordpress.outbox", "There is no outbox job {job_id}.")
                                  .format(job_id=job_id))
        return job

    def retry(self, job_id: int) -> None:
        with self.library.session() as session:
            job = self._job(session, job_id)
            if job.state not in ("failed", "queued", "cancelled"):
                if job.state == "conflict":
                    text = translate("services.wordpress.outbox", "Job {job_id} is {state}; only failed, queued or "
                                     "cancelled jobs can be retried (resolve the conflict first).")
                else:
                    text = translate("services.wordpress.outbox", "Job {job_id} is {state}; only failed, queued or "
                                     "cancelled jobs can be retried.")
                raise ValidationError(text.format(job_id=job_id, state=job.state))
            job.state = "queued"
            job.next_attempt_at = utc_now()

    def cancel(self, job_id: int) -> None:
        with self.library.session() as session:
            job = self._job(session, job_id)
            if job.state in ("done", "running"):
                raise ValidationError(translate("services.wordpress.outbox", "Job {job_id} is {state} and cannot be "
                                                "cancelled.").format(job_id=job_id, state=job.state))
            job.state = "cancelled"

    # --- sending ------------------------------------------------------------------------------

    def flush(self, *, due_only: bool = True, job_ids: list[int] | None = None,
              progress: ProgressCallback | None = None, cancelled: Callable[[], bool] | None = None,
              now: datetime | None = None, write: WriteUnits = inline) -> FlushReport:
        """Send what is due. A site found unreachable is not tried again in the same flush.

        Network requests run on the caller's thread; each job's state is written by `write` (one
        short unit before the request, one after), so the window's writer records them."""
        now = now or utc_now()
        self._write = write
        with self.library.session() as session:
            query = select(OutboxJob.id).where(OutboxJob.state.in_(("queued", "running"))).order_by(OutboxJob.id)
            if due_only and job_ids is None:
                query = query.where((OutboxJob.next_attempt_at.is_(None)) | (OutboxJob.next_attempt_at <= now))
            if job_ids is not None:
                query = query.where(OutboxJob.id.in_(job_ids))
            pending = list(session.scalars(query))
        report = FlushReport()
        clients: dict[int, WordPressClient] = {}
        pushers: dict[int, Pusher] = {}
        down: dict[int, str] = {}
        try:
            for n, job_id in enumerate(pending):
                if cancelled and cancelled():
                    break
                self._run_one(job_id, clients, pushers, down, report, progress, n, len(pending))
        finally:
            for client in clients.values():
                client.close()
        return report

    def _run_one(self, job_id: int, clients: dict[int, WordPressClient], pushers: dict[int, Pusher],
                 down: dict[int, str], report: FlushReport, progress: ProgressCallback | None, n: int,
                 total: int) -> None:
        started = self._write(lambda: self._start(job_id, down, report))
        if started is None:
            return
        label, options, site_id, object_type, object_id, in_doubt = started
        if progress:
            progress(n, total, label)
        self._send(job_id, label, options, site_id, object_type, object_id, in_doubt, clients, pushers, down, report)
        if progress:
            progress(n + 1, total, label)

    def _start(self, job_id: int, down: dict[int, str], report: FlushReport
               ) -> tuple[str, dict[str, Any], int, str, int, bool] | None:
        """A unit of work: mark the job running (or put it back when its site is down)."""
        with self.library.session() as session:
            job = session.get(OutboxJob, job_id)
            if job is None:
                return None
            label = _label(session, job)
            options = dict(job.options or {})
            site_id, object_type, object_id = job.site_id, job.object_type, job.object_id
            if site_id in down:
                job.next_attempt_at = utc_now() + backoff(max(job.attempts, 1))
                job.last_error = down[site_id]
                report.retrying.append((job_id, down[site_id]))
                return None
            in_doubt = job.state == "running" or bool(options.get("in_doubt"))
            if job.attempts == 0 or "first_attempt_at" not in options:
                options["first_attempt_at"] = utc_now().isoformat()
            job.attempts += 1
            # Sent on purpose (the timer never sends an edit's update): from now on it is work an
            # editor sent, retried by itself when it fails for a while (due_jobs).
            options["auto"] = False
            job.state = "running"
            job.options = options
            return label, options, site_id, object_type, object_id, in_doubt

    def _send(self, job_id: int, label: str, options: dict[str, Any], site_id: int, object_type: str,
              object_id: int, in_doubt: bool, clients: dict[int, WordPressClient], pushers: dict[int, Pusher],
              down: dict[int, str], report: FlushReport) -> None:
        """The job's requests, then its outcome written as one unit."""
        try:
            request = self._request(object_type, object_id, options, in_doubt)
            if site_id not in pushers:
                clients[site_id] = self._client_factory(site_id)
                pushers[site_id] = Pusher(clients[site_id], self.library, site_id)
            result = pushers[site_id].push(object_type, object_id, request)
        except ConflictError as exc:
            self._finish(job_id, "conflict", str(exc), extra={"site_modified_gmt": exc.site_post.get("modified_gmt")})
            if object_type == "article":
                site_post = exc.site_post
                self._write(lambda: self._keep_site_version(site_id, object_id, site_post, job_id))
            report.conflicts.append(job_id)
        except SiteError as exc:
            text = _error_text(exc)
            if exc.problem is Problem.UNREACHABLE:
                down[site_id] = text
            if exc.transient:
                attempts = self.job(job_id).attempts
                if exc.problem is not Problem.UNREACHABLE and attempts >= MAX_SERVER_ATTEMPTS:
                    self._finish(job_id, "failed", text, extra={"in_doubt": exc.in_doubt or in_doubt})
                    report.failed.append((job_id, text))
                else:
                    self._finish(job_id, "queued", text, retry_in=backoff(attempts),
                                 extra={"in_doubt": exc.in_doubt or in_doubt})
                    report.retrying.append((job_id, text))
            else:
                self._finish(job_id, "failed", text, extra={"in_doubt": in_doubt})
                report.failed.append((job_id, text))
        except NejatError as exc:
            self._finish(job_id, "failed", str(exc))
            report.failed.append((job_id, str(exc)))
        else:
            if object_type == "article" and self._is_stale(object_id):
                result.warnings.append(translate(
                    "services.wordpress.outbox", "{article} is a stale translation: its original changed since it "
                    "was translated or marked as up to date.").format(article=label))
                report.stale_translations.append(label)
            note_added = self._add_review_note(clients[site_id], result, options)
            note = " ".join(result.warnings)
            self._finish(job_id, "done", note, extra={
                "in_doubt": False, "remote_id": result.remote_id, "sent_status": request.status,
                "overwrite_modified_gmt": None, **note_added})
            report.done.append((job_id, result))

    def _keep_site_version(self, site_id: int, article_id: int, site_post: dict[str, Any], job_id: int) -> None:
        from nejat_desk.services.wordpress.conflicts import store_site_version

        with self.library.session() as session:
            site = session.get(SiteProfile, site_id)
            store_site_version(session, article_id, site_post, site.name if site else "", job_id=job_id)

    @staticmethod
    def _add_review_note(client: WordPressClient, result: PushResult, options: dict[str, Any]) -> dict[str, bool]:
        """A hand-off's note (services.wordpress.review), added once the post is on the site."""
        from nejat_desk.services.wordpress.review import NOTE_OPTION, add_note

        note = options.get(NOTE_OPTION)
        if not isinstance(note, dict) or options.get("note_added"):
            return {}
        warning = add_note(client, result.remote_id, note)
        if warning:
            result.warnings.append(warning)
        return {"note_added": not warning}

    def _is_stale(self, article_id: int) -> bool:
        from nejat_desk.services.translation_bases import stale_ids

        with self.library.session() as session:
            return bool(stale_ids(session, [article_id]))

    def _request(self, object_type: str, object_id: int, options: dict[str, Any], in_doubt: bool) -> PushRequest:
        status = options.get("status")
        date_text = options.get("date_gmt")
        date_gmt = parse_iso_instant(date_text) if date_text else None
        if status is None and object_type == "article":
            from nejat_desk.services.wordpress.push import article_status_for_site

            with self.library.session() as session:
                article = session.get(Article, object_id)
                if article is None:
                    raise ValidationError(translate("services.wordpress.outbox", "The article #{id} no longer exists.")
                                          .format(id=object_id))
                status, date_gmt = article_status_for_site(article)
                if status == "draft" and options.get("sent_status"):
                    status = str(options["sent_status"])
        first = options.get("first_attempt_at")
        return PushRequest(status=str(status or "draft"), date_gmt=date_gmt, edition=options.get("edition"),
                           overwrite_modified_gmt=options.get("overwrite_modified_gmt"),
                           in_doubt_since=parse_iso_instant(first) if in_doubt and first else None)

    def _finish(self, job_id: int, state: str, error: str, *, retry_in: timedelta | None = None,
                extra: dict[str, Any] | None = None) -> None:
        self._write(lambda: self._record_outcome(job_id, state, error, retry_in, extra))
        log.info("outbox job %s: %s", job_id, state)

    def _record_outcome(self, job_id: int, state: str, error: str, retry_in: timedelta | None,
                        extra: dict[str, Any] | None) -> None:
        with self.library.session() as session:
            job = session.get(OutboxJob, job_id)
            if job is None:
                return
            job.state = state
            job.last_error = error
            job.next_attempt_at = utc_now() + retry_in if retry_in else None
            if extra:
                job.options = {**(job.options or {}), **extra}


def _error_text(exc: SiteError) -> str:
    text = str(exc)
    if exc.server_message not in text:
        text += site_said(exc.server_message)
    if exc.server_code:
        text += f" [{exc.server_code}]"
    return text
