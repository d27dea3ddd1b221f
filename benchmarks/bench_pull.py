"""Site pull benchmark (issue #16): 10,000 posts from a site on loopback into an empty library
(target ≤ 60 s), then the same pull again with nothing changed, which must cost only the pages of
the listing (no term or media requests: target 0) and be quick.

The site is a small fake of the WordPress REST API (`/wp-json/`, `/wp/v2/posts` paged 100 at a
time with X-WP-Total and X-WP-TotalPages, `/wp/v2/categories/<id>`, `/wp/v2/tags/<id>`) served by
a threaded HTTP server on 127.0.0.1 in this process, not the real WordPress: the figure measures
the desk's side (HTTP, JSON, HTML to Markdown, the library's writes), not PHP and MySQL.

    .venv/bin/python -m benchmarks.bench_pull          # standalone
    .venv/bin/python -m benchmarks.run --only pull
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from benchmarks.common import OUT, Context, Result, print_results

POSTS = 10_000
TARGET_S = 60.0
UNCHANGED_TARGET_S = 15.0
CATEGORIES = 12
TAGS = 60
WORDS = ("harbour", "market", "minister", "budget", "farmers", "school", "hospital", "bridge", "road", "museum",
         "garden", "train", "station", "week", "year", "morning", "reporter", "people", "council", "river")


def _posts(count: int, seed: int = 16) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    posts = []
    for n in range(1, count + 1):
        paragraphs = "".join("<p>" + " ".join(rng.choice(WORDS) for _ in range(60)) + ".</p>" for _ in range(5))
        when = f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00"
        slug = f"story-{n}"
        posts.append({"id": 1000 + n, "date_gmt": when, "modified_gmt": when, "slug": slug, "status": "draft",
                      "link": f"http://127.0.0.1/{slug}/", "title": {"raw": f"Story {n} of the {rng.choice(WORDS)}"},
                      "content": {"raw": paragraphs}, "excerpt": {"raw": ""},
                      "categories": [1 + n % CATEGORIES], "tags": [1 + n % TAGS, 1 + (n * 7) % TAGS],
                      "featured_media": 0})
    return posts


class FakeSite:
    """The REST routes a pull reads, answered from memory; counts requests by kind."""

    def __init__(self, posts: list[dict[str, Any]]) -> None:
        self.posts = posts
        self.requests: Counter[str] = Counter()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                status, body, headers = site.answer(self.path)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, raw_path: str) -> tuple[int, Any, dict[str, str]]:
        parts = urlsplit(raw_path)
        path = parts.path.removeprefix("/wp-json").rstrip("/") or "/"
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if path == "/wp/v2/posts":
            self.requests["listing"] += 1
            per_page, page = int(query.get("per_page", 10)), int(query.get("page", 1))
            pages = max(1, -(-len(self.posts) // per_page))
            items = self.posts[(page - 1) * per_page:page * per_page]
            return 200, items, {"X-WP-Total": str(len(self.posts)), "X-WP-TotalPages": str(pages)}
        if path.startswith("/wp/v2/categories/"):
            self.requests["terms"] += 1
            n = int(path.rsplit("/", 1)[1])
            return 200, {"id": n, "name": f"Section {n}", "slug": f"section-{n}", "parent": 0}, {}
        if path.startswith("/wp/v2/tags/"):
            self.requests["terms"] += 1
            n = int(path.rsplit("/", 1)[1])
            return 200, {"id": n, "name": f"Topic {n}", "slug": f"topic-{n}"}, {}
        if path.startswith("/wp/v2/media"):
            self.requests["media"] += 1
        if path == "/":
            return 200, {"namespaces": ["wp/v2"], "authentication": {}}, {}
        self.requests["other"] += 1
        return 404, {"code": "rest_no_route", "message": "No route was found."}, {}


def _pull(library_path: Path, site: FakeSite, site_id: int) -> tuple[float, float, Any]:
    """(wall s, CPU s of this process, the report); the CPU time includes the fake site's threads."""
    from nejat_desk.services.wordpress.client import WordPressClient
    from nejat_desk.services.wordpress.pull import Puller
    from nejat_desk.storage.library import Library

    library = Library.open(library_path)
    try:
        cpu, started = time.process_time(), time.perf_counter()
        with WordPressClient(site.url) as client:
            report = Puller(client, library, site_id).pull()
        return time.perf_counter() - started, time.process_time() - cpu, report
    finally:
        library.close()


def measure(posts: int = POSTS, out: Path = OUT) -> list[Result]:
    from nejat_desk.services.wordpress.credentials import CredentialStore
    from nejat_desk.services.wordpress.sites import SiteService
    from nejat_desk.storage.library import Library

    context = Context(out=out)
    library_path = context.scratch("pull") / "library"
    with FakeSite(_posts(posts)) as site:
        library = Library.open(library_path, create=True)
        try:
            site_id = SiteService(library, CredentialStore()).add("Loopback", site.url, "desk", ["en"])
        finally:
            library.close()
        first, first_cpu, report = _pull(library_path, site, site_id)
        if len(report.created) != posts:
            raise RuntimeError(f"{len(report.created)} of {posts} posts created: {report.skipped[:3]}")
        site.requests.clear()
        again, _cpu, report = _pull(library_path, site, site_id)
        if report.unchanged != posts:
            raise RuntimeError(f"{report.unchanged} of {posts} posts unchanged on the second pull")
        extra = site.requests["terms"] + site.requests["media"] + site.requests["other"]
        pages = site.requests["listing"]
    return [
        Result(f"pull {posts:,} posts from a site on loopback", first, "s", TARGET_S,
               note=f"wall; {posts / first:,.0f} posts/s"),
        # The wall figure grows with whatever else the machine runs; the CPU one does not.
        Result("CPU of that first pull (the fake site's threads too)", first_cpu, "s", TARGET_S,
               note=f"{first_cpu / first:.0%} of the wall time"),
        Result(f"pull them again, nothing changed ({pages} pages)", again, "s", UNCHANGED_TARGET_S),
        Result("term and media requests for unchanged posts", float(extra), "req", 0.0),
    ]


def run(ctx: Context) -> list[Result]:
    return measure(out=ctx.out)


def main() -> None:
    print_results(measure(), "Site pull")


if __name__ == "__main__":
    main()
