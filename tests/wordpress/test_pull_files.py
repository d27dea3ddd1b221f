"""Pull brings the files (issue #16), against a scripted site (no WordPress needed): pictures are
downloaded through the media import's rules, deduplicated by hash with what is already there; a
file that is not what it claims, or that lives on another host, is named in the report, and the
post is stored all the same."""

from __future__ import annotations

import io
import json
from typing import Any

import httpx
from PIL import Image

from nejat_desk.services.media_import import import_media
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.pull import Puller
from nejat_desk.services.wordpress.sites import SiteService
from nejat_desk.storage.models import Article, MediaItem, MediaText

SITE = "http://127.0.0.1:8765"


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG")
    return out.getvalue()


RED, BLUE = _jpeg((200, 0, 0)), _jpeg((0, 0, 200))
FILES = {"/wp-content/uploads/red.jpg": RED, "/wp-content/uploads/red-copy.jpg": RED,
         "/wp-content/uploads/blue.jpg": BLUE, "/wp-content/uploads/fake.jpg": b"<html><script>x</script></html>"}
MEDIA = {
    1: {"source_url": f"{SITE}/wp-content/uploads/red.jpg", "alt_text": "Red square"},
    2: {"source_url": f"{SITE}/wp-content/uploads/red-copy.jpg", "alt_text": "Same red"},
    3: {"source_url": f"{SITE}/wp-content/uploads/fake.jpg", "alt_text": "Not a picture"},
    4: {"source_url": "http://cdn.example.net/wp-content/uploads/elsewhere.jpg", "alt_text": "Elsewhere"},
    5: {"source_url": f"{SITE}/wp-content/uploads/blue.jpg", "alt_text": "Blue"},
}


def _post(post_id: int, featured: int) -> dict[str, Any]:
    return {"id": post_id, "title": {"raw": f"Post {post_id}"}, "content": {"raw": "<p>Text.</p>"},
            "excerpt": {"raw": ""}, "slug": f"post-{post_id}", "status": "draft", "date_gmt": "2026-01-01T10:00:00",
            "modified_gmt": "2026-01-01T10:00:00", "categories": [], "tags": [], "featured_media": featured}


