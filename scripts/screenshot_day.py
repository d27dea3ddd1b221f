#!/usr/bin/env python3
"""Screenshots for issue 13 (a day at the desk) at laptop sizes, in an interface language.

Writes docs/screenshots/day-<what>-<language>-<width>x<height>.png: the Articles workspace with an
article open, Help > Keyboard Shortcuts, an empty search, and the empty Media and Sites
workspaces of a new library. The window gets the client area a laptop screen leaves
(1366 x 768 or 1280 x 800 minus a panel and a title bar).

Usage: .venv/bin/python scripts/screenshot_day.py [LANG ...]   (default: en fa); each language in
its own process (widgets keep the texts they were built with).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREENS = ((1366, 768), (1280, 800))
CHROME = 60  # a desktop panel and a window title bar


def shoot(language: str, out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from nejat_desk.app import build_window, create_application
    from nejat_desk.gui import settings as opt
    from nejat_desk.gui.articles.list_model import ARTICLE_ID_ROLE
    from nejat_desk.gui.i18n import install_translators
    from nejat_desk.gui.settings import Settings
    from nejat_desk.services.example_content import load_example_content
    from nejat_desk.storage.library import Library

    scratch = Path(tempfile.mkdtemp(prefix=f"nejat-day-{language}-"))
    app = create_application([])
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(opt.UI_LANGUAGE, language)
    settings.set(opt.THEME, "light")
    install_translators(app, settings)

    def settle(msecs: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(msecs, loop.quit)
        loop.exec()

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        path = out / f"day-{name}-{language}.png"
        widget.grab().save(str(path))
        print(f"wrote {path}", flush=True)

    out.mkdir(parents=True, exist_ok=True)
    empty = Library.open(scratch / "empty", create=True)
    try:
        window, context = build_window(empty, settings)
        window.resize(SCREENS[0][0], SCREENS[0][1] - CHROME)
        window.show()
        settle(800)
        window.load_icons()
        for workspace in ("media", "sites"):
            window.show_workspace(workspace)
            settle(600)
            save(window, f"empty-{workspace}")
        window.close()
        context.tasks.wait_all(10_000)
    finally:
        empty.close()
    library = Library.open(scratch / "library", create=True)
    load_example_content(library)
    try:
        window, context = build_window(library, settings)
        window.show()
        settle(800)
        window.load_icons()
        articles = window.show_workspace("articles")
        for width, height in SCREENS:
            window.resize(width, height - CHROME)
            settle(600)
            model = articles.list_panel.model
            wanted = "باغ ارم" if language in ("fa", "ar") else "Tabriz book fair"
            row = next((r for r in range(model.rowCount()) if wanted in str(model.data(model.index(r, 0)))), 0)
            window.open_record("articles", model.data(model.index(row, 0), ARTICLE_ID_ROLE))
            settle(900)
            save(window, f"articles-{width}x{height}")
        window.resize(SCREENS[0][0], SCREENS[0][1] - CHROME)
        articles.list_panel.search_edit.setText("Tabr")
        settle(900)
        save(window, "search-as-you-type")
        articles.list_panel.search_edit.setText("nothing-like-this")
        settle(900)
        save(window, "empty-search")
        from nejat_desk.gui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(window)
        dialog.show()
        settle(400)
        save(dialog, "keyboard-shortcuts")
        dialog.close()
        window.close()
        context.tasks.wait_all(10_000)
    finally:
        library.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", default=["en", "fa"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.one:
        shoot(args.languages[0], args.out)
        return 0
    status = 0
    for language in args.languages:
        cmd = [sys.executable, __file__, "--one", language, "--out", str(args.out)]
        status |= subprocess.run(cmd, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
