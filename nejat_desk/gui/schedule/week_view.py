"""The week view: a column per day, each item at its time (the month view and their shared base are in views.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from nejat_desk.gui.schedule import calendars
from nejat_desk.gui.schedule.model import ScheduleModel, warning_text
from nejat_desk.gui.schedule.views import Chip, _CalendarView, item_colour_for_edition, week_start


class WeekView(_CalendarView):
    """Seven days by 24 hours; an item sits at its time in the user's zone."""

    HEADER = 38
    GUTTER = 46
    VERTICAL_STEP = timedelta(minutes=15)
    SNAP_MINUTES = 15
    ITEM_MINUTES = 45  # the height an item is drawn with (items are instants, not spans)

    def __init__(self, model: ScheduleModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.first_day = week_start(date.today(), self.system)
        self.setMinimumSize(560, self.HEADER + 24 * 16)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(980, self.HEADER + 24 * 28)

    def set_week(self, anchor: date, system: str | None = None) -> tuple[date, date]:
        if system:
            self.system = system
        self.first_day = week_start(anchor, self.system)
        self._invalidate()
        return self.first_day, self.first_day + timedelta(days=6)

    @property
    def hour_height(self) -> float:
        return max(16.0, (self.height() - self.HEADER - 1) / 24)

    def _grid(self) -> QRect:
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return QRect(0, self.HEADER, self.width() - self.GUTTER - 1, self.height() - self.HEADER)
        return QRect(self.GUTTER, self.HEADER, self.width() - self.GUTTER - 1, self.height() - self.HEADER)

    def y_for(self, hours: float) -> int:
        return self.HEADER + round(hours * self.hour_height)

    def slot_rect(self, day: date, hour: float) -> QRect:
        grid = self._grid()
        x, w = self._column_x((day - self.first_day).days, grid.left(), grid.width())
        return QRect(x, self.y_for(hour), w, round(self.hour_height))

    def time_at(self, pos: QPoint) -> datetime | None:
        grid = self._grid()
        column = self._column_at(pos.x(), grid.left(), grid.width())
        if column is None or pos.y() < self.HEADER:
            return None
        minutes = (pos.y() - self.HEADER) / self.hour_height * 60
        minutes = int(minutes // self.SNAP_MINUTES * self.SNAP_MINUTES)
        minutes = max(0, min(minutes, 24 * 60 - self.SNAP_MINUTES))
        day = self.first_day + timedelta(days=column)
        return datetime.combine(day, time(minutes // 60, minutes % 60))

    def _layout(self) -> list[Chip]:
        grid = self._grid()
        chips: list[Chip] = []
        by_day: dict[int, list[tuple[float, int]]] = {}
        for row in range(self.model.rowCount()):
            local = self.local_of(self.model.item_at(row))
            index = (local.date() - self.first_day).days
            if 0 <= index < 7:
                by_day.setdefault(index, []).append((local.hour + local.minute / 60, row))
        span = self.ITEM_MINUTES / 60
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for index, entries in by_day.items():
            entries.sort()
            x, w = self._column_x(index, grid.left(), grid.width())
            # Items whose drawn spans overlap form a cluster that shares the column side by side.
            clusters: list[list[tuple[float, int]]] = []
            cluster_end = -1.0
            for hour, row in entries:
                if not clusters or hour >= cluster_end:
                    clusters.append([])
                    cluster_end = hour + span
                clusters[-1].append((hour, row))
                cluster_end = max(cluster_end, hour + span)
            for cluster in clusters:
                lanes: list[float] = []
                placed: list[tuple[float, int, int]] = []
                for hour, row in cluster:
                    lane = next((n for n, end in enumerate(lanes) if end <= hour), None)
                    if lane is None:
                        lanes.append(hour + span)
                        lane = len(lanes) - 1
                    else:
                        lanes[lane] = hour + span
                    placed.append((hour, row, lane))
                count = max(1, len(lanes))
                lane_w = (w - 4) / count
                for hour, row, lane in placed:
                    top = self.y_for(hour)
                    height = max(15, round(span * self.hour_height) - 1)
                    height = min(height, self.y_for(24) - top)
                    visual_lane = count - 1 - lane if rtl else lane
                    left = x + 2 + round(visual_lane * lane_w)
                    chips.append(Chip(QRect(left, top, max(8, round(lane_w) - 2), height),
                                      self.model.item_at(row).key, row))
        return chips

    def drop_rect(self, pos: QPoint) -> QRect | None:
        when = self.time_at(pos)
        if when is None:
            return None
        grid = self._grid()
        x, w = self._column_x((when.date() - self.first_day).days, grid.left(), grid.width())
        hour = when.hour + when.minute / 60
        return QRect(x, self.y_for(hour), w, max(6, round(self.hour_height * self.SNAP_MINUTES / 60)))

    def drop_time(self, pos: QPoint, key: str) -> datetime | None:
        return self.time_at(pos)

    def day_tooltip_at(self, pos: QPoint) -> str:
        if pos.y() >= self.HEADER:
            return ""
        grid = self._grid()
        column = self._column_at(pos.x(), grid.left(), grid.width())
        if column is None:
            return ""
        day = self.first_day + timedelta(days=column)
        return "\n".join(["⚠ " + warning_text(w) for w in self.model.day_warnings(day)])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        grid = self._grid()
        painter.fillRect(QRect(0, 0, self.width(), self.HEADER), palette.color(QPalette.ColorRole.Window))
        names = self._day_names(self.first_day)
        small = QFont(painter.font())
        small.setPointSizeF(max(6.5, painter.font().pointSizeF() * 0.8))
        today = date.today()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for n in range(7):
            day = self.first_day + timedelta(days=n)
            x, w = self._column_x(n, grid.left(), grid.width())
            if day == today:
                highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
                highlight.setAlpha(25)
                painter.fillRect(QRect(x, grid.top(), w, grid.height()), highlight)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            title = f"{names[n]} {calendars.format_date(day, self.system, with_year=False)}" \
                if self.system != "gregorian" else f"{names[n]} {day.day}"
            painter.drawText(QRect(x, 2, w, 18), int(Qt.AlignmentFlag.AlignCenter), title)
            second = calendars.format_date(day, self.secondary_system, with_year=False) \
                if self.secondary_system else ""
            warnings = self.model.day_warnings(day)
            painter.save()
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            if second:
                painter.drawText(QRect(x, 19, w, 16), int(Qt.AlignmentFlag.AlignCenter), second)
            if warnings:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                for k, warning in enumerate(warnings):
                    painter.setPen(QPen(QColor(item_colour_for_edition(warning.edition)), 1.5))
                    dx = x + 4 + k * 9 if not rtl else x + w - 11 - k * 9
                    painter.drawEllipse(QRect(dx, 24, 7, 7))
            painter.restore()
        # Hour lines and labels.
        for hour in range(25):
            y = self.y_for(hour)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(grid.left(), y, grid.right(), y)
            if hour < 24:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                label = QRect(grid.right() + 4 if rtl else 0, y, self.GUTTER - 6, 16)
                painter.save()
                painter.setFont(small)
                painter.drawText(label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                                 if not rtl else int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                                 f"{hour:02d}:00")
                painter.restore()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        for n in range(7):
            x, _w = self._column_x(n, grid.left(), grid.width())
            painter.drawLine(x, 0, x, grid.bottom())
        painter.drawLine(grid.right(), 0, grid.right(), grid.bottom())
        painter.setFont(small)
        for chip in self.chips():
            self._paint_chip(painter, chip, self.chip_text(self.model.item_at(chip.row)))
        self._paint_drop_preview(painter)
        painter.end()
