"""WXR export: strict XML, and WordPress importer's own parser rules (line, SimpleXML, expat)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

import pytest
from lxml import etree

from nejat_desk.exporters.common import wp_slug
from nejat_desk.exporters.wxr import build_wxr, cdata, php_serialize, wp_status
from nejat_desk.services.export import Selection, load_export_set
from tests.exporters import wp_parsers


@pytest.fixture
def wxr(library: Any, content: dict[str, int]) -> tuple[bytes, Any, Any]:
    export = load_export_set(library, Selection())
    result = build_wxr(export, now=datetime(2030, 1, 1, tzinfo=UTC))
    return result.data, result, export


def test_strict_xml_and_file_rules(wxr: tuple[bytes, Any, Any]) -> None:
    data, _, _ = wxr
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"<!DOCTYPE" not in data
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    root = etree.fromstring(data, parser)
    assert root.tag == "rss"
    for prefix, uri in (("wp", "http://wordpress.org/export/1.2/"),
                        ("excerpt", "http://wordpress.org/export/1.2/excerpt/"),
                        ("content", "http://purl.org/rss/1.0/modules/content/"),
                        ("dc", "http://purl.org/dc/elements/1.1/"), ("wfw", "http://wellformedweb.org/CommentAPI/")):
        assert root.nsmap[prefix] == uri
    assert b"\t<wp:wxr_version>1.2</wp:wxr_version>\n" in data
    for line in data.decode().splitlines():
        stripped = line.strip()
        for tag in ("<item>", "<wp:category>", "<wp:tag>", "<wp:term>", "</item>", "</wp:category>",
                    "</wp:tag>", "</wp:term>"):
            if tag in stripped:
                assert stripped == tag, f"{tag} must be on a line of its own: {line!r}"
        if "<wp:author>" in line:
            assert line.strip().endswith("</wp:author>")
    # every item <category> carries domain then nicename
    for cat in root.iter("category"):
        assert list(cat.attrib) == ["domain", "nicename"]
    forbidden = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
    assert not forbidden.search(data.decode())


def _view(parsed: dict[str, Any]) -> dict[str, Any]:
    """What the importer will create, independent of parser quirks."""
    posts = sorted((p["wp:post_id"], p["wp:post_type"], p["wp:status"], p["wp:post_name"], p["title"],
                    p["content:encoded"].strip(), tuple(sorted((t["domain"], t["slug"], t["name"]) for t in p["terms"])),
                    tuple(sorted((m["key"], m["value"]) for m in p["postmeta"])),
                    p.get("wp:attachment_url", ""), p["wp:post_parent"], p["wp:post_date"], p["wp:post_date_gmt"])
                   for p in parsed["posts"])
    cats = [(c["slug"], c["parent"], c["name"]) for c in parsed["categories"]]
    tags = sorted((t["slug"], t["name"]) for t in parsed["tags"])
    terms = sorted((t["taxonomy"], t["slug"], t["name"], t["description"]) for t in parsed["terms"])
    return {"posts": posts, "categories": cats, "tags": tags, "terms": terms,
            "authors": sorted(parsed["authors"])}


def test_all_three_importer_parsers_agree_and_account_for_everything(wxr: tuple[bytes, Any, Any]) -> None:
    data, result, export = wxr
    regex = wp_parsers.regex_parse(data)
    simple = wp_parsers.simplexml_parse(data)
    expat = wp_parsers.expat_parse(data)
    assert regex["version"] == simple["version"] == expat["version"] == "1.2"
    view = _view(simple)
    assert _view(regex) == view
    assert [p["wp:post_id"] for p in expat["posts"]] == [p["wp:post_id"] for p in simple["posts"]]
    assert [p.get("content:encoded", "").strip() for p in expat["posts"]] == \
        [p["content:encoded"].strip() for p in simple["posts"]]

    posts = [p for p in simple["posts"] if p["wp:post_type"] == "post"]
    attachments = [p for p in simple["posts"] if p["wp:post_type"] == "attachment"]
    # every article, the gallery in two editions and the issue are posts
    assert len(posts) == len(export.articles) + len(export.galleries) + len(export.issues) == result.posts
    assert {int(p["wp:post_id"]) for p in posts} >= {a.id for a in export.articles}
    assert len(attachments) == result.attachments
    # every attachment referenced by _thumbnail_id and post_parent exists
    ids = {p["wp:post_id"] for p in simple["posts"]}
    for post in simple["posts"]:
        for meta in post["postmeta"]:
            if meta["key"] == "_thumbnail_id":
                assert meta["value"] in ids
        if post["wp:post_type"] == "attachment":
            assert post["wp:post_parent"] in ids
            assert post["wp:attachment_url"].startswith("https://")
    # every term an item uses is declared; parents come before children
    declared = {("category", c["slug"]) for c in simple["categories"]} | \
        {("post_tag", t["slug"]) for t in simple["tags"]} | {(t["taxonomy"], t["slug"]) for t in simple["terms"]}
    for post in simple["posts"]:
        for term in post["terms"]:
            assert (term["domain"], term["slug"]) in declared
    seen: set[str] = set()
    for cat in simple["categories"]:
        assert not cat["parent"] or cat["parent"] in seen
        seen.add(cat["slug"])
    assert len(simple["categories"]) == result.categories == len(export.categories)
    assert len(simple["tags"]) == result.tags == len(export.tags)


def test_article_fields(wxr: tuple[bytes, Any, Any], content: dict[str, int]) -> None:
    data, _, export = wxr
    posts = {p["wp:post_id"]: p for p in wp_parsers.regex_parse(data)["posts"]}
    en = posts[str(content["en"])]
    assert en["title"] == "Council approves the new budget &amp; plan"
    assert en["wp:status"] == "publish"
    assert "<strong>approved</strong>" in en["content:encoded"]
    assert "\nhttps://www.youtube.com/watch?v=abc123\n" in en["content:encoded"]  # video on its own line
    assert ("category", "iraq", "Iraq") in {(t["domain"], t["slug"], t["name"]) for t in en["terms"]}
    assert ("language", "en", "English") in {(t["domain"], t["slug"], t["name"]) for t in en["terms"]}
    meta = {m["key"]: m["value"] for m in en["postmeta"]}
    assert meta["_nejat_byline"] == "Jane Doe"
    thumb = posts[meta["_thumbnail_id"]]
    assert thumb["wp:post_type"] == "attachment" and thumb["wp:attachment_url"].endswith("Council%20meeting.jpg")
    group = [t for t in en["terms"] if t["domain"] == "post_translations"][0]["slug"]
    fa = posts[str(content["fa"])]
    assert group in {t["slug"] for t in fa["terms"] if t["domain"] == "post_translations"}
    assert fa["wp:status"] == "future"
    # Tehran is UTC+3:30: local and GMT dates differ
    assert (fa["wp:post_date"], fa["wp:post_date_gmt"]) == ("2024-03-02 09:30:00", "2024-03-02 06:00:00")
    assert unquote(fa["wp:post_name"]).startswith("گزارش-ویژه")
    assert len(fa["wp:post_name"]) <= 200 and fa["wp:post_name"] == fa["wp:post_name"].lower()
    assert posts[str(content["ar"])]["wp:status"] == "pending"
    assert posts[str(content["sq"])]["wp:status"] == "draft"
    terms = {t["slug"]: t for t in wp_parsers.simplexml_parse(data)["terms"]}
    members = terms[group]["description"]
    assert members == php_serialize({"ar": content["ar"], "en": content["en"], "fa": content["fa"]})


def test_gallery_and_issue_posts(wxr: tuple[bytes, Any, Any], content: dict[str, int]) -> None:
    data, _, _ = wxr
    posts = wp_parsers.simplexml_parse(data)["posts"]
    gallery = [p for p in posts if p["title"] == "Spring photos"][0]
    assert "<!-- wp:gallery" in gallery["content:encoded"] and gallery["content:encoded"].count("wp:image {") == 2
    assert ("category", "photo-gallery") in {(t["domain"], t["slug"]) for t in gallery["terms"]}
    issue = [p for p in posts if p["title"] == "The Brief 12"][0]
    assert "Download The Brief 12 (PDF)" in issue["content:encoded"]
    pdf_url = re.search(r'href="([^"]+\.pdf)"', issue["content:encoded"]).group(1)
    assert any(p.get("wp:attachment_url") == pdf_url for p in posts if p["wp:post_type"] == "attachment")
    cover = {m["key"]: m["value"] for m in issue["postmeta"]}["_thumbnail_id"]
    assert any(p["wp:post_id"] == cover for p in posts)


def test_hostile_article_is_clean(wxr: tuple[bytes, Any, Any], content: dict[str, int]) -> None:
    data, _, _ = wxr
    text = data.decode()
    assert "<script" not in text and "onerror" not in text and "javascript:" not in text.lower()
    assert "<iframe" not in text and "<object" not in text and "\x01" not in text and "\x07" not in text
    post = [p for p in wp_parsers.regex_parse(data)["posts"] if p["wp:post_id"] == str(content["hostile"])][0]
    assert "Intro paragraph." in post["content:encoded"]
    assert "]]&gt;" in post["content:encoded"]


def test_cdata_split_as_core_does() -> None:
    assert cdata("a]]>b") == "<![CDATA[a]]]]><![CDATA[>b]]>"
    doc = f"<x xmlns:wp='u'><wp:v>{cdata('one ]]> two ]]>')}</wp:v></x>".encode()
    assert etree.fromstring(doc)[0].text == "one ]]> two ]]>"
    assert wp_parsers._get_tag(doc.decode(), "wp:v") == "one ]]> two ]]>"


def test_meta_value_with_cdata_end_survives_every_parser(library: Any, content: dict[str, int]) -> None:
    from nejat_desk.services.articles import ArticleService

    ArticleService(library).update_meta(content["en"], byline="Jane ]]> Doe <b>")
    data = build_wxr(load_export_set(library, Selection(slugs=("council-approves-the-new-budget-plan",)))).data
    for parse in (wp_parsers.regex_parse, wp_parsers.simplexml_parse, wp_parsers.expat_parse):
        post = parse(data)["posts"][0]
        meta = {m["key"]: m["value"] for m in post["postmeta"]}
        assert meta["_nejat_byline"] == "Jane ]]> Doe <b>", parse.__name__


def test_slug_form() -> None:
    assert wp_slug("Hello-World") == "hello-world"
    assert wp_slug("سلام-دنیا") == "%d8%b3%d9%84%d8%a7%d9%85-%d8%af%d9%86%db%8c%d8%a7"
    long = wp_slug("ب" * 150)
    assert len(long) <= 200 and len(long) % 6 == 0  # never a character cut in half
    assert [wp_status(s) for s in ("in_review", "scheduled", "published", "draft", "ready", "archived")] == \
        ["pending", "future", "publish", "draft", "draft", "draft"]


def test_past_scheduled_dates_warn(library: Any, content: dict[str, int]) -> None:
    export = load_export_set(library, Selection())
    assert any("has passed" in w for w in build_wxr(export, now=datetime(2030, 1, 1, tzinfo=UTC)).warnings)
    assert not any("has passed" in w for w in build_wxr(export, now=datetime(2020, 1, 1, tzinfo=UTC)).warnings)


def test_same_library_same_bytes(library: Any, content: dict[str, int]) -> None:
    one = build_wxr(load_export_set(library, Selection())).data
    two = build_wxr(load_export_set(library, Selection())).data
    assert one == two


def test_media_base_url(library: Any, content: dict[str, int]) -> None:
    from nejat_desk.services.export import ExportOptions

    export = load_export_set(library, Selection(editions=("en",)), ExportOptions(media_base_url="https://cdn.example/m"))
    posts = wp_parsers.simplexml_parse(build_wxr(export).data)["posts"]
    urls = [p["wp:attachment_url"] for p in posts if p["wp:post_type"] == "attachment"]
    assert urls and all(u.startswith("https://cdn.example/m/") for u in urls)


def test_overlong_line_is_reported(library: Any) -> None:
    from nejat_desk.services.articles import ArticleService

    ArticleService(library).create("fa", "پاراگراف بلند", "کلمه " * 2000)  # one paragraph over 8 KiB
    result = build_wxr(load_export_set(library, Selection()))
    assert any("8191 bytes" in w for w in result.warnings)
    posts = wp_parsers.regex_parse(result.data)["posts"]
    assert len(posts) == 1  # still one post for the line parser, even with its line split
