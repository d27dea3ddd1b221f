"""Schedule benchmark: a busy month (every edition posting all day, social posts on every platform).

The issue names no speed target; the figures below are the ones a person feels: loading a month
into the calendar (items, rules and warnings, on the GUI thread), the due sweep the app runs every
30 s, and exporting the month as iCalendar. Soft targets: a month loads in 250 ms, a sweep takes
50 ms, the .ics export 2 s.

    .venv/bin/python -m benchmarks.bench_schedule [--per-day N]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.common import Context, Result, median, print_results

START = datetime(2030, 3, 1, tzinfo=UTC)
PLATFORMS = ("facebook", "x", "telegram", "whatsapp", "pinterest", "skype", "email")


def build(root: Path, per_day: int, seed: int = 7) -> tuple[object, int]:
    from nejat_desk.storage.library import Library
    from nejat_desk.storage.models import Article, SocialSnippet

    rng = random.Random(seed)
    library = Library.open(root, create=True)
    count = 0
    with library.session() as s:
        articles = []
        for day in range(31):
            for edition in ("en", "ar", "fa", "sq"):
                for n in range(per_day):
                    when = START + timedelta(days=day, minutes=rng.randrange(0, 24 * 60))
                    articles.append(Article(edition_code=edition, title=f"Post {day}-{edition}-{n}",
                                            slug=f"post-{day}-{edition}-{n}", status=rng.choice(
                                                ["ready", "scheduled", "draft"]), scheduled_at=when))
        s.add_all(articles)
        s.flush()
        for article in articles:
            for platform in rng.sample(PLATFORMS, 2):
                s.add(SocialSnippet(article_id=article.id, platform=platform, text="Share",
                                    scheduled_at=article.scheduled_at + timedelta(minutes=rng.randrange(-30, 90))))
                count += 1
        count += len(articles)
    return library, count


def measure(per_day: int, runs: int) -> list[Result]:
    from nejat_desk.services.schedule import ScheduleFilter, ScheduleService

    with tempfile.TemporaryDirectory() as tmp:
        library, count = build(Path(tmp) / "lib", per_day)
        try:
            service = ScheduleService(library, clock=lambda: START - timedelta(days=1))
            month = ScheduleFilter(start=START, end=START + timedelta(days=31))
            days = [(START + timedelta(days=n)).date() for n in range(31)]
            loads = []
            for _ in range(runs):
                t0 = time.perf_counter()
                items = service.items(month)
                service.warnings(month, days=days, items=items)
                loads.append((time.perf_counter() - t0) * 1000)
            service.sweep(watching_since=None)  # first sweep creates the ledger rows
            sweeps = []
            for _ in range(runs):
                t0 = time.perf_counter()
                service.sweep(watching_since=START - timedelta(days=1))
                sweeps.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            events = service.export_ics(Path(tmp) / "month.ics", month)
            export_s = time.perf_counter() - t0
        finally:
            library.close()
    return [
        Result(f"schedule: load a month ({count:,} items) + rules", median(loads), "ms", 250.0,
               note="soft target, none in the issue"),
        Result("schedule: due sweep (30 s timer)", median(sweeps), "ms", 50.0, note="soft target"),
        Result(f"schedule: export the month as .ics ({events:,} events)", export_s, "s", 2.0, note="soft target"),
    ]


def run(ctx: Context) -> list[Result]:
    return measure(per_day=10, runs=max(3, ctx.runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-day", type=int, default=10, help="articles per edition per day")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print_results(measure(args.per_day, args.runs), "Schedule")


if __name__ == "__main__":
    main()
