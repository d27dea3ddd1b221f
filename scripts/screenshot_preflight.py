#!/usr/bin/env python3
"""Screenshot of the Pre-flight panel on a Farsi article (issue 15), at 1366 x 768.

Writes docs/screenshots/preflight-fa.png: the example library, the Farsi edition's rules asking for
Persian digits and an English translation, and one example article given what pre-flight is for
(an Arabic yeh, Latin digits, a link to an article in the trash, an unclosed «quote»).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_preflight.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768 - 60)  # a laptop screen minus a desktop panel and a title bar


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from nejat_desk.app import build_window, create_application
    from nejat_desk.core.preflight import EditionRules
    from nejat_desk.gui import settings as opt
    from nejat_desk.gui.settings import Settings
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.services.example_content import load_example_content
    from nejat_desk.services.preflight import PreflightService
    from nejat_desk.storage.library import Library

    scratch = Path(tempfile.mkdtemp(prefix="nejat-preflight-"))
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
        PreflightService(library).set_rules("fa", EditionRules(translations=("en",), digits="persian"))
        gone = articles.create("fa", "خبر حذف‌شده", "متن.", slug="old-report")
        articles.trash(gone)
        article_id = articles.create(
            "fa", "بازگشایی بندر بوشهر",
            "بندر بوشهر پس از 3 ماه تعمیر دوباره باز شد و کشتی‌ها برگشتند.\n\n"
            "مدیر بندر گفت: «همه‌ی اسکله‌ها آماده‌اند.\n\n"
            "به گفته‌ی او، ظرفیت بندر به 40 هزار تن در روز می‌رسد و كار بارگیری از فردا آغاز می‌شود.\n\n"
            "[گزارش پیشین](https://nejat.example.org/fa/2026/11/20/old-report/) را هم ببینید.\n",
            byline="سارا احمدی", category_path="ایران")
        window, context = build_window(library, settings)
        window.resize(*SIZE)
        window.show()
        settle(800)
        window.load_icons()
        workspace = window.show_workspace("articles")
        window.open_record("articles", article_id)
        settle(1500)
        controller = workspace.preflight
        controller.tabs.setCurrentWidget(controller.panel)
        controller.panel.select_finding("letter_forms")
        settle(600)
        out = ROOT / "docs" / "screenshots" / "preflight-fa.png"
        window.grab().save(str(out))
        print(f"wrote {out}", flush=True)
        window.close()
        context.tasks.wait_all(10_000)
    finally:
        library.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
