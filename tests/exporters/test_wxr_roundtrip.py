"""A WXR from WordPress goes into the library and back out without losing content."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from nejat_desk.exporters.wxr import build_wxr
from nejat_desk.services.export import Selection, load_export_set
from nejat_desk.services.wxr_import import import_wxr
from tests.exporters import wp_parsers

FIXTURE = Path(__file__).parents[1] / "services" / "data" / "wordpress-export.xml"


def _words(content: str) -> list[str]:
    """The visible words of a body (shortcodes and all), whatever the markup around them."""
    text = re.sub(r"<[^>]+>", " ", content)  # element boundaries separate words
    # a video's URL is text after the trip (it was an iframe before): compare the words around it
    return re.findall(r"\w+", re.sub(r"https?://\S+", " ", html.unescape(text)))


def _links(content: str) -> set[str]:
    return set(re.findall(r'href="([^"]+)"', content)) | set(re.findall(r"https?://[^\s<\"']+", content))


def test_wordpress_to_app_to_wordpress(library: Any) -> None:
    original = wp_parsers.simplexml_parse(FIXTURE.read_bytes())
    import_wxr(library, FIXTURE)
    data = build_wxr(load_export_set(library, Selection())).data
    exported = wp_parsers.simplexml_parse(data)
    assert wp_parsers.regex_parse(data)["posts"]  # the line parser reads it too

    def key(post: dict[str, Any]) -> tuple[str, str]:
        return (next(t["slug"] for t in post["terms"] if t["domain"] == "language"), post["wp:post_name"] or
                post["title"])

    before = {key(p): p for p in original["posts"] if p["wp:post_type"] == "post"}
    after = {key(p): p for p in exported["posts"] if p["wp:post_type"] == "post"}
    before[("en", "draft-interview-notes")] = before.pop(("en", "Draft: interview notes"))  # WP had no slug yet
    assert set(after) == set(before)
    attachments_after = {p["wp:attachment_url"] for p in exported["posts"] if p["wp:post_type"] == "attachment"}
    attachments_before = {p["wp:attachment_url"] for p in original["posts"] if p["wp:post_type"] == "attachment"}
    assert attachments_before <= attachments_after
    by_id_after = {p["wp:post_id"]: p for p in exported["posts"]}
    by_id_before = {p["wp:post_id"]: p for p in original["posts"]}
    for k, old in before.items():
        new = after[k]
        assert html.unescape(new["title"]) == html.unescape(old["title"])
        assert new["wp:status"] == old["wp:status"]
        assert new["dc:creator"] == old["dc:creator"]
        if old["wp:post_date_gmt"].startswith("0000"):
            assert new["wp:post_date"] == old["wp:post_date"]
        else:
            assert (new["wp:post_date"], new["wp:post_date_gmt"]) == (old["wp:post_date"], old["wp:post_date_gmt"])
        old_words, new_words = _words(old["content:encoded"]), _words(new["content:encoded"])
        assert new_words == old_words, k
        assert _links(old["content:encoded"]) - {"https://www.youtube.com/embed/dQw4w9WgXcQ"} <= \
            _links(new["content:encoded"])
        assert _words(new["excerpt:encoded"]) == _words(old["excerpt:encoded"])
        old_terms = {(t["domain"], t["slug"]) for t in old["terms"] if t["domain"] in ("category", "post_tag", "language")}
        new_terms = {(t["domain"], t["slug"]) for t in new["terms"] if t["domain"] in ("category", "post_tag", "language")}
        assert new_terms == old_terms, k
        thumb_old = {m["key"]: m["value"] for m in old["postmeta"]}.get("_thumbnail_id")
        thumb_new = {m["key"]: m["value"] for m in new["postmeta"]}.get("_thumbnail_id")
        if thumb_old:
            assert by_id_after[thumb_new]["wp:attachment_url"] == by_id_before[thumb_old]["wp:attachment_url"]
    # the video travels as its URL on a line of its own
    en = after[("en", "families-wait-for-news")]
    # (bare, or alone in a paragraph: WordPress's autoembed takes both)
    assert re.search(r"(^|\n)(<p>)?https://www\.youtube\.com/watch\?v=dQw4w9WgXcQ(</p>)?(\n|$)",
                     en["content:encoded"])
    # translations survive as a Polylang group
    groups = {t["slug"] for p in after.values() for t in p["terms"] if t["domain"] == "post_translations"}
    assert len(groups) == 1
    cats = {c["slug"]: c for c in exported["categories"]}
    assert cats["middle-east"]["parent"] == "articles" and html.unescape(cats["middle-east"]["name"]) == \
        "Middle East & Gulf"
