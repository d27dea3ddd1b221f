#!/usr/bin/env python3
"""The README's screenshots: the real main window at 1366 x 768, offscreen, on a fresh example library.

For every interface language (en, fa, ar; sq on request) and palette (light, dark) it writes
docs/screenshots/readme-<workspace>-<lang>-<light|dark>.png for the Articles workspace (an article
of the interface's edition open with its preview), Media (a captioned picture in the detail
panel), Schedule (the month), Sites (a profile and its outbox) and the Preferences dialog.

Deterministic where the window allows: the example content is dated from a fixed day, the
schedule shows that day's month, the user's zone is fixed; nothing reaches the network.

Usage: .venv/bin/python scripts/make-readme-screenshots.py [--lang en fa ar sq] [--theme light dark]
                                                            [--out DIR]
Each language and palette runs in its own process (widgets keep the texts and colours they were
built with).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from datetime import time as dt_time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)
EXAMPLE_DAY = date(2026, 12, 7)  # the examples' "today": their dates are moved to it
USER_ZONE = "Asia/Dubai"
LANGUAGES = ("en", "fa", "ar")  # the default set; Albanian on request (the README's Languages table)
THEMES = ("light", "dark")


def settle(app, seconds: float, until=None) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop (deferred deletions too, which processEvents leaves) until `until()`
    holds or `seconds` have passed."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.monotonic() + seconds

    def check() -> None:
        if time.monotonic() >= deadline or (until is not None and until()):
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    loop.exec()
    timer.stop()
    app.processEvents()


def prepare_library(folder: Path):  # type: ignore[no-untyped-def]
    """A new library with the example content, a site profile (no password) and two queued jobs."""
    from nejat_desk.services.desk import Desk
    from nejat_desk.services.example_content import load_example_content
    from nejat_desk.storage.library import Library

    library = Library.open(folder / "library", create=True)
    load_example_content(library, today=EXAMPLE_DAY)
    desk = Desk(library)
    site_id = desk.sites.add("Nejat News", "https://news.example.org", "editor", ["en", "fa", "ar", "sq"])
    return library, desk, site_id


def first_article(library, edition: str) -> int:  # type: ignore[no-untyped-def]
    """The example article of `edition` with a featured picture and the longest body (a full preview)."""
    from sqlalchemy import func, select

    from nejat_desk.storage.models import Article

    with library.session() as session:
        row = session.execute(select(Article.id).where(Article.edition_code == edition)
                              .order_by(Article.featured_media_id.is_(None), func.length(Article.body_md).desc(),
                                        Article.id)).first()
    if row is None:
        raise SystemExit(f"no example article in {edition}")
    return int(row[0])


def captioned_picture(library) -> int:  # type: ignore[no-untyped-def]
    """A picture of the examples with the most captions (the detail panel shows them)."""
    from sqlalchemy import func, select

    from nejat_desk.storage.models import MediaItem, MediaText

    with library.session() as session:
        row = session.execute(select(MediaItem.id).join(MediaText, MediaText.media_id == MediaItem.id)
                              .where(MediaItem.kind == "image").group_by(MediaItem.id)
                              .order_by(func.count(MediaText.edition_code).desc(), MediaItem.id)).first()
    if row is None:
        raise SystemExit("no example picture")
    return int(row[0])


def queue_jobs(library, site_id: int, article_ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Queued to publish, due at a fixed time (the outbox shows it) rather than the run's."""
    from sqlalchemy import update

    from nejat_desk.services.wordpress.outbox import queue_push
    from nejat_desk.storage.models import OutboxJob

    due = datetime.combine(EXAMPLE_DAY, dt_time(6, 0), tzinfo=UTC)
    with library.session() as session:
        for article_id in article_ids:
            queue_push(session, site_id, "article", article_id, status="publish")
        session.execute(update(OutboxJob).values(next_attempt_at=due))


def save_over_window(window, dialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The dialog drawn centred over the window, as a person sees it (offscreen has no compositor)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPen

    picture = window.grab()
    face = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    corner = QPoint((picture.width() - face.width()) // 2, (picture.height() - face.height()) // 2)
    painter.drawPixmap(corner, face)
    painter.setPen(QPen(QColor(0, 0, 0, 120), 1))
    painter.drawRect(corner.x() - 1, corner.y() - 1, face.width() + 1, face.height() + 1)
    painter.end()
    if not picture.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}", flush=True)


def shoot(language: str, theme: str, out: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings

    from nejat_desk.app import build_window, create_application
    from nejat_desk.gui import settings as opt
    from nejat_desk.gui.i18n import install_translators
    from nejat_desk.gui.palette import apply_theme
    from nejat_desk.gui.preferences import PreferencesDialog
    from nejat_desk.gui.settings import Settings

    # a fixed folder: the status bar shows the library's path
    scratch = Path(tempfile.gettempdir()) / "nejat-readme" / f"{language}-{theme}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    app = create_application([])
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(opt.UI_LANGUAGE, language)
    settings.set(opt.THEME, theme)
    settings.set(opt.USER_TIME_ZONE, USER_ZONE)
    apply_theme(app, theme)
    install_translators(app, settings)
    library, _desk, site_id = prepare_library(scratch)
    article_id = first_article(library, language)
    queue_jobs(library, site_id, [article_id, first_article(library, "sq")])
    out.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        path = out / f"readme-{name}-{language}-{theme}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path}", flush=True)

    window, context = build_window(library, settings)
    try:
        window.resize(*SIZE)
        window.show()
        settle(app, 1.0)
        window.load_icons()
        articles = window.show_workspace("articles")
        articles.open_record(article_id)
        articles.list_panel.model.wait_until_complete()
        articles.list_panel.select_article(article_id)
        settle(app, 6.0, until=lambda: articles.editor.preview.shown_generation > 0)
        settle(app, 0.5)
        save(window, "articles")
        media = window.show_workspace("media")
        media.select_media(captioned_picture(library))
        media.detail.select_edition(language)
        settle(app, 3.0)
        save(window, "media")
        schedule = window.show_workspace("schedule")
        schedule.set_view("month")
        schedule.go_to(EXAMPLE_DAY)
        settle(app, 1.5)
        save(window, "schedule")
        sites = window.show_workspace("sites")
        sites.select_site(site_id)
        settle(app, 1.5)
        save(window, "sites")
        window.show_workspace("articles")
        dialog = PreferencesDialog(settings, window)
        dialog.show()
        settle(app, 0.5)
        save_over_window(window, dialog, out / f"readme-preferences-{language}-{theme}.png")
        dialog.close()
        window.close()
        context.tasks.wait_all(10_000)
    finally:
        library.close()


def main() -> int:
    parser = argparse.ArgumentParser(description="The README's screenshots at 1366 x 768.")
    parser.add_argument("--lang", nargs="+", choices=(*LANGUAGES, "sq"), default=list(LANGUAGES))
    parser.add_argument("--theme", nargs="+", choices=THEMES, default=list(THEMES))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--one", nargs=2, metavar=("LANG", "THEME"), help=argparse.SUPPRESS)  # the child
    args = parser.parse_args()
    if args.one:
        shoot(args.one[0], args.one[1], args.out)
        return 0
    status = 0
    for language in args.lang:
        for theme in args.theme:
            cmd = [sys.executable, __file__, "--one", language, theme, "--out", str(args.out)]
            status |= subprocess.run(cmd, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
