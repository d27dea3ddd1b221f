"""Site profiles (address, user, editions served) and "test connection" with exact diagnoses."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import func, select

from nejat_desk.core.domain import EDITION_CODES
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from nejat_desk.services.wordpress.client import (
    API_LINK_REL,
    USERS_ME,
    WordPressClient,
    normalise_base_url,
    wrong_credentials_message,
)
from nejat_desk.services.wordpress.credentials import CredentialStore, SiteKey
from nejat_desk.services.wordpress.errors import Problem, SiteError, site_said
from nejat_desk.services.wordpress.password_policy import (
    checked_rest_base,
    insecure_http_message,
    needs_insecure_consent,
)
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import OutboxJob, SiteProfile

log = logging.getLogger(__name__)

# What the desk needs to do on a site, and why (translate("services.wordpress.sites", why) where shown).
REQUIRED_CAPABILITIES: dict[str, str] = {
    "edit_posts": QT_TRANSLATE_NOOP("services.wordpress.sites", "create posts"),
    "publish_posts": QT_TRANSLATE_NOOP("services.wordpress.sites", "publish and schedule posts"),
    "upload_files": QT_TRANSLATE_NOOP("services.wordpress.sites", "upload images and PDFs"),
    "manage_categories": QT_TRANSLATE_NOOP("services.wordpress.sites", "create categories and tags"),
}
_WP_HTML_MARKERS = re.compile(r"/wp-content/|/wp-includes/|name=\"generator\" content=\"WordPress|wp-submit")

ClientFactory = Callable[..., WordPressClient]


@dataclass(frozen=True)
class SiteInfo:
    id: int
    name: str
    base_url: str
    username: str
    editions: list[str]
    capabilities: dict[str, Any]
    allow_insecure_http: bool = False  # the user allowed the password over plain http:// (not loopback)


@dataclass
class ConnectionReport:
    ok: bool
    problem: Problem | None
    message: str
    site_name: str = ""
    wordpress_user: str = ""
    missing_capabilities: list[str] = field(default_factory=list)
    polylang: bool = False
    rest_base: str = ""
    # The Nejat Desk Companion plugin's version, None without it (services.wordpress.companion).
    companion: str | None = None
    companion_line: str = ""  # the sentence `site test` adds: the plugin's version, or what will not travel


# The user's consent to plain http, kept in the profile's JSON beside what "test" found (no schema
# change for one flag); "test" keeps it when it rewrites the rest.
INSECURE_HTTP_KEY = "allow_insecure_http"


def _info(p: SiteProfile) -> SiteInfo:
    capabilities = dict(p.capabilities or {})
    return SiteInfo(p.id, p.name, p.base_url, p.username, list(p.editions or []), capabilities,
                    bool(capabilities.get(INSECURE_HTTP_KEY)))


def _check_http_consent(url: str, allow_insecure_http: bool) -> None:
    if needs_insecure_consent(url) and not allow_insecure_http:
        raise ValidationError(insecure_http_message(url))


def load_site(session: Any, site_id: int) -> SiteProfile:
    """The site's profile, or a ValidationError saying there is none (the one home of that check)."""
    profile = session.get(SiteProfile, site_id)
    if profile is None:
        raise ValidationError(translate("services.wordpress.sites", "There is no site with id {site_id}.")
                              .format(site_id=site_id))
    return profile


