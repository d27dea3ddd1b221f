"""Shared plumbing for subcommands: opening the library, reporting errors, exit codes."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nejat_desk.core.errors import NejatError
from nejat_desk.core.i18n import translate

if TYPE_CHECKING:
    from nejat_desk.services.desk import Desk

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

    library = Library.open(library_dir(args), create=create, break_lock=getattr(args, "break_lock", False))
    if library.cloud_sync_warning:
        print(translate("cli.common", "warning: {message}").format(message=library.cloud_sync_warning),
              file=sys.stderr)
    try:
        yield library
    finally:
        library.close()


@contextmanager
def open_desk(args: argparse.Namespace, *, create: bool = False) -> Iterator[Desk]:
    """The library's application layer (`Desk`): how commands reach the library's use cases."""
    from nejat_desk.services.desk import Desk

    with open_library(args, create=create) as library:
        yield Desk(library)


def err(message: str) -> None:
    print(f"nejat-desk: {message}", file=sys.stderr)  # i18n: ok


def run_command(args: argparse.Namespace) -> int:
    from nejat_desk.logging_setup import setup_logging

    setup_logging(console=False)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
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
    except Exception as exc:  # an unexpected bug: say where the log is
        logging.getLogger("nejat_desk").exception("unexpected error in %s", args.command)  # i18n: ok (log)
        from nejat_desk.storage.layout import log_dir

        err(translate("cli.common", "unexpected error: {error} (details in {folder})").format(
            error=repr(exc), folder=log_dir()))
        return EXIT_FAILURE
