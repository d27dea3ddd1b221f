"""What can go wrong talking to a WordPress site, each kind with a message the user can act on."""

from __future__ import annotations

from enum import StrEnum

from nejat_desk.core.errors import NejatError
from nejat_desk.core.i18n import translate


class Problem(StrEnum):
    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"  # the request may have reached the site: the result is unknown
    NOT_WORDPRESS = "not_wordpress"
    REST_DISABLED = "rest_disabled"
    APP_PASSWORDS_UNAVAILABLE = "app_passwords_unavailable"
    WRONG_CREDENTIALS = "wrong_credentials"
    MISSING_CAPABILITY = "missing_capability"
    NOT_FOUND = "not_found"
    REJECTED = "rejected"  # the site refused the content (4xx with its own message)
    SERVER_ERROR = "server_error"  # 5xx: worth retrying
    NO_PASSWORD = "no_password"
    CONFLICT = "conflict"
    FOREIGN_ADDRESS = "foreign_address"  # the password would go to another scheme, host or port
    INSECURE_HTTP = "insecure_http"  # the password would cross the network unencrypted
    TOO_LARGE = "too_large"  # an answer (or a page count) beyond what the desk reads


# Problems after which a later attempt may succeed without anyone changing anything.
TRANSIENT = frozenset({Problem.UNREACHABLE, Problem.TIMEOUT, Problem.SERVER_ERROR})


class SiteError(NejatError):
    """A site request failed. `server_message` is the site's own text, kept for the outbox."""

    def __init__(self, problem: Problem, message: str, *, status: int | None = None,
                 server_code: str = "", server_message: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.status = status
        self.server_code = server_code
        self.server_message = server_message

    @property
    def transient(self) -> bool:
        return self.problem in TRANSIENT

    @property
    def in_doubt(self) -> bool:
        """The request may have been carried out although no answer came back."""
        return self.problem in (Problem.TIMEOUT, Problem.SERVER_ERROR)


def site_said(message: str | None) -> str:
    """' The site said: …' to follow our own words, or "" when the site gave no message. The one
    home of this sentence: the client's errors, the connection test and the outbox use it."""
    if not message:
        return ""
    return " " + translate("services.wordpress.errors", "The site said: {message}").format(message=message)
