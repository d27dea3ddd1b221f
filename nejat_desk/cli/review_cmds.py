"""Hand-off through the site: review list|send|return (services.wordpress.review).

`send` marks an article In review and pushes it as pending with a note; `return` sends it back as
a draft with a note; `list` shows what others sent for review and what they sent back. The
password is read as for `publish` (--password-stdin or a prompt).
"""

from __future__ import annotations

import argparse
from typing import Any

from nejat_desk.cli.common import EXIT_FAILURE, EXIT_OK
from nejat_desk.cli.site_cmds import _http_consent, _open_sync
from nejat_desk.core.i18n import translate


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument("--password-stdin", action="store_true",
                        help=translate("cli.review_cmds", "read the Application Password from the first line of "
                                       "standard input (otherwise it is asked for when needed)"))
    review = subparsers.add_parser(
        "review", parents=[common], help=translate("cli.review_cmds", "hand articles to each other through the site"),
        description=translate("cli.review_cmds", "Send an article for review with a note, send it back with a note, "
                              "and list what others sent for review or sent back (needs the Nejat Desk Companion "
                              "plugin on the site for the notes)."))
    sub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", parents=[common, secret],
                       help=translate("cli.review_cmds", "what waits for review from others and what others sent back"))
    p.add_argument("--site", required=True)
    p.set_defaults(func=cmd_review_list)
    for name, func, text in (
            ("send", cmd_review_send, translate("cli.review_cmds", "send an article for review (pending) with a note")),
            ("return", cmd_review_return, translate("cli.review_cmds", "send an article back (draft) with a note"))):
        p = sub.add_parser(name, parents=[common, secret], help=text)
        p.add_argument("slug", metavar="SLUG")
        p.add_argument("--edition", required=True, help=translate("cli.review_cmds", "the article's edition"))
        p.add_argument("--note", required=True, help=translate("cli.review_cmds", "the note for the other person"))
        p.add_argument("--site", help=translate("cli.review_cmds", "the site's name (default: the site serving the "
                                                "edition)"))
        p.set_defaults(func=func)


def _hand_off(args: argparse.Namespace, back: bool) -> int:
    from nejat_desk.core.errors import ValidationError

    with _open_sync(args) as desk:
        sites = desk.sites
        site = sites.find(args.site) if args.site else sites.site_for_edition(args.edition)
        if not _http_consent(args, sites, site):
            return EXIT_FAILURE
        article_id = desk.articles.find_by_slug(args.edition, args.slug)
        if article_id is None:
            raise ValidationError(translate("cli.review_cmds", "There is no article {slug} in the {edition} edition; "
                                            "nothing was sent.").format(slug=repr(args.slug), edition=args.edition))
        review = desk.sync.review
        result = (review.send_back if back else review.send)(article_id, site.id, args.note)
        print(result.message)
        return EXIT_OK if result.note_sent else EXIT_FAILURE


def cmd_review_send(args: argparse.Namespace) -> int:
    return _hand_off(args, back=False)


def cmd_review_return(args: argparse.Namespace) -> int:
    return _hand_off(args, back=True)


def _print_items(title: str, items: list[Any]) -> None:
    print(title)
    if not items:
        print("  " + translate("cli.review_cmds", "(none)"))
    for item in items:
        when = format(item.created, "%Y-%m-%d %H:%M") + " UTC" if item.created else ""
        print(f"  {item.label}\t{item.author}\t{when}")
        for line in item.note.splitlines() or [""]:
            print(f"    {line}")


def cmd_review_list(args: argparse.Namespace) -> int:
    with _open_sync(args) as desk:
        site = desk.sites.find(args.site)
        if not _http_consent(args, desk.sites, site):
            return EXIT_FAILURE
        found = desk.sync.review.review_list(site.id)
        _print_items(translate("cli.review_cmds", "Waiting for review:"), found.waiting)
        _print_items(translate("cli.review_cmds", "Sent back:"), found.returned)
    return EXIT_OK
