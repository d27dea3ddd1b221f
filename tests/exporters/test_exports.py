"""Every export format: valid output, hostile articles cleaned, atomic, byte-identical on re-export."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import feedparser
import html5lib
import pytest
from lxml import html as lxml_html

from nejat_desk.exporters.common import atomic_write_bytes, safe_filename, sanitize_markdown
from nejat_desk.services.export import ExportOptions, Selection, run_export

HOSTILE_MARKERS = ("<script", "onerror", "javascript:", "<iframe", "<object", "\x01", "\x07", "\x0b")


def _all_text(path: Path) -> str:
    if path.is_dir():
        return "\n".join(p.read_text(encoding="utf-8") for p in sorted(path.rglob("*")) if p.is_file())
    return path.read_text(encoding="utf-8")


def _assert_clean(text: str) -> None:
    lowered = text.lower()
    for marker in HOSTILE_MARKERS:
        assert marker not in lowered, marker


def test_html_pages_valid_and_complete(library: Any, content: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "site"
    run_export(library, "html", out)
    pages = sorted(out.rglob("*.html"))
    assert len([p for p in pages if p.parent.parent == out and p.name != "index.html"]) == 5  # the articles
    for page in pages:
        data = page.read_bytes()
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(data)  # raises on any parse error
        tree = lxml_html.fromstring(data)
        assert tree.get("lang") and tree.get("dir") in ("ltr", "rtl")
        assert len(tree.xpath("//link[@rel='canonical']/@href")) == 1
        assert len(tree.xpath("//h1")) == 1
    fa = lxml_html.fromstring(next(p for p in out.glob("fa/*.html") if p.name != "index.html").read_bytes())
    assert (fa.get("lang"), fa.get("dir")) == ("fa", "rtl")
    hreflangs = set(fa.xpath("//link[@rel='alternate']/@hreflang"))
    assert hreflangs == {"en", "fa", "ar", "x-default"}
    en = lxml_html.fromstring((out / "en" / "council-approves-the-new-budget-plan.html").read_bytes())
    meta = {m.get("property") or m.get("name"): m.get("content") for m in en.xpath("//meta[@content]")}
    assert meta["og:image:width"] == "1200" and meta["og:image:height"] == "630"
    assert meta["og:image:alt"] == "People around a table" and meta["og:image"].endswith("-og.jpg")
    assert meta["twitter:card"] == "summary_large_image"
    assert en.xpath("//link[@rel='canonical']/@href") == \
        ["https://nejat.example.org/2024/03/01/council-approves-the-new-budget-plan/"]
    shares = en.xpath("//article//ul[@class='share']/li/a/text() | //article//ul[@class='share']//summary/text()")
    assert shares == ["Facebook", "Twitter", "Pinterest", "WhatsApp", "Telegram", "Skype", "Email"]
    assert "July" not in en.xpath("string(//time)") and en.xpath("string(//time)") == "March 1, 2024"
    _assert_clean(_all_text(out))


def test_feeds_parse_cleanly(library: Any, content: dict[str, int], tmp_path: Path) -> None:
    for kind in ("rss", "atom"):
        out = tmp_path / f"en.{kind}.xml"
        run_export(library, kind, out, Selection(editions=("en",)))
        parsed = feedparser.parse(out.read_bytes())
        assert not parsed.bozo, parsed.get("bozo_exception")
        titles = [e.title for e in parsed.entries]
        assert "Council approves the new budget & plan" in titles
        assert len(parsed.entries) == 2  # the published English articles
        _assert_clean(out.read_text(encoding="utf-8"))
        again = tmp_path / f"again.{kind}.xml"
        run_export(library, kind, again, Selection(editions=("en",)))
        assert again.read_bytes() == out.read_bytes()
    folder = tmp_path / "all-rss"
    run_export(library, "rss", folder)
    for feed in folder.glob("*.xml"):
        assert not feedparser.parse(feed.read_bytes()).bozo


def test_markdown_round_trip(library: Any, content: dict[str, int], tmp_path: Path, library_dir: Path) -> None:
    from nejat_desk.services.markdown_import import import_paths
    from nejat_desk.storage.library import Library

    first = tmp_path / "md1"
    run_export(library, "markdown", first)
    _assert_clean(_all_text(first))
    other = Library.open(tmp_path / "other", create=True)
    try:
        report = import_paths(other, [first])
        assert not report.failed
        second = tmp_path / "md2"
        run_export(other, "markdown", second)
        third = tmp_path / "md3"
        run_export(other, "markdown", third)
        files = sorted(p.relative_to(second) for p in second.rglob("*.md"))
        assert files == sorted(p.relative_to(first) for p in first.rglob("*.md"))
        for rel in files:
            assert (second / rel).read_bytes() == (third / rel).read_bytes()
            if "hostile" not in str(rel) and "script" not in str(rel):
                assert (second / rel).read_bytes() == (first / rel).read_bytes(), rel
    finally:
        other.close()


def test_snippet_files(library: Any, content: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "snips"
    run_export(library, "snippets", out, options=ExportOptions(campaign="spring"))
    data = json.loads((out / "en" / "council-approves-the-new-budget-plan.json").read_text())
    platforms = data["platforms"]
    assert set(platforms) == {"facebook", "x", "pinterest", "whatsapp", "telegram", "skype", "email"}
    for name, snippet in platforms.items():
        assert {"text", "link", "image", "share_url"} <= set(snippet)
        assert f"utm_source={name}" in snippet["link"] and "utm_campaign=spring" in snippet["link"]
    assert platforms["skype"]["share_url"] is None and "May 2025" in platforms["skype"]["notice"]
    assert platforms["pinterest"]["image"].endswith("-pinterest.jpg")
    assert platforms["facebook"]["image"].endswith("-og.jpg")
    fa = json.loads(next((out / "fa").glob("*.json")).read_text())
    assert fa["article"]["direction"] == "rtl"
    _assert_clean(_all_text(out))


def test_edited_snippet_is_kept(library: Any, content: dict[str, int], tmp_path: Path) -> None:
    from nejat_desk.core.domain import Platform
    from nejat_desk.services.snippets import save_edited_text

    save_edited_text(library, content["en"], Platform.FACEBOOK, "Hand-written text")
    out = tmp_path / "snips"
    run_export(library, "snippets", out)
    data = json.loads((out / "en" / "council-approves-the-new-budget-plan.json").read_text())
    assert data["platforms"]["facebook"]["text"] == "Hand-written text"
    run_export(library, "snippets", tmp_path / "again")
    data = json.loads((tmp_path / "again" / "en" / "council-approves-the-new-budget-plan.json").read_text())
    assert data["platforms"]["facebook"]["text"] == "Hand-written text"


def test_hootsuite_csv(library: Any, content: dict[str, int], tmp_path: Path) -> None:
    import csv
    from datetime import UTC, datetime

    from nejat_desk.storage.models import SocialSnippet

    with library.session() as s:
        s.add(SocialSnippet(article_id=content["en"], platform="x", text="",
                            scheduled_at=datetime(2024, 3, 2, 9, 3, tzinfo=UTC)))
        s.add(SocialSnippet(article_id=content["en"], platform="facebook", text="Our text, with a comma",
                            edited=True, scheduled_at=datetime(2024, 3, 2, 10, 0, tzinfo=UTC)))
        s.add(SocialSnippet(article_id=content["sq"], platform="x", text=""))  # not scheduled: not in the file
    out = tmp_path / "bulk.csv"
    report = run_export(library, "hootsuite-csv", out, now=datetime(2024, 3, 2, 8, 0, tzinfo=UTC))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r[0] for r in rows] == ["03/02/2024 09:05", "03/02/2024 10:00"]
    assert rows[1][1] == "Our text, with a comma"
    assert all(r[2].startswith("https://nejat.example.org/") and r[2] not in r[1] for r in rows)
    assert any("ending in 0 or 5" in w for w in report.warnings)


def test_bundle_is_deterministic(library: Any, content: dict[str, int], tmp_path: Path) -> None:
    one, two = tmp_path / "a.zip", tmp_path / "b.zip"
    run_export(library, "bundle", one)
    run_export(library, "bundle", two)
    assert one.read_bytes() == two.read_bytes()
    with zipfile.ZipFile(one) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert "wordpress/site.wxr.xml" in names
        assert any(n.startswith("pages/fa/") for n in names) and "feeds/en.rss.xml" in names
        assert any(n.startswith("snippets/en/") for n in names)
        assert {i.date_time for i in archive.infolist()} == {(2024, 3, 1, 9, 30, 0)}
        for name in names:
            _assert_clean(archive.read(name).decode("utf-8", errors="replace"))


def test_bundle_includes_clean_media(library: Any, tmp_path: Path) -> None:
    from PIL import Image

    from nejat_desk.services.articles import ArticleService
    from nejat_desk.services.media_import import import_media

    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (1600, 1200), (200, 30, 30)).save(photo, "JPEG")
    media_id = import_media(library, [photo]).lines[0].media_id
    assert media_id is not None
    ArticleService(library).create("en", "With a photo", "Body.", featured_media_id=media_id)
    out = tmp_path / "bundle.zip"
    report = run_export(library, "bundle", out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert any(n.startswith("media/") and n.endswith("-og.jpg") for n in names), (names, report.warnings)
    assert any(n.startswith("media/") and n.endswith("-pinterest.jpg") for n in names)
    with zipfile.ZipFile(out) as archive:
        og = next(n for n in names if n.endswith("-og.jpg"))
        with Image.open(io.BytesIO(archive.read(og))) as img:
            assert img.size == (1200, 630)


def test_wxr_selection_by_slug_status_and_dates(library: Any, content: dict[str, int], tmp_path: Path) -> None:
    from datetime import date

    from tests.exporters import wp_parsers

    out = tmp_path / "sel.xml"
    run_export(library, "wxr", out, Selection(statuses=("published",), editions=("en",)))
    posts = [p for p in wp_parsers.simplexml_parse(out.read_bytes())["posts"] if p["wp:post_type"] == "post"]
    assert {p["wp:status"] for p in posts} == {"publish"} and len(posts) == 2
    run_export(library, "wxr", out, Selection(slugs=("council-approves-the-new-budget-plan",)))
    posts = [p for p in wp_parsers.simplexml_parse(out.read_bytes())["posts"] if p["wp:post_type"] == "post"]
    assert [p["wp:post_name"] for p in posts] == ["council-approves-the-new-budget-plan"]
    run_export(library, "wxr", out, Selection(date_from=date(2024, 3, 2), date_to=date(2024, 3, 2)))
    posts = [p for p in wp_parsers.simplexml_parse(out.read_bytes())["posts"] if p["wp:post_type"] == "post"]
    assert len(posts) == 1 and posts[0]["wp:status"] == "future"


def test_failed_export_leaves_nothing_half_written(library: Any, content: dict[str, int], tmp_path: Path,
                                                   monkeypatch: Any) -> None:
    from nejat_desk.exporters import html_pages

    out = tmp_path / "site"
    run_export(library, "html", out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken(*args: Any, **kwargs: Any) -> bytes:
        raise RuntimeError("disk full")

    monkeypatch.setattr(html_pages, "render_page", broken)
    with pytest.raises(RuntimeError):
        run_export(library, "html", out)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"] or all(
        not p.name.endswith(".partial") for p in tmp_path.iterdir())
    target = tmp_path / "file.xml"
    target.write_bytes(b"old")
    from nejat_desk.services import export_destination

    monkeypatch.setattr(export_destination.Path, "write_bytes", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        export_destination.write_folder(tmp_path / "d", {"a.txt": b"a"}, library_root=tmp_path / "lib",
                                        fmt="markdown")
    monkeypatch.undo()
    assert [p.name for p in (tmp_path / "d").iterdir()] == [export_destination.MARKER_NAME]  # marked, nothing else
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


@pytest.mark.parametrize("name, expected", [
    ("CON.html", "_CON.html"), ("aux", "_aux"), ("a<b>c:d\"e/f\\g|h?i*j.md", "a-b-c-d-e-f-g-h-i-j.md"),
    ("trailing. ", "trailing"), ("\u202eevil\u202c.txt", "evil.txt"), ("...", "untitled"),
    ("lpt1.json", "_lpt1.json"), ("com1.tar", "_com1.tar"),
])
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_safe_filename_length() -> None:
    name = safe_filename("ک" * 300 + ".html")
    assert len(name.encode()) <= 120 and name.endswith(".html")


def test_sanitize_markdown_leaves_plain_text_alone() -> None:
    plain = "# Title\n\nA [link](https://e.org) and **bold**.\n"
    assert sanitize_markdown(plain) == plain
    dirty = sanitize_markdown('<img src=x onerror="a()"> [x](javascript:alert(1)) <script>b()</script>')
    assert "onerror" not in dirty and "javascript" not in dirty and "script" not in dirty


def test_cli_export(library_dir: Path, tmp_path: Path, capsys: Any) -> None:
    from nejat_desk.cli.main import main
    from nejat_desk.storage.library import Library
    from tests.exporters.conftest import populate

    lib = Library.open(library_dir, create=True)
    populate(lib)
    lib.close()
    out = tmp_path / "site.xml"
    code = main(["export", "wxr", "--out", str(out), "--library", str(library_dir), "--edition", "en",
                 "--status", "published", "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["articles"] == 2 and out.exists()
    assert main(["export", "snippets", "--out", str(tmp_path / "s"), "--library", str(library_dir),
                 "--slug", "council-approves-the-new-budget-plan"]) == 0
    assert len(list((tmp_path / "s").rglob("*.json"))) == 1
    with pytest.raises(SystemExit):
        main(["export", "pdf", "--out", str(out), "--library", str(library_dir)])
    assert main(["export", "wxr", "--out", str(out), "--library", str(library_dir), "--from", "2025-01-01",
                 "--to", "2024-01-01"]) == 1
    assert re.search(r"start date is after the end date", capsys.readouterr().err)


@pytest.mark.parametrize("dirty", [
    "<p>a</p><script>x()</script>", '<img src="x" onerror="y()">', '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>', "<iframe src=x></iframe>", "<object data=x></object>",
    "<p>\x01bell</p>", '<p style="background:url(x)">s</p>', "<svg><script>1</script></svg>", "<!-- c --><p>x</p>",
    '<a href="javascript&#58;alert(1)">x</a>', '<a href="java&#x09;script:alert(1)">x</a>',
])
def test_clean_html_catches_what_the_cache_should_never_hold(dirty: str) -> None:
    from nejat_desk.exporters.common import clean_html

    out = clean_html(dirty).lower()
    for bad in ("<script", "onerror", "javascript", "<iframe", "<object", "\x01", "style=", "<svg", "<!--"):
        assert bad not in out


def test_clean_html_passes_sanitised_html_unchanged() -> None:
    from nejat_desk.core.render import render_markdown
    from nejat_desk.exporters.common import clean_html

    html = render_markdown("# T\n\nA **b** [c](https://e.org) ![i](x.png)\n\n> q\n\n- l\n")
    assert clean_html(html) == html