class SiteService:
    """Profiles in the library; passwords through the CredentialStore (never in the database)."""

    def __init__(self, library: Library, credentials: CredentialStore, *,
                 client_factory: ClientFactory = WordPressClient, timeout: float = 30.0) -> None:
        self.library = library
        self.credentials = credentials
        self.client_factory = client_factory
        self.timeout = timeout

    # --- profiles ----------------------------------------------------------------------------

    def add(self, name: str, base_url: str, username: str, editions: list[str], password: str | None = None, *,
            allow_insecure_http: bool = False) -> int:
        name = name.strip()
        if not name:
            raise ValidationError(translate("services.wordpress.sites", "A site needs a name."))
        url = normalise_base_url(base_url)
        _check_http_consent(url, allow_insecure_http)
        username = username.strip()
        if not username:
            raise ValidationError(translate("services.wordpress.sites", "A site needs the WordPress user name."))
        unknown = [e for e in editions if e not in EDITION_CODES]
        if unknown or not editions:
            got = ", ".join(editions) or translate("services.wordpress.sites", "none")
            raise ValidationError(translate("services.wordpress.sites", "Editions must be some of {codes} (got {got}).")
                                  .format(codes=", ".join(EDITION_CODES), got=got))
        with self.library.session() as session:
            if session.scalar(select(func.count()).where(SiteProfile.name == name)):
                raise ValidationError(translate("services.wordpress.sites", "There is already a site named {name}.")
                                      .format(name=repr(name)))
            profile = SiteProfile(name=name, base_url=url, username=username, editions=list(editions),
                                  capabilities={INSECURE_HTTP_KEY: True} if allow_insecure_http else {})
            session.add(profile)
            session.flush()
            site_id = profile.id
        if password:
            self.credentials.store(SiteKey(url, username), password)
        log.info("site %s added", site_id)
        return site_id

    def update(self, site_id: int, *, base_url: str | None = None, username: str | None = None,
               editions: list[str] | None = None, allow_insecure_http: bool | None = None) -> None:
        with self.library.session() as session:
            profile = load_site(session, site_id)
            capabilities = dict(profile.capabilities or {})
            if base_url is not None and normalise_base_url(base_url) != profile.base_url:
                # What "test" found, and the consent to plain http, were about the old address.
                capabilities = {}
            if allow_insecure_http is not None:
                capabilities[INSECURE_HTTP_KEY] = allow_insecure_http
            if base_url is not None:
                url = normalise_base_url(base_url)
                _check_http_consent(url, bool(capabilities.get(INSECURE_HTTP_KEY)))
                profile.base_url = url
            profile.capabilities = capabilities
            if username is not None and username.strip():
                profile.username = username.strip()
            if editions is not None:
                profile.editions = list(editions)

    def set_password(self, site_id: int, password: str) -> bool:
        site = self.get(site_id)
        return self.credentials.store(SiteKey(site.base_url, site.username), password)

    def list(self) -> list[SiteInfo]:
        with self.library.session() as session:
            return [_info(p) for p in session.scalars(select(SiteProfile).order_by(SiteProfile.name))]

    def get(self, site_id: int) -> SiteInfo:
        with self.library.session() as session:
            return _info(load_site(session, site_id))

    def find(self, name_or_id: str) -> SiteInfo:
        with self.library.session() as session:
            profile = session.scalars(select(SiteProfile).where(SiteProfile.name == name_or_id)).first()
            if profile is None and name_or_id.isdigit():
                profile = session.get(SiteProfile, int(name_or_id))
            if profile is None:
                names = (", ".join(session.scalars(select(SiteProfile.name)))
                         or translate("services.wordpress.sites", "none yet"))
                text = translate("services.wordpress.sites", "There is no site named {name} (sites: {names}).")
                raise ValidationError(text.format(name=repr(name_or_id), names=names))
            return _info(profile)

    def site_for_edition(self, edition: str) -> SiteInfo:
        matches = [s for s in self.list() if edition in s.editions]
        if not matches:
            text = translate("services.wordpress.sites", "No site serves the {edition} edition; add one with "
                             "'nejat-desk site add'.")
            raise ValidationError(text.format(edition=edition))
        return matches[0]

    def remove(self, site_id: int) -> None:
        with self.library.session() as session:
            profile = load_site(session, site_id)
            key = SiteKey(profile.base_url, profile.username)
            pending = session.scalar(select(func.count()).where(
                OutboxJob.site_id == site_id, OutboxJob.state.in_(("queued", "running", "failed", "conflict"))))
            session.delete(profile)
        self.credentials.forget(key)
        log.info("site %s removed (%s outbox jobs dropped)", site_id, pending)

    # --- clients ------------------------------------------------------------------------------

    def client(self, site_id: int, *, password: str | None = None, **kwargs: Any) -> WordPressClient:
        site = self.get(site_id)
        if password is None:
            password = self.credentials.password(SiteKey(site.base_url, site.username))
        kwargs.setdefault("timeout", self.timeout)
        kwargs.setdefault("allow_insecure_http", site.allow_insecure_http)
        rest_base = site.capabilities.get("rest_base") or None
        return self.client_factory(site.base_url, site.username, password, rest_base=rest_base, **kwargs)

    # --- test connection ----------------------------------------------------------------------------

    def test(self, site_id: int, *, password: str | None = None) -> ConnectionReport:
        site = self.get(site_id)
        if password is None:
            try:
                password = self.credentials.password(SiteKey(site.base_url, site.username))
            except SiteError as exc:
                return ConnectionReport(False, exc.problem, str(exc))
        client = self.client_factory(site.base_url, site.username, password, timeout=min(self.timeout, 20.0),
                                     allow_insecure_http=site.allow_insecure_http)
        try:
            report = diagnose(client)
        finally:
            client.close()
        if report.ok:
            with self.library.session() as session:
                profile = load_site(session, site_id)
                profile.capabilities = {"rest_base": report.rest_base, "polylang": report.polylang,
                                        "companion": report.companion,
                                        "site_name": report.site_name, "user": report.wordpress_user,
                                        INSECURE_HTTP_KEY: site.allow_insecure_http}
        return report


def _discover_rest_base(home: httpx.Response) -> str | None:
    """The REST root from the home page's Link header (None when it has none)."""
    link = home.headers.get("link", "")
    for part in link.split(","):
        if API_LINK_REL in part and "<" in part:
            url = part[part.index("<") + 1:part.index(">")]
            return url.rstrip("/") if "rest_route=" not in url else url.split("rest_route=")[0] + "rest_route="
    return None


def _looks_like_wordpress(client: WordPressClient, home_html: str) -> bool:
    if _WP_HTML_MARKERS.search(home_html):
        return True
    try:
        login = client.send("GET", client.base_url + "/wp-login.php", auth=False)
    except SiteError:
        return False
    return login.status_code == 200 and "wp-submit" in login.text


