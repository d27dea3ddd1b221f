"""Titles and excerpts are plain text: every export keeps them whole and escapes them (issue #12, item 3)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import feedparser
import pytest
from lxml import etree
from lxml import html as lxml_html

from nejat_desk.core.domain import Platform
from nejat_desk.core.render import plain_text
from nejat_desk.core.snippets import SnippetSource, build_all, clean_line
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.export import Selection, run_export
from nejat_desk.services.markdown_import import Outcome, import_paths

TITLE = "Why x<y matters: JavaScript: the good parts & <b>more</b>"
TITLE_TEXT = "Why x<y matters: JavaScript: the good parts & more"
EXCERPT = "If a<b and online=yes, then javascript: is just a word <i>here</i>"
EXCERPT_TEXT = "If a<b and online=yes, then javascript: is just a word here"


@pytest.mark.parametrize(("raw", "text"), [
    ("Why x<y matters", "Why x<y matters"),
    ("JavaScript: the good parts", "JavaScript: the good parts"),
    ("vbscript: a history", "vbscript: a history"),
    ("<Leader> returns", "<Leader> returns"),
    ("a <b>bold</b> move", "a bold move"),
    ('<img src=x onerror="alert(1)">Caption', "Caption"),
    ("<script>alert(1)</script>Kept", "Kept"),
    ('<a href="x>y">link</a> text', "link text"),
    ("Note<!-- hidden --> text", "Note text"),
    ("Bell\x07 gone", "Bell gone"),
])
def test_plain_text_strips_only_complete_tags(raw: str, text: str) -> None:
    assert plain_text(raw) == text


def test_snippet_clean_line_is_plain_text_on_one_line() -> None:
    assert clean_line("  Why x<y\n matters:\tJavaScript: <b>yes</b> ") == "Why x<y matters: JavaScript: yes"


def test_every_snippet_keeps_the_title_and_escapes_it() -> None:
    source = SnippetSource(title=TITLE, url="https://nejat.example.org/a/", edition="en", excerpt=EXCERPT)
    snippets = build_all(source)
    for platform, snippet in snippets.items():
        shown = snippet.text + snippet.title + snippet.description
        if platform is Platform.TELEGRAM:  # Telegram's HTML parse mode: escaped, and whole once unescaped
            assert "x&lt;y matters" in snippet.text and "<y" not in snippet.text
            continue
        if platform is Platform.PINTEREST:
            assert TITLE_TEXT[:60] in snippet.title, platform
            assert EXCERPT_TEXT in snippet.description, platform
            continue
        if platform is Platform.EMAIL:
            assert snippet.title == TITLE_TEXT
            assert EXCERPT_TEXT in snippet.text
            continue
        assert "Why x<y matters" in shown, platform
        if platform is not Platform.SKYPE:
            assert "JavaScript: the good parts" in shown, platform


@pytest.fixture
def article(library: Any) -> int:
    service = ArticleService(library)
    article_id = service.create("en", TITLE, "Body text.", excerpt=EXCERPT)
    service.set_status(article_id, "published")
    return article_id


def _export(library: Any, fmt: str, out: Path) -> Path:
    run_export(library, fmt, out, Selection(editions=("en",)))
    return out


def test_html_page_title_h1_open_graph_and_x(library: Any, article: int, tmp_path: Path) -> None:
    out = _export(library, "html", tmp_path / "html")
    page = next(out.rglob("*.html"))
    raw = page.read_text(encoding="utf-8")
    assert "x<y" not in raw  # escaped in the markup...
    tree = lxml_html.fromstring(raw.encode())
    assert tree.xpath("string(//title)") == TITLE_TEXT  # ...and whole as text
    assert tree.xpath("string(//h1)") == TITLE_TEXT
    meta = {m.get("property") or m.get("name"): m.get("content") for m in tree.xpath("//meta[@content]")}
    assert meta["og:title"] == meta["twitter:title"] == TITLE_TEXT
    assert meta["og:description"] == meta["twitter:description"] == meta["description"] == EXCERPT_TEXT


def test_wxr_title_and_excerpt(library: Any, article: int, tmp_path: Path) -> None:
    out = _export(library, "wxr", tmp_path / "site.xml")
    root = etree.fromstring(out.read_bytes())
    ns = {"excerpt": "http://wordpress.org/export/1.2/excerpt/"}
    item = next(i for i in root.iter("item") if i.findtext("{http://wordpress.org/export/1.2/}post_type") == "post")
    # WordPress reads the title and excerpt as HTML: escaped once, whole once unescaped.
    assert lxml_html.fromstring(f"<p>{item.findtext('title')}</p>").text_content() == TITLE_TEXT
    excerpt = item.findtext("excerpt:encoded", namespaces=ns)
    assert lxml_html.fromstring(f"<p>{excerpt}</p>").text_content() == EXCERPT_TEXT


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_feeds(library: Any, article: int, tmp_path: Path, fmt: str) -> None:
    out = _export(library, fmt, tmp_path / f"feed.{fmt}.xml")
    feed = feedparser.parse(out.read_bytes())
    assert feed.entries[0].title == TITLE_TEXT
    if fmt == "rss":  # the Atom feed carries the body, no summary
        assert lxml_html.fromstring(f"<p>{feed.entries[0].summary}</p>").text_content() == EXCERPT_TEXT


def test_snippet_export(library: Any, article: int, tmp_path: Path) -> None:
    out = _export(library, "snippets", tmp_path / "snippets")
    data = json.loads(next(out.rglob("*.json")).read_text(encoding="utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    assert "Why x<y matters: JavaScript: the good parts" in text


def test_markdown_round_trip_keeps_the_title(library: Any, article: int, tmp_path: Path) -> None:
    from nejat_desk.storage.library import Library

    out = _export(library, "markdown", tmp_path / "md")
    files = list(out.rglob("*.md"))
    other = Library.open(tmp_path / "other", create=True)
    try:
        report = import_paths(other, files)
        assert [r.outcome for r in report.results] == [Outcome.CREATED], report.results
        with other.session() as session:
            from sqlalchemy import select

            from nejat_desk.storage.models import Article

            imported = session.scalars(select(Article)).one()
            assert (imported.title, imported.excerpt) == (TITLE_TEXT, EXCERPT_TEXT)
    finally:
        other.close()
