"""`nejat-desk schedule list|add|move|rules`: the publication calendar from the command line.

Times are typed as local wall times with `--tz`; a time inside a skipped or repeated
daylight-saving hour is refused with an explanation unless `--ambiguous`/`--nonexistent`
says how to resolve it.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from nejat_desk.cli.common import EXIT_OK, open_desk
from nejat_desk.core.domain import Platform
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.scheduling import (
    AmbiguousLocalTime,
    ItemKind,
    NonexistentLocalTime,
    parse_local,
    system_zone_name,
    to_local,
    to_utc,
    warnings_by_item,
    weekday_abbreviation,
    zone,
)
from nejat_desk.services.schedule import ScheduleFilter, ScheduleService

KINDS = [k.value for k in ItemKind]
PLATFORMS = [p.value for p in Platform]


def _split(values: list[str] | None) -> frozenset[str]:
    return frozenset(v.strip() for value in values or [] for v in value.split(",") if v.strip())


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The filters shared by `schedule list` and `export ics` (the window offers the same)."""
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help=translate("cli.schedule_cmds", "first day (YYYY-MM-DD, or YYYY-MM-DD HH:MM) in --tz"))
    parser.add_argument("--to", dest="date_to", metavar="DATE",
                        help=translate("cli.schedule_cmds", "last day, inclusive (YYYY-MM-DD, or an exclusive "
                                                            "YYYY-MM-DD HH:MM) in --tz"))
    parser.add_argument("--edition", action="append", metavar="CODE",
                        help=translate("cli.schedule_cmds", "edition code(s): en, ar, fa, sq"))
    parser.add_argument("--kind", action="append", metavar="KIND",
                        help=translate("cli.schedule_cmds", "item kind(s): {kinds}").format(kinds=", ".join(KINDS)))
    parser.add_argument("--platform", action="append", metavar="NAME",
                        help=translate("cli.schedule_cmds", "social platform(s): {platforms}").format(
                            platforms=", ".join(PLATFORMS)))
    parser.add_argument("--tz", metavar="ZONE",
                        help=translate("cli.schedule_cmds", "time zone for --from/--to and the listing "
                                                            "(IANA name; default: this computer's zone)"))


def _boundary(text: str, zone_name: str, *, end: bool) -> datetime:
    value = parse_local(text)
    if value.tzinfo is None and len(text.strip()) <= 10:  # a bare date: the whole day
        value = value + timedelta(days=1) if end else value
    # A range edge inside a DST gap or overlap is not worth an error: take the later instant.
    return to_utc(value, zone_name, ambiguous="earlier", nonexistent="shift-forward")


def filter_from_args(args: argparse.Namespace) -> ScheduleFilter:
    zone_name = args.tz or system_zone_name()
    zone(zone_name)
    editions = _split(args.edition)
    kinds = _split(args.kind)
    platforms = _split(args.platform)
    unknown = platforms - set(PLATFORMS)
    if unknown:
        raise ValidationError(translate("cli.schedule_cmds", "Unknown platform {names}; expected {platforms}.").format(
            names=", ".join(sorted(unknown)), platforms=", ".join(PLATFORMS)))
    return ScheduleFilter(
        start=_boundary(args.date_from, zone_name, end=False) if args.date_from else None,
        end=_boundary(args.date_to, zone_name, end=True) if args.date_to else None,
        editions=editions, kinds=kinds, platforms=platforms)


