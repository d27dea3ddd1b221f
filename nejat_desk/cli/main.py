"""`nejat-desk`: with no subcommand it opens the window; subcommands work headless.

Each feature keeps its subcommands in its own module under nejat_desk.cli, exposing
`register(subparsers, common)`; this module only lists them. argparse throughout.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from nejat_desk.core.i18n import translate
from nejat_desk.version import __version__

# Modules under nejat_desk.cli that add subcommands (each has register(subparsers, common)).
COMMAND_MODULES: tuple[str, ...] = (
    "library_cmds",
    "article_cmds",
    "edition_cmds",
    "schedule_cmds",
    "media_cmds",
    "search_cmds",
    "site_cmds",
    "review_cmds",
    "export_cmds",
    "preflight_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", metavar="DIR", default=argparse.SUPPRESS,
                        help=translate("cli.main", "the library folder (default: $NEJAT_DESK_LIBRARY or the user "
                                                   "data folder)"))
    common.add_argument("--break-lock", action="store_true", default=argparse.SUPPRESS,
                        help=translate("cli.main", "open a library whose lock was left by another computer"))
    common.add_argument("--read-only", action="store_true", default=argparse.SUPPRESS,
                        help=translate("cli.main", "open the library without changing it (a library that cannot "
                                                   "be written always opens this way)"))
    parser = argparse.ArgumentParser(
        prog="nejat-desk", parents=[common],
        description=translate("cli.main", "Nejat Desk: editorial workstation. Without a command, opens the window."))
    parser.add_argument("--version", action="version", version=f"Nejat Desk {__version__}",  # i18n: ok
                        help=translate("cli.main", "show program's version number and exit"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"nejat_desk.cli.{name}")
        module.register(subparsers, common)
    return parser


# Options of the window itself, and whether each takes a value.
_WINDOW_OPTIONS = {"--library": True, "--open-article": True, "--break-lock": False, "--read-only": False}


def is_window_invocation(args: Sequence[str]) -> bool:
    """True when the arguments only configure the window (no subcommand, no --help/--version)."""
    tokens = iter(args)
    for token in tokens:
        name, has_value, _ = token.partition("=")
        if name not in _WINDOW_OPTIONS:
            return False
        if _WINDOW_OPTIONS[name] and not has_value and next(tokens, None) is None:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # Fast path: the window needs none of the subcommand modules (they import SQLAlchemy).
    if is_window_invocation(args_list):
        from nejat_desk.app import main as gui_main

        return gui_main(args_list)
    from nejat_desk.cli import language

    language.install(language.chosen_language())  # before the parser: its help is translated
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "command", None):
        from nejat_desk.app import main as gui_main

        return gui_main(args_list)
    from nejat_desk.cli.common import run_command

    return run_command(args)
