"""One post, two ways in: a WXR import and a REST pull (fed the post as the REST API returns it)
give the same Markdown, because both go through core.htmlmd. The site is a stand-in transport
for the network only; both libraries are real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.pull import Puller
from nejat_desk.services.wordpress.sites import SiteService
from nejat_desk.services.wxr_import import import_wxr
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article

SITE = "https://nejat.example.org"
# Classic-editor text (no <p>, wpautop's job), a video iframe, markup Markdown cannot say, a
# snake_case word, the "more" comment, and right-to-left text.
CLASSIC = (
    "Families gathered on <strong>Tuesday</strong> at the crossing_point gate.\n"
    "A second line.\n\n"
    "<!--more-->\n\n"
    "<ol>\n\t<li>The first demand: access.</li>\n\t<li>The second: a list of names.</li>\n</ol>\n"
    '<table class="data"><tr><th colspan="2">Day</th></tr><tr><td>1</td><td>120 people</td></tr></table>\n'
    '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" allowfullscreen></iframe>\n\n'
    'Source: <a href="https://agency.example.org/border">Agency</a>\n\n'
    "خانواده‌ها در <em>مرز</em> منتظرند"
)
# Block-editor text: block comments around each block; the REST API's `rendered` drops them.
BLOCKS = (
    "<!-- wp:paragraph -->\n<p>Plain <b>bold</b> and a <a href=\"https://e.org/a_b\">link</a></p>\n"
    "<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2>Heading</h2>\n<!-- /wp:heading -->\n\n"
    "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"https://e.org/a.jpg\" alt=\"A\"/>"
    "<figcaption>Cap</figcaption></figure>\n<!-- /wp:image -->\n\n"
    "<!-- wp:list -->\n<ul><li>one</li><li>two</li></ul>\n<!-- /wp:list -->"
)
BLOCKS_RENDERED = BLOCKS.replace("<!-- wp:paragraph -->", "").replace("<!-- /wp:paragraph -->", "") \
    .replace("<!-- wp:heading -->", "").replace("<!-- /wp:heading -->", "").replace("<!-- wp:image -->", "") \
    .replace("<!-- /wp:image -->", "").replace("<!-- wp:list -->", "").replace("<!-- /wp:list -->", "")


def _wxr(path: Path, content: str, excerpt: str) -> Path:
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Nejat</title><link>{SITE}</link><language>en-US</language>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>{SITE}</wp:base_site_url><wp:base_blog_url>{SITE}</wp:base_blog_url>
<item><title><![CDATA[Families wait]]></title><link>{SITE}/families-wait/</link>
<dc:creator><![CDATA[maryam]]></dc:creator><guid isPermaLink="false">{SITE}/?p=101</guid>
<content:encoded><![CDATA[{content}]]></content:encoded><excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
<wp:post_id>101</wp:post_id><wp:post_date><![CDATA[2012-07-25 10:20:00]]></wp:post_date>
<wp:post_date_gmt><![CDATA[2012-07-25 10:20:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[families-wait]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type></item>
</channel></rss>""", encoding="utf-8")
    return path


def _rest_post(content: dict[str, str], excerpt: str) -> dict[str, Any]:
    return {"id": 101, "date_gmt": "2012-07-25T10:20:00", "modified_gmt": "2013-01-04T09:00:00",
            "slug": "families-wait", "status": "publish", "link": f"{SITE}/families-wait/",
            "title": {"raw": "Families wait", "rendered": "Families wait"}, "content": content,
            "excerpt": {"raw": excerpt, "rendered": f"<p>{excerpt}</p>\n"}, "categories": [], "tags": [],
            "featured_media": 0}


def _pulled_body(tmp_path: Path, post: dict[str, Any]) -> tuple[str, str]:
    def site(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/wp-json/wp/v2/posts", request.url
        return httpx.Response(200, text=json.dumps([post]), headers={"X-WP-Total": "1", "X-WP-TotalPages": "1"})

    library = Library.open(tmp_path / "pulled", create=True)
    try:
        site_id = SiteService(library, CredentialStore()).add("Main", SITE, "desk", ["en"])
        with WordPressClient(SITE, transport=httpx.MockTransport(site)) as client:
            report = Puller(client, library, site_id).pull()
        assert len(report.created) == 1, report
        return _body(library)
    finally:
        library.close()


def _body(library: Library) -> tuple[str, str]:
    with library.session() as session:
        article = session.scalars(select(Article).where(Article.slug == "families-wait")).one()
        return article.body_md, article.excerpt


@pytest.mark.parametrize(("content", "rest_content"), [
    # Pulled with context=edit: `raw` is what the WXR file holds; `rendered` (wpautop'd) is ignored.
    (CLASSIC, {"raw": CLASSIC, "rendered": "<p>Families gathered &#8230;</p>"}),
    (BLOCKS, {"raw": BLOCKS, "rendered": BLOCKS_RENDERED}),
    # Without edit rights only `rendered` comes: block content renders to itself minus the comments.
    (BLOCKS, {"rendered": BLOCKS_RENDERED}),
], ids=["classic-raw", "blocks-raw", "blocks-rendered-only"])
def test_wxr_import_and_rest_pull_give_identical_markdown(tmp_path: Path, content: str,
                                                         rest_content: dict[str, str]) -> None:
    excerpt = "Families gathered at the crossing for a third day."
    imported = Library.open(tmp_path / "imported", create=True)
    try:
        report = import_wxr(imported, _wxr(tmp_path / "site.xml", content, excerpt))
        assert report.created == 1, report.summary()
        wxr_body, wxr_excerpt = _body(imported)
    finally:
        imported.close()
    rest_body, rest_excerpt = _pulled_body(tmp_path, _rest_post(rest_content, excerpt))
    assert rest_body == wxr_body
    assert rest_excerpt == wxr_excerpt == excerpt
    assert "**" in wxr_body and "<!--" not in wxr_body.replace("<!--more-->", "")
