"""Crash stress: start the app (the real main window, offscreen) in a new process, type into an
article, SIGKILL it at a random moment, reopen the library, and check that everything typed
until two seconds before the kill is there and the integrity check passes. Repeated N times.

    .venv/bin/python -m benchmarks.bench_crash [N]     # standalone (default 10 runs)
    .venv/bin/python -m benchmarks.run --only crash    # with the shared runner (2 × --runs runs)
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Result, print_results
from tests.gui.crash_check import prepare_library, run_once

LOSS_WINDOW_TARGET_S = 2.0


def stress(runs: int, seed: int = 1) -> list[Result]:
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="bench-crash-"))
    results = []
    try:
        for n in range(runs):
            library_dir = folder / f"library-{n}"
            article_id = prepare_library(library_dir)
            result = run_once(library_dir, article_id, typing_seconds=rng.uniform(1.0, 8.0))
            results.append(result)
            print(f"  run {n + 1}/{runs}: typed {result.typed}, saved {result.saved}, needed {result.required}, "
                  f"last saved keystroke {result.lost_seconds:.2f} s before the kill, "
                  f"{'ok' if result.ok else 'FAILED'}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ok = sum(1 for r in results if r.ok)
    lost_chars = [r.typed - r.saved for r in results]
    windows = [r.lost_seconds for r in results]
    return [
        Result(f"crash: runs with nothing lost before kill − 2 s (of {runs})", ok, "runs", runs, better="higher"),
        Result("crash: runs with a damaged library", sum(1 for r in results if r.integrity_problems), "runs", 0),
        Result("crash: worst time between last saved key and kill", max(windows), "s", LOSS_WINDOW_TARGET_S),
        Result("crash: median time between last saved key and kill", statistics.median(windows), "s"),
        Result("crash: most characters lost in a run (typed at ~25/s)", max(lost_chars), "chars"),
    ]


def run(ctx) -> list[Result]:  # type: ignore[no-untyped-def]
    return stress(max(4, 2 * ctx.runs))


if __name__ == "__main__":
    print_results(stress(int(sys.argv[1]) if len(sys.argv) > 1 else 10), "crash")
