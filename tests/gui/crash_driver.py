"""Crash-test driver: runs the real main window (offscreen), opens an article in the Articles
workspace and types into the source editor with real key events, one character every
INTERVAL_MS, printing `typed <count> <monotonic seconds>` after each one. The test kills this
process with SIGKILL at a random moment and checks what reached the library.

    python -m tests.gui.crash_driver LIBRARY_DIR ARTICLE_ID [--interval-ms 40]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

# A fixed text with Latin, Farsi (with ZWNJ) and spaces; the test regenerates it by position.
PATTERN = "The quick brown fox می\u200cرود and jumps over 12 lazy dogs. "


def expected_text(count: int) -> str:
    return (PATTERN * (count // len(PATTERN) + 1))[:count]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("library")
    parser.add_argument("article_id", type=int)
    parser.add_argument("--interval-ms", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from nejat_desk.app import build_window, create_application
    from nejat_desk.gui.settings import Settings
    from nejat_desk.storage.library import Library

    app = create_application([])
    library = Library.open(Path(args.library))
    settings = Settings(QSettings(str(Path(args.library) / "driver-settings.ini"), QSettings.Format.IniFormat))
    window, _context = build_window(library, settings)
    window.open_record("articles", args.article_id)
    window.show()
    workspace = window.workspace("articles")
    editor = workspace.editor.source
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    state = {"count": 0}

    def type_one() -> None:
        ch = PATTERN[state["count"] % len(PATTERN)]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
            QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
        state["count"] += 1
        sys.stdout.write(f"typed {state['count']} {time.monotonic():.4f}\n")
        sys.stdout.flush()

    timer = QTimer()
    timer.setInterval(args.interval_ms)
    timer.timeout.connect(type_one)
    QTimer.singleShot(0, lambda: (print(f"ready {time.monotonic():.4f}", flush=True), timer.start()))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
