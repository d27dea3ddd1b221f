"""`nejat-desk export FORMAT --out PATH`: every export the window offers, headless."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from nejat_desk.cli.common import EXIT_OK, open_library
from nejat_desk.cli.terminal import REDRAW
from nejat_desk.core.domain import EDITION_CODES, ArticleStatus
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, join_list, translate

# The report's counts as a person reads them (the keys stay as they are in --json).
COUNT_LABELS: dict[str, str] = {
    "articles": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} articles"),
    "posts": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} posts"),
    "attachments": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} attachments"),
    "categories": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} categories"),
    "tags": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} tags"),
    "terms": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} terms"),
    "feeds": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} feeds"),
    "pages": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} pages"),
    "media": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} media files"),
    "files": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} files"),
    "rows": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} rows"),
    "events": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} events"),
    "stale_translations": QT_TRANSLATE_NOOP("cli.export_cmds", "{count} stale translations"),
}


def _count(key: str, value: int) -> str:
    label = COUNT_LABELS.get(key)
    return translate("cli.export_cmds", label).format(count=value) if label else f"{value} {key}"


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli.export_cmds", "{text} is not a date (YYYY-MM-DD)")
                                         .format(text=repr(text))) from None


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from nejat_desk.services.export import FORMATS

    p = subparsers.add_parser(
        "export", parents=[common],
        help=translate("cli.export_cmds", "export articles (WXR, HTML, Markdown, feeds, snippets, bundle...)"),
        description=translate(
            "cli.export_cmds", "Export the library, an edition or a selection of articles. html, markdown and "
            "snippets write a folder; the others write one file (rss/atom: a folder when several editions). "
            "A folder must be missing, empty, or hold a previous export of the same format (its "
            "nejat-desk-export.txt lists the files that export replaces; nothing else is touched). A file is "
            "replaced only when it is a previous export of the same kind. Nothing is ever written into the "
            "library folder."))
    p.add_argument("format", choices=FORMATS, metavar="FORMAT", help=", ".join(FORMATS))
    p.add_argument("--out", required=True, type=Path, metavar="PATH", help=translate("cli.export_cmds", "the file or folder to write"))
    p.add_argument("--edition", choices=EDITION_CODES, action="append", default=[],
                   help=translate("cli.export_cmds", "only this edition (repeatable)"))
    p.add_argument("--slug", action="append", default=[],
                   help=translate("cli.export_cmds", "only the article with this slug (repeatable)"))
    p.add_argument("--status", choices=[s.value for s in ArticleStatus], action="append", default=[],
                   help=translate("cli.export_cmds", "only articles with this status (repeatable)"))
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                   help=translate("cli.export_cmds", "articles dated on or after"))
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                   help=translate("cli.export_cmds", "articles dated on or before"))
    p.add_argument("--media-base-url", default="", metavar="URL",
                   help=translate("cli.export_cmds",
                                  "where the media will live on the site (for media travelling in a bundle)"))
    p.add_argument("--campaign", default="",
                   help=translate("cli.export_cmds", "utm_campaign of snippet links (default: EDITION-share)"))
    p.add_argument("--tz", default="UTC", metavar="ZONE",
                   help=translate("cli.export_cmds", "hootsuite-csv: the time zone of the Hootsuite account, in which "
                                  "every time in the file is written (an IANA name such as Asia/Baghdad; default: UTC)"))
    p.add_argument("--json", action="store_true", help=translate("cli.export_cmds", "print the report as JSON"))
    p.add_argument("--quiet", action="store_true", help=translate("cli.export_cmds", "no progress on stderr"))
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from nejat_desk.services.export import ExportOptions, Selection, run_export

    selection = Selection(editions=tuple(args.edition), slugs=tuple(args.slug), statuses=tuple(args.status),
                          date_from=args.date_from, date_to=args.date_to)
    options = ExportOptions(media_base_url=args.media_base_url.rstrip("/"), campaign=args.campaign,
                            time_zone=args.tz)
    shown = {"last": -1}

    def progress(done: int, total: int, what: str) -> None:
        if args.quiet or total < 200:
            return
        percent = done * 100 // max(total, 1)
        if percent != shown["last"]:
            shown["last"] = percent
            print(f"{REDRAW}{what}: {done}/{total} ({percent}%)", end="", file=sys.stderr, flush=True)

    with open_library(args) as library:
        report = run_export(library, args.format, args.out, selection, options, progress=progress)
    if shown["last"] >= 0:
        print(file=sys.stderr)
    for warning in report.warnings:
        print(translate("cli.export_cmds", "warning: {message}").format(message=warning), file=sys.stderr)
    if args.json:
        print(json.dumps({"format": report.format, "path": str(report.path), "counts": report.counts,
                          "warnings": report.warnings, "notes": report.notes,
                          "stale_translations": report.stale_translations}, ensure_ascii=False))
    else:
        counts = join_list(_count(k, v) for k, v in report.counts.items())
        print(translate("cli.export_cmds", "{format}: wrote {path} ({counts})")
              .format(format=report.format, path=report.path, counts=counts))
        for note in report.notes:
            print(note)
    return EXIT_OK
