"""Start-up benchmarks on the synthetic library (50,000 articles, 10,000 media), under Xvfb.

- cold start of Nejat Desk to its first painted main window (target ≤ 0.4 s): a new process each
  run, the operating system's file cache warm (one unmeasured run first); the app prints the time
  of its first paint when NEJAT_DESK_EXIT_AFTER_FIRST_PAINT=1 and quits;
- the same for ghostwriter (Debian's Qt Markdown editor) opening a Markdown file, timed by its
  window being mapped, and the ratio between the two (target ≤ 1.0, issue 17);
- a bare PySide6 window, mapped, and the ratio of Nejat Desk's first paint to it (target ≤ 2.0);
- the first start on an empty folder (a new library is created, the examples follow the first
  paint) to first paint, and its ratio to the cold start above (target ≤ 1.5);
- peak memory of a window session on the synthetic library after opening an article and the
  media grid (benchmarks/memory_session.py; target ≤ 150 MB);
- opening an up-to-date library in a new process, imports included (target ≤ 0.1 s);
- the time until the article list shows its first rows (target ≤ 0.8 s), reported by the app
  when NEJAT_DESK_REPORT_FIRST_ROWS=1 as seconds since its process started;
- the app process's peak resident memory over that run, until a few seconds after the first
  rows, background checks included (target ≤ 300 MB).

    .venv/bin/python -m benchmarks.run --only startup
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import ROOT, Context, Result, env_for_app, median, reset_library_side_effects
from benchmarks.xserver import MapWatcher, xvfb

COLD_START_TARGET_S = 0.4
RATIO_TARGET = 1.0  # first paint / ghostwriter's mapped window (issue 17)
BARE_RATIO_TARGET = 2.0  # first paint / a bare PySide6 window mapped (issue 17)
FIRST_START_RATIO_TARGET = 1.5  # first start on an empty folder / cold start (issue 17)
SESSION_PEAK_TARGET_MB = 150.0  # after opening an article and the media grid (issue 17)
OPEN_LIBRARY_TARGET_S = 0.1
PEAK_RSS_TARGET_MB = 300.0
FIRST_ROWS_TARGET_S = 0.8
TIMEOUT_S = 60.0

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
app.exec()
"""

OPEN_LIBRARY = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from nejat_desk.storage.library import Library
library = Library.open(Path(sys.argv[1]))
elapsed = time.perf_counter() - started
cpu = time.process_time()
library.close()
heavy = sorted(m for m in ("sqlalchemy.orm", "alembic", "PySide6") if m in sys.modules)
print(elapsed, cpu, ",".join(heavy))
"""


def _wait_rusage(proc: subprocess.Popen[bytes] | subprocess.Popen[str], timeout: float) -> tuple[float, float]:
    """Reap the process; its peak RSS in MB (Linux reports ru_maxrss in KB) and CPU seconds used."""
    deadline = time.monotonic() + timeout
    while True:
        pid, _status, usage = os.wait4(proc.pid, os.WNOHANG)
        if not pid and time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pid, _status, usage = os.wait4(proc.pid, 0)
        if pid:
            proc.returncode = 0
            return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        time.sleep(0.02)


def _read_line(proc: subprocess.Popen[str], prefix: str, timeout: float) -> str | None:
    import select

    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            line = proc.stdout.readline()
            if not line:
                return None
            if line.startswith(prefix):
                return line[len(prefix):].strip()
    return None


def _app_command(library: Path) -> list[str]:
    return [sys.executable, "-m", "nejat_desk", "--library", str(library)]


def _app_env(display: str, ctx: Context, **extra: str) -> dict[str, str]:
    return env_for_app({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", **extra},
                       config_home=ctx.out / "home-nejat")


def cold_start_nejat(display: str, library: Path, ctx: Context) -> tuple[float, float, float, float]:
    """(seconds to first paint, seconds to mapped, peak RSS MB, CPU seconds) for one new app process."""
    watcher = MapWatcher(display)
    try:
        watcher.drain()
        env = _app_env(display, ctx, NEJAT_DESK_EXIT_AFTER_FIRST_PAINT="1")
        started = time.time()
        proc = subprocess.Popen(_app_command(library), env=env, stdout=subprocess.PIPE, text=True,
                                start_new_session=True)
        mapped_at = watcher.wait_for_map(TIMEOUT_S)
        painted = _read_line(proc, "first-paint ", TIMEOUT_S)
        rss, cpu = _wait_rusage(proc, TIMEOUT_S)
    finally:
        watcher.close()
    if painted is None or mapped_at is None:
        raise RuntimeError("Nejat Desk did not report its first paint (is the library openable?)")
    return float(painted) - started, mapped_at - started, rss, cpu


def first_start_nejat(display: str, ctx: Context) -> float:
    """Seconds to the first paint of a first start: no library in the folder and no settings yet."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="first-start-", dir=ctx.out) as folder:
        watcher = MapWatcher(display)
        try:
            watcher.drain()
            env = env_for_app({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                               "NEJAT_DESK_EXIT_AFTER_FIRST_PAINT": "1"}, config_home=Path(folder) / "home")
            started = time.time()
            proc = subprocess.Popen(_app_command(Path(folder) / "library"), env=env, stdout=subprocess.PIPE,
                                    text=True, start_new_session=True)
            painted = _read_line(proc, "first-paint ", TIMEOUT_S)
            _wait_rusage(proc, TIMEOUT_S)
        finally:
            watcher.close()
    if painted is None:
        raise RuntimeError("Nejat Desk did not paint on an empty folder")
    return float(painted) - started


