"""Hand-off through the site: Send for Review, Send Back, and what waits for review.

Both first pull the post's site copy (a colleague's change is taken in, or kept beside the
library's as a conflict when both changed). Send for Review marks the article In review, pushes it as a pending post and adds the note (kind
"review") through the companion plugin's `/nejat-desk/v1/posts/<id>/notes`; Send Back marks it a
draft again, pushes it as a draft with a note of kind "return". Both go through the outbox, so a
site that is down gets the push and its note when it is back (the job keeps the note), and a post
changed on the site since the last sync is a conflict: nothing is overwritten.

The review list reads the newest notes across the site (`/nejat-desk/v1/notes`): per post its
latest review or return note; those written by other users are shown, a review note while the
post is still pending ("waiting for review"), a return note as "sent back". Without the plugin
there are no notes: pushes still go out, and the desk says the note did not travel.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from nejat_desk.core.domain import ArticleStatus
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.services.wordpress import companion
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.errors import SiteError
from nejat_desk.services.wordpress.outbox import FlushReport, Outbox
from nejat_desk.services.wordpress.remote import find_link, parse_gmt
from nejat_desk.services.wordpress.sites import SiteService
from nejat_desk.services.writes import WriteUnits, inline
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, OutboxJob, RemoteLink

log = logging.getLogger(__name__)

NOTE_MAX_CHARS = 10_000  # the plugin's limit
NOTE_OPTION = "review_note"  # the outbox job's option holding the note to add once the post is there
LIST_SIZE = 200


@dataclass(frozen=True)
class ReviewItem:
    """One post in the review list, with its latest note."""

    site_id: int
    remote_id: int
    article_id: int | None  # the library's article, when this desk holds the post
    label: str  # "fa/slug" for an article of the library, else the post's title on the site
    post_status: str
    kind: str  # "review" (waiting for review) or "return" (sent back)
    author: str
    created: datetime | None
    note: str


@dataclass(frozen=True)
class ReviewList:
    waiting: list[ReviewItem]  # sent for review by others, still pending
    returned: list[ReviewItem]  # sent back by others


@dataclass(frozen=True)
class HandOff:
    """What Send for Review or Send Back did: the outbox's report of the push and the note's fate."""

    job_id: int
    report: FlushReport
    note_sent: bool
    message: str  # one sentence for the user


def check_note(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError(translate("services.wordpress.review", "A note for the reviewer needs some text."))
    if len(text) > NOTE_MAX_CHARS:
        raise ValidationError(translate("services.wordpress.review", "A note may be at most {limit} characters long "
                                        "(this one has {count}).").format(limit=NOTE_MAX_CHARS, count=len(text)))
    return text


def add_note(client: WordPressClient, remote_id: int, note: dict[str, Any]) -> str:
    """Add a job's note to its post after the push (called by the outbox). Returns a warning, or ""."""
    if companion.companion_version(client) is None:
        return translate("services.wordpress.review", "The note did not travel: the site has no Nejat Desk "
                         "Companion plugin.")
    try:
        client.post(f"/{companion.NAMESPACE}/posts/{remote_id}/notes",
                    {"text": str(note.get("text", "")), "kind": str(note.get("kind", "note"))})
    except SiteError as exc:
        return translate("services.wordpress.review", "The post went out but its note could not be added: "
                         "{reason}").format(reason=exc)
    return ""


