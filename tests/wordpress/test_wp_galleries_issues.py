"""Galleries and publication issues pushed to the real WordPress as posts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx
import pypdfium2 as pdfium
import pytest
from wp_helpers import import_image, jpeg_with_gps, site_post, unique

from nejat_desk.core.slugs import slugify
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.galleries import add_items, create_gallery, update_gallery
from nejat_desk.services.media_import import import_media
from nejat_desk.services.publications import PublicationService
from nejat_desk.services.wordpress.remote import decode_slug, find_link

pytestmark = pytest.mark.wordpress


def _pdf(path: Path) -> Path:
    doc = pdfium.PdfDocument.new()
    doc.new_page(300, 400)
    doc.save(str(path))
    doc.close()
    return path


def test_gallery_is_a_post_with_its_pictures(site_env, tmp_path) -> None:
    images = [import_image(site_env.library, jpeg_with_gps(tmp_path / f"g{n}.jpg", (30 * n, 60, 90)), "en",
                           alt=f"Picture {n}") for n in range(3)]
    title = f"Harbour at dawn {unique()}"
    with site_env.library.session() as s:
        gallery = create_gallery(s, "photo_gallery", {"en": title}, descriptions={"en": "Pictures from *the* harbour."})
        add_items(s, gallery.id, images)
        update_gallery(s, gallery.id, cover_media_id=images[0])
        gallery_id = gallery.id
    site_env.outbox.enqueue(site_env.site_id, "gallery", gallery_id, status="publish", edition="en")
    report = site_env.outbox.flush()
    assert report.ok, report
    (_, result), = report.done
    assert result.uploaded_media == 3
    with site_env.client() as client:
        post = site_post(client, result.remote_id)
        assert post["title"]["raw"] == title
        with site_env.library.session() as s:
            remote_images = [find_link(s, site_env.site_id, "media", m).remote_id for m in images]
        assert f'[gallery ids="{",".join(map(str, remote_images))}" link="file"]' in post["content"]["raw"]
        assert "<em>the</em>" in post["content"]["raw"]
        assert post["featured_media"] == remote_images[0]
        category = client.get(f"/wp/v2/categories/{post['categories'][0]}")
        assert decode_slug(category["slug"]) == "photo-gallery"
        assert client.get(f"/wp/v2/categories/{category['parent']}")["slug"] == "media"
        for remote in remote_images:
            assert client.get(f"/wp/v2/media/{remote}")["post"] == result.remote_id


def test_publication_issue_with_cover_pdf_and_contents(site_env, tmp_path) -> None:
    articles = ArticleService(site_env.library)
    inside = articles.create("en", f"Lead story {unique()}", "Inside the issue.")
    site_env.outbox.enqueue(site_env.site_id, "article", inside, status="publish")
    assert site_env.outbox.flush().ok
    cover = import_image(site_env.library, jpeg_with_gps(tmp_path / "cover.jpg"), "en", alt="Cover")
    pdf_report = import_media(site_env.library, [_pdf(tmp_path / "newsletter.pdf")])
    assert pdf_report.media_ids
    publications = PublicationService(site_env.library)
    name = f"The Newsletter {unique()}"
    series = publications.create_series("newsletter", "en", name, slug=slugify(name))
    issue = publications.save_issue(series_id=series, number=7, issue_date=date(2026, 11, 1), title="Autumn",
                                    cover_media_id=cover, pdf_media_id=pdf_report.media_ids[0],
                                    article_ids=[inside])
    site_env.outbox.enqueue(site_env.site_id, "issue", issue, status="draft")
    report = site_env.outbox.flush()
    assert report.ok, report
    (_, result), = report.done
    with site_env.client() as client:
        post = site_post(client, result.remote_id)
        assert post["title"]["raw"].endswith(" 7: Autumn")
        content = post["content"]["raw"]
        with site_env.library.session() as s:
            article_link = find_link(s, site_env.site_id, "article", inside).remote_link
            pdf_link = find_link(s, site_env.site_id, "media", pdf_report.media_ids[0]).remote_link
        assert f'href="{article_link}"' in content and "2026-11-01" in content
        assert f'<a href="{pdf_link}">Download ' in content and pdf_link.endswith(".pdf")
        assert httpx.get(pdf_link).content.startswith(b"%PDF")
        category = client.get(f"/wp/v2/categories/{post['categories'][0]}")
        # Under Publications, in the series' own category (core.site_categories), as the WXR export puts it.
        assert (category["name"], category["slug"]) == (name, slugify(name))
        assert client.get(f"/wp/v2/categories/{category['parent']}")["slug"] == "publications"
        assert post["featured_media"]
