"""Export benchmarks (issue #17), each export as `nejat-desk export` runs it (selection, loading,
building and writing the files), on a library of 10,000 articles:

- WXR, target ≤ 1.0 s (the body HTML kept at save is used);
- HTML pages, Markdown files, the feeds (RSS and Atom) and the share snippets, target ≤ 3 s each;
- the share texts of all seven platforms for 1,000 articles, images excluded, target ≤ 5 s
  (X's counter costs 0.3-3 ms a call, so texts are shortened in few calls).

Wall seconds and this process's CPU seconds side by side: on a shared, busy machine the wall
clock also counts waiting for the CPU and the disk.

    .venv/bin/python -m benchmarks.bench_export          # standalone
    .venv/bin/python -m benchmarks.run --only export
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

try:
    from benchmarks.common import Result, synthetic_library
except ImportError:  # pragma: no cover - standalone without the shared runner
    Result = None  # type: ignore[assignment,misc]
    synthetic_library = None  # type: ignore[assignment]

WXR_ARTICLES = 10_000
SNIPPET_ARTICLES = 1_000
WXR_TARGET_S = 1.0
FORMAT_TARGET_S = 3.0
SNIPPETS_TARGET_S = 5.0
# Each format's destination: a file or a folder, as the command line would be given it.
FORMATS = (("wxr", "site.xml", WXR_TARGET_S), ("html", "pages", FORMAT_TARGET_S),
           ("markdown", "markdown", FORMAT_TARGET_S), ("rss", "feeds-rss", FORMAT_TARGET_S),
           ("atom", "feeds-atom", FORMAT_TARGET_S), ("snippets", "snippets", FORMAT_TARGET_S))
OUT = Path(__file__).resolve().parent / "out"


def export_library(articles: int = WXR_ARTICLES) -> Path:
    """The shared synthetic library with body_html filled as the article service keeps it (cached)."""
    assert synthetic_library is not None, "run from the repository root"
    source = synthetic_library(articles, 600, 1000, out=OUT)
    path = OUT / f"export-{source.name}"
    if (path / ".rendered").exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    shutil.copytree(source, path, ignore=shutil.ignore_patterns("*.lock", "backups"))
    from nejat_desk.core.render import render_markdown
    from nejat_desk.storage.library import Library

    print("rendering body_html once (cached) ...", file=sys.stderr, flush=True)
    library = Library.open(path)
    try:
        conn = library.raw(readonly=False)
        rows = conn.execute("SELECT id, body_md FROM articles").fetchall()
        conn.executemany("UPDATE articles SET body_html = ? WHERE id = ?",
                         [(render_markdown(md or ""), i) for i, md in rows])
        conn.commit()
        conn.close()
    finally:
        library.close()
    (path / ".rendered").write_text("ok\n")
    return path


def measure(path: Path) -> list[tuple[str, float, str, float]]:
    from nejat_desk.exporters.wxr import build_wxr
    from nejat_desk.services.export import Selection, load_export_set
    from nejat_desk.services.snippets import generate
    from nejat_desk.storage.library import Library

    library = Library.open(path)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            cpu = time.process_time()
            started = time.perf_counter()
            export = load_export_set(library, Selection(include_galleries=False, include_issues=False))
            loaded = time.perf_counter()
            data = build_wxr(export).data
            (Path(tmp) / "site.xml").write_bytes(data)
            wxr_s = time.perf_counter() - started
            wxr_cpu = time.process_time() - cpu
            write_s = time.perf_counter() - loaded
        count = len(export.articles)
        subset = export.articles[:SNIPPET_ARTICLES]
        for article in subset:  # images excluded
            object.__setattr__(article, "featured", None)
        export.articles = subset
        generate(type(export)(editions=export.editions, articles=subset[:5], categories=[], tags=[]))  # warm-up
        cpu = time.process_time()
        started = time.perf_counter()
        generate(export)
        snippets_s = time.perf_counter() - started
        snippets_cpu = time.process_time() - cpu
    finally:
        library.close()
    # CPU seconds beside wall seconds: on a shared, busy machine the wall clock also counts waiting.
    return [
        (f"WXR export of {count:,} articles (load + write)", wxr_s, "s", WXR_TARGET_S),
        ("  the same in CPU time of this process", wxr_cpu, "s", WXR_TARGET_S),
        ("  of which writing the WXR (wall)", write_s, "s", 0.0),
        (f"share texts, 7 platforms, {len(subset):,} articles", snippets_s, "s", SNIPPETS_TARGET_S),
        ("  the same in CPU time of this process", snippets_cpu, "s", SNIPPETS_TARGET_S),
        ("  per article", snippets_s / max(len(subset), 1) * 1000, "ms", 0.0),
        ("WXR size", len(data) / 1e6, "MB", 0.0),
    ]


def measure_formats(path: Path) -> list[tuple[str, float, str, float]]:
    """Each format exported whole, as the command line does (galleries and issues left out: the
    synthetic library has none)."""
    from nejat_desk.services.export import Selection, run_export
    from nejat_desk.storage.library import Library

    figures: list[tuple[str, float, str, float]] = []
    library = Library.open(path)
    try:
        for fmt, name, target in FORMATS:
            with tempfile.TemporaryDirectory() as tmp:
                cpu = time.process_time()
                started = time.perf_counter()
                report = run_export(library, fmt, Path(tmp) / name,
                                    Selection(include_galleries=False, include_issues=False))
                wall = time.perf_counter() - started
                cpu = time.process_time() - cpu
            count = report.counts.get("articles", 0)
            figures += [(f"{fmt} export, {count:,} articles (wall)", wall, "s", target),
                        (f"  {fmt}: CPU time of this process", cpu, "s", target)]
    finally:
        library.close()
    return figures


def run(ctx: object = None) -> list[object]:
    path = export_library()
    figures = measure_formats(path) + measure(path)
    assert Result is not None
    return [Result(name=name, value=value, unit=unit, target=target or None) for name, value, unit, target
            in figures]


def main() -> int:
    path = export_library()
    for name, value, unit, target in measure_formats(path) + measure(path):
        goal = f"target ≤ {target:g} {unit}" if target else ""
        verdict = ("PASS" if value <= target else "MISS") if target else ""
        print(f"{name:<52} {value:>9.3f} {unit:<3} {goal:<16} {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
