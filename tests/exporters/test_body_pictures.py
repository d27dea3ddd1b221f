"""Pictures inside a body (`media/<xx>/<sha256>`, the media store's references) leave every export
as a file the export carries or an address that works, never as a broken `media/…` path
(services.export_body_media)."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from PIL import Image

from nejat_desk.services.export import ExportOptions, run_export
from nejat_desk.services.wordpress.body_media import local_ref

SITE_COPY = "https://site.example.org/wp-content/uploads/2024/03/harbour.jpg"
MISSING = "f" * 64


def _picture(library: Any, tmp_path: Path, name: str, colour: tuple[int, int, int], alt: str = "") -> tuple[int, str]:
    """A real picture imported into the media store: (media id, its SHA-256)."""
    from nejat_desk.services.media_import import import_media
    from nejat_desk.storage.models import MediaItem, MediaText

    path = tmp_path / name
    Image.new("RGB", (3000, 2000), colour).save(path, "JPEG", quality=80)
    media_id = import_media(library, [path]).lines[0].media_id
    assert media_id is not None
    with library.session() as session:
        item = session.get(MediaItem, media_id)
        if alt:
            item.texts = [MediaText(edition_code="en", caption="", alt_text=alt)]
        return media_id, item.sha256


def _site_knows(library: Any, media_id: int, link: str) -> None:
    """As a pull or a push leaves it: the site's attachment and its address."""
    from nejat_desk.services.wordpress.remote import record_link
    from nejat_desk.storage.models import SiteProfile

    with library.session() as session:
        site = SiteProfile(name="Site", base_url="https://site.example.org", username="editor", editions=["en"])
        session.add(site)
        session.flush()
        record_link(session, site.id, "media", media_id, 77, link=link)


def _library_with_body_pictures(library: Any, tmp_path: Path) -> dict[str, Any]:
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.storage.models import Article

    harbour_id, harbour = _picture(library, tmp_path, "harbour.jpg", (20, 90, 160))
    market_id, market = _picture(library, tmp_path, "market.jpg", (160, 90, 20), alt="Stalls in the rain")
    _site_knows(library, harbour_id, SITE_COPY)
    body = (f"Before.\n\n![The harbour at dawn]({local_ref(harbour)})\n\n"
            f"Then the market: ![]({local_ref(market)})\n\n"
            f"And one the library lost: ![Lost]({local_ref(MISSING)})\n\nAfter.")
    article_id = ArticleService(library).create("en", "Pictures in the body", body, category_path="World")
    with library.session() as session:
        article = session.get(Article, article_id)
        article.status = "published"
        article.published_at = article.created_at
    return {"harbour": harbour, "market": market, "market_id": market_id}


def _srcs(html: str) -> list[str]:
    return re.findall(r'<img [^>]*src="([^"]+)"', html)


def test_html_export_writes_each_body_picture_once_and_points_at_it(library: Any, tmp_path: Path) -> None:
    ids = _library_with_body_pictures(library, tmp_path)
    site = tmp_path / "site"
    report = run_export(library, "html", site)
    page = site / "en" / "pictures-in-the-body.html"
    text = page.read_text(encoding="utf-8")
    body = text.split('<div class="body">', 1)[1].split("</div>", 1)[0]
    srcs = _srcs(body)
    assert len(srcs) == 2, body  # the missing one is left out, not a broken image
    for src in srcs:  # each resolves, from the page, to a JPEG the export wrote
        target = (page.parent / unquote(src)).resolve()
        assert target.is_file() and target.read_bytes().startswith(b"\xff\xd8\xff"), src
        assert target.parent == (site / "media").resolve()
        with Image.open(target) as img:
            assert max(img.size) <= 2048  # the web rendition, as a featured image travels
    assert "media/" + ids["harbour"][:2] not in body and MISSING not in text
    assert 'alt="The harbour at dawn"' in body and 'alt="Stalls in the rain"' in body  # the media's own alt
    assert body.count('width="2048" height="1365"') == 2
    assert len(list((site / "media").iterdir())) == 2 == report.counts["media"]
    assert any("en/pictures-in-the-body" in n and local_ref(MISSING) in n for n in report.notes), report.notes


