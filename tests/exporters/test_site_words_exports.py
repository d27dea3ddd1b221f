"""Exported text for the site's readers is in the edition's language, not English and not the
interface language (core.site_words)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import html5lib
from lxml import html as lxml_html

from nejat_desk.core import i18n
from nejat_desk.exporters.newsletter import render_newsletter
from nejat_desk.services.export import run_export
from nejat_desk.services.publications import PublicationService
from nejat_desk.storage.library import Library
from tests.exporters import wp_parsers
from tests.schedule_data import plan_week


def _interface_in_another_language() -> Any:
    """A translator that answers every interface string: the site's words must not change."""
    before = i18n.installed()
    i18n.install(lambda context, text, disambiguation=None: "«interface»")
    return before


def test_arabic_newsletter_says_read_more_in_arabic(library: Library) -> None:
    week = plan_week(library)
    service = PublicationService(library)
    series = service.create_series("newsletter", "ar", "النشرة")
    issue = service.save_issue(series_id=series, number=3, title="تشرين الثاني",
                               article_ids=[week.articles["ar-1"]])
    service.save_issue(issue_id=week.issue, series_id=week.series, number=12, title="November",
                       article_ids=[week.articles["en-1"]])
    before = _interface_in_another_language()
    try:
        arabic = render_newsletter(library, issue)
        english = render_newsletter(library, week.issue)
    finally:
        i18n.install(before)
    doc = html5lib.parse(arabic.html, namespaceHTMLElements=False)
    links = ["".join(a.itertext()) for a in doc.findall(".//a")]
    assert "اقرأ المزيد" in links
    assert "Read more" not in arabic.html and "«interface»" not in arabic.html
    assert doc.get("lang") == "ar" and doc.get("dir") == "rtl"
    assert "Read more" in english.html  # the English edition keeps its words


def _page(out: Path, edition: str) -> Any:
    """The edition's first article page (its folder also holds the home page, index.html)."""
    return lxml_html.fromstring(next(p for p in sorted((out / edition).glob("*.html"))
                                     if p.name != "index.html").read_bytes())


def test_farsi_page_has_farsi_reader_words(library: Any, content: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "site"
    before = _interface_in_another_language()
    try:
        run_export(library, "html", out)
    finally:
        i18n.install(before)
    fa = _page(out, "fa")
    assert fa.xpath("//article//ul[@class='share']/@aria-label") == ["اشتراک‌گذاری"]
    assert fa.xpath("//footer//ul/@aria-label") == ["ما را دنبال کنید"]
    assert fa.xpath("//nav/@aria-label") == ["منوی اصلی"]
    nav = [t.strip() for t in fa.xpath("//nav/ul/li/a/text()")]
    assert nav == ["خانه", "جهان", "رسانه‌ها"]  # home, the categories with posts, the gallery's section
    shares = fa.xpath("//article//ul[@class='share']//text()")
    assert shares[-1] == "ایمیل" and "Facebook" in shares  # product names stay as they are
    skype = fa.xpath("string(//article//ul[@class='share']//details/p[1])")
    assert "Skype" in skype and "۲۰۲۵" in skype and "share link" not in skype
    assert fa.xpath("string(//a[@href='#top'])") == "بازگشت به بالا"
    text = lxml_html.tostring(fa, encoding="unicode")
    assert "«interface»" not in text
    for english in ("Back To Top", "Contact us", "aria-label=\"Share\"", "comments", ">Editions<"):
        assert english not in text, english

    en = lxml_html.fromstring((out / "en" / "council-approves-the-new-budget-plan.html").read_bytes())
    assert en.xpath("//article//ul[@class='share']/@aria-label") == ["Share"]
    assert en.xpath("string(//a[@href='#top'])") == "Back To Top"
    assert en.xpath("string(//p[contains(., 'Jane Doe')])").startswith("Author: Jane Doe")
    assert "· 0 comments" in en.xpath("string(//p[@class='meta'])")
    arabic = _page(out, "ar")
    assert arabic.xpath("//article//ul[@class='share']/@aria-label") == ["مشاركة"]


def test_wxr_categories_and_download_links_in_the_edition_language(library: Any, content: dict[str, int],
                                                                   tmp_path: Path) -> None:
    from nejat_desk.storage.models import PublicationSeries

    with library.session() as s:  # the Brief becomes a publication of the Farsi edition
        for series in s.query(PublicationSeries):
            series.edition_code = "fa"
    out = tmp_path / "site.xml"
    run_export(library, "wxr", out)
    parsed = wp_parsers.simplexml_parse(out.read_bytes())
    names = {c["slug"]: c["name"] for c in parsed["categories"]}
    # The English gallery's categories keep their names; the Farsi one is named in Farsi, its
    # slug still made from the English name (one taxonomy for the whole site).
    assert names["media"] == "Media" and names["photo-gallery"] == "Photo Gallery"
    assert names["media-fa"] == "رسانه‌ها" and names["photo-gallery-fa"] == "گالری عکس"
    farsi = [p for p in parsed["posts"] if p["title"] == "عکس‌های بهار"][0]
    assert ("category", "photo-gallery-fa") in {(t["domain"], t["slug"]) for t in farsi["terms"]}
    issue = [p for p in parsed["posts"] if p["title"] == "The Brief 12"][0]
    assert "دریافت The Brief 12 (PDF)" in issue["content:encoded"] and "Download" not in issue["content:encoded"]
    assert names["publications"] == "نشریات"  # no English "Publications" here to share the slug with