def _add_target_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, help=translate("cli.schedule_cmds", "what to schedule"))
    parser.add_argument("--edition", help=translate("cli.schedule_cmds", "the article's edition (article, social)"))
    parser.add_argument("--slug", help=translate("cli.schedule_cmds",
                                                 "the article's slug (article, social) or the gallery's slug"))
    parser.add_argument("--id", type=int, help=translate("cli.schedule_cmds", "the record id instead of edition+slug"))
    parser.add_argument("--platform", choices=PLATFORMS,
                        help=translate("cli.schedule_cmds", "the social platform (social)"))
    parser.add_argument("--series", help=translate("cli.schedule_cmds", "the publication series slug (issue)"))
    parser.add_argument("--number", type=int, help=translate("cli.schedule_cmds", "the issue number (issue)"))
    parser.add_argument("--at", required=True, metavar="TIME",
                        help=translate("cli.schedule_cmds", "local time, YYYY-MM-DD HH:MM"))
    parser.add_argument("--tz", metavar="ZONE",
                        help=translate("cli.schedule_cmds", "zone of --at (default: the edition's zone for articles, "
                                                            "social posts and issues; else this computer's)"))
    parser.add_argument("--ambiguous", choices=["earlier", "later", "error"], default="error",
                        help=translate("cli.schedule_cmds", "a time in the repeated autumn hour: take the earlier "
                                                            "or later one (default: error)"))
    parser.add_argument("--nonexistent", choices=["shift-forward", "error"], default="error",
                        help=translate("cli.schedule_cmds", "a time in the skipped spring hour: move to the first "
                                                            "valid minute (default: error)"))
    parser.add_argument("--override-preflight", metavar="REASON", default="",
                        help=translate("cli.schedule_cmds", "schedule an article, gallery or issue despite "
                                                            "blocking pre-flight findings; the reason is kept in "
                                                            "its history"))


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    schedule = subparsers.add_parser(
        "schedule", parents=[common], help=translate("cli.schedule_cmds", "the publication calendar"),
        description=translate("cli.schedule_cmds", "List, add and move planned articles, galleries, issues and "
                                                   "social posts."))
    sub = schedule.add_subparsers(dest="schedule_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", parents=[common], help=translate("cli.schedule_cmds", "list planned items"))
    add_filter_arguments(listing)
    listing.add_argument("--json", action="store_true",
                         help=translate("cli.schedule_cmds", "one JSON object per line"))
    listing.set_defaults(func=cmd_list)

    add = sub.add_parser("add", parents=[common],
                         help=translate("cli.schedule_cmds", "schedule an article, gallery, issue or social post"))
    _add_target_arguments(add)
    add.set_defaults(func=cmd_add)

    move = sub.add_parser("move", parents=[common],
                          help=translate("cli.schedule_cmds", "move a planned item to another time"))
    _add_target_arguments(move)
    move.set_defaults(func=cmd_move)

    newsletter = sub.add_parser(
        "newsletter", parents=[common],
        help=translate("cli.schedule_cmds", "write a Newsletter issue as an email (.eml) or as .html + .txt"))
    newsletter.add_argument("--series", required=True, help=translate("cli.schedule_cmds", "the series slug"))
    newsletter.add_argument("--number", required=True, type=int,
                            help=translate("cli.schedule_cmds", "the issue number"))
    newsletter.add_argument("--out", required=True, metavar="FILE",
                            help=translate("cli.schedule_cmds", "FILE.eml, or FILE.html for two files"))
    newsletter.add_argument("--from-address", default="",
                            help=translate("cli.schedule_cmds", "the From header of the .eml"))
    newsletter.set_defaults(func=cmd_newsletter)

    footer = sub.add_parser(
        "footer", parents=[common],
        help=translate("cli.schedule_cmds", "show or set a series' newsletter footer (sender, postal address, "
                       "unsubscribe line)"))
    footer.add_argument("--series", required=True, help=translate("cli.schedule_cmds", "the series slug"))
    footer.add_argument("--sender", help=translate("cli.schedule_cmds", "the sender's name"))
    footer.add_argument("--address", help=translate("cli.schedule_cmds", "the postal address (\\n between lines)"))
    footer.add_argument("--unsubscribe", help=translate(
        "cli.schedule_cmds", "how to unsubscribe: a sentence with its web address or mailto:"))
    footer.set_defaults(func=cmd_footer)

    rules = sub.add_parser("rules", parents=[common],
                           help=translate("cli.schedule_cmds", "show or change the planning rules"))
    rules.add_argument("--max-per-hour", type=int,
                       help=translate("cli.schedule_cmds", "posts per edition per hour (0 = no limit)"))
    rules.add_argument("--min-gap", type=int,
                       help=translate("cli.schedule_cmds", "minutes between posts in an edition (0 = off)"))
    rules.add_argument("--empty-days", choices=["on", "off"],
                       help=translate("cli.schedule_cmds", "warn about days with nothing scheduled"))
    rules.set_defaults(func=cmd_rules)


