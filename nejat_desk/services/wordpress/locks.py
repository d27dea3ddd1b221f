"""Who is editing: the edit lock of an article's post, and whether the site's copy changed since
the last sync.

The lock is WordPress's own (`_edit_lock`, fresh for 150 s after its holder's last refresh), read
and taken through the companion plugin's `/nejat-desk/v1/posts/<id>/lock`, so a desk and the
block editor in a browser see each other. Core WordPress offers no way to it over the REST API
(the meta is protected and its heartbeat is for signed-in browsers only): without the plugin the
desk says locks cannot be seen or taken, and still tells whether the site's copy changed.

An article is checked against the first site that holds it (the lowest site id): one lock per
article is what an editor can follow. Every method talks to the site and blocks: the window runs
them on the task runner's pool. None asks for a password: a site whose password is not known
this session answers "could not check", as an offline one does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from nejat_desk.core.i18n import translate
from nejat_desk.services.wordpress import companion
from nejat_desk.services.wordpress.credentials import SiteKey
from nejat_desk.services.wordpress.errors import Problem, SiteError
from nejat_desk.services.wordpress.remote import parse_gmt, readable_gmt
from nejat_desk.services.wordpress.sites import SiteService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import RemoteLink, SiteProfile

log = logging.getLogger(__name__)

# As WordPress's editor: its heartbeat refreshes the lock every 60 s; a lock is fresh for 150 s.
REFRESH_SECONDS = 60
LOCK_WINDOW_SECONDS = 150
CHECK_TIMEOUT_S = 10.0  # an open article must not wait long for a slow site


@dataclass(frozen=True)
class PostLock:
    """The lock as the site knows it. `holder` is the user's display name."""

    locked: bool
    mine: bool
    holder: str
    since: datetime | None
    expires: datetime | None


@dataclass(frozen=True)
class SiteCheck:
    """What opening an article found on its site. `linked` False: no site holds it (nothing else
    is filled). `reachable` False: `problem` says why nothing could be checked."""

    article_id: int
    linked: bool
    site_id: int = 0
    site_name: str = ""
    remote_id: int = 0
    reachable: bool = False
    problem: str = ""
    changed_on_site: bool = False
    site_modified: str = ""  # the site's modified_gmt when it changed, for the message
    locks_supported: bool = False  # the companion plugin is there
    lock: PostLock | None = None


@dataclass(frozen=True)
class LockResult:
    """Taking or refreshing: `held` when the desk holds the lock now; else `lock` names who does,
    or `problem` says why it could not be taken (offline, no plugin, no password)."""

    held: bool
    lock: PostLock | None = None
    problem: str = ""


def lock_from(data: Any) -> PostLock:
    """The plugin's lock state as a PostLock (a garbled answer reads as "not locked")."""
    if not isinstance(data, dict):
        return PostLock(False, False, "", None, None)
    user = data["user"] if isinstance(data.get("user"), dict) else {}
    return PostLock(bool(data.get("locked")), bool(data.get("mine")), str(user.get("name") or ""),
                    parse_gmt(data.get("since_gmt")), parse_gmt(data.get("expires_gmt")))


def held_by_message(lock: PostLock) -> str:
    """'Dana has been editing this post on the site since 2026-12-06 07:40 UTC.'"""
    since = readable_gmt(lock.since.strftime("%Y-%m-%dT%H:%M:%S")) if lock.since else ""
    holder = lock.holder or translate("services.wordpress.locks", "another user")
    if not since:
        return translate("services.wordpress.locks", "{holder} is editing this post on the site.").format(
            holder=holder)
    return translate("services.wordpress.locks", "{holder} has been editing this post on the site since "
                     "{since}.").format(holder=holder, since=since)


def no_plugin_message() -> str:
    return translate("services.wordpress.locks", "The site has no Nejat Desk Companion plugin, so its edit locks "
                     "can be neither seen nor taken (WordPress keeps them for its own editor).")


def not_taken_message(reason: str) -> str:
    return translate("services.wordpress.locks", "The edit lock could not be taken: {reason}").format(reason=reason)


