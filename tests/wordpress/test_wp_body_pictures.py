"""Pictures inside a post's body come with a pull (issue #16): a post written on the site with a
picture in its text, and a desk's post with a picture of its media store in the body, are pulled
into another library; the picture is in that library's media store, the Markdown refers to the
copy, the preview shows it with the site out of reach, and a push back sends the site's address
again without a second upload."""

from __future__ import annotations

import io
import socket
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from wp_helpers import import_image, site_post, unique

from nejat_desk.gui.articles.preview import PreviewBrowser
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.body_media import images, local_ref, local_sha
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.errors import SiteError
from nejat_desk.services.wordpress.outbox import Outbox
from nejat_desk.services.wordpress.pull import Puller, PullReport
from nejat_desk.services.wordpress.sites import SiteService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, MediaItem, RemoteLink

pytestmark = pytest.mark.wordpress


class Desk:
    def __init__(self, folder: Path, site: Any, keyring: Any) -> None:
        self.library = Library.open(folder, create=True)
        self.sites = SiteService(self.library, CredentialStore(backend=keyring), timeout=30)
        self.site_id = self.sites.add("Newsroom", site.url(), site.admin_user, ["en"],
                                      password=site.admin_app_password)
        self.outbox = Outbox(self.library, self.sites)

    def pull(self, remote_id: int) -> PullReport:
        with self.sites.client(self.site_id) as client:
            return Puller(client, self.library, self.site_id, "en").pull_post(remote_id)

    def push(self, article_id: int) -> int:
        """Send as draft; returns how many files the push uploaded."""
        report = self.outbox.flush(job_ids=[self.outbox.enqueue(self.site_id, "article", article_id,
                                                                status="draft")])
        assert report.ok and len(report.done) == 1, report
        return report.done[0][1].uploaded_media

    def remote_id(self, article_id: int) -> int:
        with self.library.session() as s:
            return s.query(RemoteLink).filter_by(object_type="article", local_id=article_id).one().remote_id

    def article(self, article_id: int) -> tuple[str, str]:
        with self.library.session() as s:
            a = s.get(Article, article_id)
            return a.body_md, a.body_html


@pytest.fixture
def desks(wordpress_site, tmp_path, memory_keyring):
    made = [Desk(tmp_path / name, wordpress_site, memory_keyring) for name in ("a", "b")]
    try:
        yield made
    finally:
        for desk in made:
            desk.library.close()


def _jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (640, 480)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=90)
    return out.getvalue()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _shown_offline(desk: Desk, remote_id: int, body_html: str, qtbot) -> list[str]:
    """With the site out of reach (a pull fails), the preview serves every picture of the body from the
    library's store. Returns the store references the body uses."""
    with pytest.raises(SiteError):
        offline = WordPressClient(f"http://127.0.0.1:{_closed_port()}", "nobody", "x", timeout=2)
        Puller(offline, desk.library, desk.site_id, "en").pull_post(remote_id)
    preview = PreviewBrowser(desk.library.layout.media_path)
    qtbot.addWidget(preview)
    sources = [image.src for image in images(body_html)]
    for src in sources:
        picture = preview.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
        assert picture is not None and not picture.isNull(), src
    assert not preview.refused
    return sources


def _in_store(library: Library, src: str) -> str:
    sha = local_sha(src)
    assert sha and src == local_ref(sha) and library.layout.media_path(sha).is_file(), src
    with library.session() as s:
        assert s.query(MediaItem).filter_by(sha256=sha).one()
    return sha


