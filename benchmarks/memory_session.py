"""One window session for the memory benchmark, run in its own process by bench_startup:

start as `nejat-desk` does (same composition root), wait for the first paint and the background
checks, open an article in the editor, then the media grid, let its thumbnails load, and print
the process's peak resident memory:  `peak-rss <MB> current-rss <MB>`.

    .venv/bin/python -m benchmarks.memory_session LIBRARY [--settle SECONDS] [--top N]

--top N also prints the N largest Python allocation sites (tracemalloc; slower, more memory).
"""

from __future__ import annotations

import argparse
import resource
import sys
from pathlib import Path


def rss_mb() -> tuple[float, float]:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open("/proc/self/statm") as statm:
        current = int(statm.read().split()[1]) * resource.getpagesize() / 2**20
    return peak, current


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", type=Path)
    parser.add_argument("--settle", type=float, default=3.0, help="seconds to let each step's work finish")
    parser.add_argument("--top", type=int, default=0)
    args = parser.parse_args(argv)
    if args.top:
        import tracemalloc

        tracemalloc.start(8)

    from PySide6.QtCore import QTimer

    from nejat_desk import app as desk_app
    from nejat_desk.gui.settings import Settings
    from nejat_desk.storage.library import Library

    qt_app = desk_app.create_application([])
    print(f"stage application current-rss {rss_mb()[1]:.1f}", flush=True)
    library = Library.open(args.library)
    window, context = desk_app.build_window(library, Settings())
    settle_ms = int(args.settle * 1000)
    first_article = library.raw().execute(
        "SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1").fetchone()[0]

    def stage(name: str) -> None:
        print(f"stage {name} current-rss {rss_mb()[1]:.1f}", flush=True)

    def open_article() -> None:
        stage("first-paint+checks")
        window.open_record("articles", first_article)
        QTimer.singleShot(settle_ms, show_media)

    def show_media() -> None:
        stage("article-open")
        window.show_workspace("media")
        QTimer.singleShot(settle_ms, finish)

    def finish() -> None:
        stage("media-grid")
        peak, current = rss_mb()
        print(f"peak-rss {peak:.1f} current-rss {current:.1f}", flush=True)
        if args.top:
            import tracemalloc

            for stat in tracemalloc.take_snapshot().statistics("filename")[: args.top]:
                print(f"  {stat.size / 2**20:7.1f} MB  {stat.traceback[0].filename}", flush=True)
        qt_app.quit()

    def painted() -> None:
        desk_app.start_background_checks(context, window)
        QTimer.singleShot(settle_ms, open_article)

    window.first_painted.connect(painted)
    window.show()
    qt_app.exec()
    context.tasks.wait_all(10_000)
    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
