"""Pictures inside a body, against a scripted site (no WordPress needed): the same rules as the
featured image (own origin only, never with the password, hostile files refused by the import,
each named in the report, the post stored all the same), and the `<img>` reading they rest on."""

from __future__ import annotations

import io

import httpx
from PIL import Image

from nejat_desk.services.wordpress.body_media import image_tag, images, local_ref, local_sha, rewrite
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.pull import Puller
from nejat_desk.services.wordpress.sites import SiteService
from nejat_desk.storage.models import Article, MediaItem

SITE = "http://127.0.0.1:8766"


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 10)).save(out, "JPEG")
    return out.getvalue()


GREEN = _jpeg()
FILES = {"/wp-content/uploads/green.jpg": GREEN, "/wp-content/uploads/fake.jpg": b"<html><script>x</script>"}
BODY = (f'<p>One <img src="{SITE}/wp-content/uploads/green.jpg" alt="Green"> two '
        f'<img src="/wp-content/uploads/fake.jpg" alt="Fake"> three '
        '<img src="http://cdn.example.net/wp-content/uploads/far.jpg" alt="Far"></p>')


def test_body_pictures_follow_the_pull_rules(library, memory_keyring) -> None:
    requests: list[tuple[str, bool]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append((str(request.url), "authorization" in request.headers))
        if request.url.path == "/wp-json/wp/v2/posts/7":
            return httpx.Response(200, json={
                "id": 7, "title": {"raw": "Pictures"}, "content": {"raw": BODY}, "excerpt": {"raw": ""},
                "slug": "pictures", "status": "draft", "date_gmt": None, "modified_gmt": "2026-01-01T10:00:00",
                "categories": [], "tags": [], "featured_media": 0})
        if request.url.path in FILES and request.url.host == "127.0.0.1":
            return httpx.Response(200, content=FILES[request.url.path])
        return httpx.Response(404, json={"code": "rest_no_route"})

    transport = httpx.MockTransport(handle)
    sites = SiteService(library, CredentialStore(backend=memory_keyring),
                        client_factory=lambda *a, **k: WordPressClient(*a, transport=transport, **k))
    site_id = sites.add("Scripted", SITE, "editor", ["en"])
    with sites.client(site_id, password="app pass word") as client:
        report = Puller(client, library, site_id, "en").pull_post(7)
    assert len(report.created) == 1
    joined = " ".join(report.warnings)
    assert "fake.jpg was not brought in" in joined and "far.jpg was not downloaded" in joined
    assert not any("cdn.example.net" in url for url, _auth in requests)
    assert not any(auth for url, auth in requests if "/wp-content/" in url)  # files without the password
    with library.session() as s:
        body = s.query(Article).one().body_md
        green = s.query(MediaItem).filter(MediaItem.sha256.is_not(None)).one()
        assert green.source_url == f"{SITE}/wp-content/uploads/green.jpg"  # a push sends this address again
    assert f"![Green]({local_ref(green.sha256)})" in body
    # What could not be brought in stays the site's address.
    assert "/wp-content/uploads/fake.jpg" in body and "http://cdn.example.net/wp-content/uploads/far.jpg" in body


def test_img_tags_are_read_and_rewritten_without_touching_the_rest() -> None:
    sha = "ab" * 32
    fragment = ('<p title="a > b">x</p><IMG class="size-large wp-image-12" alt=\'A &amp; B\' '
                'src="/up/a-300.jpg" srcset="/up/a-300.jpg 300w, /up/a.jpg 1024w, /up/a-768.jpg 768w"/>'
                f'<img src="media/ab/{sha}" alt="">text<imgx src="nope">')
    first, second = images(fragment)
    assert (first.remote_id, first.attrs["alt"]) == (12, "A & B")
    assert first.largest("http://site.test") == "http://site.test/up/a.jpg"
    assert local_sha(second.src) == sha and local_sha("http://x.test/" + sha) is None
    assert local_sha(f"media/ab/{sha}.jpg") == sha and local_sha("media/ab/not-a-sha") is None
    out = rewrite(fragment, lambda i, image: image_tag("/new.jpg", "N") if i == 0 else None)
    assert out == ('<p title="a > b">x</p><img src="/new.jpg" alt="N">'
                   f'<img src="media/ab/{sha}" alt="">text<imgx src="nope">')