def diagnose(client: WordPressClient) -> ConnectionReport:
    """Say exactly what stands between the desk and the site, in the order a user would fix it."""
    try:
        home = client.send("GET", client.base_url + "/", auth=False)
    except SiteError as exc:
        return ConnectionReport(False, Problem.UNREACHABLE, str(exc))
    discovered = _discover_rest_base(home)
    try:
        client.rest_base = checked_rest_base(client.base_url, discovered) if discovered else f"{client.base_url}/wp-json"
    except SiteError as exc:
        return ConnectionReport(False, exc.problem, str(exc))
    try:
        index_response = client.send("GET", client.url_for("/"), auth=False)
    except SiteError as exc:
        return ConnectionReport(False, Problem.UNREACHABLE, str(exc))
    index: Any = None
    try:
        index = index_response.json()
    except ValueError:
        index = None
    if not (isinstance(index, dict) and "namespaces" in index):
        is_wp = discovered is not None or _looks_like_wordpress(client, home.text)
        if not is_wp:
            text = translate("services.wordpress.sites", "{base_url} answers, but it is not a WordPress site (no REST "
                             "API and no WordPress pages found). Check the address.")
            return ConnectionReport(False, Problem.NOT_WORDPRESS, text.format(base_url=client.base_url))
        code = index.get("code", "") if isinstance(index, dict) else ""
        message = index.get("message", "") if isinstance(index, dict) else ""
        said = site_said(message)
        http = f"HTTP {index_response.status_code}{', ' + code if code else ''}"
        text = translate("services.wordpress.sites", "{base_url} is a WordPress site, but its REST API is turned off "
                         "or blocked ({http}). Ask the site's administrator to allow the REST API for signed-in users.")
        return ConnectionReport(False, Problem.REST_DISABLED, text.format(base_url=client.base_url, http=http) + said)
    client._index = index
    namespaces = index.get("namespaces", [])
    if "wp/v2" not in namespaces:
        text = translate("services.wordpress.sites", "{base_url} has a REST API but not WordPress's own routes (wp/v2).")
        return ConnectionReport(False, Problem.REST_DISABLED, text.format(base_url=client.base_url))
    auth = index.get("authentication")
    if not (isinstance(auth, dict) and "application-passwords" in auth):
        https = client.base_url.startswith("https://")
        why = (translate("services.wordpress.sites", "a plugin or the site's settings turned them off") if https else
               translate("services.wordpress.sites", "WordPress only offers them over HTTPS (or on a site whose "
                         "environment type is 'local')"))
        return ConnectionReport(False, Problem.APP_PASSWORDS_UNAVAILABLE,
                                translate("services.wordpress.sites", "Application Passwords are not available on "
                                          "{base_url}: {why}. The desk signs in with an Application Password, so it "
                                          "cannot publish there.").format(base_url=client.base_url, why=why))
    try:
        me = client.get(USERS_ME, {"context": "edit"})
    except SiteError as exc:
        if exc.problem in (Problem.WRONG_CREDENTIALS, Problem.APP_PASSWORDS_UNAVAILABLE):
            return ConnectionReport(False, Problem.WRONG_CREDENTIALS,
                                    wrong_credentials_message(client.base_url, client.username)
                                    + site_said(exc.server_message))
        return ConnectionReport(False, exc.problem, str(exc))
    capabilities = me.get("capabilities", {}) if isinstance(me, dict) else {}
    missing = [cap for cap in REQUIRED_CAPABILITIES if not capabilities.get(cap)]
    user = str(me.get("username") or me.get("name") or client.username)
    polylang = "pll/v1" in namespaces
    if missing:
        need = translate("services.wordpress.sites", "{capability} (to {purpose})")
        needs = "; ".join(need.format(capability=cap, purpose=translate("services.wordpress.sites",
                                                                        REQUIRED_CAPABILITIES[cap]))
                          for cap in missing)
        roles = ", ".join(me.get("roles", [])) or translate("services.wordpress.sites", "none")
        text = translate("services.wordpress.sites", "The user {user} (role: {roles}) lacks capabilities the desk "
                         "needs: {needs}. Give the user the Editor role on the site.")
        return ConnectionReport(False, Problem.MISSING_CAPABILITY, text.format(user=repr(user), roles=roles, needs=needs),
                                site_name=str(index.get("name", "")), wordpress_user=user, missing_capabilities=missing,
                                polylang=polylang, rest_base=client.rest_base)
    from nejat_desk.services.wordpress.companion import companion_report_line, companion_version

    plugin = companion_version(client)
    return ConnectionReport(True, None, translate("services.wordpress.sites", "Connected to {site} as {user}.")
                            .format(site=index.get("name") or client.base_url, user=user),
                            site_name=str(index.get("name", "")), wordpress_user=user, polylang=polylang,
                            rest_base=client.rest_base, companion=plugin, companion_line=companion_report_line(plugin))



