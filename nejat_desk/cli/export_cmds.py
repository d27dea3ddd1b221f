"""`nejat-desk export FORMAT --out PATH`: every export the window offers, headless."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from nejat_desk.cli.common import EXIT_OK, open_library
from nejat_desk.core.domain import EDITION_CODES, ArticleStatus


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from nejat_desk.services.export import FORMATS

    p = subparsers.add_parser(
        "export", parents=[common], help="export articles (WXR, HTML, Markdown, feeds, snippets, bundle...)",
        description="Export the library, an edition or a selection of articles. Files are written to a "
                    "temporary place and moved into place only when complete. html, markdown and snippets "
                    "write a folder; the others write one file (rss/atom: a folder when several editions).")
    p.add_argument("format", choices=FORMATS, metavar="FORMAT", help=", ".join(FORMATS))
    p.add_argument("--out", required=True, type=Path, metavar="PATH", help="the file or folder to write")
    p.add_argument("--edition", choices=EDITION_CODES, action="append", default=[],
                   help="only this edition (repeatable)")
    p.add_argument("--slug", action="append", default=[], help="only the article with this slug (repeatable)")
    p.add_argument("--status", choices=[s.value for s in ArticleStatus], action="append", default=[],
                   help="only articles with this status (repeatable)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="articles dated on or after")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="articles dated on or before")
    p.add_argument("--media-base-url", default="", metavar="URL",
                   help="where the media will live on the site (for media travelling in a bundle)")
    p.add_argument("--campaign", default="", help="utm_campaign of snippet links (default: EDITION-share)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from nejat_desk.services.export import ExportOptions, Selection, run_export

    selection = Selection(editions=tuple(args.edition), slugs=tuple(args.slug), statuses=tuple(args.status),
                          date_from=args.date_from, date_to=args.date_to)
    options = ExportOptions(media_base_url=args.media_base_url.rstrip("/"), campaign=args.campaign)
    shown = {"last": -1}

    def progress(done: int, total: int, what: str) -> None:
        if args.quiet or total < 200:
            return
        percent = done * 100 // max(total, 1)
        if percent != shown["last"]:
            shown["last"] = percent
            print(f"\r{what}: {done}/{total} ({percent}%)", end="", file=sys.stderr, flush=True)

    with open_library(args) as library:
        report = run_export(library, args.format, args.out, selection, options, progress=progress)
    if shown["last"] >= 0:
        print(file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json:
        print(json.dumps({"format": report.format, "path": str(report.path), "counts": report.counts,
                          "warnings": report.warnings}, ensure_ascii=False))
    else:
        counts = ", ".join(f"{v} {k}" for k, v in report.counts.items())
        print(f"{report.format}: wrote {report.path} ({counts})")
    return EXIT_OK