def test_wxr_and_feeds_carry_the_site_address_or_the_media_base_url(library: Any, tmp_path: Path) -> None:
    ids = _library_with_body_pictures(library, tmp_path)
    base = "https://cdn.example.org/files"
    wxr_report = run_export(library, "wxr", tmp_path / "site.xml", options=ExportOptions(media_base_url=base))
    rss_report = run_export(library, "rss", tmp_path / "feed.xml", options=ExportOptions(media_base_url=base))
    for path in (tmp_path / "site.xml", tmp_path / "feed.xml"):
        text = path.read_text(encoding="utf-8")
        assert SITE_COPY in text, path.name  # the pulled picture: its site address
        assert re.search(re.escape(base) + r"/[0-9a-f]{8}-market\.jpg", text), path.name  # the base + its file
        assert "media/" + ids["harbour"][:2] not in text and "media/" + ids["market"][:2] not in text
        assert MISSING not in text
    for report in (wxr_report, rss_report):
        assert any(local_ref(MISSING) in n and "en/pictures-in-the-body" in n for n in report.notes), report.notes


def test_without_an_address_a_picture_is_left_out_and_named(library: Any, tmp_path: Path) -> None:
    ids = _library_with_body_pictures(library, tmp_path)
    report = run_export(library, "atom", tmp_path / "feed.xml", options=ExportOptions())
    text = (tmp_path / "feed.xml").read_text(encoding="utf-8")
    assert SITE_COPY in text and ids["market"] not in text and "Stalls in the rain" not in text
    assert any(local_ref(ids["market"]) in n and "media base URL" in n for n in report.notes), report.notes


def test_markdown_export_writes_absolute_addresses(library: Any, tmp_path: Path) -> None:
    ids = _library_with_body_pictures(library, tmp_path)
    report = run_export(library, "markdown", tmp_path / "md")
    text = (tmp_path / "md" / "en" / "pictures-in-the-body.md").read_text(encoding="utf-8")
    assert f"![The harbour at dawn](<{SITE_COPY}>)" in text
    assert ids["market"] not in text and MISSING not in text and "media/" not in text
    assert any(local_ref(ids["market"]) in n for n in report.notes), report.notes


def test_bundle_pages_point_into_the_bundles_media(library: Any, tmp_path: Path) -> None:
    _library_with_body_pictures(library, tmp_path)
    run_export(library, "bundle", tmp_path / "b.zip", options=ExportOptions(media_base_url="https://x.org/m"))
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        names = set(archive.namelist())
        page = archive.read("pages/en/pictures-in-the-body.html").decode("utf-8")
        srcs = _srcs(page.split('<div class="body">', 1)[1])
        assert len(srcs) >= 2
        for src in srcs[:2]:
            name = posixpath.normpath(posixpath.join("pages/en", unquote(src)))  # the file the page shows
            assert name.startswith("media/") and name in names, (src, sorted(names))
            with Image.open(io.BytesIO(archive.read(name))) as img:
                assert img.format == "JPEG"


def test_exported_page_with_body_pictures_passes_the_html_checker(library: Any, tmp_path: Path) -> None:
    from tests.exporters.test_html_validity import _check

    _library_with_body_pictures(library, tmp_path)
    site = tmp_path / "site"
    run_export(library, "html", site)
    errors = _check([site / "en" / "pictures-in-the-body.html"])
    assert errors == [], "\n".join(errors)


def test_a_store_file_that_cannot_be_read_leaves_no_broken_picture(library: Any, tmp_path: Path) -> None:
    ids = _library_with_body_pictures(library, tmp_path)
    library.layout.media_path(ids["market"]).write_bytes(b"not a picture any more")  # damaged on disk
    site = tmp_path / "site"
    report = run_export(library, "html", site)
    page = site / "en" / "pictures-in-the-body.html"
    srcs = _srcs(page.read_text(encoding="utf-8").split('<div class="body">', 1)[1].split("</div>", 1)[0])
    assert len(srcs) == 1 and (page.parent / unquote(srcs[0])).is_file(), srcs  # the harbour only
    assert any("market" in w for w in report.warnings), report.warnings


def test_a_picture_pulled_by_address_goes_back_to_that_address(library: Any, tmp_path: Path) -> None:
    from nejat_desk.storage.models import MediaItem

    ids = _library_with_body_pictures(library, tmp_path)
    pulled = "https://site.example.org/wp-content/uploads/2024/03/market-1024x683.jpg"
    with library.session() as session:  # as pull_media keeps a copy fetched by its address
        session.get(MediaItem, ids["market_id"]).source_url = pulled
    report = run_export(library, "wxr", tmp_path / "site.xml")
    text = (tmp_path / "site.xml").read_text(encoding="utf-8")
    assert pulled in text and SITE_COPY in text and ids["market"] not in text
    assert not any("media base URL" in n for n in report.notes), report.notes
