"""A small WordPress REST API client over httpx (Application Password basic auth).

Every failure becomes a `SiteError` whose `problem` says what kind it is and whose
`server_message` keeps the site's own words. The password is held only in memory and goes only
where `password_policy` allows. Every answer is bounded: at most `max_bytes` read (streamed, then
stopped), the whole request cut off at its deadline, at most MAX_PAGES pages of a collection.
Not thread-safe: one client per thread (httpx.Client is shared by its own calls only).
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.services.wordpress.errors import Problem, SiteError, site_said
from nejat_desk.services.wordpress.password_policy import check_destination, checked_rest_base
from nejat_desk.version import __version__

log = logging.getLogger(__name__)

API_LINK_REL = "https://api.w.org/"
DEFAULT_TIMEOUT = 30.0
# A JSON answer or a page larger than this is a broken or hostile site, not news (the biggest posts are
# a few MB). The desk downloads no media files from sites (a pull keeps their addresses), so there is
# no larger cap; a caller that ever downloads one passes its own `max_bytes`.
MAX_RESPONSE_BYTES = 50 * 1024 * 1024
MAX_PAGES = 2000  # 200,000 items at 100 a page: more than any newsroom site; a larger claim is refused
# Uploads get extra time beyond the deadline for their bytes, at a slow uplink's rate.
UPLOAD_BYTES_PER_SECOND = 64 * 1024
USERS_ME = "/wp/v2/users/me"

ProgressCallback = Callable[[int, int], None]  # (done, total)


def normalise_base_url(url: str) -> str:
    url = url.strip()
    if not url:
        raise ValidationError(translate("services.wordpress.client", "The site address is empty."))
    if "://" not in url and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)", url):
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError(translate("services.wordpress.client", "{url} is not a web address (http:// or https://).")
                              .format(url=repr(url)))
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _server_text(response: httpx.Response) -> tuple[str, str]:
    """(code, message) from a WordPress error body, or ("", a short piece of the body)."""
    try:
        data = response.json()
    except ValueError:
        text = response.text.strip()
        return "", (text[:300] + "…") if len(text) > 300 else text
    if isinstance(data, dict):
        return str(data.get("code", "")), str(data.get("message", ""))
    return "", ""


class _Deadline:
    """Ends a request at its deadline, whatever the server does: a timer (on a thread of its own)
    shuts down the client's sockets, so a read blocked on a server trickling one byte at a time
    returns at once. Idle pooled connections shut down with them are simply reopened."""

    def __init__(self, seconds: float, sockets: list[socket.socket]) -> None:
        self.seconds = seconds
        self.ends_at = time.monotonic() + seconds
        self.expired = False
        self._sockets = sockets
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def passed(self) -> bool:
        return self.expired or time.monotonic() > self.ends_at

    def _expire(self) -> None:
        self.expired = True
        for sock in list(self._sockets):
            # socket.socket's own shutdown, also for TLS sockets: SSLSocket.shutdown would drop its
            # TLS state under the reading thread's feet.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


class WordPressClient:
    def __init__(self, base_url: str, username: str = "", password: str = "", *,
                 timeout: float = DEFAULT_TIMEOUT, transport: httpx.BaseTransport | None = None,
                 rest_base: str | None = None, allow_insecure_http: bool = False,
                 deadline: float | None = None, max_bytes: int = MAX_RESPONSE_BYTES) -> None:
        self.base_url = normalise_base_url(base_url)
        self.username = username
        self.allow_insecure_http = allow_insecure_http
        self.deadline = deadline if deadline is not None else 2 * timeout
        self.max_bytes = max_bytes
        self._auth = httpx.BasicAuth(username, password) if password else None
        self._http = httpx.Client(timeout=timeout, transport=transport, follow_redirects=True,
                                  headers={"User-Agent": f"NejatDesk/{__version__}", "Accept": "application/json"})
        # ".../wp-json" (pretty permalinks) or ".../?rest_route=" (plain permalinks), on the site's own origin.
        self.rest_base = checked_rest_base(self.base_url, rest_base) if rest_base else f"{self.base_url}/wp-json"
        self._index: dict[str, Any] | None = None
        self._sockets: list[socket.socket] = []  # this client's connections, for the deadline to cut
        self._signed_in = False  # /users/me answered for this password

    def __enter__(self) -> WordPressClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    @property
    def has_password(self) -> bool:
        return self._auth is not None

    # --- low level ----------------------------------------------------------------------------

    def url_for(self, route: str) -> str:
        # Both forms take the route appended: ".../wp-json" + "/wp/v2/posts", "...?rest_route=" + "/wp/v2/posts".
        return self.rest_base + "/" + route.lstrip("/")

    def send(self, method: str, url: str, *, auth: bool = True, max_bytes: int | None = None,
             **kwargs: Any) -> httpx.Response:
        """One HTTP request, read whole within its deadline and size cap; transport failures become
        SiteError, HTTP errors are returned. The password goes only where password_policy allows."""
        if auth and self._auth is not None:
            check_destination(self.base_url, url, allow_insecure_http=self.allow_insecure_http)
        content = kwargs.get("content")
        seconds = self.deadline + (len(content) / UPLOAD_BYTES_PER_SECOND if content else 0.0)
        self._sockets[:] = [s for s in self._sockets if s.fileno() != -1]
        with _Deadline(seconds, self._sockets) as deadline:
            try:
                request = self._http.build_request(method, url, extensions={"trace": self._trace}, **kwargs)
                streamed = self._http.send(request, auth=self._auth if auth and self._auth else None, stream=True)
                try:
                    response = self._read_whole(streamed, max_bytes or self.max_bytes, deadline)
                finally:
                    streamed.close()
            except httpx.RequestError as exc:  # transport failures, undecodable bodies, redirect loops
                if deadline.passed():
                    raise self._deadline_error(seconds) from None
                raise self._transport_error(exc) from None
        log.debug("%s %s -> %s", method, urlsplit(url).path, response.status_code)
        return response

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: remember each new connection's socket (plain, then TLS)."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if isinstance(sock, socket.socket):
                self._sockets.append(sock)

    def _read_whole(self, streamed: httpx.Response, max_bytes: int, deadline: _Deadline) -> httpx.Response:
        declared = streamed.headers.get("content-length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > max_bytes:
            raise self._too_large_error(max_bytes)
        chunks: list[bytes] = []
        size = 0
        for chunk in streamed.iter_bytes():  # decoded: a compressed bomb is counted as it unpacks
            size += len(chunk)
            if size > max_bytes:
                raise self._too_large_error(max_bytes)
            if deadline.passed():
                raise self._deadline_error(deadline.seconds)
            chunks.append(chunk)
        headers = [(k, v) for k, v in streamed.headers.multi_items()
                   if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
        return httpx.Response(streamed.status_code, headers=headers, content=b"".join(chunks),
                              request=streamed.request)

    def _too_large_error(self, max_bytes: int) -> SiteError:
        return SiteError(Problem.TOO_LARGE, translate(
            "services.wordpress.client", "The answer from {site} is larger than {megabytes} MB, more than any "
            "answer the desk expects; it stopped reading it.").format(
            site=self.base_url, megabytes=max_bytes // (1024 * 1024)))

    def _deadline_error(self, seconds: float) -> SiteError:
        return SiteError(Problem.TIMEOUT, translate(
            "services.wordpress.client", "{site} took more than {seconds} seconds to answer; the desk stopped "
            "waiting. The request may or may not have been carried out.").format(
            site=self.base_url, seconds=round(seconds)))

    def _transport_error(self, exc: httpx.RequestError) -> SiteError:
        if isinstance(exc, httpx.ConnectTimeout):
            return SiteError(Problem.UNREACHABLE, translate(
                "services.wordpress.client", "{site} did not answer (connection timed out).").format(
                site=self.base_url))
        if isinstance(exc, httpx.ConnectError):
            return SiteError(Problem.UNREACHABLE, _cannot_reach(self.base_url, exc))
        if isinstance(exc, httpx.TimeoutException):
            return SiteError(Problem.TIMEOUT, translate(
                "services.wordpress.client", "{site} took too long to answer; the request may or may "
                "not have been carried out.").format(site=self.base_url))
        if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError, httpx.DecodingError)):
            return SiteError(Problem.TIMEOUT, translate(
                "services.wordpress.client", "The connection to {site} broke off ({reason}); the request "
                "may or may not have been carried out.").format(site=self.base_url, reason=_reason(exc)))
        return SiteError(Problem.UNREACHABLE, _cannot_reach(self.base_url, exc))

    def request(self, method: str, route: str, *, params: dict[str, Any] | None = None,
                json: Any = None, content: bytes | None = None, headers: dict[str, str] | None = None,
                auth: bool = True) -> httpx.Response:
        url = self.url_for(route)
        if params:  # merged by hand: httpx 0.28 lets `params` replace the query, losing "?rest_route=..."
            url = str(httpx.URL(url).copy_merge_params(params))
        response = self.send(method, url, json=json, content=content, headers=headers, auth=auth)
        if response.status_code >= 400:
            if auth and response.status_code in (400, 401, 403) and route != USERS_ME and self._password_refused():
                raise SiteError(Problem.WRONG_CREDENTIALS, wrong_credentials_message(self.base_url, self.username),
                                status=response.status_code, server_code=_server_text(response)[0])
            raise self.error_for(response, route)
        return response

    def _password_refused(self) -> bool:
        """Whether the site treats this client as an anonymous visitor. WordPress answers a wrong
        Application Password by ignoring it, so a refusal ("not allowed", "invalid parameter")
        may really mean the password was not accepted: /users/me tells (401 when not signed in)."""
        if self._auth is None or self._signed_in:
            return False
        try:
            probe = self.send("GET", self.url_for(USERS_ME))
        except SiteError:
            return False  # the original refusal is the better message
        self._signed_in = probe.status_code == 200
        return probe.status_code == 401

    def error_for(self, response: httpx.Response, route: str) -> SiteError:
        code, message = _server_text(response)
        status = response.status_code

        def error(problem: Problem, text: str) -> SiteError:
            text += site_said(message)  # the site's own words, untranslated, after ours
            return SiteError(problem, text, status=status, server_code=code, server_message=message)

        if status == 401:
            if code in ("incorrect_password", "invalid_username", "invalid_email", "application_passwords_disabled"):
                problem = Problem.WRONG_CREDENTIALS
                if code == "application_passwords_disabled":
                    problem = Problem.APP_PASSWORDS_UNAVAILABLE
                return error(problem, translate(
                    "services.wordpress.client", "The site refused the user name or Application Password."))
            return error(Problem.WRONG_CREDENTIALS, translate(
                "services.wordpress.client", "The site did not accept the sign-in for {route}.").format(route=route))
        if status == 403:
            return error(Problem.MISSING_CAPABILITY, translate(
                "services.wordpress.client", "The site's user {user} is not allowed to do this ({route}).").format(
                user=repr(self.username), route=route))
        if status == 404:
            if code == "rest_no_route":
                return error(Problem.REST_DISABLED, translate(
                    "services.wordpress.client", "The site has no REST route {route}.").format(route=route))
            return error(Problem.NOT_FOUND, translate(
                "services.wordpress.client", "The site has no {route}.").format(route=route))
        if status >= 500:
            return error(Problem.SERVER_ERROR, translate(
                "services.wordpress.client", "The site had an error ({status}).").format(status=status))
        return error(Problem.REJECTED, translate(
            "services.wordpress.client", "The site refused the request ({status}).").format(status=status))

    # --- JSON helpers -------------------------------------------------------------------------

    def get(self, route: str, params: dict[str, Any] | None = None, *, auth: bool = True) -> Any:
        return _json(self.request("GET", route, params=params, auth=auth), route)

    def post(self, route: str, data: dict[str, Any], params: dict[str, Any] | None = None) -> Any:
        return _json(self.request("POST", route, json=data, params=params), route)

    def delete(self, route: str, params: dict[str, Any] | None = None) -> Any:
        return _json(self.request("DELETE", route, params=params), route)

    def paginate(self, route: str, params: dict[str, Any] | None = None, *, per_page: int = 100,
                 progress: ProgressCallback | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a collection, page by page (X-WP-Total / X-WP-TotalPages), at most MAX_PAGES
        pages: a site claiming more is refused before anything is read from it."""
        page = 1
        done = 0
        while True:
            query = dict(params or {}, per_page=per_page, page=page)
            response = self.request("GET", route, params=query)
            items = _json(response, route)
            if not isinstance(items, list):
                raise SiteError(Problem.NOT_WORDPRESS, translate(
                    "services.wordpress.client", "The answer to {route} was not a list of items.").format(
                    route=route), status=response.status_code)
            pages = _header_count(response, "X-WP-TotalPages", 1)
            total = min(_header_count(response, "X-WP-Total", len(items)), MAX_PAGES * per_page)
            if pages > MAX_PAGES:
                raise SiteError(Problem.TOO_LARGE, translate(
                    "services.wordpress.client", "{site} says {route} has {pages} pages; the desk reads at most "
                    "{limit} ({per_page} items each). Ask for less, e.g. a date range.").format(
                    site=self.base_url, route=route, pages=pages, limit=MAX_PAGES, per_page=per_page))
            for item in items:
                yield item
                done += 1
                if progress:
                    progress(done, total)
                if cancelled and cancelled():
                    return
            if page >= pages or not items:
                return
            page += 1

    def upload_media(self, filename: str, data: bytes, mime_type: str) -> dict[str, Any]:
        ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
        headers = {"Content-Type": mime_type,
                   "Content-Disposition": f'attachment; filename="{ascii_name}"'}  # i18n: ok (HTTP header)
        return dict(_json(self.request("POST", "/wp/v2/media", content=data, headers=headers), "/wp/v2/media"))

    # --- discovery ----------------------------------------------------------------------------

    def index(self) -> dict[str, Any]:
        """The REST index (`/wp-json/`), fetched once."""
        if self._index is None:
            data = self.get("/", auth=False)
            if not isinstance(data, dict) or "namespaces" not in data:
                raise SiteError(Problem.NOT_WORDPRESS, translate(
                    "services.wordpress.client", "{site} did not answer like a WordPress site.").format(
                    site=self.base_url))
            self._index = data
        return self._index

    def application_passwords_available(self) -> bool:
        auth = self.index().get("authentication")
        return isinstance(auth, dict) and "application-passwords" in auth


