"""Pre-flight check on a 5,000-word Farsi article, as the editor runs it while typing:

- the text rules alone (core/preflight_text.py: quotes and brackets, letter forms, digits, double
  spaces, empty paragraphs, links), median and 95th percentile (target ≤ 20 ms);
- the whole check (PreflightService.check_article with the editor's unsaved text: every rule, the
  library look-ups for links, pictures, translations, the schedule and the outbox, one unit of
  work on a real SQLite library), as the panel runs it when an article opens or the library
  changes, median and 95th percentile (target ≤ 20 ms);
- the check on each pause in typing, as the panel runs it: the same findings, with what the
  library said kept from the last read (`facts=`), so only the rules that read the text run
  again (target ≤ 20 ms).

    .venv/bin/python -m benchmarks.bench_preflight      # standalone
    .venv/bin/python -m benchmarks.run --only preflight
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.common import Context, Result, print_results

TARGET_MS = 20.0
WORDS = 5000
FARSI = ("بندر", "کشتی", "شهر", "آب", "بازار", "گزارش", "وزیر", "بودجه", "کشاورزان", "مدرسه", "بیمارستان", "پل",
         "جاده", "موزه", "باغ", "قطار", "ایستگاه", "هفته", "سال", "ماه", "صبح", "می‌گوید", "خبرنگار", "مردم")


def farsi_article(words: int = WORDS, seed: int = 15) -> str:
    """Paragraphs of Farsi with what real copy carries: «quotes», (brackets), links, digits."""
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        size = rng.randint(40, 110)
        chunk = [rng.choice(FARSI) for _ in range(size)]
        chunk[4] = f"«{chunk[4]}»"
        chunk[9] = f"({chunk[9]})"
        if rng.random() < 0.3:
            chunk[12] = f"[{chunk[12]}](https://nejat.example.org/fa/2026/12/0{rng.randint(1, 9)}/story-{count}/)"
        if rng.random() < 0.2:
            chunk[15] = "۱۴۰۵"
        paragraphs.append(" ".join(chunk) + ".")
        count += size
    return "\n\n".join(paragraphs)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(runs: int = 30) -> list[Result]:
    from nejat_desk.core.preflight import EditionRules
    from nejat_desk.core.preflight_text import text_findings
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.services.preflight import ArticleDraft, PreflightService
    from nejat_desk.storage.library import Library

    body = farsi_article()
    words = len(body.split())
    text_times = []
    for _ in range(runs):
        started = time.perf_counter()
        text_findings(body, edition="fa", title="گزارش بندر", excerpt="خلاصه", digits="persian")
        text_times.append((time.perf_counter() - started) * 1000)

    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "lib", create=True)
        try:
            articles = ArticleService(library)
            service = PreflightService(library)
            service.set_rules("fa", EditionRules(translations=("en", "ar"), digits="persian"))
            when = datetime.now(UTC) + timedelta(days=2)
            for n in range(40):  # neighbours on the calendar and link targets in the library
                other = articles.create("fa", f"خبر {n}", "متن.", slug=f"story-{n * 100}")
                articles.set_status(other, "scheduled", scheduled_at=when + timedelta(minutes=30 * (n - 20)))
            article_id = articles.create("fa", "گزارش بندر", body, excerpt="خلاصه", byline="سارا",
                                         category_path="ایران", slug="harbour")
            articles.set_status(article_id, "scheduled", scheduled_at=when)
            draft = ArticleDraft("گزارش بندر", body + "\n\nيک جمله‌ی تازه.", "خلاصه")
            service.check_article(article_id, draft=draft)  # warm: imports, statement cache
            check_times, cpu_times = [], []
            for _ in range(runs):
                started, cpu = time.perf_counter(), time.thread_time()
                report = service.check_article(article_id, draft=draft)
                check_times.append((time.perf_counter() - started) * 1000)
                cpu_times.append((time.thread_time() - cpu) * 1000)
            facts = service.article_facts(article_id)
            typing_times, typing_cpu = [], []
            for n in range(runs):  # each pause in typing: one more word at the end
                typed = ArticleDraft(draft.title, f"{draft.body_md} {FARSI[n % len(FARSI)]}", draft.excerpt)
                started, cpu = time.perf_counter(), time.thread_time()
                typed_report = service.check_article(article_id, draft=typed, facts=facts)
                typing_times.append((time.perf_counter() - started) * 1000)
                typing_cpu.append((time.thread_time() - cpu) * 1000)
            assert len(typed_report.findings) == len(report.findings), "the typing check must find the same"
        finally:
            library.close()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    note = f"{words:,} words, {len(report.findings)} findings, load {load:.1f} on {os.cpu_count()} CPUs"
    return [
        Result("pre-flight text rules, median", statistics.median(text_times), "ms", TARGET_MS, note=note),
        Result("pre-flight text rules, p95", _percentile(text_times, 0.95), "ms", TARGET_MS),
        Result("pre-flight whole check (library), median", statistics.median(check_times), "ms", TARGET_MS,
               note=note),
        Result("pre-flight whole check (library), p95", _percentile(check_times, 0.95), "ms", TARGET_MS),
        # The CPU the check itself uses (its wall time above also counts waiting for a busy machine's CPU).
        Result("pre-flight whole check, CPU time, median", statistics.median(cpu_times), "ms", TARGET_MS),
        Result("pre-flight while typing (library read kept), median", statistics.median(typing_times), "ms",
               TARGET_MS, note=note),
        Result("pre-flight while typing (library read kept), p95", _percentile(typing_times, 0.95), "ms",
               TARGET_MS),
        Result("pre-flight while typing, CPU time, median", statistics.median(typing_cpu), "ms", TARGET_MS),
    ]


def run(ctx: Context) -> list[Result]:
    return measure(runs=max(30, ctx.runs * 6))


def main() -> None:
    print_results(measure(), "Pre-flight check")


if __name__ == "__main__":
    main()
