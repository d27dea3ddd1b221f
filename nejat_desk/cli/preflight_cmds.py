"""`nejat-desk preflight [SLUG...]` prints the pre-flight findings (exit 1 when any blocks), and
`nejat-desk preflight-rules CODE` shows or sets what an edition asks of what goes out."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from nejat_desk.cli.common import EXIT_FAILURE, EXIT_OK, open_desk
from nejat_desk.core.domain import EDITION_CODES
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.preflight import REQUIRABLE, Location, Place, Severity
from nejat_desk.core.typing_aids import DigitSystem

if TYPE_CHECKING:
    from nejat_desk.services.desk import Desk
    from nejat_desk.services.preflight import PreflightReport

DIGIT_CHOICES = ("any", *(s.value for s in DigitSystem))


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "preflight", parents=[common], help=translate("cli.preflight_cmds", "check articles before they go out"),
        description=translate("cli.preflight_cmds", "Check articles (by slug; every article without one) before "
                              "they are published or scheduled: what blocks, what warns, what is worth a note, "
                              "and where. Exits 1 when anything blocks."))
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--edition", choices=EDITION_CODES,
                   help=translate("cli.preflight_cmds", "the articles' edition (default: every edition that has "
                                  "the slug)"))
    p.add_argument("--gallery", action="append", default=[], metavar="SLUG",
                   help=translate("cli.preflight_cmds", "check a gallery instead (repeatable)"))
    p.add_argument("--issue", action="append", default=[], metavar="SERIES/NUMBER",
                   help=translate("cli.preflight_cmds", "check a publication issue instead (repeatable)"))
    p.add_argument("--online", action="store_true",
                   help=translate("cli.preflight_cmds", "also ask the outside addresses the articles link to (never "
                                  "blocks)"))
    p.add_argument("--timeout", type=float, default=5.0,
                   help=translate("cli.preflight_cmds", "seconds to wait for each outside address (default 5)"))
    p.add_argument("--json", action="store_true", help=translate("cli.preflight_cmds", "one JSON object per line"))
    p.set_defaults(func=cmd_preflight)

    p = subparsers.add_parser(
        "preflight-rules", parents=[common],
        help=translate("cli.preflight_cmds", "show or set what an edition's pre-flight check asks"),
        description=translate("cli.preflight_cmds", "Without options, show the edition's rules; with them, change "
                              "them."))
    p.add_argument("edition", choices=EDITION_CODES)
    p.add_argument("--require", nargs="*", choices=REQUIRABLE, metavar="FIELD",
                   help=translate("cli.preflight_cmds", "fields whose absence blocks (the others warn): {fields}")
                   .format(fields=", ".join(REQUIRABLE)))
    p.add_argument("--translations", metavar="CODES",
                   help=translate("cli.preflight_cmds", "editions every article should also exist in, e.g. en,ar "
                                  "(empty: none)"))
    p.add_argument("--digits", choices=DIGIT_CHOICES,
                   help=translate("cli.preflight_cmds", "the digits the body must use (any: no rule)"))
    p.set_defaults(func=cmd_rules)


# --- preflight --------------------------------------------------------------------------------

def cmd_preflight(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        reports = _reports(desk, args)
        # Galleries and issues keep their overrides apart (articles: in their revisions).
        overrides = {(r.kind, r.record_id): desk.preflight.overrides(r.kind, r.record_id)
                     for r in reports if r.kind in ("gallery", "issue")}
        online: dict[int, list] = {}
        if args.online:
            for report in reports:
                if report.kind == "article":
                    online[report.record_id] = desk.preflight.check_outside_links(report.record_id,
                                                                                  timeout=args.timeout)
    for report in reports:
        extra = online.get(report.record_id, []) if report.kind == "article" else []
        if args.json:
            data = report.as_json()
            data["findings"] += [f.as_json() for f in extra]
            if (report.kind, report.record_id) in overrides:
                data["overrides"] = [{"at": o.when.isoformat(), "action": o.action, "reason": o.reason,
                                      "findings": list(o.findings)} for o in overrides[report.kind, report.record_id]]
            print(json.dumps(data, ensure_ascii=False))
        elif report.findings or extra:
            _print_report(report, extra)
    for (kind, record_id), kept in overrides.items() if not args.json else ():
        for o in kept:
            print(translate("cli.preflight_cmds", "{kind} {id}: blocking findings overridden on {when} ({action}): "
                            "{reason}").format(kind=kind, id=record_id, when=f"{o.when:%Y-%m-%d %H:%M} UTC",
                                               action=o.action, reason=o.reason))
    if not args.json:
        blocking = sum(1 for r in reports if r.blocks)
        print(translate("cli.preflight_cmds", "-- checked: {checked}; blocked: {blocked}").format(
            checked=len(reports), blocked=blocking))
    return EXIT_FAILURE if any(r.blocks for r in reports) else EXIT_OK


def _reports(desk: Desk, args: argparse.Namespace) -> list[PreflightReport]:
    preflight = desk.preflight
    reports: list[PreflightReport] = []
    for slug in args.gallery:
        reports += preflight.check_gallery(desk.galleries.find(slug))
    for ref in args.issue:
        series, _, number = ref.rpartition("/")
        if not series or not number.isdigit():
            raise ValidationError(translate("cli.preflight_cmds", "--issue {ref} is not SERIES/NUMBER (e.g. "
                                            "weekly/12).").format(ref=repr(ref)))
        reports.append(preflight.check_issue(desk.schedule.find_issue(series, int(number))))
    if (args.gallery or args.issue) and not args.slugs:
        return reports
    for article_id in _article_ids(desk, args):
        report = preflight.check_article(article_id)
        preflight.record(report)
        reports.append(report)
    return reports


def _article_ids(desk: Desk, args: argparse.Namespace) -> list[int]:
    editions = [args.edition] if args.edition else list(EDITION_CODES)
    if not args.slugs:
        listed = desk.article_list.listing(edition=args.edition, status=None, trash=False, limit=0)
        return sorted(a.id for a in listed)
    ids: list[int] = []
    for slug in args.slugs:
        found = [i for i in (desk.articles.find_by_slug(code, slug) for code in editions) if i is not None]
        if not found:
            raise ValidationError(translate("cli.preflight_cmds", "There is no article {slug} in {editions}; "
                                            "nothing was checked.").format(slug=repr(slug),
                                                                          editions=", ".join(editions)))
        ids += found
    return ids


def severity_word(severity: Severity) -> str:
    return {Severity.BLOCKS: translate("cli.preflight_cmds", "BLOCKS"),
            Severity.WARNS: translate("cli.preflight_cmds", "warns"),
            Severity.NOTE: translate("cli.preflight_cmds", "note")}[severity]


def place_words(location: Location) -> str:
    """Where a finding points, in a few words."""
    place = location.place
    if place is Place.BODY:
        if location.last_line > location.first_line:
            return translate("cli.preflight_cmds", "lines {first}-{last}").format(
                first=location.first_line, last=location.last_line)
        return translate("cli.preflight_cmds", "line {line}").format(line=location.first_line)
    if place is Place.MEDIA:
        return translate("cli.preflight_cmds", "media {id}").format(id=location.media_id)
    if place is Place.ARTICLE:
        return translate("cli.preflight_cmds", "article {id}").format(id=location.article_id)
    if place is Place.TRANSLATION:
        return translate("cli.preflight_cmds", "edition {code}").format(code=location.edition)
    if place is Place.OUTBOX:
        return translate("cli.preflight_cmds", "outbox job {id}").format(id=location.job_id)
    return translate("cli.preflight_cmds", "field {name}").format(name=location.field)


def _print_report(report: PreflightReport, extra: list) -> None:
    kind = {"article": translate("cli.preflight_cmds", "article"),
            "gallery": translate("cli.preflight_cmds", "gallery"),
            "issue": translate("cli.preflight_cmds", "issue")}[report.kind]
    print(f"{kind} {report.record_id} [{report.edition}] {report.label}")
    for finding in (*report.findings, *extra):
        print(f"  {severity_word(finding.severity):7} {finding.message} ({place_words(finding.location)})")


# --- preflight-rules -----------------------------------------------------------------------------

def cmd_rules(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from nejat_desk.core.preflight import EditionRules

    with open_desk(args) as desk:
        current = desk.preflight.rules().get(args.edition, EditionRules())
        changed = current
        if args.require is not None:
            changed = replace(changed, required=frozenset(args.require))
        if args.translations is not None:
            codes = tuple(c.strip() for c in args.translations.split(",") if c.strip())
            changed = replace(changed, translations=codes)
        if args.digits is not None:
            changed = replace(changed, digits="" if args.digits == "any" else args.digits)
        if changed != current:
            desk.preflight.set_rules(args.edition, changed)
    print(translate("cli.preflight_cmds", "required (blocks when missing): {fields}").format(
        fields=", ".join(sorted(changed.required)) or "-"))
    print(translate("cli.preflight_cmds", "translations planned: {codes}").format(
        codes=", ".join(changed.translations) or "-"))
    print(translate("cli.preflight_cmds", "digits: {digits}").format(digits=changed.digits or "any"))
    return EXIT_OK
