import pytest

from nejat_desk.core.render import render_markdown, sanitize_html
from nejat_desk.core.slugs import slugify, unique_slug


@pytest.mark.parametrize("title, slug", [
    ("Hello, World!", "hello-world"),
    ("كِتَابٌ جديد", "كتاب-جديد"),  # harakat dropped, not turned into separators
    ("می‌شود خبر ۱۲", "می-شود-خبر-۱۲"),
    ("Lajmi i fundit: Çështja", "lajmi-i-fundit-çështja"),
    ("", "untitled"),
])
def test_slugify_keeps_every_script(title, slug):
    assert slugify(title) == slug


def test_unique_slug():
    assert unique_slug("a", {"a", "a-2"}) == "a-3"
    assert unique_slug("b", {"a"}) == "b"


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>",
    '<img src="x.png" onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<object data="x.swf"></object><embed src="x">',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<svg onload="alert(1)"><circle/></svg>',
])
def test_rendered_html_carries_no_script(hostile):
    html = render_markdown(f"Before\n\n{hostile}\n\nAfter").lower()
    for bad in ("<script", "onerror", "onload", "javascript:", "<iframe", "<object", "<embed", "<svg", "style=\"b"):
        assert bad not in html
    assert "before" in html and "after" in html


def test_control_characters_are_removed_and_tables_kept():
    html = render_markdown("a\x01b\x0b\n\n|x|y|\n|:-|-:|\n|1|2|")
    assert "\x01" not in html and "\x0b" not in html and "ab" in html
    assert '<th style="text-align: left;">x</th>' in html


def test_rendering_is_deterministic():
    source = "# T\n\n" + "word " * 500
    assert render_markdown(source) == render_markdown(source)


def test_sanitize_keeps_lang_and_dir():
    assert sanitize_html('<p dir="rtl" lang="fa">سلام</p>') == '<p dir="rtl" lang="fa">سلام</p>'
