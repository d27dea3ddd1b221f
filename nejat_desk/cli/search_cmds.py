"""`nejat-desk search`: the article search of the app, on the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys

from nejat_desk.cli.common import EXIT_OK, EXIT_USAGE, err, open_desk
from nejat_desk.cli.terminal import BOLD, PLAIN, escape_controls
from nejat_desk.core.domain import EDITION_CODES, ArticleStatus
from nejat_desk.core.i18n import translate


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "search", parents=[common],
        help=translate("cli.search_cmds", "search articles (titles, bodies, excerpts, bylines)"),
        description=translate(
            "cli.search_cmds", "Full-text search with the app's engine: all words must match; \"quoted "
            "phrases\", word* for a prefix, -word to exclude, OR between two words for either. Arabic and "
            "Farsi letter forms, harakat, digits and Latin accents are matched loosely."))
    p.add_argument("query", nargs="+", metavar="QUERY", help=translate("cli.search_cmds", "the words to look for"))
    p.add_argument("--edition", choices=EDITION_CODES, action="append",
                   help=translate("cli.search_cmds", "only this edition (repeat for several)"))
    p.add_argument("--status", choices=[s.value for s in ArticleStatus], action="append",
                   help=translate("cli.search_cmds", "only articles in this status (repeat for several)"))
    p.add_argument("--limit", type=_positive, default=20,
                   help=translate("cli.search_cmds", "at most this many results (default 20)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.search_cmds", "one JSON object per result and line"))
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help=translate("cli.search_cmds",
                                  "bold highlights on a terminal (auto), always, or [brackets] (never)"))
    p.set_defaults(func=cmd_search)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli.search_cmds", "{value} is not a whole number")
                                         .format(value=repr(value))) from None
    if number < 1:
        raise argparse.ArgumentTypeError(translate("cli.search_cmds", "must be at least 1"))
    return number


def cmd_search(args: argparse.Namespace) -> int:
    from nejat_desk.services.search import parse_query

    text = " ".join(args.query)
    parsed = parse_query(text)
    if parsed.is_empty:
        err(translate("cli.search_cmds", "nothing to search for: the query has no word to look for "
                      "(punctuation, operators and excluded words alone are not a search)"))
        return EXIT_USAGE
    with open_desk(args) as desk:
        hits = desk.search.search(parsed, limit=args.limit, edition=args.edition, status=args.status)
    if args.json:
        for hit in hits:
            print(json.dumps(hit.as_dict(), ensure_ascii=False))
        return EXIT_OK
    if not hits:
        print(translate("cli.search_cmds", "No articles match."))
        return EXIT_OK
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                       and not os.environ.get("NO_COLOR"))
    start, end = (BOLD, PLAIN) if color else ("[", "]")
    for hit in hits:
        print(f"{hit.article_id:>6}  {hit.edition}  {hit.status:<10} {escape_controls(hit.title_marked(start, end))}")
        if hit.snippet:
            print(f"        {escape_controls(hit.snippet_marked(start, end))}")
    if len(hits) == 1:
        print(translate("cli.search_cmds", "-- 1 result"))
    else:
        print(translate("cli.search_cmds", "-- {count} results").format(count=len(hits)))
    return EXIT_OK
