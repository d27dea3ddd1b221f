"""One crash run: start the driver, let it type, SIGKILL it at a chosen moment, reopen the
library and compare. Used by tests/gui/test_crash_recovery.py and benchmarks/bench_crash.py."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.gui.crash_driver import expected_text

ROOT = Path(__file__).resolve().parents[2]
START_TEXT = "Start."


@dataclass
class CrashResult:
    typed: int  # characters typed before the kill
    required: int  # characters typed until 2 s before the kill
    saved: int  # characters found in the library afterwards
    prefix_ok: bool  # the saved text is exactly the start of what was typed
    integrity_problems: list[str]
    lost_seconds: float  # how long before the kill the last saved character was typed

    @property
    def ok(self) -> bool:
        return self.prefix_ok and self.saved >= self.required and not self.integrity_problems


def prepare_library(path: Path) -> int:
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.storage.library import Library

    library = Library.open(path, create=True)
    try:
        return ArticleService(library).create("en", "Crash test", START_TEXT)
    finally:
        library.close()


def run_once(library_dir: Path, article_id: int, typing_seconds: float, interval_ms: int = 40,
             startup_timeout: float = 60.0) -> CrashResult:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "tests.gui.crash_driver", str(library_dir), str(article_id),
                             "--interval-ms", str(interval_ms)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, bufsize=1)
    typed_at: list[float] = []
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    ready_at = None
    deadline = time.monotonic() + startup_timeout
    try:
        while True:
            now = time.monotonic()
            if ready_at is not None and now >= ready_at + typing_seconds:
                break
            if now > deadline and ready_at is None:
                raise RuntimeError("the crash driver did not start")
            if not selector.select(timeout=0.05):
                if proc.poll() is not None:
                    raise RuntimeError(f"the crash driver exited with {proc.returncode}")
                continue
            line = proc.stdout.readline()
            if line.startswith("ready"):
                ready_at = time.monotonic()
            elif line.startswith("typed"):
                typed_at.append(float(line.split()[2]))
        killed_at = time.monotonic()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        for line in proc.stdout.read().splitlines():  # lines written before the kill
            if line.startswith("typed"):
                typed_at.append(float(line.split()[2]))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        selector.close()
        proc.stdout.close()

    from nejat_desk.services.articles import ArticleService
    from nejat_desk.storage.library import Library

    library = Library.open(library_dir)
    try:
        body = ArticleService(library).get(article_id).body_md
        problems = library.integrity_problems()
    finally:
        library.close()
    typed_text = body[len(START_TEXT):] if body.startswith(START_TEXT) else None
    saved = len(typed_text) if typed_text is not None else 0
    prefix_ok = typed_text is not None and typed_text == expected_text(saved) and saved <= len(typed_at)
    required = sum(1 for t in typed_at if t <= killed_at - 2.0)
    lost = killed_at - typed_at[saved - 1] if saved and saved <= len(typed_at) else killed_at - (ready_at or 0)
    return CrashResult(len(typed_at), required, saved, prefix_ok, problems, lost)