def wrong_credentials_message(base_url: str, user: str) -> str:
    return translate("services.wordpress.client", "Wrong user name or Application Password for {base_url} (user "
                     "{user}): the site did not accept them. Create a new Application Password in the user's "
                     "profile on the site and give it to the desk.").format(base_url=base_url, user=repr(user))


def _header_count(response: httpx.Response, name: str, default: int) -> int:
    """A non-negative count from a header; a missing or garbled header counts as `default`."""
    text = response.headers.get(name, "").strip()
    return int(text) if text.isascii() and text.isdigit() else default


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    # The operating system's words (English whatever the interface speaks) are matched, ours shown.
    if "Connection refused" in text or "Errno 111" in text:  # i18n: ok (matched, not shown)
        return translate("services.wordpress.client", "connection refused")
    if "Name or service not known" in text or "nodename nor servname" in text or "Errno -2" in text:  # i18n: ok
        return translate("services.wordpress.client", "the host name is unknown")
    return text or type(exc).__name__


def _cannot_reach(site: str, exc: Exception) -> str:
    return translate("services.wordpress.client", "Cannot reach {site}: {reason}.").format(
        site=site, reason=_reason(exc))


def _json(response: httpx.Response, route: str) -> Any:
    try:
        return response.json()
    except ValueError:
        raise SiteError(Problem.NOT_WORDPRESS, translate(
            "services.wordpress.client", "The answer to {route} was not JSON (is this a WordPress site with "
            "its REST API on?).").format(route=route), status=response.status_code) from None