def test_a_picture_in_a_site_posts_body_is_pulled_and_pushed_back_as_the_sites(desks, qtbot) -> None:
    """Written in WordPress's block editor: one picture named as attachment (`wp-image-<id>`, a
    smaller size in `src`, the full one in `srcset`), one by address only."""
    _a, b = desks
    marker = unique()
    with b.sites.client(b.site_id) as client:
        red = client.upload_media(f"red-{marker}.jpg", _jpeg((200, 0, 0)), "image/jpeg")
        blue = client.upload_media(f"blue-{marker}.jpg", _jpeg((0, 0, 200), (320, 200)), "image/jpeg")
        small = ((red.get("media_details") or {}).get("sizes") or {}).get("medium", {}).get("source_url") \
            or red["source_url"]
        content = (f'<!-- wp:image {{"id":{red["id"]}}} -->\n<figure class="wp-block-image size-medium">'
                   f'<img src="{small}" alt="A red square" class="wp-image-{red["id"]}" '
                   f'srcset="{small} 300w, {red["source_url"]} 640w" sizes="(max-width: 300px) 100vw, 300px"/>'
                   f'</figure>\n<!-- /wp:image -->\n\n<!-- wp:paragraph -->\n<p>Text and a blue one: '
                   f'<img src="{blue["source_url"]}" alt="Blue"> inline.</p>\n<!-- /wp:paragraph -->')
        post = client.post("/wp/v2/posts", {"title": f"Pictures {marker}", "content": content, "status": "draft"})
    media_before = _media_count(b)

    report = b.pull(int(post["id"]))
    assert len(report.created) == 1 and not report.warnings, report
    article_id = report.created[0]
    body_md, body_html = b.article(article_id)
    assert "wp-content/uploads" not in body_md  # no picture is left as the site's address
    red_src, blue_src = _shown_offline(b, int(post["id"]), body_html, qtbot)
    red_sha = _in_store(b.library, red_src)
    _in_store(b.library, blue_src)
    with Image.open(b.library.layout.media_path(red_sha)) as picture:
        assert picture.size == (640, 480)  # the largest file offered, not the 300 px one in src
    assert "A red square" in body_md and "Blue" in body_md

    ArticleService(b.library).save_text(article_id, body_md=body_md + "\nAn edit on desk B.\n")
    assert b.push(article_id) == 0  # both pictures are the site's already
    assert _media_count(b) == media_before
    with b.sites.client(b.site_id) as client:
        sent = site_post(client, int(post["id"]))["content"]["raw"]
    by_src = {image.src: image for image in images(sent)}
    assert set(by_src) == {red["source_url"], blue["source_url"]}
    assert by_src[red["source_url"]].remote_id == red["id"]


def test_a_desks_body_picture_travels_to_another_desk_and_back(companion, desks, tmp_path, qtbot) -> None:
    """Desk A's Markdown names a picture of its store; desk B's Markdown names B's copy; back on A the
    Markdown is A's own again."""
    a, b = desks
    from wp_helpers import jpeg_with_gps

    picture = import_image(a.library, jpeg_with_gps(tmp_path / "harbour.jpg"), "en", alt="The harbour")
    with a.library.session() as s:
        sha_a = s.get(MediaItem, picture).sha256
    body = f"Before.\n\n![The harbour at dawn]({local_ref(sha_a)})\n\nAfter.\n"
    article_a = ArticleService(a.library).create("en", f"Harbour {unique()}", body)
    assert a.push(article_a) == 1  # the picture goes up once, as the site's file
    remote_id = a.remote_id(article_a)
    with a.sites.client(a.site_id) as client:
        sent = images(site_post(client, remote_id)["content"]["raw"])
    assert len(sent) == 1 and sent[0].src.startswith("http") and sent[0].remote_id

    report = b.pull(remote_id)
    assert len(report.created) == 1, report
    article_b = report.created[0]
    body_b, html_b = b.article(article_b)
    (src_b,) = _shown_offline(b, remote_id, html_b, qtbot)
    sha_b = _in_store(b.library, src_b)
    assert body_b == body.replace(local_ref(sha_a), local_ref(sha_b))  # the desk's Markdown, with B's copy of the picture

    edited = body_b + "\nB's line.\n"
    ArticleService(b.library).save_text(article_b, body_md=edited)
    assert b.push(article_b) == 0  # the site's file again, no second upload
    with b.sites.client(b.site_id) as client:
        again = images(site_post(client, remote_id)["content"]["raw"])
    assert [(i.src, i.remote_id) for i in again] == [(sent[0].src, sent[0].remote_id)]

    back = a.pull(remote_id)
    assert back.updated == [article_a] and not back.conflicts, back
    assert a.article(article_a)[0] == edited.replace(local_ref(sha_b), local_ref(sha_a))


def _media_count(desk: Desk) -> int:
    with desk.sites.client(desk.site_id) as client:
        return len(list(client.paginate("/wp/v2/media", {"context": "edit", "per_page": 100})))


def test_a_body_picture_the_store_lacks_is_named_and_the_push_goes_on(desks) -> None:
    a, _b = desks
    missing = local_ref("cd" * 32)
    article = ArticleService(a.library).create("en", f"Lost picture {unique()}", f"Text.\n\n![Gone]({missing})\n")
    report = a.outbox.flush(job_ids=[a.outbox.enqueue(a.site_id, "article", article, status="draft")])
    assert report.ok and len(report.done) == 1, report
    result = report.done[0][1]
    assert result.uploaded_media == 0
    assert any(missing in warning and "does not hold" in warning for warning in result.warnings), result.warnings
