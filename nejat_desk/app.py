"""Composition root of the window: builds the application, opens the library, the context
and the main window. Nothing runs at import.

Start-up does only what the first paint needs: the library is opened with plain sqlite3,
and SQLAlchemy's ORM, qtawesome and the background checks load after the window shows.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.main_window import MainWindow
    from nejat_desk.storage.library import Library

log = logging.getLogger(__name__)

FIRST_PAINT_ENV = "NEJAT_DESK_EXIT_AFTER_FIRST_PAINT"


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nejat-desk", add_help=False)
    parser.add_argument("--library", default=None)
    parser.add_argument("--break-lock", action="store_true")
    parser.add_argument("--read-only", action="store_true")
    parser.add_argument("--open-article", type=int, default=None)
    args, _unknown = parser.parse_known_args(list(argv))
    return args


def create_application(argv: Sequence[str]) -> QApplication:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from nejat_desk.gui.process_tuning import limit_malloc_arenas, stop_pyside_source_cache

    stop_pyside_source_cache()
    limit_malloc_arenas()
    from nejat_desk.gui.settings import APPLICATION, ORGANIZATION
    from nejat_desk.version import __version__

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QGuiApplication.setDesktopFileName("org.nejat.NejatDesk")
    from importlib import resources

    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resources.files("nejat_desk.resources") / "icons" / "nejat-desk.png")))
    app.setApplicationDisplayName("Nejat Desk")
    return app  # type: ignore[return-value]


def install_exception_dialog(library: Library | None = None) -> None:
    """An uncaught exception in the window shows where the log is instead of vanishing; a damaged
    or read-only library (once `library` is open) is named as such, with the way out."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nejat_desk.logging_setup import log_file_path

    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        failure = library.explain(exc) if library is not None and isinstance(exc, Exception) else None
        if failure is not None and QApplication.instance() is not None:
            logging.getLogger("nejat_desk").warning("library failure: %s", type(failure).__name__)
            show_library_failure(None, failure)
            return
        logging.getLogger("nejat_desk").error("uncaught exception:\n%s",
                                               "".join(traceback.format_exception(exc_type, exc, tb)))
        if QApplication.instance() is None or issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QApplication.translate("App", "Unexpected error"),
                          QApplication.translate("App", "Something went wrong: %1\n\nYour work is saved in the "
                                                 "library. Details are in the log:\n%2")
                          .replace("%1", str(exc) or exc_type.__name__).replace("%2", str(log_file_path())))
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.exec()

    sys.excepthook = hook


def report_missing_system_library(error: ImportError) -> int:
    """Say in a sentence which package to install, where the person will see it: the terminal,
    and a desktop's own dialog tool when there is one (Qt itself cannot show anything)."""
    from nejat_desk.core.system_libraries import missing_library, what_to_install

    library = missing_library(error)
    if library is None:
        raise error
    message = what_to_install(library)
    log.error("Qt cannot load %s: %s", library, error)
    print(message, file=sys.stderr)
    show_without_qt(message)
    return 1


def show_without_qt(message: str) -> None:
    """Show `message` with the first dialog tool of the desktop found (none on a bare system)."""
    import shutil
    import subprocess

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return
    env = dict(os.environ)
    if getattr(sys, "frozen", False):  # the bundle's libraries must not reach the desktop's tools
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        env.pop("LD_LIBRARY_PATH", None)
        if original:
            env["LD_LIBRARY_PATH"] = original
    tools = (("zenity", ["--error", "--title", "Nejat Desk", "--text", message]),  # i18n: ok
             ("kdialog", ["--title", "Nejat Desk", "--error", message]),  # i18n: ok
             ("xmessage", ["-center", message]))
    for tool, arguments in tools:
        path = shutil.which(tool)
        if path:
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run([path, *arguments], env=env, check=False, timeout=600)
            return


