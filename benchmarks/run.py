"""Run the benchmarks: every benchmarks/bench_*.py module's run(ctx) -> list[Result].

    .venv/bin/python -m benchmarks.run                 # all of them
    .venv/bin/python -m benchmarks.run --only startup  # benchmarks/bench_startup.py only
    .venv/bin/python -m benchmarks.run --articles 5000 --media 1000 --runs 3   # a quicker, smaller run

The synthetic library is built on first use and cached under benchmarks/out/ (keyed by its
parameters and the schema revision). Each figure is printed beside its target with PASS or MISS;
the exit code is 1 when a target was missed. Every figure, with its target and verdict, is also
written to a JSON file (benchmarks/out/results-<UTC time>.json unless --json names one), so runs
can be compared. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path

from benchmarks.common import OUT, Context, Result, print_results

HERE = Path(__file__).resolve().parent


def discover() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", metavar="NAME", choices=discover(),
                        help="run only this benchmark (repeatable): " + ", ".join(discover()))
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--words", type=int, default=600, help="words per article")
    parser.add_argument("--media", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="repetitions behind each median")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached synthetic library")
    parser.add_argument("--out", type=Path, default=OUT, help="cache and scratch folder (default: %(default)s)")
    parser.add_argument("--json", type=Path, metavar="FILE",
                        help="where to write the figures as JSON (default: OUT/results-<UTC time>.json)")
    args = parser.parse_args(argv)

    ctx = Context(articles=args.articles, words=args.words, media=args.media, runs=args.runs,
                  rebuild=args.rebuild, out=args.out)
    print(f"synthetic library: {ctx.articles:,} articles of ~{ctx.words} words, {ctx.media:,} media; "
          f"{ctx.runs} runs per median", flush=True)
    _report_load()
    failures = 0
    everything: list[tuple[str, Result]] = []
    for name in args.only or discover():
        module = importlib.import_module(f"benchmarks.bench_{name}")
        started = time.perf_counter()
        try:
            results = list(module.run(ctx))
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            print(f"benchmark {name} FAILED", file=sys.stderr)
            failures += 1
            continue
        results = [r if isinstance(r, Result) else Result(r.name, r.value, r.unit, getattr(r, "target", None))
                   for r in results]
        print_results(results, f"{name} ({time.perf_counter() - started:.0f} s)")
        everything += [(name, r) for r in results]
    missed = [f"{name}: {r.name}" for name, r in everything if r.passed is False]
    if missed:
        print("\nmissed targets:\n  " + "\n  ".join(missed))
    json_path = args.json or args.out / f"results-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}.json"
    write_json(json_path, ctx, everything, failures)
    print(f"\nfigures written to {json_path}")
    return 1 if missed or failures else 0


def write_json(path: Path, ctx: Context, everything: list[tuple[str, Result]], failures: int) -> None:
    """Every figure with its target and verdict, plus what the run was made on, for comparing runs."""
    verdicts = {True: "PASS", False: "MISS", None: "n/a"}
    document = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cpus": os.cpu_count(), "load_average": os.getloadavg()[0],
                    "python": platform.python_version(), "platform": platform.platform()},
        "library": {"articles": ctx.articles, "words": ctx.words, "media": ctx.media, "runs": ctx.runs},
        "failed_benchmarks": failures,
        "figures": [
            {"benchmark": name, "figure": r.name,
             "value": None if r.value != r.value else r.value,  # NaN is not JSON: not measured
             "unit": r.unit, "target": r.target,
             "better": r.better, "verdict": verdicts[r.passed], "note": r.note}
            for name, r in everything
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _report_load() -> None:
    load = os.getloadavg()[0]
    cpus = os.cpu_count() or 1
    print(f"load average {load:.1f} on {cpus} CPUs", flush=True)
    if load > cpus * 0.5:
        print("warning: the machine is busy; wall-clock figures will be inflated (the CPU-time figures "
              "are less affected)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