def session_peak_mb(display: str, library: Path, ctx: Context) -> tuple[float, str]:
    """(peak RSS MB, the session's stage lines) of benchmarks/memory_session.py under Xvfb."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="memory-", dir=ctx.out) as home:
        env = env_for_app({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}, config_home=Path(home))
        result = subprocess.run([sys.executable, "-m", "benchmarks.memory_session", str(library)], env=env,
                                cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_S * 3)
    reset_library_side_effects(library)
    peak = next((line.split()[1] for line in result.stdout.splitlines() if line.startswith("peak-rss ")), None)
    if result.returncode != 0 or peak is None:
        raise RuntimeError("memory session failed:\n" + result.stderr[-2000:])
    stages = "; ".join(f"{line.split()[1]} {line.split()[-1]}" for line in result.stdout.splitlines()
                       if line.startswith("stage ") and len(line.split()) >= 4)
    return float(peak), stages


def first_rows_nejat(display: str, library: Path, ctx: Context, settle_s: float = 3.0) -> tuple[float, float]:
    """(seconds from process start to the article list's first rows, peak RSS MB over the run)."""
    env = _app_env(display, ctx, NEJAT_DESK_REPORT_FIRST_ROWS="1")
    proc = subprocess.Popen(_app_command(library), env=env, stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        shown = _read_line(proc, "first-rows ", TIMEOUT_S)
        time.sleep(settle_s)  # let the background check and periodic backup start, for memory
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        rss, _cpu = _wait_rusage(proc, 20)
        reset_library_side_effects(library)
    if shown is None:
        raise RuntimeError("Nejat Desk did not report its first article rows")
    return float(shown), rss


def mapped_time(display: str, command: list[str], env: dict[str, str]) -> float:
    watcher = MapWatcher(display)
    try:
        watcher.drain()
        started = time.time()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        try:
            mapped_at = watcher.wait_for_map(TIMEOUT_S)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    finally:
        watcher.close()
    if mapped_at is None:
        raise RuntimeError(f"{command[0]} did not map a window within {TIMEOUT_S:.0f} s")
    return mapped_at - started


def open_library_time(library: Path) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the whole process so far, heavy modules loaded)."""
    result = subprocess.run([sys.executable, "-c", OPEN_LIBRARY, str(library)], capture_output=True, text=True,
                            timeout=TIMEOUT_S, env=env_for_app())
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    elapsed, cpu, heavy = (result.stdout.strip().split(" ") + [""])[:3]
    return float(elapsed), float(cpu), heavy


def _runs(count: int, measure):  # type: ignore[no-untyped-def]
    measure()  # warm the file cache; not counted
    return [measure() for _ in range(count)]


def run(ctx: Context) -> list[Result]:
    library = ctx.library()
    reset_library_side_effects(library)
    results: list[Result] = []

    samples = _runs(ctx.runs, lambda: open_library_time(library))
    heavy = {h for _t, _c, h in samples if h}
    results.append(Result("open an up-to-date library (new process, imports incl.)",
                          median([t for t, _c, _h in samples]), "s", OPEN_LIBRARY_TARGET_S,
                          note=f"loaded {', '.join(sorted(heavy))}" if heavy else "no ORM, Alembic or Qt loaded"))
    results.append(Result("  CPU time of that process, interpreter start incl.",
                          median([c for _t, c, _h in samples]), "s"))

    with xvfb() as display:
        starts = _runs(ctx.runs, lambda: cold_start_nejat(display, library, ctx))
        painted = median([p for p, _m, _r, _c in starts])
        mapped = median([m for _p, m, _r, _c in starts])
        results.append(Result("cold start to first paint, Nejat Desk", painted, "s", COLD_START_TARGET_S,
                              note=f"median of {ctx.runs}; runs "
                                   f"{', '.join(f'{p:.3f}' for p, _m, _r, _c in starts)}"))
        results.append(Result("cold start to window mapped, Nejat Desk", mapped, "s"))
        results.append(Result("  CPU time of the app process until it quit at first paint",
                              median([c for _p, _m, _r, c in starts]), "s"))

        bare_env = env_for_app({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
        bare = median(_runs(ctx.runs, lambda: mapped_time(display, [sys.executable, "-c", BARE_WINDOW], bare_env)))
        results.append(Result("bare PySide6 window mapped (reference)", bare, "s"))
        results.append(Result("ratio Nejat Desk first paint / bare PySide6 window", painted / bare, "x",
                              BARE_RATIO_TARGET))

        first = median(_runs(ctx.runs, lambda: first_start_nejat(display, ctx)))
        results.append(Result("first start on an empty folder to first paint", first, "s",
                              note="library created from the schema dump; examples load after the paint"))
        results.append(Result("ratio first start / cold start", first / painted, "x", FIRST_START_RATIO_TARGET))

        peer = shutil.which("ghostwriter")
        if peer is None:
            results.append(Result("ghostwriter cold start to window mapped", float("nan"), "s",
                                  note="ghostwriter is not installed: bash scripts/bootstrap.sh --bench"))
        else:
            document = ctx.scratch("ghostwriter") / "article.md"
            shutil.copy(ROOT / "resources" / "examples" / "en" / "tabriz-book-fair.md", document)
            peer_env = env_for_app({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
                                   config_home=ctx.out / "home-ghostwriter")
            if os.geteuid() == 0:
                peer_env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium refuses its sandbox as root
            ghost = median(_runs(ctx.runs, lambda: mapped_time(display, [peer, str(document)], peer_env)))
            results.append(Result("ghostwriter cold start to window mapped (peer)", ghost, "s"))
            results.append(Result("ratio Nejat Desk first paint / ghostwriter mapped", painted / ghost, "x",
                                  RATIO_TARGET))

        rows = _runs(max(3, ctx.runs // 2), lambda: first_rows_nejat(display, library, ctx))
        results.append(Result("article list shows its first rows (since process start)",
                              median([r for r, _m in rows]), "s", FIRST_ROWS_TARGET_S))
        session = [session_peak_mb(display, library, ctx) for _ in range(max(1, ctx.runs // 2))]
        results.append(Result("peak memory: first paint, an article, the media grid", median([p for p, _s in session]),
                              "MB", SESSION_PEAK_TARGET_MB, note="RSS MB after each step: " + session[-1][1]))
        peak = max([m for _r, m in rows] + [r for _p, _m, r, _c in starts])
        results.append(Result("peak RSS of the app process", peak, "MB", PEAK_RSS_TARGET_MB,
                              note="highest over all runs, background checks included"))
    reset_library_side_effects(library)
    return results


if __name__ == "__main__":
    from benchmarks.run import main

    sys.exit(main(["--only", "startup", *sys.argv[1:]]))