def _site(requests: list[tuple[str, bool]]) -> httpx.MockTransport:
    posts = [_post(10 + m, m) for m in MEDIA]

    def handle(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        requests.append((str(request.url), "authorization" in request.headers))
        if path == "/wp-json/":
            return httpx.Response(200, json={"namespaces": ["wp/v2"], "name": "Scripted"})
        if path == "/wp-json/wp/v2/posts":
            return httpx.Response(200, json=posts, headers={"X-WP-Total": str(len(posts)), "X-WP-TotalPages": "1"})
        if path.startswith("/wp-json/wp/v2/media/"):
            media_id = int(path.rsplit("/", 1)[1])
            return httpx.Response(200, content=json.dumps({
                "id": media_id, "mime_type": "image/jpeg", "title": {"raw": f"Picture {media_id}"},
                "caption": {"raw": ""}, **MEDIA[media_id]}))
        if path in FILES and request.url.host == "127.0.0.1":
            return httpx.Response(200, content=FILES[path], headers={"Content-Type": "image/jpeg"})
        return httpx.Response(404, json={"code": "rest_no_route"})

    return httpx.MockTransport(handle)


def test_pull_downloads_pictures_by_the_import_rules(library, tmp_path, memory_keyring) -> None:
    kept = tmp_path / "blue.jpg"
    kept.write_bytes(BLUE)
    already = import_media(library, [kept]).media_ids[0]  # the library holds the blue picture already
    requests: list[tuple[str, bool]] = []
    transport = _site(requests)
    sites = SiteService(library, CredentialStore(backend=memory_keyring),
                        client_factory=lambda *a, **k: WordPressClient(*a, transport=transport, **k))
    site_id = sites.add("Scripted", SITE, "editor", ["en"])
    with sites.client(site_id, password="app pass word") as client:
        report = Puller(client, library, site_id).pull()
    assert len(report.created) == 5 and not report.skipped
    with library.session() as s:
        featured = {a.slug: s.get(MediaItem, a.featured_media_id) for a in s.query(Article)}
        red, red_copy = featured["post-11"], featured["post-12"]
        assert red.sha256 and library.layout.media_path(red.sha256).read_bytes() == RED
        assert red_copy.id == red.id  # the same bytes are one item
        assert featured["post-15"].id == already  # deduplicated with what was already there
        assert s.get(MediaText, (red.id, "en")).alt_text == "Red square"
        # Not a picture, and another host: kept as addresses, said in the report; the posts are stored.
        assert featured["post-13"].sha256 is None and featured["post-14"].sha256 is None
    joined = " ".join(report.warnings)
    assert "fake.jpg was not brought in" in joined and "elsewhere.jpg was not downloaded" in joined
    assert not any("cdn.example.net" in url for url, _auth in requests)  # never fetched from another host
    downloads = [auth for url, auth in requests if url.endswith(".jpg")]
    assert downloads and not any(downloads)  # files are fetched without the password
    assert any(auth for url, auth in requests if "/wp-json/wp/v2/" in url)


def test_a_hostile_desk_record_is_read_field_by_field_and_the_pull_goes_on(library, memory_keyring) -> None:
    """Meta a colleague's desk never wrote (hand-edited, or a hostile site): wrong types are dropped, a
    gallery record that is not one is named and skipped, and the other posts are stored."""
    garbage = json.dumps({"v": 1, "kind": "article", "attachments": ["x", -3, True], "text_version": "9",
                          "scheduled_at": "not a date", "status": ["ready"], "body_md": 42, "sent": None})
    bad_gallery = json.dumps({"v": 1, "kind": "gallery", "gallery_kind": "not-a-kind", "uid": "g1"})
    bad_issue = json.dumps({"v": 1, "kind": "issue", "uid": "i1", "series": {"edition": ["fa"]}, "number": "x"})
    metas = [{"nejat_uid": "u1", "nejat_record": garbage, "nejat_follows_revision": "abc",
              "nejat_translation_group": "g", "nejat_translation_of": "nobody", "nejat_byline": "By M."},
             {"nejat_uid": "u2", "nejat_record": bad_gallery}, {"nejat_uid": "u3", "nejat_record": bad_issue},
             {"nejat_uid": "u4", "nejat_record": "{not json"}]
    posts = [{**_post(20 + n, 0), "meta": meta} for n, meta in enumerate(metas)]

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/wp-json/wp/v2/posts":
            return httpx.Response(200, json=posts, headers={"X-WP-Total": "4", "X-WP-TotalPages": "1"})
        return httpx.Response(404, json={"code": "rest_no_route"})

    transport = httpx.MockTransport(handle)
    sites = SiteService(library, CredentialStore(backend=memory_keyring),
                        client_factory=lambda *a, **k: WordPressClient(*a, transport=transport, **k))
    site_id = sites.add("Scripted", SITE, "editor", ["en"])
    with sites.client(site_id, password="app pass word") as client:
        report = Puller(client, library, site_id).pull()
    assert len(report.created) == 2 and len(report.skipped) == 2, report
    assert "post 21" in " ".join(report.skipped) and "post 22" in " ".join(report.skipped)
    with library.session() as s:
        first = s.query(Article).filter_by(slug="post-20").one()
        assert (first.uid, first.byline, first.body_md.strip(), first.scheduled_at) == ("u1", "By M.", "Text.", None)
        assert s.query(Article).filter_by(slug="post-23").one().uid == "u4"


def test_the_plugins_empty_defaults_do_not_wipe_what_the_desk_keeps(library, memory_keyring) -> None:
    """A post pushed before the plugin was installed, then edited on the site: its meta holds the
    plugin's empty defaults, which are not a desk's word; the library's byline and source stay."""
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.services.wordpress.companion import POST_META
    from nejat_desk.services.wordpress.remote import record_link

    article_id = ArticleService(library).create("en", "Post 30", "Old text.", slug="post-30", byline="By Leila",
                                                source_name="Agency")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[{
        **_post(30, 0), "content": {"raw": "<p>Edited on the site.</p>"},
        "meta": {key: 0 if key == "nejat_follows_revision" else "" for key in POST_META}}],
        headers={"X-WP-Total": "1", "X-WP-TotalPages": "1"}))
    sites = SiteService(library, CredentialStore(backend=memory_keyring),
                        client_factory=lambda *a, **k: WordPressClient(*a, transport=transport, **k))
    site_id = sites.add("Scripted", SITE, "editor", ["en"])
    with library.session() as s:
        record_link(s, site_id, "article", article_id, 30, synced_hash="before", synced_version=s.get(
            Article, article_id).version)
    with sites.client(site_id, password="app pass word") as client:
        report = Puller(client, library, site_id).pull()
    assert report.updated == [article_id], report
    with library.session() as s:
        article = s.get(Article, article_id)
        assert article.body_md.strip() == "Edited on the site."
        assert (article.byline, article.source_name) == ("By Leila", "Agency")
