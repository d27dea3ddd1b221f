"""`nejat-desk editions list|set`: the edition settings from the command line."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from nejat_desk.cli.common import EXIT_OK, open_desk
from nejat_desk.core.domain import EDITION_CODES
from nejat_desk.core.i18n import translate


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("editions", parents=[common],
                              help=translate("cli.edition_cmds", "show or change edition settings"),
                              description=translate("cli.edition_cmds",
                                                    "Show or change the settings of the four editions."))
    sub = p.add_subparsers(dest="editions_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", parents=[common],
                        help=translate("cli.edition_cmds", "show every edition's settings"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    st = sub.add_parser("set", parents=[common],
                        help=translate("cli.edition_cmds", "change one edition's settings"))
    st.add_argument("code", choices=EDITION_CODES)
    st.add_argument("--name")
    st.add_argument("--native-name")
    st.add_argument("--time-zone", help=translate("cli.edition_cmds", "an IANA zone such as Asia/Tehran"))
    st.add_argument("--calendar", choices=("gregorian", "jalali", "islamic-civil"))
    st.add_argument("--site-url")
    st.add_argument("--permalink-pattern",
                    help=translate("cli.edition_cmds", "e.g. /%%year%%/%%monthnum%%/%%postname%%/"))
    st.add_argument("--hashtags", help=translate("cli.edition_cmds", "comma-separated"))
    st.add_argument("--handle", action="append", default=[], metavar="PLATFORM=HANDLE",
                    help=translate("cli.edition_cmds",
                                   "a social handle, e.g. x=@nejat_fa (repeatable; PLATFORM= removes it)"))
    st.set_defaults(func=cmd_set)


def cmd_list(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        editions = desk.editions.all()
    for e in editions:
        if args.json:
            print(json.dumps(asdict(e), ensure_ascii=False))
        else:
            print(f"{e.code}  {e.name} ({e.native_name})  {e.direction}  {e.time_zone}  {e.calendar}  "
                  f"{e.site_url}{e.permalink_pattern}  #{' #'.join(e.hashtags)}  "
                  + " ".join(f"{k}:{v}" for k, v in sorted(e.social_handles.items())))
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from nejat_desk.core.errors import ValidationError
    with open_desk(args) as desk:
        current = desk.editions.get(args.code)
        for attr in ("name", "native_name", "time_zone", "calendar", "site_url", "permalink_pattern"):
            value = getattr(args, attr)
            if value is not None:
                setattr(current, attr, value)
        if args.hashtags is not None:
            current.hashtags = [t for t in args.hashtags.split(",") if t.strip()]
        for item in args.handle:
            platform, sep, handle = item.partition("=")
            if not sep:
                message = translate("cli.edition_cmds", "--handle expects PLATFORM=HANDLE, not {item}.")
                raise ValidationError(message.format(item=repr(item)))
            if handle:
                current.social_handles[platform.strip()] = handle
            else:
                current.social_handles.pop(platform.strip(), None)
        saved = desk.editions.save(current)
    print(translate("cli.edition_cmds", "{code}: saved").format(code=saved.code))
    return EXIT_OK
