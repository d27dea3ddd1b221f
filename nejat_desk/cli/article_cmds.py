"""`nejat-desk import` and `nejat-desk list`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from nejat_desk.cli.common import EXIT_FAILURE, EXIT_OK, err, open_desk
from nejat_desk.cli.terminal import escape_controls
from nejat_desk.core.domain import EDITION_CODES, ArticleStatus
from nejat_desk.core.i18n import translate

if TYPE_CHECKING:
    from nejat_desk.services.imports import FileReport
    from nejat_desk.services.markdown_import import ImportReport
    from nejat_desk.services.translation_bases import SourceChanges

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
    p.add_argument("--stale", action="store_true",
                   help=translate("cli.article_cmds", "only translations whose original changed since they were "
                                                      "translated or marked as up to date"))
    p.add_argument("--limit", type=int, default=0,
                   help=translate("cli.article_cmds", "at most this many (0: all)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.article_cmds", "one JSON object per line"))
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("stale", parents=[common],
                              help=translate("cli.article_cmds", "what changed in a translation's original"),
                              description=translate("cli.article_cmds",
                                                    "Show what changed in the original of a stale translation since "
                                                    "it was translated or marked as up to date, paragraph by "
                                                    "paragraph beside the translation ([-removed-] {+added+}). "
                                                    "Exits 1 when the translation is stale."))
    p.add_argument("slug", metavar="SLUG")
    p.add_argument("--edition", choices=EDITION_CODES, required=True,
                   help=translate("cli.article_cmds", "the translation's edition"))
    p.add_argument("--mark-up-to-date", action="store_true",
                   help=translate("cli.article_cmds", "record that the translation follows the original as it is "
                                                      "now"))
    p.set_defaults(func=cmd_stale)


def cmd_import(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        batch = desk.imports.run(args.paths, edition=getattr(args, "edition", None))
    for file in batch.files:
        _print_file_report(file, as_json=args.json)
    if batch.markdown is not None:
        _print_markdown_report(batch.markdown, as_json=args.json)
    return EXIT_FAILURE if batch.failed else EXIT_OK


def _print_file_report(file: FileReport, *, as_json: bool) -> None:
    """A whole-file import (a WordPress export): its counts, or why nothing of it was imported."""
    from nejat_desk.services.markdown_import import Outcome, outcome_word

    if not file.ok:
        err(f"{file.path}: {file.summary}")
    elif as_json:
        print(json.dumps({"path": str(file.path), "format": file.format, **file.counts}, ensure_ascii=False))
    else:
        for note in file.notes:
            print(f"{outcome_word(Outcome.CONFLICT):9} {escape_controls(note)}")
        print(f"-- {escape_controls(str(file.path))}: {escape_controls(file.summary)}")


def _print_markdown_report(report: ImportReport, *, as_json: bool) -> None:
    from nejat_desk.services.markdown_import import outcome_word

    for result in report.results:
        if as_json:
            print(json.dumps({"path": str(result.path), "outcome": result.outcome.value,
                              "message": result.message, "article_id": result.article_id}, ensure_ascii=False))
        else:
            line = f"{outcome_word(result.outcome):9} {escape_controls(str(result.path))}"
            print(f"{line}: {escape_controls(result.message)}" if result.message else line)
    if not as_json:
        print(f"-- {report.summary()}")


def cmd_list(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        listed = desk.article_list.listing(edition=args.edition, status=args.status, trash=args.trash,
                                           limit=args.limit, stale=args.stale)
    stale_mark = translate("cli.article_cmds", "[stale translation]")
    for a in listed:
        if args.json:
            print(json.dumps({"id": a.id, "edition": a.edition, "status": a.status, "slug": a.slug,
                              "title": a.title, "updated_at": a.updated_at, "scheduled_at": a.scheduled_at,
                              "stale": a.stale}, ensure_ascii=False))
        else:
            line = f"{a.id:>6}  {a.edition}  {a.status:<10} {escape_controls(a.slug)}  {escape_controls(a.title)}"
            print(f"{line}  {stale_mark}" if a.stale else line)
    return EXIT_OK


def cmd_stale(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        article_id = desk.articles.find_by_slug(args.edition, args.slug)
        if article_id is None:
            err(translate("cli.article_cmds", "There is no article {slug} in the {edition} edition.")
                .format(slug=repr(args.slug), edition=args.edition))
            return EXIT_FAILURE
        if args.mark_up_to_date:
            desk.articles.mark_up_to_date(article_id)
            print(translate("cli.article_cmds", "{edition}/{slug} now follows its original as it is.")
                  .format(edition=args.edition, slug=args.slug))
            return EXIT_OK
        changes = desk.articles.source_changes(article_id)
    if changes is None:
        print(translate("cli.article_cmds", "{edition}/{slug} is up to date with its original.")
              .format(edition=args.edition, slug=args.slug))
        return EXIT_OK
    _print_changes(changes)
    return EXIT_FAILURE


def _print_changes(changes: SourceChanges) -> None:
    from nejat_desk.core.paragraph_diff import Change, field_change, paragraph_rows, spans_text

    then, now, mine = changes.then, changes.now, changes.translation
    print(translate("cli.article_cmds", "The {source} original changed since this translation followed it ({when}).")
          .format(source=changes.source_edition, when=changes.followed_at.isoformat(timespec="minutes")))
    if then is None:
        print(translate("cli.article_cmds", "The text it followed was not kept: the whole original is shown as new."))
    titles = {"title": translate("cli.article_cmds", "Title"), "excerpt": translate("cli.article_cmds", "Excerpt")}
    for name in ("title", "excerpt"):
        change = field_change(getattr(then, name) if then else "", getattr(now, name), getattr(mine, name))
        if change is not None:
            _print_row(titles[name], spans_text(change.spans), change.translation)
    captions = {Change.CHANGED: translate("cli.article_cmds", "Paragraph {number}"),
                Change.ADDED: translate("cli.article_cmds", "Paragraph {number}, new in the original"),
                Change.REMOVED: translate("cli.article_cmds", "Paragraph {number}, removed from the original")}
    for row in paragraph_rows(then.body_md if then else "", now.body_md, mine.body_md):
        _print_row(captions[row.change].format(number=row.number), spans_text(row.spans), row.translation)


def _print_row(caption: str, source: str, translation: str) -> None:
    print()
    print(f"== {caption}")
    print(translate("cli.article_cmds", "original: {text}").format(text=escape_controls(source)))
    print(translate("cli.article_cmds", "translation: {text}").format(text=escape_controls(translation) or "-"))