# --- handlers ---------------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    flt = filter_from_args(args)
    zone_name = args.tz or system_zone_name()
    with open_desk(args) as desk:
        service = desk.schedule
        items = service.items(flt)
        zones = service.edition_zones()
        flagged = warnings_by_item(service.warnings(flt))
    for item in items:
        local = to_local(item.when, zone_name)
        ed_zone = zones.get(item.edition or "", "")
        ed_local = to_local(item.when, ed_zone) if ed_zone else None
        warnings = flagged.get(item.key, [])
        if args.json:
            print(json.dumps({
                "key": item.key, "uid": item.uid, "kind": item.kind.value, "title": item.title,
                "when_utc": item.when.isoformat(), "when_local": local.isoformat(),
                "edition": item.edition, "edition_local": ed_local.isoformat() if ed_local else None,
                "platform": item.platform, "status": item.status, "state": item.state,
                # `rule` is stable for scripts (RuleId); `message` is in the interface language.
                "warnings": [{"rule": w.rule.value, "message": w.message} for w in warnings],
            }, ensure_ascii=False))
            continue
        where = item.platform or item.edition or "-"
        ed_text = f" ({ed_local:%H:%M} {ed_zone})" if ed_local and ed_zone != zone_name else ""
        mark = ""
        if warnings:
            mark = "  ! " + (translate("cli.schedule_cmds", "{count} warning") if len(warnings) == 1
                             else translate("cli.schedule_cmds", "{count} warnings")).format(count=len(warnings))
        print(f"{local:%Y-%m-%d} {weekday_abbreviation(local.date())} {local:%H:%M}{ed_text}  "
              f"{item.kind.value:<7} {where:<9} {item.title}  [{item.key}, {item.state}]{mark}")
    if not args.json:
        summary = (translate("cli.schedule_cmds", "{count} item (times in {zone})") if len(items) == 1
                   else translate("cli.schedule_cmds", "{count} items (times in {zone})"))
        print(summary.format(count=len(items), zone=zone_name))
    return EXIT_OK


def _target_key(service: ScheduleService, args: argparse.Namespace) -> tuple[str, str | None]:
    """The item key the arguments name, and the edition whose zone is the default for --at."""
    kind = ItemKind(args.kind)
    if kind is ItemKind.ISSUE:
        if args.id is not None:
            return f"issue:{args.id}", None
        if not args.series or args.number is None:
            raise ValidationError(translate("cli.schedule_cmds", "An issue is named by --series SLUG --number N (or --id)."))
        issue_id = service.find_issue(args.series, args.number)
        return f"issue:{issue_id}", service.issue_edition(issue_id)
    if kind is ItemKind.GALLERY:
        if args.id is not None:
            return f"gallery:{args.id}", None
        if not args.slug:
            raise ValidationError(translate("cli.schedule_cmds", "A gallery is named by --slug SLUG (or --id)."))
        return f"gallery:{service.find_gallery(args.slug)}", None
    if args.id is not None and kind is ItemKind.ARTICLE:
        return f"article:{args.id}", args.edition
    if not args.edition or not args.slug:
        if kind is ItemKind.ARTICLE:
            raise ValidationError(translate("cli.schedule_cmds", "An article is named by --edition CODE --slug SLUG."))
        raise ValidationError(translate("cli.schedule_cmds", "A social post is named by --edition CODE --slug SLUG."))
    article_id = service.find_article(args.edition, args.slug)
    if kind is ItemKind.ARTICLE:
        return f"article:{article_id}", args.edition
    if not args.platform:
        raise ValidationError(translate("cli.schedule_cmds", "A social post needs --platform."))
    return f"social:{service.find_snippet(article_id, args.platform)}", args.edition


