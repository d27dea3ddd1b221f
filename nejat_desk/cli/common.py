"""Shared plumbing for subcommands: opening the library, reporting errors, exit codes."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nejat_desk.cli.terminal import escape_controls, guarded
from nejat_desk.core.errors import NejatError
from nejat_desk.core.i18n import translate

if TYPE_CHECKING:
    from nejat_desk.services.desk import Desk
    from nejat_desk.services.wordpress.credentials import CredentialStore

EXIT_OK = 0
EXIT_FAILURE = 1  # the command ran but something failed (a file skipped, a check failed)
EXIT_USAGE = 2  # argparse's own code for bad arguments
EXIT_LIBRARY = 3  # the library could not be opened (locked, damaged, too new)


def library_dir(args: argparse.Namespace) -> Path:
    from nejat_desk.storage.layout import resolve_library_dir

    return resolve_library_dir(getattr(args, "library", None))


@contextmanager
def open_library(args: argparse.Namespace, *, create: bool = False) -> Iterator[Any]:
    from nejat_desk.storage.library import Library

    library = Library.open(library_dir(args), create=create, break_lock=getattr(args, "break_lock", False),
                           read_only=getattr(args, "read_only", False))
    if library.read_only is not None:
        print(translate("cli.common", "note: {message}").format(message=library.read_only_notice()), file=sys.stderr)
    if library.cloud_sync_warning:
        print(translate("cli.common", "warning: {message}").format(message=library.cloud_sync_warning),
              file=sys.stderr)
    try:
        yield library
        if library.damage_found is not None:  # a batch went on past damage: end with the way out
            raise library.damage_found
    finally:
        library.close()


@contextmanager
def open_desk(args: argparse.Namespace, *, create: bool = False,
              credentials: CredentialStore | None = None) -> Iterator[Desk]:
    """The library's application layer (`Desk`): how commands reach the library's use cases.
    `credentials`: how site passwords are found and asked for (the site commands give one)."""
    from nejat_desk.services.desk import Desk

    with open_library(args, create=create) as library:
        yield Desk(library, credentials=credentials)


def err(message: str) -> None:
    print(f"nejat-desk: {escape_controls(message, keep_newlines=True)}", file=sys.stderr)  # i18n: ok


def _library_failure(args: argparse.Namespace, exc: Exception) -> Exception | None:
    """A damaged or read-only library behind `exc` (see storage.library.library_failure), or None."""
    from nejat_desk.storage.layout import LibraryLayout
    from nejat_desk.storage.library import library_failure

    try:
        return library_failure(LibraryLayout(library_dir(args)), exc)
    except Exception:  # noqa: BLE001 - never hide the original error behind one from explaining it
        logging.getLogger("nejat_desk").debug("could not explain %r", exc, exc_info=True)  # i18n: ok (log)
        return None


def run_command(args: argparse.Namespace) -> int:
    from nejat_desk.logging_setup import setup_logging

    setup_logging(console=False)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        with guarded():  # what the library holds is printed, never obeyed (cli.terminal)
            return int(func(args) or 0)
    except NejatError as exc:
        from nejat_desk.core.errors import LibraryError

        err(str(exc))
        return EXIT_LIBRARY if isinstance(exc, LibraryError) else EXIT_FAILURE
    except KeyboardInterrupt:
        err(translate("cli.common", "interrupted"))
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the library's trouble in the user's words; anything else is a bug
        failure = _library_failure(args, exc)
        if failure is not None:
            # The type only: SQLite's message may quote article text, which the log never holds.
            logging.getLogger("nejat_desk").warning("%s failed: %s", args.command,  # i18n: ok (log)
                                                    type(failure).__name__)
            err(str(failure))
            return EXIT_LIBRARY
        logging.getLogger("nejat_desk").exception("unexpected error in %s", args.command)  # i18n: ok (log)
        from nejat_desk.storage.layout import log_dir

        err(translate("cli.common", "unexpected error: {error} (details in {folder})").format(
            error=repr(exc), folder=log_dir()))
        return EXIT_FAILURE
