"""Hootsuite's bulk composer CSV from the scheduled social posts: files Hootsuite accepts whole.

The bulk composer (as its upload page and help describe it) takes a CSV without a header row: date
and time as mm/dd/yyyy hh:mm (24-hour, minutes ending in 0 or 5), the message, the link; at most 350
posts a file; every time at least 10 minutes after the upload; and it reads every time in the time
zone of the Hootsuite account, so one file holds one time zone. It refuses the whole file when one
row breaks a rule, so the desk leaves such rows out, each with a warning line:
  - one zone per export, chosen by the person (`--tz`, the Export dialog), default UTC, named in the report;
  - a post whose time is past, or less than MIN_LEAD after the export, is left out;
  - more than 350 rows are split into NAME-1.csv, NAME-2.csv, ... of at most 350 each.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from nejat_desk.core.domain import Platform
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import join_list, translate
from nejat_desk.core.snippets import build_snippet
from nejat_desk.exporters.model import ExportSet
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import SocialSnippet

MAX_ROWS = 350
DATE_FORMAT = "%m/%d/%Y %H:%M"  # the bulk composer's mm/dd/yyyy hh:mm (24-hour)
DEFAULT_ZONE = "UTC"
# Hootsuite wants every post at least 10 minutes after the upload; 5 more for the time between the
# export and the upload.
MIN_LEAD = timedelta(minutes=15)


@dataclass(frozen=True)
class Row:
    local: datetime  # in the file's zone, minutes a multiple of 5
    message: str
    link: str


@dataclass
class HootsuiteWritten:
    paths: list[Path]
    rows: int
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def zone_info(zone: str) -> ZoneInfo:
    """The IANA zone `zone` names, or a ValidationError saying what to give instead."""
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(translate("services.hootsuite", "Unknown time zone {zone}; give a name such as UTC, "
                                        "Asia/Baghdad or Europe/Tirane (the time zone of the Hootsuite account).")
                              .format(zone=repr(zone))) from None


def round_up_5(local: datetime) -> datetime:
    """The first time at or after `local` whose minutes end in 0 or 5, to the minute."""
    whole = local.replace(second=0, microsecond=0)
    if whole != local:  # part of a minute is still a later minute
        whole += timedelta(minutes=1)
    return whole + timedelta(minutes=(-whole.minute) % 5)


def rows(library: Library, export: ExportSet, *, zone: str, now: datetime, campaign: str = ""
         ) -> tuple[list[Row], list[str]]:
    """The rows Hootsuite will accept, in time order, and a warning for each post moved or left out."""
    from nejat_desk.services.snippets import source_for

    tz = zone_info(zone)
    by_id = {a.id: a for a in export.articles}
    with library.session() as session:
        found = session.execute(select(SocialSnippet.article_id, SocialSnippet.platform, SocialSnippet.text,
                                       SocialSnippet.scheduled_at, SocialSnippet.edited)
                                .where(SocialSnippet.scheduled_at.is_not(None),
                                       SocialSnippet.article_id.in_(list(by_id)))
                                .order_by(SocialSnippet.scheduled_at, SocialSnippet.article_id,
                                          SocialSnippet.platform)).all()
    earliest = now.astimezone(tz) + MIN_LEAD
    out: list[Row] = []
    warnings: list[str] = []
    for article_id, platform_value, text, when, edited in found:
        platform = Platform(platform_value)
        if platform is Platform.SKYPE or when is None:
            continue  # no scheduling tool posts to Skype
        article = by_id[article_id]
        generated = build_snippet(source_for(article, export.editions[article.edition], campaign), platform)
        message = text if (edited and text) else generated.text
        message = message.replace(generated.link, "").strip()  # Hootsuite appends the link column
        local = when.astimezone(tz)
        rounded = round_up_5(local)
        shown = {"slug": article.slug, "platform": platform.value, "time": f"{local:%Y-%m-%d %H:%M}", "zone": zone}
        if rounded < earliest:
            warnings.append(translate("services.hootsuite", "{slug} ({platform}): {time} {zone} is in the past or "
                                      "less than 15 minutes from now; left out, because Hootsuite refuses the "
                                      "whole file for it.").format(**shown))
            continue
        if rounded != local.replace(second=0, microsecond=0):
            warnings.append(translate("services.hootsuite", "{slug} ({platform}): {time} moved to {rounded}; "
                                      "Hootsuite takes only times ending in 0 or 5.")
                            .format(**shown, rounded=f"{rounded:%H:%M}"))
        out.append(Row(rounded, message, generated.link))
    return out, warnings


def csv_bytes(chunk: list[Row]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in chunk:
        writer.writerow([row.local.strftime(DATE_FORMAT), row.message, row.link])
    return buffer.getvalue().encode("utf-8")


def part_path(out: Path, n: int) -> Path:
    """NAME-n.csv beside NAME.csv: the n-th file of a split export."""
    return out.with_name(f"{out.stem}-{n}{out.suffix}")


def write_hootsuite(library: Library, export: ExportSet, out: Path, *, zone: str = DEFAULT_ZONE,
                    now: datetime, campaign: str = "") -> HootsuiteWritten:
    """Write the CSV (or its parts) by the export destination rule; every path is checked before any
    is written. Parts of an earlier, longer split left beside it are removed, so none is uploaded twice."""
    from nejat_desk.services.export_destination import check_destination, remove_previous_export, write_file

    accepted, warnings = rows(library, export, zone=zone, now=now, campaign=campaign)
    chunks = [accepted[i:i + MAX_ROWS] for i in range(0, len(accepted), MAX_ROWS)] or [[]]
    paths = [out] if len(chunks) == 1 else [part_path(out, n) for n in range(1, len(chunks) + 1)]
    root = library.layout.root
    for path in paths:
        check_destination(path, library_root=root, fmt="hootsuite-csv", folder=False)
    written = [write_file(path, csv_bytes(chunk), library_root=root, fmt="hootsuite-csv")
               for path, chunk in zip(paths, chunks, strict=True)]
    stale = [out] if len(paths) > 1 else []
    n = len(paths) + 1 if len(paths) > 1 else 1
    while part_path(out, n).exists():
        stale.append(part_path(out, n))
        n += 1
    for path in stale:
        remove_previous_export(path, "hootsuite-csv")
    notes = [translate("services.hootsuite", "Times are in {zone}; Hootsuite reads them in the time zone of the "
                       "account they are uploaded to, so that account must be set to {zone}.").format(zone=zone)]
    if len(written) > 1:
        notes.append(translate("services.hootsuite", "{count} posts, more than Hootsuite's {limit} a file: split "
                               "into {files} files, to upload one after another: {names}.")
                     .format(count=len(accepted), limit=MAX_ROWS, files=len(written),
                             names=join_list(p.name for p in written)))
    return HootsuiteWritten(written, len(accepted), warnings, notes)
