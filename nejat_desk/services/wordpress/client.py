"""A small WordPress REST API client over httpx (Application Password basic auth).

Every failure becomes a `SiteError` whose `problem` says what kind it is and whose
`server_message` keeps the site's own words. The password is held only in memory.
Not thread-safe: one client per thread (httpx.Client is shared by its own calls only).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.services.wordpress.errors import Problem, SiteError, site_said
from nejat_desk.version import __version__

log = logging.getLogger(__name__)

API_LINK_REL = "https://api.w.org/"
DEFAULT_TIMEOUT = 30.0

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


class WordPressClient:
    def __init__(self, base_url: str, username: str = "", password: str = "", *,
                 timeout: float = DEFAULT_TIMEOUT, transport: httpx.BaseTransport | None = None,
                 rest_base: str | None = None) -> None:
        self.base_url = normalise_base_url(base_url)
        self.username = username
        self._auth = httpx.BasicAuth(username, password) if password else None
        self._http = httpx.Client(timeout=timeout, transport=transport, follow_redirects=True,
                                  headers={"User-Agent": f"NejatDesk/{__version__}", "Accept": "application/json"})
        # ".../wp-json" (pretty permalinks) or ".../?rest_route=" (plain permalinks).
        self.rest_base = rest_base or f"{self.base_url}/wp-json"
        self._index: dict[str, Any] | None = None

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

    def send(self, method: str, url: str, *, auth: bool = True, **kwargs: Any) -> httpx.Response:
        """One HTTP request; transport failures become SiteError, HTTP errors are returned."""
        try:
            response = self._http.request(method, url, auth=self._auth if auth and self._auth else None, **kwargs)
        except httpx.ConnectTimeout:
            raise SiteError(Problem.UNREACHABLE, translate(
                "services.wordpress.client", "{site} did not answer (connection timed out).").format(
                site=self.base_url)) from None
        except httpx.ConnectError as exc:
            raise SiteError(Problem.UNREACHABLE, _cannot_reach(self.base_url, exc)) from None
        except httpx.TimeoutException:
            raise SiteError(Problem.TIMEOUT, translate(
                "services.wordpress.client", "{site} took too long to answer; the request may or may "
                "not have been carried out.").format(site=self.base_url)) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            raise SiteError(Problem.TIMEOUT, translate(
                "services.wordpress.client", "The connection to {site} broke off ({reason}); the request "
                "may or may not have been carried out.").format(site=self.base_url, reason=_reason(exc))) from None
        except httpx.TransportError as exc:
            raise SiteError(Problem.UNREACHABLE, _cannot_reach(self.base_url, exc)) from None
        log.debug("%s %s -> %s", method, urlsplit(url).path, response.status_code)
        return response

    def request(self, method: str, route: str, *, params: dict[str, Any] | None = None,
                json: Any = None, content: bytes | None = None, headers: dict[str, str] | None = None,
                auth: bool = True) -> httpx.Response:
        url = self.url_for(route)
        response = self.send(method, url, params=params, json=json, content=content, headers=headers, auth=auth)
        if response.status_code >= 400:
            raise self.error_for(response, route)
        return response

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
        """Every item of a collection, page by page (X-WP-Total / X-WP-TotalPages)."""
        page = 1
        done = 0
        while True:
            query = dict(params or {}, per_page=per_page, page=page)
            response = self.request("GET", route, params=query)
            items = _json(response, route)
            total = int(response.headers.get("X-WP-Total", len(items)) or 0)
            pages = int(response.headers.get("X-WP-TotalPages", 1) or 1)
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