def show_library_failure(parent: QWidget | None, failure: Exception) -> None:
    """A damaged or read-only library, said in the library's own words (the command line's too)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nejat_desk.core.errors import LibraryReadOnlyError

    title = (QApplication.translate("App", "Library is read-only") if isinstance(failure, LibraryReadOnlyError)
             else QApplication.translate("App", "Library damaged"))
    QMessageBox.warning(parent, title, str(failure))


def show_read_only_bar(window: MainWindow, library: Library) -> None:
    """A read-only library says so for as long as it is open, at the bottom of the window."""
    from PySide6.QtWidgets import QLabel

    bar = QLabel(library.read_only_notice(), window)
    bar.setObjectName("read_only_bar")
    bar.setWordWrap(True)
    window.statusBar().addPermanentWidget(bar, 1)


def is_first_run(root: Path) -> bool:
    """No library in `root` yet: the window opens on a new one and the examples follow it."""
    return not (root / "library.sqlite3").exists()


def open_library_interactively(root: Path, break_lock: bool, read_only: bool = False) -> Library | None:
    """Open (creating it on the first run) and explain any problem in a dialog.

    The example content is not loaded here: the window paints first (load_examples_after_paint)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nejat_desk.core.errors import LibraryDamagedError, LibraryError, LibraryLockedError
    from nejat_desk.storage.library import Library

    try:
        library = Library.open(root, create=True, break_lock=break_lock, read_only=read_only)
    except LibraryLockedError as exc:
        if exc.same_host:
            QMessageBox.information(None, QApplication.translate("App", "Library in use"), str(exc))
            return None
        answer = QMessageBox.question(
            None, QApplication.translate("App", "Library in use elsewhere"),
            str(exc) + "\n\n" + QApplication.translate(
                "App", "Break the lock and open it here? Only do this if the other computer has closed it."))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return open_library_interactively(root, True, read_only)
    except LibraryDamagedError as exc:
        backup = getattr(exc, "latest_good_backup", None)
        if backup is None:
            QMessageBox.critical(None, QApplication.translate("App", "Library damaged"), str(exc))
            return None
        answer = QMessageBox.question(None, QApplication.translate("App", "Library damaged"),
                                      str(exc) + "\n\n" + QApplication.translate(
                                          "App", "Restore the latest good backup now?"))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return restore_damaged(root, Path(backup))
    except LibraryError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Cannot open the library"), str(exc))
        return None
    return library


def restore_damaged(root: Path, backup: Path) -> Library | None:
    """Restore a backup over a damaged database without opening the damaged file."""
    from nejat_desk.storage.layout import LibraryLayout
    from nejat_desk.storage.library import Library
    from nejat_desk.storage.lock import LibraryLock

    layout = LibraryLayout(root)
    lock = LibraryLock(layout.lock_path)
    lock.acquire()
    shell = Library(layout, lock)
    try:
        shell.restore(backup)
    finally:
        lock.release()
    return Library.open(root)


def load_examples_after_paint(context: AppContext, then: Callable[[], None]) -> None:
    """A new library's examples arrive in the background after the window shows; `then` runs after."""
    from PySide6.QtCore import QCoreApplication

    examples = context.desk.examples

    def arrived(report: object) -> None:
        for signal in (context.articles_changed, context.media_changed, context.galleries_changed):
            signal.emit([])
        context.schedule_changed.emit()
        problems = list(getattr(report, "problems", []))
        if problems:  # shipped files: a problem is a packaging bug, counted here, told by `init`
            log.warning("example content: %d problem(s)", len(problems))
        context.notify(QCoreApplication.translate("App", "Example articles, pictures and a PDF issue are in the "
                                                  "library: try them, then delete what you do not need."), 8000)
        then()

    context.tasks.run(lambda _h: examples.load(), writes=True,
                      label=QCoreApplication.translate("App", "Adding the example content…"),
                      on_success=arrived, on_failure=lambda _exc, _tb: then())


