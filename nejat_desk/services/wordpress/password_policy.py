"""Where the Application Password may go.

Two rules, checked by the client before any request that carries the password:
- only to the site's own origin (scheme, host and port of the address the user typed), so a REST
  address advertised by the site's home page cannot send it elsewhere or downgrade https to http;
- over plain http:// only to this computer (loopback), unless the user allowed it for the site.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from nejat_desk.core.i18n import translate
from nejat_desk.services.wordpress.errors import Problem, SiteError

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) with the scheme's default port filled in; host names compare case-blind."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:  # a port that is not a number is no origin the password may go to
        port = -1
    return scheme, (parts.hostname or "").lower(), port if port is not None else _DEFAULT_PORTS.get(scheme, -1)


def same_origin(url: str, other: str) -> bool:
    return origin(url) == origin(other)


def is_loopback(url: str) -> bool:
    host = origin(url)[1]
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def needs_insecure_consent(url: str) -> bool:
    """True when a password sent to `url` would cross a network unencrypted."""
    return origin(url)[0] == "http" and not is_loopback(url)


def checked_rest_base(base_url: str, rest_base: str) -> str:
    """`rest_base` when it is on the site's own origin; otherwise a SiteError naming both addresses."""
    if same_origin(base_url, rest_base):
        return rest_base
    raise SiteError(Problem.FOREIGN_ADDRESS, translate(
        "services.wordpress.password_policy", "The site {base_url} gives {rest_base} as the address of its REST "
        "API, which is on another scheme, host or port. The desk sends the password only to the site's own "
        "address, so it did not use it. If the site really moved, add it again with its new address.").format(
        base_url=base_url, rest_base=rest_base))


def check_destination(base_url: str, url: str, *, allow_insecure_http: bool) -> None:
    """Raise a SiteError unless a request carrying the password may go to `url`."""
    if not same_origin(base_url, url):
        raise SiteError(Problem.FOREIGN_ADDRESS, translate(
            "services.wordpress.password_policy", "The desk did not send the password to {url}: it is not on the "
            "site's own address {base_url}.").format(url=url, base_url=base_url))
    if needs_insecure_consent(url) and not allow_insecure_http:
        raise SiteError(Problem.INSECURE_HTTP, insecure_http_message(base_url))


def insecure_http_message(base_url: str) -> str:
    return translate(
        "services.wordpress.password_policy", "{base_url} is a plain http:// address: the Application Password "
        "would cross the network unencrypted, where anyone on the way can read it. Use the site's https:// "
        "address, or allow plain http for this site explicitly.").format(base_url=base_url)
