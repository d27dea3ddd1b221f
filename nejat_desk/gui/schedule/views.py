"""The month view and the base it shares with the week view (week_view.py): custom-painted widgets
driven by ScheduleModel (no item widgets).

Both lay items out as "chips" (rectangles with the item's colour), hit-test them for tooltips,
selection and dragging, and emit `move_requested(key, local)` when a chip is dropped on another
day or hour; `local` is a naive wall time in the user's zone, which the workspace resolves
(asking about a skipped or repeated hour) and turns into an undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from nejat_desk.core.scheduling import CalendarItem, to_local
from nejat_desk.gui import dates as ui_dates
from nejat_desk.gui.labels import edition_label, platform_label
from nejat_desk.gui.schedule import calendars
from nejat_desk.gui.schedule.model import ScheduleModel, item_colour, state_label, warning_text

# Badge fills under a white mark: dark enough for 4.5 : 1 (tests/gui/test_palette.py).
WARNING_COLOUR = QColor("#b35c00")
MISSED_COLOUR = QColor("#c92a2a")


@dataclass(frozen=True)
class Chip:
    rect: QRect
    key: str
    row: int


def week_start(value: date, system: str) -> date:
    """Weeks start on Monday; on Saturday in the Solar Hijri and Islamic calendars."""
    first = 5 if system in ("jalali", "islamic-civil") else 0  # Python weekday numbers
    return value - timedelta(days=(value.weekday() - first) % 7)


class _CalendarView(QWidget):
    move_requested = Signal(str, object)  # key, naive local datetime in the user's zone
    item_activated = Signal(str)
    selection_changed = Signal(str)

    def __init__(self, model: ScheduleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.system = "gregorian"
        self.secondary_system: str | None = None
        self.selected_key: str | None = None
        self._chips: list[Chip] | None = None
        self._press: tuple[str, QPoint] | None = None
        self._dragging = False
        self._drop_preview: QRect | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        for signal in (model.modelReset, model.dataChanged, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved):
            signal.connect(self._invalidate)

    # --- layout (subclasses) ------------------------------------------------------------------

    def _layout(self) -> list[Chip]:
        raise NotImplementedError

    def drop_time(self, pos: QPoint, key: str) -> datetime | None:
        raise NotImplementedError

    def drop_rect(self, pos: QPoint) -> QRect | None:
        raise NotImplementedError

    # --- shared ------------------------------------------------------------------------------

    def _invalidate(self, *_args: object) -> None:
        self._chips = None
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._chips = None
        super().resizeEvent(event)

    def chips(self) -> list[Chip]:
        if self._chips is None:
            self._chips = self._layout()
        return self._chips

    def chip_for(self, key: str) -> Chip | None:
        return next((c for c in self.chips() if c.key == key), None)

    def chip_at(self, pos: QPoint) -> Chip | None:
        for chip in reversed(self.chips()):
            if chip.rect.contains(pos):
                return chip
        return None

    def local_of(self, item: CalendarItem) -> datetime:
        return to_local(item.when, self.model.user_zone)

    def _column_x(self, column: int, left: int, width: int, columns: int = 7) -> tuple[int, int]:
        """x and width of a day column, mirrored in a right-to-left layout."""
        w = width / columns
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            column = columns - 1 - column
        return left + round(column * w), round((column + 1) * w) - round(column * w)

    def _column_at(self, x: int, left: int, width: int, columns: int = 7) -> int | None:
        if width <= 0 or not left <= x < left + width:
            return None
        column = int((x - left) * columns / width)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            column = columns - 1 - column
        return max(0, min(columns - 1, column))

    def _paint_chip(self, painter: QPainter, chip: Chip, text: str) -> None:
        item = self.model.item_at(chip.row)
        colour = item_colour(item, self.model.colour_mode)
        rect = QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        fill = QColor(colour)
        fill.setAlpha(90 if dark else 45)
        path = QPainterPath()
        path.addRoundedRect(rect, 3, 3)
        painter.fillPath(path, fill)
        selected = chip.key == self.selected_key
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight) if selected else colour,
                            2 if selected else 1))
        painter.drawPath(path)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        bar = QRectF(rect.right() - 3, rect.top(), 3, rect.height()) if rtl else \
            QRectF(rect.left(), rect.top(), 3, rect.height())
        painter.fillRect(bar, colour)
        warnings = self.model.item_warnings(item.key)
        text_rect = chip.rect.adjusted(6, 0, -4, 0)
        if warnings or item.state == "missed":
            badge = 12
            bx = chip.rect.left() + 3 if rtl else chip.rect.right() - badge - 2
            badge_rect = QRect(bx, chip.rect.top() + (chip.rect.height() - badge) // 2, badge, badge)
            self._paint_badge(painter, badge_rect, MISSED_COLOUR if item.state == "missed" else WARNING_COLOUR,
                              "!" if warnings else "×")
            text_rect = text_rect.adjusted(badge + 2, 0, 0, 0) if rtl else text_rect.adjusted(0, 0, -badge - 2, 0)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.save()
        metrics = QFontMetrics(painter.font())
        align = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        if chip.rect.height() > 2 * metrics.height():
            align = Qt.AlignmentFlag.AlignTop | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            painter.drawText(text_rect.adjusted(0, 2, 0, 0),
                             int(align | Qt.AlignmentFlag.AlignAbsolute | Qt.TextFlag.TextWordWrap), text)
        else:
            painter.drawText(text_rect, int(align | Qt.AlignmentFlag.AlignAbsolute),
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.restore()

    def _paint_badge(self, painter: QPainter, rect: QRect, colour: QColor, mark: str) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(8, rect.height() - 3))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), mark)
        painter.restore()

    def chip_text(self, item: CalendarItem) -> str:
        where = platform_label(item.platform) if item.platform else edition_label(item.edition)
        # The title is a bidi isolate: a Farsi title in an English window (and the reverse) keeps
        # its own direction without reordering the time and edition around it.
        clock = ui_dates.format_wall_time(self.local_of(item))
        return f"{clock} {where + ' · ' if where else ''}\u2068{item.title}\u2069"

    def tooltip_for(self, chip: Chip) -> str:
        item = self.model.item_at(chip.row)
        lines = [item.title,
                 self.tr("Your time: {time} ({zone})").format(
                     time=ui_dates.format_wall_datetime(self.local_of(item)), zone=self.model.user_zone)]
        edition_time = self.model.edition_time_text(item)
        if edition_time:
            lines.append(self.tr("Edition time: {time}").format(time=edition_time))
        if item.state in ("due", "missed"):
            lines.append(self.tr("State: {state}").format(state=state_label(item.state)))
        lines += ["⚠ " + warning_text(w) for w in self.model.item_warnings(item.key)]
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPoint) -> str:
        chip = self.chip_at(pos)
        return self.tooltip_for(chip) if chip else self.day_tooltip_at(pos)

    def day_tooltip_at(self, pos: QPoint) -> str:
        return ""

    # --- mouse: select, activate, drag to reschedule --------------------------------------------

    def select(self, key: str | None) -> None:
        if key != self.selected_key:
            self.selected_key = key
            self.selection_changed.emit(key or "")
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        chip = self.chip_at(event.position().toPoint())
        self.select(chip.key if chip else None)
        self._press = (chip.key, event.position().toPoint()) if chip else None
        self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return super().mouseMoveEvent(event)
        pos = event.position().toPoint()
        if not self._dragging and (pos - self._press[1]).manhattanLength() >= QApplication.startDragDistance():
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging:
            self._drop_preview = self.drop_rect(pos)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        press, dragging = self._press, self._dragging
        self._press, self._dragging, self._drop_preview = None, False, None
        self.unsetCursor()
        self.update()
        if press is None or not dragging or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        key = press[0]
        target = self.drop_time(event.position().toPoint(), key)
        row = self.model.row_of(key)
        if target is None or row is None:
            return None
        current = self.local_of(self.model.item_at(row)).replace(tzinfo=None)
        if target != current:
            self.move_requested.emit(key, target)
        return None

    # Keyboard: Alt+arrows move the selected item (a day sideways; a week, or in the week view a
    # quarter of an hour, up and down), Enter opens it. The same undoable path as dragging.
    VERTICAL_STEP = timedelta(days=7)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        row = self.model.row_of(self.selected_key) if self.selected_key else None
        if row is None:
            return super().keyPressEvent(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.item_activated.emit(self.selected_key or "")
            return None
        if not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            return super().keyPressEvent(event)
        sideways = 1 if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else -1
        steps = {Qt.Key.Key_Right: timedelta(days=sideways), Qt.Key.Key_Left: timedelta(days=-sideways),
                 Qt.Key.Key_Down: self.VERTICAL_STEP, Qt.Key.Key_Up: -self.VERTICAL_STEP}
        step = steps.get(Qt.Key(key))
        if step is None:
            return super().keyPressEvent(event)
        local = self.local_of(self.model.item_at(row)).replace(tzinfo=None)
        self.move_requested.emit(self.selected_key, local + step)
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        chip = self.chip_at(event.position().toPoint())
        if chip:
            self.item_activated.emit(chip.key)

    def _paint_drop_preview(self, painter: QPainter) -> None:
        if self._drop_preview is not None:
            colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(60)
            painter.fillRect(self._drop_preview, colour)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
            painter.drawRect(self._drop_preview.adjusted(0, 0, -1, -1))

    def _day_names(self, first: date) -> list[str]:
        locale = self.locale()
        return [locale.dayName((first + timedelta(days=n)).isoweekday(),
                               locale.FormatType.ShortFormat) for n in range(7)]


class MonthView(_CalendarView):
    """Six weeks of the month that contains `anchor`, in the chosen calendar system."""

    HEADER = 22
    CHIP_HEIGHT = 17

    def __init__(self, model: ScheduleModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.anchor = date.today()
        self.first_cell = week_start(calendars.month_start(self.anchor, self.system), self.system)
        self.setMinimumSize(560, 420)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(980, 680)

    def set_month(self, anchor: date, system: str | None = None) -> tuple[date, date]:
        """Show the month containing `anchor`; returns the first and last day shown."""
        if system:
            self.system = system
        self.anchor = calendars.month_start(anchor, self.system)
        self.first_cell = week_start(self.anchor, self.system)
        self._invalidate()
        return self.first_cell, self.first_cell + timedelta(days=41)

    def _cell_rect(self, index: int) -> QRect:
        grid = self.rect().adjusted(0, self.HEADER, -1, -1)
        row, column = divmod(index, 7)
        x, w = self._column_x(column, grid.left(), grid.width())
        h = grid.height() / 6
        y = grid.top() + round(row * h)
        return QRect(x, y, w, round((row + 1) * h) - round(row * h))

    def cell_index_at(self, pos: QPoint) -> int | None:
        grid = self.rect().adjusted(0, self.HEADER, -1, -1)
        column = self._column_at(pos.x(), grid.left(), grid.width())
        if column is None or not grid.top() <= pos.y() < grid.bottom():
            return None
        row = int((pos.y() - grid.top()) * 6 / grid.height())
        return min(row, 5) * 7 + column

    def day_at(self, pos: QPoint) -> date | None:
        index = self.cell_index_at(pos)
        return None if index is None else self.first_cell + timedelta(days=index)

    def cell_rect_for(self, day: date) -> QRect:
        return self._cell_rect((day - self.first_cell).days)

    def _layout(self) -> list[Chip]:
        chips: list[Chip] = []
        per_day: dict[int, list[int]] = {}
        for row in range(self.model.rowCount()):
            local = self.local_of(self.model.item_at(row)).date()
            index = (local - self.first_cell).days
            if 0 <= index < 42:
                per_day.setdefault(index, []).append(row)
        self._overflow: dict[int, int] = {}
        for index, rows in per_day.items():
            cell = self._cell_rect(index)
            top = cell.top() + 20
            room = max(0, (cell.bottom() - 14 - top) // (self.CHIP_HEIGHT + 2))
            shown = rows if len(rows) <= room else rows[:max(0, room - 1)]
            for n, row in enumerate(shown):
                rect = QRect(cell.left() + 3, top + n * (self.CHIP_HEIGHT + 2), cell.width() - 6, self.CHIP_HEIGHT)
                chips.append(Chip(rect, self.model.item_at(row).key, row))
            if len(shown) < len(rows):
                self._overflow[index] = len(rows) - len(shown)
        return chips

    def drop_rect(self, pos: QPoint) -> QRect | None:
        index = self.cell_index_at(pos)
        return None if index is None else self._cell_rect(index)

    def drop_time(self, pos: QPoint, key: str) -> datetime | None:
        """The same local time of day on the day under `pos`."""
        day = self.day_at(pos)
        row = self.model.row_of(key)
        if day is None or row is None:
            return None
        local = self.local_of(self.model.item_at(row))
        return datetime.combine(day, time(local.hour, local.minute))

    def day_tooltip_at(self, pos: QPoint) -> str:
        day = self.day_at(pos)
        if day is None:
            return ""
        lines = [calendars.format_date(day, self.system, self.locale() if self.system == "gregorian" else None)]
        if self.secondary_system:
            lines.append(calendars.format_date(day, self.secondary_system))
        lines += ["⚠ " + warning_text(w) for w in self.model.day_warnings(day)]
        return "\n".join(lines)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        header = QRect(0, 0, self.width(), self.HEADER)
        painter.fillRect(header, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for n, name in enumerate(self._day_names(self.first_cell)):
            x, w = self._column_x(n, 0, self.width() - 1)
            painter.drawText(QRect(x, 0, w, self.HEADER), int(Qt.AlignmentFlag.AlignCenter), name)
        chips = self.chips()
        month = calendars.parts(self.anchor, self.system).month
        today = date.today()
        small = QFont(painter.font())
        small.setPointSizeF(max(6.5, painter.font().pointSizeF() * 0.8))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        number_locale = None if self.system == "gregorian" else None
        for index in range(42):
            day = self.first_cell + timedelta(days=index)
            cell = self._cell_rect(index)
            in_month = calendars.parts(day, self.system).month == month
            if not in_month:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawRect(cell)
            number_rect = cell.adjusted(5, 2, -5, 0)
            number_rect.setHeight(17)
            if day == today:
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                font = QFont(painter.font())
                font.setBold(True)
                painter.setFont(font)
            else:
                painter.setPen(palette.color(QPalette.ColorRole.Text if in_month else QPalette.ColorRole.PlaceholderText))
            align_start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            align_end = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(number_rect, int(align_start | Qt.AlignmentFlag.AlignVCenter),
                             calendars.day_number(day, self.system, number_locale))
            painter.setFont(self.font())
            if self.secondary_system:
                painter.save()
                painter.setFont(small)
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                text = calendars.format_date(day, self.secondary_system, with_year=False)
                painter.drawText(number_rect.adjusted(0, 0, -16 if not rtl else 0, 0),
                                 int(align_end | Qt.AlignmentFlag.AlignVCenter), text)
                painter.restore()
            empty = self.model.day_warnings(day)
            if empty:
                # One hollow dot per edition with nothing planned that day.
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                for n, warning in enumerate(empty):
                    colour = QColor(item_colour_for_edition(warning.edition))
                    painter.setPen(QPen(colour, 1.5))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    x = cell.left() + 6 + n * 10 if not rtl else cell.right() - 12 - n * 10
                    painter.drawEllipse(QRect(x, cell.bottom() - 11, 7, 7))
                painter.restore()
            overflow = getattr(self, "_overflow", {}).get(index)
            if overflow:
                painter.save()
                painter.setFont(small)
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(cell.adjusted(4, 0, -4, -2), int(align_end | Qt.AlignmentFlag.AlignBottom),
                                 self.tr("+{n} more").format(n=overflow))
                painter.restore()
        painter.setFont(small)
        for chip in chips:
            self._paint_chip(painter, chip, self.chip_text(self.model.item_at(chip.row)))
        self._paint_drop_preview(painter)
        painter.end()


def item_colour_for_edition(edition: str | None) -> str:
    from nejat_desk.gui.schedule.model import EDITION_COLOURS

    return EDITION_COLOURS.get(edition or "", "#868e96")
