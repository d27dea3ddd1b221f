"""Errors the user can act on. Their messages are shown as they are, so they name the problem."""

from pathlib import Path


class NejatError(Exception):
    """Base for every error with a user-facing message."""


class LibraryError(NejatError):
    pass


class LibraryLockedError(LibraryError):
    def __init__(self, message: str, *, pid: int, host: str, same_host: bool) -> None:
        super().__init__(message)
        self.pid = pid
        self.host = host
        self.same_host = same_host


class LibraryTooNewError(LibraryError):
    pass


class LibraryDamagedError(LibraryError):
    """The database is damaged; `latest_good_backup` is the backup the message offers, if any."""

    def __init__(self, message: str, latest_good_backup: Path | None = None) -> None:
        super().__init__(message)
        self.latest_good_backup = latest_good_backup


class LibraryReadOnlyError(LibraryError):
    """A change was asked of a library opened read-only; the message says why it is read-only."""


class ValidationError(NejatError):
    pass


class ImportFileError(NejatError):
    """One input file could not be imported; the rest of the batch goes on."""

    def __init__(self, path: str, message: str, *, key: str | None = None) -> None:
        where = f"{path}: {key}: " if key else f"{path}: "
        super().__init__(where + message)
        self.path = path
        self.key = key
        self.problem = message


class InUseError(NejatError):
    def __init__(self, message: str, uses: list[str]) -> None:
        super().__init__(message)
        self.uses = uses
