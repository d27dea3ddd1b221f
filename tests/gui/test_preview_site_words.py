"""The live preview shows the site's own words for readers in the edition's language, as the
site does: a Farsi article's preview says «اشتراک‌گذاری», whatever the interface speaks."""

from __future__ import annotations

from datetime import datetime

from nejat_desk.core.site_words import site_word
from nejat_desk.gui.articles.page import PageContext, page_html


def test_preview_words_follow_the_edition() -> None:
    context = PageContext(edition="fa", title="بحران آب", source_name="ایرنا", source_url="https://example.org",
                          attachments=("report.pdf",))
    page = page_html("متن", context, now=datetime(2026, 11, 26))
    for word in (site_word("fa", "share"), site_word("fa", "source"),
                 site_word("fa", "download").format(name="report.pdf"),
                 site_word("fa", "comments").format(count="<bdi>۰</bdi>")):  # the count isolated, Persian digits
        assert word in page
    assert "Share:" not in page and "Download" not in page and "0 comments" not in page
    assert '<p class="share" dir="rtl">' in page


def test_english_preview_keeps_the_english_words() -> None:
    page = page_html("Text", PageContext(edition="en", attachments=("a.pdf",)), now=datetime(2026, 11, 26))
    assert "Share:" in page and "Download a.pdf" in page and "<bdi>0</bdi> comments" in page
