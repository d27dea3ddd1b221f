"""Library subcommands: init, check, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from nejat_desk.cli.common import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, err, library_dir, open_library
from nejat_desk.core.i18n import translate

if TYPE_CHECKING:
    from nejat_desk.storage.library import Library


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "init", parents=[common], help=translate("cli.library_cmds", "create a library (with example articles)"),
        description=translate("cli.library_cmds",
                              "Create a new library in the library folder and load the example articles "
                              "(a few in each edition) unless --no-examples is given."))
    p.add_argument("--no-examples", action="store_true", help=translate("cli.library_cmds", "create an empty library"))
    p.add_argument("--if-missing", action="store_true",
                   help=translate("cli.library_cmds",
                                  "do nothing (and succeed) when the folder already holds a library"))
    p.set_defaults(func=cmd_init)

    p = subparsers.add_parser(
        "check", parents=[common], help=translate("cli.library_cmds", "check the library's integrity"),
        description=translate("cli.library_cmds",
                              "Run SQLite's full integrity check, the foreign key check and the search index's "
                              "own check, compare the search index with the articles, and verify that media "
                              "files are present with the right size and SHA-256 (a sample of them; all with "
                              "--deep). Exits with 1 when a problem is found."))
    p.add_argument("--deep", action="store_true",
                   help=translate("cli.library_cmds", "hash every media file, not a sample"))
    p.add_argument("--sample", type=int, default=200, metavar="N",
                   help=translate("cli.library_cmds",
                                  "how many media files to hash without --deep (default: %(default)s)"))
    p.set_defaults(func=cmd_check)

    p = subparsers.add_parser(
        "backup", parents=[common],
        help=translate("cli.library_cmds", "back up the library now, or list its backups"),
        description=translate("cli.library_cmds",
                              "Copy the library's database with SQLite's online backup into the library's "
                              "backups folder. Media files are content-addressed and never change, so they are "
                              "not copied."))
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true",
                      help=translate("cli.library_cmds", "list the backups, newest first"))
    mode.add_argument("--periodic", action="store_true",
                      help=translate("cli.library_cmds",
                                     "take the hourly and daily copies if due and rotate old ones (for schedulers)"))
    p.add_argument("--label", default="",
                   help=translate("cli.library_cmds", "a short label added to the backup's file name"))
    p.add_argument("--verify", action="store_true",
                   help=translate("cli.library_cmds", "with --list: run the integrity check on each copy"))
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser(
        "restore", parents=[common],
        help=translate("cli.library_cmds", "replace the library's database with a backup"),
        description=translate("cli.library_cmds",
                              "Replace the library's database with one of its backups (see 'backup --list'). "
                              "The current database is kept first: copied as a pre-restore backup, or, when it "
                              "is too damaged to copy, set aside beside it. Media files are not touched."))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", metavar="BACKUP",
                       help=translate("cli.library_cmds",
                                      "a backup's file name (as 'backup --list' shows it) or path"))
    which.add_argument("--latest-good", action="store_true",
                       help=translate("cli.library_cmds", "the newest backup that passes SQLite's integrity check"))
    p.add_argument("--yes", "-y", action="store_true",
                   help=translate("cli.library_cmds", "do not ask for confirmation"))
    p.set_defaults(func=cmd_restore)


# --- init ------------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from nejat_desk.storage.layout import LibraryLayout

    root = library_dir(args)
    if LibraryLayout(root).db_path.exists():
        if args.if_missing:
            print(translate("cli.library_cmds", "A library already exists in {root}.").format(root=root))
            return EXIT_OK
        err(translate("cli.library_cmds", "{root} already holds a library; nothing was changed.").format(
            root=root))
        return EXIT_FAILURE
    if root.exists() and not root.is_dir():
        err(translate("cli.library_cmds", "{root} is a file, not a folder.").format(root=root))
        return EXIT_USAGE
    with open_library(args, create=True) as library:
        print(translate("cli.library_cmds", "Created a library in {root}.").format(root=library.root))
        if args.no_examples:
            return EXIT_OK
        from nejat_desk.services.example_content import load_example_content

        report = load_example_content(library)
        print(translate("cli.library_cmds", "Loaded {count} example articles.").format(
            count=report.imported_count))
        if report.problems:
            for problem in report.problems:
                err(problem)
            return EXIT_FAILURE
    return EXIT_OK


# --- check ------------------------------------------------------------------------------------

def cmd_check(args: argparse.Namespace) -> int:
    from nejat_desk.services.library_check import check_library

    if args.sample < 0:
        err(translate("cli.library_cmds", "--sample must be zero or more"))
        return EXIT_USAGE
    with open_library(args) as library:
        report = check_library(library, deep=args.deep, sample=args.sample)
        print(translate("cli.library_cmds", "Checked {path}: {articles} articles, {hashed} of {media} media files "
                                            "hashed.").format(path=library.db_path, articles=report.articles,
                                                              hashed=report.media_checked,
                                                              media=report.media_files))
        if report.ok:
            print(translate("cli.library_cmds", "No problems found."))
            return EXIT_OK
        for problem in report.problems:
            print(translate("cli.library_cmds", "problem: {problem}").format(problem=problem))
        print(translate("cli.library_cmds", "{count} problem(s) found.").format(count=len(report.problems)),
              file=sys.stderr)
        if report.database_damaged:
            print(_restore_hint(library), file=sys.stderr)
        return EXIT_FAILURE


def _restore_hint(library: Library) -> str:
    from nejat_desk.storage import backup as backups

    good = backups.latest_good_backup(library.layout.backup_dir)
    if good is None:
        return translate("cli.library_cmds", "No good backup was found.")
    return translate("cli.library_cmds", "The latest good backup is {name} ({time} UTC): restore it with "
                                         "'nejat-desk restore --latest-good'.").format(
        name=good.path.name, time=f"{good.taken_at:%Y-%m-%d %H:%M}")


# --- backup -----------------------------------------------------------------------------------

def cmd_backup(args: argparse.Namespace) -> int:
    import re

    if args.label and not re.fullmatch(r"[\w.-]{1,60}", args.label):
        err(translate("cli.library_cmds", "the label {label} may only hold letters, digits, '.', '_' and '-' "
                                          "(at most 60)").format(label=repr(args.label)))
        return EXIT_USAGE
    if args.verify and not args.list:
        err(translate("cli.library_cmds", "--verify goes with --list"))
        return EXIT_USAGE
    with open_library(args) as library:
        if args.list:
            return _list_backups(library, verify=args.verify)
        if args.periodic:
            made = library.periodic_backup()
            for path in made:
                print(translate("cli.library_cmds", "Backed up to {path}").format(path=path))
            if not made:
                print(translate("cli.library_cmds", "No periodic backup was due."))
            return EXIT_OK
        path = library.backup("manual", args.label)
        print(translate("cli.library_cmds", "Backed up to {path}").format(path=path))
    return EXIT_OK


def _list_backups(library: Library, *, verify: bool) -> int:
    from nejat_desk.storage import backup as backups

    found = library.list_backups()
    if not found:
        print(translate("cli.library_cmds", "No backups in {folder}.").format(folder=library.layout.backup_dir))
        return EXIT_OK
    bad = 0
    for info in found:
        line = f"{info.path.name}  {info.kind:<13} {info.taken_at:%Y-%m-%d %H:%M:%S} UTC  {_size(info.size):>9}"
        if verify:
            problem = backups.verify_backup(info.path)
            bad += problem is not None
            line += "  " + (translate("cli.library_cmds", "ok") if problem is None
                            else translate("cli.library_cmds", "DAMAGED: {problem}").format(problem=problem))
        print(line)
    return EXIT_FAILURE if bad else EXIT_OK


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


# --- restore ----------------------------------------------------------------------------------

def cmd_restore(args: argparse.Namespace) -> int:
    from nejat_desk.storage import backup as backups
    from nejat_desk.storage.layout import LibraryLayout
    from nejat_desk.storage.library import Library
    from nejat_desk.storage.lock import LibraryLock

    layout = LibraryLayout(library_dir(args))
    if not layout.root.is_dir():
        err(translate("cli.library_cmds", "There is no library in {root}.").format(root=layout.root))
        return EXIT_FAILURE
    if args.latest_good:
        good = backups.latest_good_backup(layout.backup_dir)
        if good is None:
            err(translate("cli.library_cmds", "No good backup was found in {folder}.").format(
                folder=layout.backup_dir))
            return EXIT_FAILURE
        source = good.path
    else:
        source = _find_backup(layout.backup_dir, args.backup)
        if source is None:
            err(translate("cli.library_cmds", "There is no backup {backup} (see 'nejat-desk backup --list').").format(
                backup=repr(args.backup)))
            return EXIT_FAILURE
    from nejat_desk.storage.library import restore_refusal

    refusal = restore_refusal(source)  # before asking: a file that is not a desk library is never offered
    if refusal:
        err(refusal)
        return EXIT_FAILURE
    question = translate("cli.library_cmds", "Replace the database of {root} with {backup}? The current one is kept "
                                             "as a pre-restore backup. [y/N] ").format(root=layout.root,
                                                                                       backup=source.name)
    if not args.yes and not _confirm(question):
        err(translate("cli.library_cmds", "not restored (confirm with --yes when not running in a terminal)"))
        return EXIT_FAILURE
    # The live database may be too damaged for Library.open, which reads it: a restore only needs
    # the lock, so it takes it and works on the file directly.
    lock = LibraryLock(layout.lock_path)
    lock.acquire(break_foreign=getattr(args, "break_lock", False))
    library = Library(layout, lock)
    try:
        kept = library.restore(source)
        problems = library.integrity_problems()
    finally:
        library.close()
    print(translate("cli.library_cmds", "Restored {backup}. The previous database was kept as {kept}.").format(
        backup=source.name, kept=kept.name))
    if problems:
        err(translate("cli.library_cmds", "the restored database still reports problems: {problems}").format(
            problems="; ".join(problems[:5])))
        return EXIT_FAILURE
    return EXIT_OK


def _find_backup(backup_dir: Path, name: str) -> Path | None:
    candidate = Path(name).expanduser()
    for path in (backup_dir / candidate.name if candidate.parent == Path(".") else None, candidate):
        if path is not None and path.is_file():
            return path.resolve()
    return None


def _confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        return False
