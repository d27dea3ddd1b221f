"""The calendar as iCalendar (.ics), with the `icalendar` library.

UIDs come from the records' own uids ("article-<uid>@nejat-desk"), so exporting again after a
move updates the event in a calendar program instead of adding a second one; SEQUENCE and
LAST-MODIFIED follow the record's `updated_at` so the newer copy wins. DTSTART is in UTC.
The schedule service gathers the items and writes the file (`ScheduleService.export_ics`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from nejat_desk.core.i18n import translate
from nejat_desk.core.scheduling import CalendarItem, ScheduleWarning, action_text, to_local, warnings_by_item
from nejat_desk.core.timeutil import utc_now
from nejat_desk.version import __version__

PRODID = f"-//Nejat Desk//Publication schedule {__version__}//EN"  # i18n: ok (iCalendar product id)
EVENT_LENGTH = timedelta(minutes=15)
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def event_uid(item: CalendarItem) -> str:
    return f"{item.kind.value}-{item.uid}@nejat-desk"


def _sequence(item: CalendarItem) -> int:
    # Grows with every edit of the record; calendar programs keep the copy with the higher value.
    if item.updated_at is None:
        return 0
    return max(0, int((item.updated_at - _SEQUENCE_EPOCH).total_seconds()))


def build_calendar(items: Sequence[CalendarItem], *, edition_zones: dict[str, str],
                   warnings: Sequence[ScheduleWarning] = (), name: str | None = None,
                   now: datetime | None = None) -> Calendar:
    """The events of `items`; their descriptions are in the interface language, like the CLI.

    Event titles are the records' own titles (content, in their edition's language).
    """
    if name is None:
        name = translate("exporters.ics", "Nejat Desk schedule")
    stamp = (now or utc_now()).astimezone(UTC).replace(microsecond=0)
    by_item = warnings_by_item(warnings)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for item in items:
        event = Event()
        event.add("uid", event_uid(item))
        event.add("dtstamp", stamp)
        start = item.when.astimezone(UTC).replace(microsecond=0)
        event.add("dtstart", start)
        event.add("dtend", start + EVENT_LENGTH)
        label = item.platform if item.platform else item.edition
        event.add("summary", f"[{label}] {item.title}" if label else item.title)
        lines = [action_text(item)]
        if item.edition:
            zone_name = edition_zones.get(item.edition, "UTC")
            local = to_local(item.when, zone_name)
            lines.append(translate("exporters.ics", "Edition time: {time} {zone}").format(
                time=f"{local:%Y-%m-%d %H:%M}", zone=zone_name))
        if item.status:
            lines.append(translate("exporters.ics", "Status: {status}").format(status=item.status))
        for warning in by_item.get(item.key, []):
            lines.append(translate("exporters.ics", "Warning: {message}").format(message=warning.message))
        event.add("description", "\n".join(lines))
        categories = [item.kind.value] + [c for c in (item.edition, item.platform) if c]
        event.add("categories", categories)
        event.add("sequence", _sequence(item))
        if item.updated_at is not None:
            event.add("last-modified", item.updated_at.astimezone(UTC).replace(microsecond=0))
        event.add("status", "CONFIRMED" if item.status in ("scheduled", "ready", "published") else "TENTATIVE")
        cal.add_component(event)
    return cal
