"""Import benchmarks (issue #17):

- Markdown: 10,000 files into an empty library (target ≤ 30 s; the first and the last 1,000 files'
  cost printed), and the per-file cost of the same 1,000 files into a library of 50,000 articles
  against an empty one, in CPU and wall seconds (target ≤ 1.2 ×: a file must not cost more as the
  library grows);
- WXR: a file of 10,000 posts into an empty library (target ≤ 30 s), and the per-post cost at
  10,000 against 2,000 (linear: ≤ 1.2 ×).

The files are generated once (cached under benchmarks/out/) from the synthetic library's
vocabulary: a fifth of the English articles have translations in the other editions, and the
Arabic ones sort before their English originals, so linking has to work whatever the file order.

    .venv/bin/python -m benchmarks.bench_import          # standalone
    .venv/bin/python -m benchmarks.run --only import
"""

from __future__ import annotations

import random
import shutil
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.common import (
    EDITION_CYCLE,
    OUT,
    WORDS,
    Context,
    Result,
    _article,
    _Vocabulary,
)

MARKDOWN_FILES = 10_000
MARKDOWN_TARGET_S = 30.0
GROWTH_TARGET = 1.2  # per-file cost, late against early
SAMPLE = 1_000  # files in each per-file sample
WXR_POSTS = 10_000
WXR_SMALL = 2_000
WXR_TARGET_S = 30.0
FILES_VERSION = 1  # bump when the generator changes


def markdown_corpus(count: int = MARKDOWN_FILES, words: int = 300, *, seed: int = 17, out: Path = OUT,
                    prefix: str = "") -> Path:
    """A folder of `count` Markdown files with front matter, one folder per edition (cached)."""
    from nejat_desk.core.domain import ArticleStatus
    from nejat_desk.core.frontmatter import ArticleDocument, render_document

    folder = out / f"markdown-{prefix}n{count}-w{words}-s{seed}-v{FILES_VERSION}"
    if (folder / ".made").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(seed)
    vocab = {code: _Vocabulary(rng, code, 3000) for code in WORDS}
    base = datetime(2025, 1, 1, tzinfo=UTC)
    made = 0
    number = 0
    while made < count:
        edition = EDITION_CYCLE[number % len(EDITION_CYCLE)]
        # Every fifth English article gets up to three translations (ar sorts before en: it waits).
        family = [edition] + (["ar", "fa", "sq"] if edition == "en" and number % 5 == 0 else [])
        original_slug = f"{prefix}story-{number}"
        for member in family[: count - made]:
            title, body, excerpt = _article(rng, vocab[member], member, words)
            names = vocab[member].words
            status = rng.choice((ArticleStatus.PUBLISHED, ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW))
            doc = ArticleDocument(
                title=title, edition=member, body=body, excerpt=excerpt,
                slug=original_slug if member == edition else f"{original_slug}-{member}",
                category=f"{names[20 + number % 4]}/{names[30 + number % 6]}",
                tags=[names[60 + (number * 7 + k) % 50] for k in range(3)], byline="Nejat staff",
                status=status, date=base + timedelta(minutes=number * 37) if status is ArticleStatus.PUBLISHED
                else None,
                translation_of=(edition, original_slug) if member != edition else None)
            path = folder / member / f"{doc.slug}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render_document(doc), encoding="utf-8")
            made += 1
        number += 1
    (folder / ".made").write_text("ok\n")
    return folder


def _import_timed(library_path: Path, folder: Path) -> tuple[float, float, list[float], int]:
    """(wall s, CPU s, each file's wall s, files created) for importing `folder` into the library."""
    from nejat_desk.services.markdown_import import Outcome, import_paths
    from nejat_desk.storage.library import Library

    stamps: list[float] = []
    library = Library.open(library_path, create=True)
    try:
        cpu = time.process_time()
        started = time.perf_counter()
        report = import_paths(library, [folder], progress=lambda *_: stamps.append(time.perf_counter()))
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu
    finally:
        library.close()
    failed = report.failed
    if failed:
        raise RuntimeError(f"{len(failed)} files failed, e.g. {failed[0].path}: {failed[0].message}")
    per_file = [b - a for a, b in zip(stamps, stamps[1:], strict=False)]
    return wall, cpu, per_file, report.count(Outcome.CREATED)


def _linked(library_path: Path) -> tuple[int, int]:
    """(translations in a group, translations still waiting for their original)."""
    import sqlite3

    conn = sqlite3.connect(library_path / "library.sqlite3")
    try:
        grouped = conn.execute("SELECT count(*) FROM articles a JOIN translation_groups g ON "
                               "a.translation_group_id = g.id WHERE g.original_article_id != a.id").fetchone()[0]
        waiting = conn.execute("SELECT count(*) FROM articles WHERE extra LIKE '%translation_of%'").fetchone()[0]
    finally:
        conn.close()
    return grouped, waiting


