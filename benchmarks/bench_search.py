"""Search benchmark: top 50 ranked results with highlighted snippets on 50,000 articles.

Target (issue 3): median at most 20 ms and 95th percentile at most 50 ms over a mix of common,
rare, two-word and Farsi/Arabic queries. Plain FTS5 (bm25 + its own snippet()) is measured
beside it for reference.

    .venv/bin/python -m benchmarks.bench_search [--articles N] [--repeat R] [--rebuild]

The synthetic library (about 600 words an article, 40% English, 40% Albanian, 10% Arabic,
10% Farsi, with vowelled Arabic, Farsi typed on an Arabic keyboard, ZWNJ compounds and
native digits) is built once into a cache folder and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MEDIAN_TARGET_MS = 20.0
P95_TARGET_MS = 50.0
ARTICLES = 50_000
WORDS = 600
CORPUS_VERSION = 1  # bump when the generator changes

# --- the synthetic corpus ---------------------------------------------------------------------------

EN_TOP = ["the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "was", "on", "with", "as", "by", "said", "he", "at", "from", "his", "an", "were", "are", "which", "this", "be", "has", "have", "had", "not", "but", "government", "water", "election", "minister", "people", "city", "police", "president", "report", "country", "river", "court", "school", "health", "market", "week", "year"]
SQ_TOP = ["e", "të", "në", "dhe", "një", "për", "është", "me", "nga", "që", "u", "se", "do", "ka", "si", "por", "ishte", "janë", "qeveria", "zgjedhjet", "çështja", "kosovës", "shqipërisë", "ministri", "policia", "gjykata", "shkolla", "uji", "qyteti", "raporti", "vendit"]
AR_TOP = ["في", "من", "على", "إلى", "أن", "عن", "مع", "هذا", "التي", "الذي", "كان", "قال", "بين", "بعد", "الحكومة", "المدرسة", "الانتخابات", "الوزير", "الشرطة", "المدينة", "الرئيس", "المياه", "المحكمة", "التقرير", "الصحة", "السوق", "العام", "مدرسة", "كتاب"]
FA_TOP = ["و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "یک", "می\u200cشود", "کرد", "شده", "خود", "تا", "بود", "دولت", "انتخابات", "کتابخانه", "کتاب\u200cخانه", "وزیر", "پلیس", "شهر", "رئیس", "آب", "دادگاه", "گزارش", "بهداشت", "بازار", "سال", "مدرسه", "خانه\u200cها"]

LATIN = "abcdefghijklmnoprstuvz"
SQ_EXTRA = "ëç"
AR_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
FA_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
HARAKAT = "\u064e\u064f\u0650\u0652\u0651"


def _words(rng: random.Random, top: list[str], letters: str, count: int, extra: str = "") -> list[str]:
    seen = set(top)
    out = list(top)
    pool = letters + extra
    while len(out) < count:
        word = "".join(rng.choice(pool) for _ in range(rng.randint(3, 9)))
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


@dataclass
class Vocabulary:
    words: list[str]
    cum_weights: list[float]


def _vocabulary(words: list[str]) -> Vocabulary:
    total = 0.0
    cum: list[float] = []
    for rank in range(1, len(words) + 1):
        total += 1.0 / rank
        cum.append(total)
    return Vocabulary(words, cum)


def _article_text(rng: random.Random, vocab: Vocabulary, edition: str, words: int) -> tuple[str, str, str]:
    picked = rng.choices(vocab.words, cum_weights=vocab.cum_weights, k=words + 8)
    title_words, body_words = picked[:8], picked[8:]
    if edition == "ar" and rng.random() < 0.3:  # a vowelled article
        body_words = [w + rng.choice(HARAKAT) if rng.random() < 0.3 else w for w in body_words]
    paragraphs: list[str] = []
    i = 0
    while i < len(body_words):
        n = rng.randint(60, 120)
        sentence_words = body_words[i:i + n]
        i += n
        if rng.random() < 0.2:
            sentence_words[0] = f"**{sentence_words[0]}**"
        if rng.random() < 0.2 and len(sentence_words) > 3:
            sentence_words[2] = f"[{sentence_words[2]}](https://example.org/{rng.randint(1, 9999)})"
        text = " ".join(sentence_words)
        if rng.random() < 0.1:
            paragraphs.append("## " + " ".join(sentence_words[:4]))
        paragraphs.append(text[:1].upper() + text[1:] + ".")
    year = rng.randint(1990, 2026)
    paragraphs.append(_digits(str(year), edition) + ".")
    body = "\n\n".join(paragraphs)
    title = " ".join(title_words).capitalize()
    if edition == "fa" and rng.random() < 0.05:  # typed on an Arabic keyboard
        swap = str.maketrans({"ی": "ي", "ک": "ك"})
        title, body = title.translate(swap), body.translate(swap)
    excerpt = " ".join(picked[8:30])
    return title, body, excerpt


def _digits(text: str, edition: str) -> str:
    if edition == "ar":
        return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    if edition == "fa":
        return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    return text


def build_library(path: Path, articles: int = ARTICLES, words: int = WORDS, seed: int = 3) -> None:
    """A library of `articles` synthetic articles, indexed through the app's own indexing code."""
    from nejat_desk.services.search_index import index_article
    from nejat_desk.storage.library import Library

    rng = random.Random(seed)
    vocabularies = {
        "en": _vocabulary(_words(rng, EN_TOP, LATIN, 20_000)),
        "sq": _vocabulary(_words(rng, SQ_TOP, LATIN, 20_000, SQ_EXTRA)),
        "ar": _vocabulary(_words(rng, AR_TOP, AR_LETTERS, 15_000)),
        "fa": _vocabulary(_words(rng, FA_TOP, FA_LETTERS, 15_000)),
    }
    bylines = ["Nejat staff", "Arta Krasniqi", "Ali Rezaei", "علی رضایی", "فاطمة الزهراء", "Jane Doe"]
    from nejat_desk.storage.layout import LibraryLayout

    Library.open(path, create=True).close()
    conn = sqlite3.connect(LibraryLayout(path).db_path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    now = "2026-11-26 12:00:00.000000"
    try:
        conn.execute("BEGIN")
        for number in range(1, articles + 1):
            roll = number % 10
            edition = "ar" if roll == 0 else "fa" if roll == 5 else "en" if roll % 2 else "sq"
            title, body, excerpt = _article_text(rng, vocabularies[edition], edition, words)
            byline = rng.choice(bylines)
            cursor = conn.execute(
                "INSERT INTO articles (edition_code, title, slug, body_md, body_html, excerpt, byline, author, "
                "source_name, source_url, featured_image_ref, status, extra, import_source, import_hash, "
                "import_version, version, uid, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, '', ?, ?, '', '', '', '', ?, '{}', '', '', 0, 1, ?, ?, ?)",
                (edition, title, f"a-{number}", body, excerpt, byline,
                 rng.choice(("draft", "published", "published", "ready")), uuid.uuid4().hex, now, now))
            index_article(conn, int(cursor.lastrowid or 0), title, body, excerpt, byline)
            if number % 5000 == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                print(f"  built {number} articles", file=sys.stderr, flush=True)
        conn.execute("COMMIT")
    finally:
        conn.close()


def cached_library(articles: int, rebuild: bool = False) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "nejat-desk-bench"
    path = base / f"search-{articles}-v{CORPUS_VERSION}"
    done = path / ".complete"
    if rebuild or not done.exists():
        import shutil

        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        started = time.perf_counter()
        print(f"building a synthetic library of {articles} articles in {path} ...", file=sys.stderr)
        build_library(path, articles)
        print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        done.write_text("ok")
    return path


# --- the measurement --------------------------------------------------------------------------------

QUERIES: dict[str, list[str]] = {
    "common": ["the", "dhe", "government", "qeveria", "said"],
    "rare": [],  # filled from the vocabulary's tail
    "two-word": ["water government", "qeveria zgjedhjet", '"the government"', "minister police",
                 "kosoves ministri"],
    "farsi/arabic": ["است", "می‌شود", "كتابخانه", "المَدْرَسَة", "في", "دولت انتخابات", "الحكومة", "۲۰۲۰"],
}


def _rare_words(conn: sqlite3.Connection, count: int = 5) -> list[str]:
    # Words that occur in a handful of articles: take them from the index's own vocabulary.
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_vocab USING fts5vocab(main, article_fts, 'row')")
    rows = conn.execute("SELECT term FROM temp.fts_vocab WHERE doc BETWEEN 3 AND 30 AND length(term) > 5 "
                        "ORDER BY term LIMIT ?", (count,)).fetchall()
    return [r[0] for r in rows]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(fraction * (len(ordered) - 1)))))
    return ordered[index]


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: float | None = None

    @property
    def ok(self) -> bool | None:
        return None if self.target is None else self.value <= self.target

    def line(self) -> str:
        target = f"(target ≤ {self.target:g} {self.unit})" if self.target is not None else ""
        verdict = "" if self.ok is None else ("ok" if self.ok else "MISSED")
        return f"{self.name:44} {self.value:9.2f} {self.unit:3} {target:22} {verdict}"


