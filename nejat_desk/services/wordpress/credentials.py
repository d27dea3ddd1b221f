"""Application Passwords in the operating system's keyring (the `keyring` library).

Never in the library database, settings, logs or exports. Where the keyring has no secure
backend (the null or fail backend, or a plain-text file), the password is kept in this
process's memory only, and asked for once per session through the `ask` callback.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from nejat_desk.core.i18n import translate
from nejat_desk.services.wordpress.errors import Problem, SiteError

log = logging.getLogger(__name__)

SERVICE_PREFIX = "Nejat Desk"  # i18n: ok - the keyring entry's name, the same in every language
_INSECURE_MODULES = ("keyring.backends.null", "keyring.backends.fail", "keyrings.alt.file")


@dataclass(frozen=True)
class SiteKey:
    """What identifies a password: the site's address and the WordPress user."""

    base_url: str
    username: str

    @property
    def service(self) -> str:
        return f"{SERVICE_PREFIX} ({self.base_url})"


AskPassword = Callable[[SiteKey], "str | None"]


def backend_is_secure(backend: KeyringBackend) -> bool:
    backends = getattr(backend, "backends", None)
    if backends is not None:  # the chainer: secure if any backend it chains is
        return any(backend_is_secure(b) for b in backends)
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULES) or "Plaintext" in type(backend).__name__:
        return False
    try:
        # keyring types `priority` as its classproperty descriptor, not the number it returns.
        return float(backend.priority) > 0  # type: ignore[arg-type]
    except Exception:  # a backend that cannot run here raises from priority
        return False


class CredentialStore:
    """Thread-safe. One per application run: its memory is what "once per session" means."""

    def __init__(self, ask: AskPassword | None = None, backend: KeyringBackend | None = None) -> None:
        self._ask = ask
        self._backend = backend
        self._memory: dict[SiteKey, str] = {}
        self._lock = threading.Lock()

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    @property
    def secure(self) -> bool:
        return backend_is_secure(self.backend)

    def set_ask(self, ask: AskPassword | None) -> None:
        self._ask = ask

    def store(self, key: SiteKey, password: str) -> bool:
        """Keep a password: in the keyring when it is secure (True), else for this session only (False)."""
        password = password.strip()
        with self._lock:
            self._memory[key] = password
        if not self.secure:
            log.info("no secure keyring (%s): password kept for this session only", type(self.backend).__name__)
            return False
        try:
            self.backend.set_password(key.service, key.username, password)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring refused the password: %s", type(exc).__name__)
            return False
        return True

    def lookup(self, key: SiteKey) -> str | None:
        """The password if known (memory or keyring), without asking."""
        with self._lock:
            if key in self._memory:
                return self._memory[key]
        if not self.secure:
            return None
        try:
            found = self.backend.get_password(key.service, key.username)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring read failed: %s", type(exc).__name__)
            return None
        if found:
            with self._lock:
                self._memory[key] = found
        return found

    def password(self, key: SiteKey) -> str:
        """The password, asking once per session when neither memory nor keyring has it."""
        found = self.lookup(key)
        if found:
            return found
        answer = self._ask(key) if self._ask else None
        if not answer:
            text = translate("services.wordpress.credentials", "No Application Password is known for {user} at "
                             "{base_url}; enter it in Sites (it is not stored without a secure keyring).")
            raise SiteError(Problem.NO_PASSWORD, text.format(user=key.username, base_url=key.base_url))
        answer = answer.strip()
        with self._lock:
            self._memory[key] = answer
        return answer

    def forget(self, key: SiteKey) -> None:
        with self._lock:
            self._memory.pop(key, None)
        if self.secure:
            try:
                self.backend.delete_password(key.service, key.username)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                log.warning("keyring delete failed: %s", type(exc).__name__)
