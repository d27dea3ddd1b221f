"""Each hostile case on its own, through every text export: nothing dangerous comes out."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.export import Selection, run_export

CASES = {
    "script": ("<script>alert('x')</script>Before", "<script>", "Before"),
    "event-handler": ('<img src="a.png" onerror="alert(1)"> <p onclick="x()">Text</p>', "onerror=", "Text"),
    "javascript-link": ("[go](javascript:alert(1)) and <a href=\"JavaScript:alert(2)\">raw</a>", "javascript:", "raw"),
    "control-chars": ("Bell\x07 and\x01 vertical\x0b tab\x0c feed", "\x07", "vertical"),
    "iframe-object": ('<iframe src="https://evil.example/"></iframe><object data="x.swf"></object>'
                      '<embed src="y.swf">Kept', "<iframe", "Kept"),
}
FORMATS = ("wxr", "html", "markdown", "rss", "atom", "snippets", "bundle")


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_case_in_every_export(library: Any, tmp_path: Path, case: str) -> None:
    body, marker, survivor = CASES[case]
    service = ArticleService(library)
    # Bodies here; titles and excerpts are plain text, kept whole and escaped (test_plain_text_fields.py).
    article_id = service.create("en", f"Case {case}", body, excerpt="A calm excerpt.")
    service.set_status(article_id, "published")
    for fmt in FORMATS:
        out = tmp_path / fmt
        run_export(library, fmt, out, Selection(editions=("en",)))
        if out.is_dir():
            texts = [p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file()]
        elif fmt == "bundle":
            with zipfile.ZipFile(out) as archive:
                texts = [archive.read(n).decode("utf-8") for n in archive.namelist()]
        else:
            texts = [out.read_text(encoding="utf-8")]
        joined = "\n".join(texts)
        lowered = joined.lower()
        for bad in (marker.lower(), "<script", "onerror=", "onclick=", "javascript:", "<iframe", "<object", "<embed"):
            assert bad not in lowered, (fmt, bad)
        assert not any(ch in joined for ch in "\x00\x01\x07\x0b\x0c"), fmt
        if fmt in ("wxr", "html", "markdown", "rss", "atom"):
            assert survivor in joined, (fmt, survivor)  # the harmless text around it is kept
