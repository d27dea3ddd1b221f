"""Models of the Schedule workspace.

`ScheduleModel` (a table: one row per planned item in the visible range) drives the agenda
table and the custom-painted month and week views, which read it through its roles.
`WarningsModel` lists the rule warnings; `AttentionModel` the due and missed items.
All run on the GUI thread; loading a range is a handful of indexed queries.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from nejat_desk.core.schedule_warnings import WarningFormats, describe_warning, group_warnings
from nejat_desk.core.scheduling import (
    CalendarItem,
    ItemKind,
    ScheduleWarning,
    local_day_bounds,
    to_local,
    warnings_by_item,
)
from nejat_desk.gui import dates as ui_dates
from nejat_desk.gui.bidi import isolate
from nejat_desk.gui.labels import edition_label, platform_label, status_label
from nejat_desk.gui.palette import Tone, tone
from nejat_desk.gui.schedule.calendars import format_date
from nejat_desk.services.schedule import DueNotice, EditionInfo, ScheduleFilter, ScheduleService

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
WHEN_ROLE = Qt.ItemDataRole.UserRole + 3  # aware UTC datetime
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 4
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 5  # list[str] of messages
LOCAL_ROLE = Qt.ItemDataRole.UserRole + 6  # aware datetime in the user's zone
RULE_ROLE = Qt.ItemDataRole.UserRole + 7  # a warning's rule (RuleId value)

EDITION_COLOURS = {"en": "#1c7ed6", "ar": "#2b8a3e", "fa": "#c2255c", "sq": "#e8590c"}
PLATFORM_COLOURS = {"facebook": "#1877f2", "x": "#495057", "pinterest": "#e60023", "whatsapp": "#1fae53",
                    "telegram": "#229ed9", "skype": "#00a2e0", "email": "#7950f2"}
KIND_COLOURS = {"article": "#868e96", "gallery": "#0c8599", "issue": "#9c36b5", "social": "#adb5bd"}

COLUMNS = ("when", "edition_time", "kind", "where", "title", "state", "warnings")


def item_colour(item: CalendarItem, mode: str) -> QColor:
    if mode == "platform":
        if item.platform:
            return QColor(PLATFORM_COLOURS.get(item.platform, "#868e96"))
        return QColor(KIND_COLOURS.get(item.kind.value, "#868e96"))
    if item.edition:
        return QColor(EDITION_COLOURS.get(item.edition, "#868e96"))
    return QColor(KIND_COLOURS.get(item.kind.value, "#868e96"))


def kind_label(kind: ItemKind) -> str:
    return {ItemKind.ARTICLE: QCoreApplication.translate("ScheduleModel", "Article"), ItemKind.GALLERY: QCoreApplication.translate("ScheduleModel", "Gallery"), ItemKind.ISSUE: QCoreApplication.translate("ScheduleModel", "Issue"),
            ItemKind.SOCIAL: QCoreApplication.translate("ScheduleModel", "Social post")}[kind]


def state_label(state: str) -> str:
    return {"planned": QCoreApplication.translate("ScheduleModel", "Planned"), "due": QCoreApplication.translate("ScheduleModel", "Due"), "missed": QCoreApplication.translate("ScheduleModel", "Missed"), "done": QCoreApplication.translate("ScheduleModel", "Done"),
            "cancelled": QCoreApplication.translate("ScheduleModel", "Cancelled")}.get(state, state)


def warning_formats() -> WarningFormats:
    """A warning's values as the interface language writes them: its calendar and digits,
    translated statuses and platforms, titles isolated for mixed directions."""
    return WarningFormats(
        day=lambda day: ui_dates.format_date(day, long=True),
        hour=lambda hour: f"{ui_dates.format_date(hour.date())} {ui_dates.format_wall_time(hour)}",
        number=lambda n: ui_dates.format_number(n), edition=edition_label, title=isolate, status=status_label,
        platform=platform_label)


def warning_text(warning: ScheduleWarning) -> str:
    """The warning in the interface language (the sentences live in core.schedule_warnings)."""
    try:
        return describe_warning(warning, warning_formats())
    except (KeyError, AttributeError, TypeError):
        return warning.message  # a warning without its values (from an older library's export)


class ScheduleModel(QAbstractTableModel):
    """Planned items between two local dates of the user's zone, filtered like the CLI and .ics."""

    def __init__(self, service: ScheduleService, user_zone: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.user_zone = user_zone
        self.colour_mode = "edition"
        self.edition_calendars = True  # Jalali for fa, Islamic civil for ar in the edition-time column
        self.first_day = date.today()
        self.last_day = date.today()  # inclusive
        self.editions: frozenset[str] = frozenset()
        self.kinds: frozenset[str] = frozenset()
        self.platforms: frozenset[str] = frozenset()
        self._items: list[CalendarItem] = []
        self._row_of: dict[str, int] = {}
        self.warnings: list[ScheduleWarning] = []
        self._flagged: dict[str, list[ScheduleWarning]] = {}
        self.edition_info: dict[str, EditionInfo] = {e.code: e for e in service.editions()}

    # --- configuration -----------------------------------------------------------------------

    def current_filter(self) -> ScheduleFilter:
        start, _ = local_day_bounds(self.first_day, self.user_zone)
        _, end = local_day_bounds(self.last_day, self.user_zone)
        return ScheduleFilter(start=start, end=end, editions=self.editions, kinds=self.kinds,
                              platforms=self.platforms)

    def set_range(self, first: date, last: date) -> None:
        self.first_day, self.last_day = first, last
        self.reload()

    def set_filters(self, *, editions: frozenset[str] | None = None, kinds: frozenset[str] | None = None,
                    platforms: frozenset[str] | None = None) -> None:
        if editions is not None:
            self.editions = editions
        if kinds is not None:
            self.kinds = kinds
        if platforms is not None:
            self.platforms = platforms
        self.reload()

    def set_colour_mode(self, mode: str) -> None:
        self.colour_mode = mode
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(COLUMNS) - 1),
                                  [COLOUR_ROLE, Qt.ItemDataRole.DecorationRole])

    def set_user_zone(self, zone_name: str) -> None:
        self.user_zone = zone_name
        self.reload()

    def reload(self) -> None:
        flt = self.current_filter()
        # Empty days matter only from today on: a gap in the past cannot be filled any more.
        today = to_local(self.service.clock(), self.user_zone).date()
        days = [d for d in (self.first_day + timedelta(days=n)
                            for n in range((self.last_day - self.first_day).days + 1)) if d >= today]
        # Rules see every kind in the range (a social post before its article, posts per hour),
        # whatever the view's kind and platform filters hide.
        context = self.service.items(ScheduleFilter(start=flt.start, end=flt.end, editions=flt.editions))
        items = [i for i in context if flt.matches(i)]
        warnings = self.service.warnings(flt, days=days, items=context)
        self.beginResetModel()
        self._items = items
        self._row_of = {item.key: row for row, item in enumerate(items)}
        self.warnings = warnings
        self._flagged = warnings_by_item(warnings)
        self.endResetModel()

    # --- access for the painted views ------------------------------------------------------------

    def item_at(self, row: int) -> CalendarItem:
        return self._items[row]

    def row_of(self, key: str) -> int | None:
        return self._row_of.get(key)

    def items(self) -> list[CalendarItem]:
        return list(self._items)

    def item_warnings(self, key: str) -> list[ScheduleWarning]:
        return self._flagged.get(key, [])

    def day_warnings(self, day: date) -> list[ScheduleWarning]:
        return [w for w in self.warnings if w.day == day and not w.item_keys]

    def edition_zone(self, edition: str | None) -> str | None:
        info = self.edition_info.get(edition or "")
        return info.time_zone if info else None

    def edition_time_text(self, item: CalendarItem) -> str:
        zone_name = self.edition_zone(item.edition)
        if not zone_name:
            return ""
        local = to_local(item.when, zone_name)
        info = self.edition_info[item.edition or ""]
        system = info.calendar if self.edition_calendars else "gregorian"
        day = format_date(local.date(), system, with_year=False)
        return f"{isolate(day)} {ui_dates.format_wall_time(local)} ({zone_name})"

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return {"when": QCoreApplication.translate("ScheduleModel", "Your time ({zone})").format(zone=self.user_zone), "edition_time": QCoreApplication.translate("ScheduleModel", "Edition time"),
                "kind": QCoreApplication.translate("ScheduleModel", "Kind"), "where": QCoreApplication.translate("ScheduleModel", "Edition / platform"), "title": QCoreApplication.translate("ScheduleModel", "Title"),
                "state": QCoreApplication.translate("ScheduleModel", "State"), "warnings": QCoreApplication.translate("ScheduleModel", "Warnings")}[COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = COLUMNS[index.column()]
        if role == ITEM_ROLE:
            return item
        if role == KEY_ROLE:
            return item.key
        if role == WHEN_ROLE:
            return item.when
        if role == LOCAL_ROLE:
            return to_local(item.when, self.user_zone)
        if role == COLOUR_ROLE:
            return item_colour(item, self.colour_mode)
        if role == WARNINGS_ROLE:
            return [warning_text(w) for w in self._flagged.get(item.key, [])]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return ui_dates.format_wall_datetime(to_local(item.when, self.user_zone))
            if column == "edition_time":
                return self.edition_time_text(item)
            if column == "kind":
                return kind_label(item.kind)
            if column == "where":
                if item.platform:
                    return platform_label(item.platform)
                return edition_label(item.edition) if item.edition else \
                    QCoreApplication.translate("ScheduleModel", "all editions")
            if column == "title":
                return item.title
            if column == "state":
                return state_label(item.state)
            if column == "warnings":
                count = len(self._flagged.get(item.key, []))
                return ui_dates.format_number(count) if count else ""
        if role == Qt.ItemDataRole.DecorationRole and column == "where":
            return item_colour(item, self.colour_mode)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.title, self.edition_time_text(item)]
            lines += [warning_text(w) for w in self._flagged.get(item.key, [])]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ForegroundRole and column == "warnings" and self._flagged.get(item.key):
            return tone(Tone.WARNING)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "title" and item.edition in ("ar", "fa"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class WarningsModel(QAbstractListModel):
    """The schedule model's warnings as lines to read: one per item warning and one per edition
    and stretch of empty days, most pressing first (core.schedule_warnings.group_warnings)."""

    def __init__(self, source: ScheduleModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self._rows: list[tuple[str, ScheduleWarning]] = []  # text, the (grouped) warning
        self._refresh()
        source.modelReset.connect(self._refresh)

    def _refresh(self) -> None:
        self.beginResetModel()
        formats = warning_formats()
        self._rows = [(describe_warning(w, formats), w) for w in group_warnings(self.source.warnings, formats)]
        self.endResetModel()

    def warning_at(self, row: int) -> ScheduleWarning:
        return self._rows[row][1]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        message, warning = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return isolate(message)
        if role == KEY_ROLE:
            return list(warning.item_keys)
        if role == RULE_ROLE:
            return warning.rule.value
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(EDITION_COLOURS.get(warning.edition or "", "#e67700"))
        return None


class AttentionModel(QAbstractListModel):
    """Items that came due or were missed and nobody has acted on yet."""

    def __init__(self, service: ScheduleService, user_zone: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.user_zone = user_zone
        self._notices: list[DueNotice] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._notices = self.service.attention()
        self.endResetModel()

    def notice_at(self, row: int) -> DueNotice:
        return self._notices[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._notices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notices):
            return None
        notice = self._notices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = ui_dates.format_wall_datetime(to_local(notice.due_at, self.user_zone))
            if notice.state == "missed":
                return QCoreApplication.translate("ScheduleModel", "Missed {when}: {action}").format(
                    when=when, action=notice.action)
            return QCoreApplication.translate("ScheduleModel", "Due {when}: {action}").format(
                when=when, action=notice.action)
        if role == Qt.ItemDataRole.ToolTipRole:
            return notice.action
        if role == KEY_ROLE:
            return notice.item_key
        if role == Qt.ItemDataRole.ForegroundRole and notice.state == "missed":
            return tone(Tone.ERROR)
        return None


def local_hour(instant: datetime, zone_name: str) -> float:
    """Hours since local midnight (a fraction), for placing an item in the week view."""
    local = to_local(instant, zone_name)
    return local.hour + local.minute / 60