class EditLockService:
    """Bound to the open library; each method opens its own connection to the site."""

    def __init__(self, library: Library, sites: SiteService) -> None:
        self.library = library
        self.sites = sites

    def _link(self, article_id: int) -> tuple[int, str, int] | None:
        """(site id, site name, remote post id) of the first site holding the article."""
        with self.library.session() as session:
            row = session.execute(select(RemoteLink.site_id, SiteProfile.name, RemoteLink.remote_id).join(
                SiteProfile, SiteProfile.id == RemoteLink.site_id).where(
                RemoteLink.object_type == "article", RemoteLink.local_id == article_id).order_by(
                RemoteLink.site_id)).first()
            return (int(row[0]), str(row[1]), int(row[2])) if row is not None else None

    def _synced_hash(self, site_id: int, article_id: int) -> str:
        with self.library.session() as session:
            return str(session.scalars(select(RemoteLink.synced_hash).where(
                RemoteLink.site_id == site_id, RemoteLink.object_type == "article",
                RemoteLink.local_id == article_id)).first() or "")

    def client(self, site_id: int) -> Any:
        """A client with the password this session knows; NO_PASSWORD rather than asking anyone."""
        site = self.sites.get(site_id)
        password = self.sites.credentials.lookup(SiteKey(site.base_url, site.username))
        if not password:
            raise SiteError(Problem.NO_PASSWORD, translate(
                "services.wordpress.locks", "no Application Password is known for {site} in this session "
                "(enter it in Sites).").format(site=site.name))
        return self.sites.client(site_id, password=password, timeout=CHECK_TIMEOUT_S)

    def check(self, article_id: int) -> SiteCheck:
        """Whether the site's copy changed since the last sync, and who holds the post's lock."""
        link = self._link(article_id)
        if link is None:
            return SiteCheck(article_id, linked=False)
        site_id, site_name, remote_id = link
        try:
            with self.client(site_id) as client:
                post = client.get(f"/wp/v2/posts/{remote_id}", {"context": "edit"})
                changed = companion.sync_fingerprint(post) != self._synced_hash(site_id, article_id)
                supported = companion.companion_version(client) is not None
                lock = lock_from(client.get(f"/{companion.NAMESPACE}/posts/{remote_id}/lock")) if supported else None
        except SiteError as exc:
            log.info("site check of article %s: %s", article_id, exc.problem)
            return SiteCheck(article_id, True, site_id, site_name, remote_id, reachable=False, problem=str(exc))
        return SiteCheck(article_id, True, site_id, site_name, remote_id, reachable=True, changed_on_site=changed,
                         site_modified=str(post.get("modified_gmt") or ""), locks_supported=supported, lock=lock)

    def take(self, article_id: int, *, take_over: bool = False) -> LockResult:
        """Take the lock, or refresh it when the desk holds it already (call every REFRESH_SECONDS).
        Someone else's fresh lock is left alone unless `take_over`."""
        return self._lock_request(article_id, "POST", {"take_over": take_over})

    def release(self, article_id: int) -> LockResult:
        """Release the desk's lock (as the editor does on close); someone else's is left alone."""
        return self._lock_request(article_id, "DELETE", None)

    def _lock_request(self, article_id: int, method: str, body: dict[str, Any] | None) -> LockResult:
        link = self._link(article_id)
        if link is None:
            return LockResult(False, problem=not_taken_message(translate(
                "services.wordpress.locks", "no site holds this article.")))
        site_id, _name, remote_id = link
        route = f"/{companion.NAMESPACE}/posts/{remote_id}/lock"
        try:
            with self.client(site_id) as client:
                if companion.companion_version(client) is None:
                    return LockResult(False, problem=no_plugin_message())
                response = client.send(method, client.url_for(route), json=body)
                if response.status_code == 409:  # someone else holds it: the answer names them
                    data = response.json().get("data", {}) if response.content else {}
                    return LockResult(False, lock=lock_from(data.get("lock") if isinstance(data, dict) else None))
                if response.status_code >= 400:
                    raise client.error_for(response, route)
                lock = lock_from(response.json())
        except SiteError as exc:
            return LockResult(False, problem=not_taken_message(str(exc)))
        except ValueError:  # not JSON
            return LockResult(False, problem=not_taken_message(translate(
                "services.wordpress.locks", "the site's answer could not be read.")))
        return LockResult(lock.mine, lock=lock)
