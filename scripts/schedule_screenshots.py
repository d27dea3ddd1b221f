"""Render the Schedule workspace's screenshots for the README (offscreen, on a throwaway library).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/schedule_screenshots.py [OUT_DIR]

Writes schedule-month-light.png, schedule-week-dark.png and schedule-month-fa-jalali.png (the
Solar Hijri month in a right-to-left window). The planned week starts on Monday 7 December 2026.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def shoot(out_dir: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from nejat_desk.gui import settings as opt
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.i18n import install_translators
    from nejat_desk.gui.palette import apply_theme
    from nejat_desk.gui.schedule.workspace import ScheduleWorkspace
    from nejat_desk.gui.settings import USER_TIME_ZONE, Settings
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.services.schedule import ScheduleService
    from nejat_desk.storage.library import Library
    from tests.schedule_data import plan_week

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    tmp = Path(tempfile.mkdtemp(prefix="nejat-schedule-shots-"))
    library = Library.open(tmp / "library", create=True)
    plan_week(library, datetime(2026, 12, 7, tzinfo=UTC))
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    for name, theme, view, rtl in (("schedule-month-light.png", "light", "month", False),
                                   ("schedule-week-dark.png", "dark", "week", False),
                                   ("schedule-month-fa-jalali.png", "light", "month", True)):
        apply_theme(app, theme)
        settings = Settings(QSettings(str(tmp / f"{name}.ini"), QSettings.Format.IniFormat))
        settings.set(USER_TIME_ZONE, "Europe/Berlin")
        settings.set(opt.UI_LANGUAGE, "fa" if rtl else "en")
        install_translators(app, settings)  # the Farsi interface, right to left, for the third one
        context = AppContext(library, settings, TaskRunner())
        ws = ScheduleWorkspace(context, service=ScheduleService(library, clock=lambda: now), watch=False)
        ws.resize(1400, 860)
        ws.go_to(date(2026, 12, 8))
        ws.set_view(view)
        if rtl:
            ws.set_calendar_system("jalali")
            ws.set_secondary_system("gregorian")
        elif view == "month":
            ws.set_secondary_system("jalali")
        ws.show()
        app.processEvents()
        path = out_dir / name
        ws.grab().save(str(path))
        written.append(path)
        ws.close()
        ws.deleteLater()
        app.processEvents()
    library.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    for p in shoot(target):
        print(p)
