"""The thread contract of gui.tasks: tasks run on the pool or on the one writer thread, results and
errors come back on the GUI thread, and the window's library writes (autosave, File > Import)
all happen on that one writer, in the order they were handed over."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import Cancelled, TaskHandle, TaskRunner


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def runner(qapp: Any) -> Any:
    tasks = TaskRunner()
    yield tasks
    tasks.wait_all()


def _writer_thread(tasks: TaskRunner) -> int:
    return tasks.writer.call(threading.get_ident)


def test_results_errors_and_progress_come_back_on_the_gui_thread(runner: TaskRunner, qtbot: Any) -> None:
    gui = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(handle: TaskHandle) -> int:
        seen["worker"] = threading.get_ident()
        handle.progress(1, 2, "half")
        return 42

    def fail(_handle: TaskHandle) -> None:
        raise ValueError("bad input")

    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        runner.run(work, on_success=lambda r: seen.update(result=(r, threading.get_ident())),
                   on_progress=lambda d, t, s: seen.update(progress=(d, t, s, threading.get_ident())))
    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        runner.run(fail, on_failure=lambda e, tb: seen.update(error=(str(e), "ValueError" in tb,
                                                                     threading.get_ident())))
    assert seen["worker"] not in (gui, _writer_thread(runner))  # a pool thread
    assert seen["result"] == (42, gui)
    assert seen["progress"] == (1, 2, "half", gui)
    assert seen["error"] == ("bad input", True, gui)
    assert runner.active == []


def test_writing_tasks_and_units_all_run_on_the_one_writer_in_order(runner: TaskRunner, qtbot: Any) -> None:
    writer = _writer_thread(runner)
    order: list[tuple[str, int]] = []
    gate = threading.Event()
    # A unit that waits holds the writer: everything handed over after it queues behind it.
    runner.writer.submit(lambda: (gate.wait(5), order.append(("first", threading.get_ident()))))

    def pool_task(handle: TaskHandle) -> str:
        pool = threading.get_ident()
        gate.set()
        inner = handle.write(lambda: order.append(("unit", threading.get_ident())) or threading.get_ident())
        return "pool" if pool != inner else "same"

    done: list[str] = []
    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        runner.run(pool_task, on_success=done.append)
    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        runner.run(lambda h: order.append(("task", threading.get_ident())), writes=True)
    assert done == ["pool"]
    assert order == [("first", writer), ("unit", writer), ("task", writer)]
    # A unit that hands over another from the writer runs it at once instead of deadlocking.
    assert runner.writer.call(lambda: runner.writer.call(lambda: "nested"), timeout=5) == "nested"


def test_a_cancelled_task_stops_between_units(runner: TaskRunner, qtbot: Any) -> None:
    started = threading.Event()
    release = threading.Event()
    stored: list[int] = []

    def work(handle: TaskHandle) -> None:
        for n in range(100):
            handle.check_cancelled()
            handle.write(lambda n=n: stored.append(n))
            started.set()
            release.wait(5)

    failures: list[BaseException] = []
    handle = runner.run(work, cancellable=True, on_failure=lambda e, _tb: failures.append(e))
    assert started.wait(5)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert isinstance(failures[0], Cancelled)
    assert stored == [0]


def test_autosave_and_file_import_write_on_the_runners_writer(qtbot: Any, library: Any, settings: Any,
                                                              tmp_path: Path, monkeypatch: Any) -> None:
    from nejat_desk.gui.articles.autosave import Autosaver
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.importing import ImportController
    from nejat_desk.services import markdown_import
    from nejat_desk.services.articles import ArticleService

    tasks = TaskRunner()
    context = AppContext(library, settings, tasks)
    writer = _writer_thread(tasks)
    threads: list[tuple[str, int]] = []
    store = markdown_import._store

    def recorded_store(*args: Any) -> Any:
        threads.append(("import", threading.get_ident()))
        return store(*args)

    monkeypatch.setattr(markdown_import, "_store", recorded_store)
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: Market reopens\nedition: en\n---\nThe market reopened.\n", encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(context, parent)
    reports: list[list[str]] = []
    controller._done = reports.append  # the report box is not the subject here
    controller.import_paths([note])
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)

    service = ArticleService(library)
    article_id = service.find_by_slug("en", "market-reopens")
    assert article_id is not None

    class Recording(ArticleService):
        def save_text(self, *args: Any, **kwargs: Any) -> int:
            threads.append(("autosave", threading.get_ident()))
            return super().save_text(*args, **kwargs)

    recording = Recording(library)
    saver = Autosaver(lambda: recording, tasks.writer)
    saver.set_article(article_id, lambda: {"body_md": "Typed in the editor."})
    with qtbot.waitSignal(saver.saved, timeout=5000):
        saver.text_changed()
    saver.shutdown()
    tasks.wait_all()
    assert threads == [("import", writer), ("autosave", writer)]
    assert service.get(article_id).body_md == "Typed in the editor."


def test_a_flush_behind_a_long_unit_returns_and_the_save_lands_after_it(qtbot: Any, library: Any) -> None:
    from nejat_desk.gui.articles.autosave import Autosaver
    from nejat_desk.services.articles import ArticleService

    tasks = TaskRunner()
    service = ArticleService(library)
    article_id = service.create("en", "Long import", "Before.")
    saver = Autosaver(lambda: service, tasks.writer)
    saver.set_article(article_id, lambda: {"body_md": "Typed during a long import."})
    release = threading.Event()
    tasks.writer.submit(lambda: release.wait(10))  # a long unit ahead (a big WXR import)
    saver.text_changed()
    saver.flush(timeout=0.2)  # returns: the window is not held, nor is an error raised
    assert service.get(article_id).body_md == "Before."
    release.set()
    tasks.wait_all()
    assert service.get(article_id).body_md == "Typed during a long import."