def start_background_checks(context: AppContext, window: MainWindow, *, first_run: bool = False) -> None:
    """After the first paint: icons, the full integrity check and the periodic backup.

    On the first run the examples load first and nothing is reported as missed: a new library
    has missed nothing, and the first start shows no dialog."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QMessageBox

    window.load_icons()
    library = context.library
    # After a crash the article that was open comes back where the writer was (gui.articles.resume).
    unsaved = None if first_run else context.desk.recovery.read()
    if unsaved is not None:
        window.show_workspace("articles").resume(unsaved)  # type: ignore[attr-defined]
    # What start-up allocated lives for the whole session: keep it out of the collector's
    # full passes, which otherwise stall the event loop for 100+ ms during large imports.
    import gc

    gc.freeze()

    def report(result: object) -> None:
        problems = list(getattr(result, "problems", []))
        if problems:
            QMessageBox.warning(window, QCoreApplication.translate("App", "Library check"), QCoreApplication.translate(
                "App", "The library's integrity check found problems:\n%1\n\nUse File > Restore from Backup to go back "
                "to a good copy.").replace("%1", "\n".join(problems[:10])))
        else:
            context.notify(QCoreApplication.translate("App", "Library checked: no problems found."), 4000)

    from nejat_desk.services.library_check import check_library

    def check() -> None:  # the full check (database, search index, a sample of media files)
        context.tasks.run(lambda handle: check_library(library, cancelled=handle.cancelled), on_success=report)

    if first_run:
        load_examples_after_paint(context, then=check)
    else:
        check()

    # The outbox sends queued work when a site is reachable again, and edits to published
    # articles queue their update, whether or not the Sites workspace has been opened.
    context.sync.start()

    # Due and missed items are surfaced whether or not the Schedule workspace is open.
    from nejat_desk.gui.schedule.due import ensure_due_watcher, missed_items_box

    watcher = ensure_due_watcher(context)

    def show_missed(notices: list) -> None:  # type: ignore[type-arg]
        if not notices:
            return
        if missed_items_box(window, notices).exec() == QMessageBox.StandardButton.Open:
            window.show_workspace("schedule")

    if not first_run:
        watcher.missed_found.connect(show_missed)
    if library.read_only is not None:
        return  # no backups of a library that cannot change (nor room to write them)
    backup_timer = QTimer(window)
    backup_timer.setInterval(15 * 60 * 1000)  # hourly copies are taken when due; checking is cheap

    def periodic() -> None:
        context.tasks.run(lambda _h: library.periodic_backup())

    backup_timer.timeout.connect(periodic)
    backup_timer.start()
    periodic()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_gui_args(sys.argv[1:] if argv is None else argv)
    from nejat_desk.logging_setup import setup_logging

    setup_logging()
    try:
        app = create_application([])
    except ImportError as exc:  # Qt could not load a library of the system (libGL.so.1, ...)
        return report_missing_system_library(exc)
    install_exception_dialog()

    from nejat_desk.gui import settings as opt
    from nejat_desk.gui.palette import apply_theme
    from nejat_desk.gui.settings import Settings
    from nejat_desk.storage.layout import resolve_library_dir

    settings = Settings()
    apply_theme(app, settings.get(opt.THEME))
    from nejat_desk.gui.i18n import install_translators

    install_translators(app, settings)
    from PySide6.QtCore import QCoreApplication

    # Qt adds the display name to window titles: in the interface language, now that it is known.
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Nejat Desk"))

    root = resolve_library_dir(args.library)
    first_run = is_first_run(root)
    library = open_library_interactively(root, args.break_lock, args.read_only)
    if library is None:
        return 3
    install_exception_dialog(library)
    try:
        window, context = build_window(library, settings)
        if library.cloud_sync_warning:
            from PySide6.QtCore import QCoreApplication, QTimer
            from PySide6.QtWidgets import QMessageBox

            QTimer.singleShot(0, lambda: QMessageBox.warning(window, QCoreApplication.translate(
                                                                 "App", "Library in a synced folder"),
                                                             library.cloud_sync_warning or ""))
        if os.environ.get(FIRST_PAINT_ENV):
            from nejat_desk.gui.main_window import FirstPaintReporter

            FirstPaintReporter(window)
        else:
            window.first_painted.connect(lambda: start_background_checks(context, window, first_run=first_run))
        if args.open_article is not None:
            window.open_record("articles", args.open_article)
        window.show()
        code = app.exec()
        context.tasks.wait_all(10_000)
        return code
    finally:
        library.close()


def build_window(library: Library, settings: object) -> tuple[MainWindow, AppContext]:
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.main_window import MainWindow
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.services.desk import Desk

    tasks = TaskRunner()
    context = AppContext(library, settings, tasks, desk=Desk(library))  # type: ignore[arg-type]
    tasks.setParent(context)
    window = MainWindow(context)
    if library.read_only is not None:
        show_read_only_bar(window, library)
    return window, context