def measure_markdown(ctx: Context) -> list[Result]:
    corpus = markdown_corpus(MARKDOWN_FILES)
    empty = ctx.scratch("import-empty")
    print(f"importing {MARKDOWN_FILES:,} Markdown files into an empty library ...", file=sys.stderr, flush=True)
    wall, cpu, per_file, created = _import_timed(empty / "library", corpus)
    grouped, waiting = _linked(empty / "library")
    first = sum(per_file[:SAMPLE]) / SAMPLE
    last_empty = sum(per_file[-SAMPLE:]) / SAMPLE
    shutil.rmtree(empty, ignore_errors=True)

    return [
        Result(f"Markdown import, {created:,} files into an empty library", wall, "s", MARKDOWN_TARGET_S),
        Result("  the same in CPU time of this process", cpu, "s", MARKDOWN_TARGET_S),
        Result(f"  translations linked / still waiting (of {grouped + waiting:,})", grouped, "", None,
               note=f"{waiting} waiting"),
        Result(f"  per file, the first {SAMPLE:,}", first * 1000, "ms"),
        Result(f"  per file, the last {SAMPLE:,} (library of {MARKDOWN_FILES - SAMPLE:,})", last_empty * 1000,
               "ms"),
    ]


def measure_growth(ctx: Context) -> list[Result]:
    """The same 1,000 files into an empty library and into a copy of the big one, wall and CPU."""
    more = markdown_corpus(SAMPLE, seed=18, prefix="more-")
    empty = ctx.scratch("import-small")
    small_wall, small_cpu, _, _ = _import_timed(empty / "library", more)
    shutil.rmtree(empty, ignore_errors=True)
    big = ctx.scratch("import-big")
    source = ctx.library()
    print(f"copying the {ctx.articles:,}-article library ...", file=sys.stderr, flush=True)
    shutil.copytree(source, big / "library", ignore=shutil.ignore_patterns("*.lock", "backups", "cache"))
    big_wall, big_cpu, _, _ = _import_timed(big / "library", more)
    shutil.rmtree(big, ignore_errors=True)
    return [
        Result(f"  per file, {SAMPLE:,} files into an empty library (CPU)", small_cpu / SAMPLE * 1000, "ms"),
        Result(f"  per file, the same into a library of {ctx.articles:,} (CPU)", big_cpu / SAMPLE * 1000, "ms"),
        Result(f"Markdown import CPU per file at {ctx.articles:,} / at 0", big_cpu / small_cpu, "×",
               GROWTH_TARGET),
        Result(f"Markdown import wall per file at {ctx.articles:,} / at 0", big_wall / small_wall, "×",
               GROWTH_TARGET, note=f"{small_wall / SAMPLE * 1000:.1f} and {big_wall / SAMPLE * 1000:.1f} ms"),
    ]


def wxr_file(posts: int, library_path: Path, out: Path = OUT) -> Path:
    """A WXR file of the first `posts` articles of the export library, written by our own exporter (cached)."""
    from nejat_desk.exporters.wxr import build_wxr
    from nejat_desk.services.export import Selection, load_export_set
    from nejat_desk.storage.library import Library

    path = out / f"import-{posts}-{library_path.name}.xml"
    if path.exists():
        return path
    library = Library.open(library_path)
    try:
        export = load_export_set(library, Selection(include_galleries=False, include_issues=False))
    finally:
        library.close()
    export.articles = export.articles[:posts]
    ids = {a.id for a in export.articles}
    export.article_index = {k: v for k, v in export.article_index.items() if k in ids}
    used = {t for a in export.articles for t in a.tag_ids}
    export.tags = [t for t in export.tags if t.id in used]
    path.write_bytes(build_wxr(export, now=datetime(2026, 1, 1, tzinfo=UTC)).data)
    return path


def _wxr_timed(ctx: Context, path: Path, name: str) -> tuple[float, float, int]:
    from nejat_desk.services.wxr_import import import_wxr
    from nejat_desk.storage.library import Library

    scratch = ctx.scratch(name)
    library = Library.open(scratch / "library", create=True)
    try:
        cpu = time.process_time()
        started = time.perf_counter()
        report = import_wxr(library, path)
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu
    finally:
        library.close()
    shutil.rmtree(scratch, ignore_errors=True)
    return wall, cpu, report.created


def measure_wxr(ctx: Context) -> list[Result]:
    from benchmarks.bench_export import export_library

    source = export_library()
    small, large = wxr_file(WXR_SMALL, source), wxr_file(WXR_POSTS, source)
    print(f"importing WXR files of {WXR_SMALL:,} and {WXR_POSTS:,} posts ...", file=sys.stderr, flush=True)
    small_s, _, small_n = _wxr_timed(ctx, small, "wxr-small")
    large_s, large_cpu, large_n = _wxr_timed(ctx, large, "wxr-large")
    ratio = (large_s / max(large_n, 1)) / (small_s / max(small_n, 1))
    return [
        Result(f"WXR import, {large_n:,} posts into an empty library", large_s, "s", WXR_TARGET_S),
        Result("  the same in CPU time of this process", large_cpu, "s", WXR_TARGET_S),
        Result(f"  per post at {WXR_SMALL:,} posts", small_s / max(small_n, 1) * 1000, "ms"),
        Result(f"  per post at {WXR_POSTS:,} posts", large_s / max(large_n, 1) * 1000, "ms"),
        Result(f"WXR import per post, {WXR_POSTS:,} / {WXR_SMALL:,} posts (linear)", ratio, "×", GROWTH_TARGET),
    ]


def run(ctx: Context | None = None) -> list[Result]:
    ctx = ctx or Context()
    return measure_markdown(ctx) + measure_growth(ctx) + measure_wxr(ctx)


def main() -> int:
    from benchmarks.common import print_results

    print_results(run(Context()), "import")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
