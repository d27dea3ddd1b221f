#!/usr/bin/env python3
"""Screenshots of the main window's workspaces in an interface language, for the README.

Builds a fresh library with the example content in a temporary folder, starts the window
offscreen with the interface language set (and so mirrored for Farsi and Arabic), shows
each workspace in turn and saves docs/screenshots/<workspace>-<language>.png.

Usage: .venv/bin/python scripts/make-screenshots.py [LANG ...]   (default: fa sq)
       --out DIR        where to write (default docs/screenshots)
       --dialogs        also the Preferences dialog and the File menu, as <what>-<language>.png
Each language runs in its own process (widgets keep the texts they were built with).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shoot(language: str, out: Path, dialogs: bool) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer

    from nejat_desk.app import build_window, create_application
    from nejat_desk.gui import settings as opt
    from nejat_desk.gui.i18n import install_translators
    from nejat_desk.gui.settings import Settings
    from nejat_desk.gui.workspaces import WORKSPACES
    from nejat_desk.services.example_content import load_example_content
    from nejat_desk.storage.library import Library

    scratch = Path(tempfile.mkdtemp(prefix=f"nejat-shots-{language}-"))
    app = create_application([])
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(opt.UI_LANGUAGE, language)
    settings.set(opt.THEME, "light")
    install_translators(app, settings)
    library = Library.open(scratch / "library", create=True)
    load_example_content(library)

    def settle(msecs: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(msecs, loop.quit)
        loop.exec()

    try:
        window, context = build_window(library, settings)
        window.resize(1360, 820)
        window.show()
        settle(800)
        window.load_icons()
        out.mkdir(parents=True, exist_ok=True)
        for entry in WORKSPACES:
            window.show_workspace(entry.workspace_id)
            settle(1200)
            path = out / f"i18n-{entry.workspace_id}-{language}.png"
            window.grab().save(str(path))
            print(f"wrote {path}", flush=True)
        if dialogs:
            from nejat_desk.gui.preferences import PreferencesDialog

            dialog = PreferencesDialog(settings, window)
            dialog.show()
            settle(300)
            print("prefs saved", dialog.grab().save(str(out / f"i18n-preferences-{language}.png")), flush=True)
            dialog.close()
            window.file_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
            settle(300)
            window.file_menu.grab().save(str(out / f"i18n-file-menu-{language}.png"))
            window.file_menu.close()
        window.close()
        context.tasks.wait_all(10_000)
    finally:
        library.close()
    QCoreApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the workspaces in an interface language.")
    parser.add_argument("languages", nargs="*", default=["fa", "sq"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dialogs", action="store_true")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.one:
        shoot(args.languages[0], args.out, args.dialogs)
        return 0
    status = 0
    for language in args.languages:
        cmd = [sys.executable, __file__, "--one", language, "--out", str(args.out)]
        if args.dialogs:
            cmd.append("--dialogs")
        status |= subprocess.run(cmd, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
