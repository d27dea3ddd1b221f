"""The question a move into a daylight-saving change asks: which of two times, or the next valid one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from nejat_desk.core.scheduling import LocalTimeCheck, LocalTimeKind
from nejat_desk.gui import dates as ui_dates

# (check, naive local time, zone) -> "earlier" / "later" / "shift-forward", or None to cancel.
TimeChooser = Callable[[LocalTimeCheck, datetime, str], str | None]


def ask_time_choice(parent: QWidget) -> TimeChooser:
    """The default chooser: a message box that names both options."""

    def choose(check: LocalTimeCheck, local: datetime, zone_name: str) -> str | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ScheduleWorkspace", "Daylight-saving change"))
        if check.kind is LocalTimeKind.AMBIGUOUS:
            earlier, later = check.candidates
            box.setText(QCoreApplication.translate("ScheduleWorkspace", "{time} happens twice in {zone} (the clocks go back). Which one?").format(
                time=ui_dates.format_wall_datetime(local, weekday=False), zone=zone_name))
            first = box.addButton(QCoreApplication.translate("ScheduleWorkspace", "The first ({utc} UTC)").format(
                utc=ui_dates.format_wall_time(earlier.astimezone(UTC))),
                                  QMessageBox.ButtonRole.AcceptRole)
            second = box.addButton(QCoreApplication.translate("ScheduleWorkspace", "The second ({utc} UTC)").format(
                utc=ui_dates.format_wall_time(later.astimezone(UTC))),
                                   QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            return "earlier" if box.clickedButton() is first else "later" if box.clickedButton() is second \
                else None
        assert check.first_valid is not None
        box.setText(QCoreApplication.translate("ScheduleWorkspace", "{time} does not exist in {zone} (the clocks go forward).").format(
            time=ui_dates.format_wall_datetime(local, weekday=False), zone=zone_name))
        shift = box.addButton(QCoreApplication.translate("ScheduleWorkspace", "Move to {time}").format(
            time=ui_dates.format_wall_time(check.first_valid)),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return "shift-forward" if box.clickedButton() is shift else None

    return choose