def _time_queries(conn: sqlite3.Connection, queries: dict[str, list[str]], repeat: int,
                  rank_window: int | None) -> tuple[dict[str, list[float]], dict[str, list[float]],
                                                    dict[str, dict[str, float]]]:
    from nejat_desk.services.search import search

    wall: dict[str, list[float]] = {k: [] for k in queries}
    cpu: dict[str, list[float]] = {k: [] for k in queries}
    per_query: dict[str, dict[str, float]] = {}
    for kind, items in queries.items():
        for query in items:
            hits = search(conn, query, limit=50, rank_window=rank_window)  # warm caches and patterns
            samples = []
            for _ in range(repeat):
                started, started_cpu = time.perf_counter(), time.thread_time()
                hits = search(conn, query, limit=50, rank_window=rank_window)
                cpu[kind].append((time.thread_time() - started_cpu) * 1000)
                samples.append((time.perf_counter() - started) * 1000)
            wall[kind] += samples
            per_query[query] = {"median_ms": statistics.median(samples), "hits": len(hits)}
    return wall, cpu, per_query


def measure(path: Path, repeat: int = 15) -> tuple[list[Figure], dict[str, Any]]:
    from nejat_desk.services.search import RANK_WINDOW
    from nejat_desk.storage.layout import LibraryLayout

    db = LibraryLayout(path).db_path
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
    queries = {k: list(v) for k, v in QUERIES.items()}
    queries["rare"] = _rare_words(conn)
    load_before = os.getloadavg()[0]
    wall, cpu, per_query = _time_queries(conn, queries, repeat, RANK_WINDOW)
    exact_wall, exact_cpu, _ = _time_queries(conn, {"common": queries["common"]}, max(3, repeat // 3), None)
    baseline: list[float] = []
    baseline_cpu: list[float] = []
    sql = ("SELECT rowid, snippet(article_fts, 1, '[', ']', '…', 16) FROM article_fts "
           "WHERE article_fts MATCH ? ORDER BY rank LIMIT 50")
    for query in queries["common"]:
        conn.execute(sql, (f'"{query}"',)).fetchall()
        for _ in range(max(3, repeat // 3)):
            started, started_cpu = time.perf_counter(), time.thread_time()
            conn.execute(sql, (f'"{query}"',)).fetchall()
            baseline_cpu.append((time.thread_time() - started_cpu) * 1000)
            baseline.append((time.perf_counter() - started) * 1000)
    conn.close()
    everything = [t for samples in wall.values() for t in samples]
    everything_cpu = [t for samples in cpu.values() for t in samples]
    figures = [
        Figure("search median, all queries", statistics.median(everything), "ms", MEDIAN_TARGET_MS),
        Figure("search p95, all queries", _percentile(everything, 0.95), "ms", P95_TARGET_MS),
        Figure("  same, CPU time of the thread: median", statistics.median(everything_cpu), "ms"),
        Figure("  same, CPU time of the thread: p95", _percentile(everything_cpu, 0.95), "ms"),
    ]
    for kind, samples in wall.items():
        figures.append(Figure(f"  median, {kind} queries", statistics.median(samples), "ms"))
        figures.append(Figure(f"  p95, {kind} queries", _percentile(samples, 0.95), "ms"))
    figures.append(Figure("common queries ranked exactly (no window): median",
                          statistics.median(exact_wall["common"]), "ms"))
    figures.append(Figure("  same, CPU time median", statistics.median(exact_cpu["common"]), "ms"))
    figures.append(Figure("plain FTS5 bm25+snippet(), common: median", statistics.median(baseline), "ms"))
    figures.append(Figure("  same, CPU time median", statistics.median(baseline_cpu), "ms"))
    per_query["_load_average"] = {"before": load_before, "after": os.getloadavg()[0]}
    return figures, per_query


def run(ctx: Any = None) -> list[Any]:
    """Entry point for the shared benchmark runner (benchmarks/run.py)."""
    articles = int(getattr(ctx, "articles", 0) or os.environ.get("NEJAT_BENCH_ARTICLES", ARTICLES))
    figures, _ = measure(cached_library(articles))
    try:
        from benchmarks.common import Result  # type: ignore[import-not-found]
    except ImportError:
        return figures
    return [Result(name=f.name, value=f.value, unit=f.unit, target=f.target) for f in figures]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--per-query", action="store_true", help="also print each query's median")
    args = parser.parse_args(argv)
    path = cached_library(args.articles, args.rebuild)
    figures, per_query = measure(path, args.repeat)
    print(f"search on {args.articles} articles, top 50 with highlighted snippets")
    for figure in figures:
        print(figure.line())
    load = per_query.pop("_load_average")
    print(f"(machine load average during the run: {load['before']:.1f} before, {load['after']:.1f} after, "
          f"on {os.cpu_count()} cores; wall times grow with it, CPU times much less)")
    if args.per_query:
        for query, info in per_query.items():
            print(f"  {query:24} {info['median_ms']:7.2f} ms  {int(info['hits']):3d} hits")
        print(json.dumps(per_query, ensure_ascii=False))
    return 0 if all(f.ok is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
