#!/usr/bin/env python3
"""Screenshot of a stale Farsi translation (issue 15), at 1366 x 768.

Writes docs/screenshots/stale-translation-fa.png: the example library and one English article
translated into Farsi, whose original then changed (a new title, a paragraph edited, one added).
The Farsi translation is open with its bar, and "Show Changes" over it: the English change
paragraph by paragraph beside the Farsi text, each in its own direction.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_stale_translation.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)

ORIGINAL = ("Bushehr port reopened on Sunday after three months of repairs.\n\n"
            "The first ships unloaded grain and medicine on Monday morning.\n\n"
            "The port's director said every berth is ready.")
CHANGED = ("Bushehr port reopened on Sunday after three months of repairs.\n\n"
           "The first ships unloaded grain, fuel and medicine on Tuesday morning.\n\n"
           "The port's director said every berth is ready.\n\n"
           "Fees for foreign ships will rise by ten percent from January.")
FARSI = ("بندر بوشهر روز یکشنبه پس از سه ماه تعمیر دوباره باز شد.\n\n"
         "نخستین کشتی‌ها صبح دوشنبه غلات و دارو تخلیه کردند.\n\n"
         "مدیر بندر گفت همه‌ی اسکله‌ها آماده‌اند.")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QPoint, QSettings, QTimer
    from PySide6.QtGui import QColor, QPainter

    from nejat_desk.app import build_window, create_application
    from nejat_desk.gui import settings as opt
    from nejat_desk.gui.settings import Settings
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.services.example_content import load_example_content
    from nejat_desk.storage.library import Library

    scratch = Path(tempfile.mkdtemp(prefix="nejat-stale-"))
    app = create_application([])
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(opt.THEME, "light")

    def settle(msecs: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(msecs, loop.quit)
        loop.exec()

    library = Library.open(scratch / "library", create=True)
    load_example_content(library)
    try:
        articles = ArticleService(library)
        original = articles.create("en", "Bushehr port reopens", ORIGINAL, excerpt="Ships are back in Bushehr.",
                                   byline="Sara Ahmadi", category_path="Iran")
        farsi = articles.create_translation(original, "fa")
        articles.save_text(farsi, title="بازگشایی بندر بوشهر", body_md=FARSI, excerpt="کشتی‌ها به بوشهر برگشتند.")
        articles.save_text(original, title="Bushehr port reopens to ships", body_md=CHANGED)
        window, context = build_window(library, settings)
        window.resize(*SIZE)
        window.show()
        settle(800)
        window.load_icons()
        workspace = window.show_workspace("articles")
        window.open_record("articles", farsi)
        settle(1500)
        dialog = workspace.editor.stale_translation.show_changes()
        assert dialog is not None, "the translation is not stale"
        dialog.resize(1000, 560)
        settle(600)
        shot = window.grab()
        painter = QPainter(shot)
        corner = QPoint((SIZE[0] - dialog.width()) // 2, 150)
        painter.drawPixmap(corner, dialog.grab())
        painter.setPen(QColor("#6b717a"))  # the dialog's edge (offscreen windows have no frame)
        painter.drawRect(corner.x() - 1, corner.y() - 1, dialog.width() + 1, dialog.height() + 1)
        painter.end()
        out = ROOT / "docs" / "screenshots" / "stale-translation-fa.png"
        shot.save(str(out))
        print(f"wrote {out}", flush=True)
        dialog.close()
        window.close()
        context.tasks.wait_all(10_000)
    finally:
        library.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
