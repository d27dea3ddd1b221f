"""Every scheme check sees the address as a browser does: tab, CR and LF removed, references decoded
(issue #12, item 15)."""

from __future__ import annotations

import html
import re
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from nejat_desk.core.render import render_markdown
from nejat_desk.core.safe_markdown import sanitize_markdown
from nejat_desk.core.url_safety import is_safe_address, url_scheme
from nejat_desk.exporters.common import clean_html
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.export import Selection, run_export


@pytest.mark.parametrize("address", [
    "javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "java\r\nscript:alert(1)",
    " \x01javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#9;script:alert(1)", "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
    "java&Tab;script:alert(1)",
])
def test_unsafe_addresses(address: str) -> None:
    assert not is_safe_address(address)


@pytest.mark.parametrize("address", ["https://example.org/a", "mailto:a@b.c", "/relative", "#top", "page.html",
                                     "tel:+9647700000000", "?q=javascript:x"])
def test_safe_addresses(address: str) -> None:
    assert is_safe_address(address)


def test_scheme_reads_past_tabs() -> None:
    assert url_scheme("ht\ttp\n:/\r/x") == "http"


@pytest.mark.parametrize(("source", "expected"), [
    ("[Read](javascript:alert(document.cookie))", "[Read](#)"),
    ("[Read](javascript:alert(document.cookie)) after", "[Read](#) after"),
    ("[x](java\tscript:alert(1))", "[x](#)"),
    ("[x](javascript&#58;alert(1))", "[x](#)"),
    ("[x](javascript\\:alert(1))", "[x](#)"),
    ("[x](javascript:alert(1) \"title\")", "[x](# \"title\")"),
    ("[a](<javascript:alert(1)>)", "[a](#)"),
    ("![i](javascript:alert(1))", "![i](#)"),
    ("[x]: javascript:alert(1)\n\n[a][x]", "[x]: #\n\n[a][x]"),
    ('<a href="java\tscript:alert(1)">x</a>', '<a href="#">x</a>'),
    ('<a href="java&#9;script:alert(1)">x</a>', '<a href="#">x</a>'),
    ("<a\nhref='java\nscript:x'>m</a>", '<a\nhref="#">m</a>'),
    ('<a href="x" title=">" onclick="alert(1)">t</a>', '<a href="x" title=">" >t</a>'),
    ('<img srcset="a.png 1x, java\tscript:alert(1) 2x">', '<img srcset="#">'),
    ("<javascript:alert(1)>", "&lt;javascript:alert(1)&gt;"),
    ("<script>alert(1)</script>after", "after"),
])
def test_sanitize_markdown_closes_every_way(source: str, expected: str) -> None:
    assert sanitize_markdown(source) == expected


@pytest.mark.parametrize("text", [
    "JavaScript: the good parts, and vbscript: a history.",
    "See [the report](https://example.org/report_(2024)) and ![map](map.png \"Map\").",
    '<figure class="wide"><img src="a.jpg" alt="A"><figcaption>Cap</figcaption></figure>',
    "Why x<y matters, and a<b>c.",
])
def test_ordinary_markdown_passes_unchanged(text: str) -> None:
    assert sanitize_markdown(text) == text


def test_quick_scan_is_not_fooled_by_a_tab() -> None:
    dirty = '<p><a href="java\tscript:alert(1)">x</a></p>'
    assert "script:" not in clean_html(dirty).replace("\t", "")


@pytest.mark.parametrize("body", ["<a " * 30_000, "[a](" * 20_000, "<script " * 12_000, "](" * 50_000])
def test_sanitize_markdown_is_linear(body: str) -> None:
    start = time.perf_counter()
    sanitize_markdown(body)
    assert time.perf_counter() - start < 1.0


HOSTILE = ("[Read](javascript:alert(document.cookie)) and [Go](java\tscript:alert(2)) and "
           '<a href="java\tscript:alert(3)">raw</a> and <a href="java&#9;script:alert(4)">ref</a>.\n')


def _addresses(text: str) -> list[str]:
    """Every href/src value in `text`, also in HTML that is escaped once (feeds)."""
    found = []
    for layer in (text, html.unescape(text)):
        found += [m.group(2) for m in re.finditer(r"""(?:href|src)\s*=\s*(["'])(.*?)\1""", layer, re.I | re.S)]
    return found


def test_no_export_carries_a_hidden_scheme(library: Any, tmp_path: Path) -> None:
    service = ArticleService(library)
    article_id = service.create("en", "Links", HOSTILE, excerpt="Calm.")
    service.set_status(article_id, "published")
    assert all(is_safe_address(a) for a in _addresses(render_markdown(HOSTILE)))
    for fmt in ("markdown", "html", "wxr", "rss", "atom", "bundle"):
        out = tmp_path / fmt
        run_export(library, fmt, out, Selection(editions=("en",)))
        if fmt == "bundle":
            with zipfile.ZipFile(out) as archive:
                text = "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
        elif out.is_dir():
            text = "\n".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
        else:
            text = out.read_text(encoding="utf-8")
        unsafe = [a for a in _addresses(text) if not is_safe_address(a)]
        assert unsafe == [], fmt
        if fmt == "markdown":
            assert "[Read](#) and [Go](#) and" in text  # the words and the rest of the line kept
            assert "#))" not in text
