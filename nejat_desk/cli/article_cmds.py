"""`nejat-desk import` and `nejat-desk list`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nejat_desk.cli.common import EXIT_FAILURE, EXIT_OK, open_library
from nejat_desk.core.domain import EDITION_CODES, ArticleStatus
from nejat_desk.core.i18n import translate

# Modules with recognises(path) -> bool and import_for_cli(library, path, args) -> exit code,
# tried before the Markdown importer (the WordPress WXR importer registers here).
EXTRA_IMPORTERS: list[str] = ["nejat_desk.services.wxr_import"]


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("import", parents=[common],
                              help=translate("cli.article_cmds", "import Markdown files or folders"),
                              description=translate("cli.article_cmds",
                                                    "Import Markdown files with YAML front matter (files or "
                                                    "whole folders). Files it does not handle are listed as "
                                                    "skipped."))
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true",
                   help=translate("cli.article_cmds", "print the report as JSON"))
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("list", parents=[common], help=translate("cli.article_cmds", "list articles"),
                              description=translate("cli.article_cmds",
                                                    "List the library's articles, newest change first."))
    p.add_argument("--edition", choices=EDITION_CODES)
    p.add_argument("--status", choices=[s.value for s in ArticleStatus])
    p.add_argument("--trash", action="store_true",
                   help=translate("cli.article_cmds", "list the trash instead"))
    p.add_argument("--limit", type=int, default=0,
                   help=translate("cli.article_cmds", "at most this many (0: all)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.article_cmds", "one JSON object per line"))
    p.set_defaults(func=cmd_list)


def _other_importer(path: Path):  # type: ignore[no-untyped-def]
    import importlib

    for module_name in EXTRA_IMPORTERS:
        module = importlib.import_module(module_name)
        if module.recognises(path):
            return module
    return None


def cmd_import(args: argparse.Namespace) -> int:
    from nejat_desk.services.markdown_import import Outcome, import_paths, outcome_word

    status = EXIT_OK
    with open_library(args) as library:
        markdown_paths: list[Path] = []
        for path in args.paths:
            other = _other_importer(path) if path.is_file() else None
            if other is not None:
                status = max(status, other.import_for_cli(library, path, args))
            else:
                markdown_paths.append(path)
        if not markdown_paths:
            return status
        report = import_paths(library, markdown_paths)
    for result in report.results:
        if args.json:
            print(json.dumps({"path": str(result.path), "outcome": result.outcome.value,
                              "message": result.message, "article_id": result.article_id}, ensure_ascii=False))
        else:
            line = f"{outcome_word(result.outcome):9} {result.path}"
            if result.message and result.outcome is not Outcome.FAILED:
                line += f": {result.message}"
            elif result.outcome is Outcome.FAILED:
                # A file error already names its file; a missing path is named here.
                message = result.message if result.message.startswith(str(result.path)) \
                    else f"{result.path}: {result.message}"
                line = f"{outcome_word(result.outcome):9} {message}"
            print(line)
    if not args.json:
        print(f"-- {report.summary()}")
    return EXIT_FAILURE if report.failed else status


def cmd_list(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        conn = library.raw(readonly=True)
        try:
            where = ["deleted_at IS NOT NULL" if args.trash else "deleted_at IS NULL"]  # i18n: ok (SQL)
            params: list[object] = []
            if args.edition:
                where.append("edition_code = ?")  # i18n: ok (SQL)
                params.append(args.edition)
            if args.status:
                where.append("status = ?")
                params.append(args.status)
            sql = ("SELECT id, edition_code, status, slug, title, updated_at, scheduled_at FROM articles WHERE "
                   + " AND ".join(where) + " ORDER BY updated_at DESC, id DESC")
            if args.limit > 0:
                sql += f" LIMIT {int(args.limit)}"
            for row in conn.execute(sql, params):
                if args.json:
                    keys = ("id", "edition", "status", "slug", "title", "updated_at", "scheduled_at")
                    print(json.dumps(dict(zip(keys, row, strict=True)), ensure_ascii=False))
                else:
                    print(f"{row[0]:>6}  {row[1]}  {row[2]:<10} {row[3]}  {row[4]}")
        finally:
            conn.close()
    return EXIT_OK