def _schedule(args: argparse.Namespace, *, moving: bool) -> int:
    local = parse_local(args.at)
    with open_desk(args) as desk:
        service = desk.schedule
        key, edition = _target_key(service, args)
        zone_name = args.tz or (service.edition_zones().get(edition, "") if edition else "") or system_zone_name()
        try:
            when = to_utc(local, zone_name, ambiguous=args.ambiguous, nonexistent=args.nonexistent)
        except AmbiguousLocalTime as exc:
            raise ValidationError(translate(
                "cli.schedule_cmds", "{problem} Repeat with --ambiguous earlier or --ambiguous later.",
            ).format(problem=exc)) from None
        except NonexistentLocalTime as exc:
            raise ValidationError(translate(
                "cli.schedule_cmds", "{problem} Repeat with another --at, or --nonexistent shift-forward.",
            ).format(problem=exc)) from None
        current = service.item(key)
        if moving and current is None:
            raise ValidationError(translate("cli.schedule_cmds", "{key} is not scheduled yet; use 'schedule add'.",
                                            ).format(key=key))
        kind, _, record = key.partition(":")  # the pre-flight gate, at the time it would go out
        if kind == "article":
            desk.preflight.clear_for(int(record), when=when, override_reason=args.override_preflight)
        elif kind in ("gallery", "issue"):
            desk.preflight.clear_object(kind, int(record), action="schedule", when=when,
                                        override_reason=args.override_preflight)
        previous = service.reschedule(key, when)
        item = service.item(key)
    assert item is not None
    # One whole sentence per outcome, so each language words it itself.
    if moving:
        done = translate("cli.schedule_cmds", "moved {key} '{title}' to {local} ({utc} UTC)")
    elif previous:
        done = translate("cli.schedule_cmds", "rescheduled {key} '{title}' to {local} ({utc} UTC)")
    else:
        done = translate("cli.schedule_cmds", "scheduled {key} '{title}' to {local} ({utc} UTC)")
    print(done.format(key=key, title=item.title, local=f"{to_local(when, zone_name):%Y-%m-%d %H:%M %Z}",
                      utc=f"{when:%Y-%m-%d %H:%M}"))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    return _schedule(args, moving=False)


def cmd_move(args: argparse.Namespace) -> int:
    return _schedule(args, moving=True)


def cmd_rules(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        service = desk.schedule
        rules = service.rules()
        changes: dict[str, Any] = {}
        for name, value in (("max_posts_per_hour", args.max_per_hour), ("min_gap_minutes", args.min_gap)):
            if value is not None:
                if value < 0:
                    raise ValidationError(translate("cli.schedule_cmds", "{name} must be 0 or more.").format(name=name))
                changes[name] = value
        if args.empty_days:
            changes["warn_empty_days"] = args.empty_days == "on"
        if changes:
            rules = replace(rules, **changes)
            service.set_rules(rules)
    print(json.dumps(rules.to_json(), indent=2))
    return EXIT_OK


def cmd_newsletter(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        issue_id = desk.schedule.find_issue(args.series, args.number)
        files = desk.publications.export_newsletter(issue_id, args.out, sender=args.from_address or "")
    for problem in files.problems:
        print(translate("cli.schedule_cmds", "warning: {problem}").format(problem=problem), file=sys.stderr)
    for path in files.written:
        print(path)
    return EXIT_OK


def cmd_footer(args: argparse.Namespace) -> int:
    """Print the series' footer as JSON, after changing the fields given."""
    from nejat_desk.services.publications import SeriesFooter

    with open_desk(args) as desk:
        series = desk.publications.series_by_slug(args.series)
        footer = series.footer or SeriesFooter()
        if args.sender is not None or args.address is not None or args.unsubscribe is not None:
            footer = desk.publications.set_footer(series.id, SeriesFooter(
                footer.sender_name if args.sender is None else args.sender,
                footer.postal_address if args.address is None else args.address.replace("\\n", "\n"),
                footer.unsubscribe if args.unsubscribe is None else args.unsubscribe))
    print(json.dumps({"series": series.slug, "sender": footer.sender_name, "address": footer.postal_address,
                      "unsubscribe": footer.unsubscribe}, ensure_ascii=False, indent=2))
    return EXIT_OK