class ReviewService:
    """Bound to the open library. `send` and `send_back` push at once (blocking: the window runs
    them on the pool); `review_list` reads the site."""

    def __init__(self, library: Library, sites: SiteService, outbox: Outbox) -> None:
        self.library = library
        self.sites = sites
        self.outbox = outbox

    def send(self, article_id: int, site_id: int, note: str, *, write: WriteUnits = inline) -> HandOff:
        """Send for Review: In review here, pending on the site, with the note."""
        return self._hand_off(article_id, site_id, note, ArticleStatus.IN_REVIEW, "pending", "review", write)

    def send_back(self, article_id: int, site_id: int, note: str, *, write: WriteUnits = inline) -> HandOff:
        """Send Back: a draft again here and on the site, with the reviewer's note."""
        return self._hand_off(article_id, site_id, note, ArticleStatus.DRAFT, "draft", "return", write)

    def _hand_off(self, article_id: int, site_id: int, note: str, status: ArticleStatus, site_status: str,
                  kind: str, write: WriteUnits) -> HandOff:
        from nejat_desk.services.articles import ArticleService

        text = check_note(note)
        self.sites.get(site_id)  # says so when there is no such site
        self._pull_first(article_id, site_id, write)
        # Every write by `write` (the window's writer thread); the requests stay on this thread.
        write(lambda: ArticleService(self.library).set_status(article_id, status))  # the workflow's rules hold
        job_id = write(lambda: self.outbox.enqueue(site_id, "article", article_id, status=site_status))

        def attach_note() -> None:
            with self.library.session() as session:
                job = session.get(OutboxJob, job_id)
                assert job is not None
                job.options = {**(job.options or {}), NOTE_OPTION: {"kind": kind, "text": text}}

        write(attach_note)
        report = self.outbox.flush(job_ids=[job_id], write=write)
        info = self.outbox.job(job_id)
        with self.library.session() as session:
            job = session.get(OutboxJob, job_id)
            sent = job is not None and bool((job.options or {}).get("note_added"))
        message = _hand_off_message(info.state, info.last_error, kind, sent)
        return HandOff(job_id, report, sent, message)

    def _pull_first(self, article_id: int, site_id: int, write: WriteUnits) -> None:
        """Bring in the site's copy first (the colleague's change one hands back): taken when the
        library's copy is unchanged since the last sync, kept beside it as a conflict when both
        changed (then the push is a conflict too, and nothing is overwritten). Offline: the push
        says so."""
        from nejat_desk.services.wordpress.pull import Puller

        with self.library.session() as session:
            link = find_link(session, site_id, "article", article_id)
            article = session.get(Article, article_id)
            if link is None or article is None:
                return
            remote_id, edition = link.remote_id, article.edition_code
        try:
            with self.sites.client(site_id) as client:
                Puller(client, self.library, site_id, edition).pull_post(remote_id, write=write)
        except SiteError as exc:
            log.info("hand-off of article %s: the site's copy was not pulled first: %s", article_id, exc.problem)

    def review_list(self, site_id: int) -> ReviewList:
        """What waits for review from others and what others sent back, newest first."""
        with self.sites.client(site_id) as client:
            if companion.companion_version(client) is None:
                raise ValidationError(translate("services.wordpress.review", "The site has no Nejat Desk Companion "
                                                "plugin, so it keeps no review notes."))
            me = int(client.get("/wp/v2/users/me")["id"])
            notes = client.get(f"/{companion.NAMESPACE}/notes", {"per_page": LIST_SIZE})
        latest: dict[int, dict[str, Any]] = {}
        for note in notes if isinstance(notes, list) else []:
            if isinstance(note, dict) and note.get("kind") in ("review", "return"):
                latest.setdefault(int(note.get("post") or 0), note)  # newest first: the first is the latest
        waiting, returned = [], []
        for remote_id, note in latest.items():
            author: dict[str, Any] = note["author"] if isinstance(note.get("author"), dict) else {}
            if int(author.get("id") or 0) == me:
                continue
            item = self._item(site_id, remote_id, note, str(author.get("name") or ""))
            if note["kind"] == "review" and item.post_status == "pending":
                waiting.append(item)
            elif note["kind"] == "return":
                returned.append(item)
        return ReviewList(waiting, returned)

    def _item(self, site_id: int, remote_id: int, note: dict[str, Any], author: str) -> ReviewItem:
        with self.library.session() as session:
            article = session.scalars(select(Article).join(
                RemoteLink, (RemoteLink.local_id == Article.id) & (RemoteLink.object_type == "article")).where(
                RemoteLink.site_id == site_id, RemoteLink.remote_id == remote_id)).first()
            label = f"{article.edition_code}/{article.slug}" if article is not None else str(note.get("post_title", ""))
            return ReviewItem(site_id, remote_id, article.id if article is not None else None, label,
                              str(note.get("post_status", "")), str(note["kind"]), author,
                              parse_gmt(str(note.get("created_gmt") or "")), str(note.get("text", "")))


def _hand_off_message(state: str, error: str, kind: str, note_sent: bool) -> str:
    if state == "done":
        if not note_sent:
            return error  # the push's warnings: the note's fate among them
        if kind == "review":
            return translate("services.wordpress.review", "Sent for review with the note.")
        return translate("services.wordpress.review", "Sent back with the note.")
    if state == "conflict":
        return translate("services.wordpress.review", "Not sent: the post was changed on the site since the last "
                         "sync, and nothing was overwritten. Pull it or compare the two versions in Sites. {reason}"
                         ).format(reason=error)
    if state == "queued":
        return translate("services.wordpress.review", "The site could not be reached; the article and its note "
                         "wait in the outbox and go out when it is back. {reason}").format(reason=error)
    return translate("services.wordpress.review", "Not sent: {reason}").format(reason=error)
