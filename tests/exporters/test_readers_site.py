"""Issue #18: what readers see in the exported site. The date line in the edition's calendar and
digits with every inserted value isolated, names joined the edition's way, index pages paged with
Newer and Older, relative links that all reach a file of the export, pictures as the bundle's web
renditions, and the site's own address in canonical and hreflang links."""

from __future__ import annotations

import posixpath
import re
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import lxml.html as lxml_html

from nejat_desk.services.export import run_export
from nejat_desk.storage.models import Article
from tests.exporters.conftest import populate

LATIN_DIGIT = re.compile("[0-9]")


def _doc(path: Path) -> Any:
    return lxml_html.fromstring(path.read_bytes())


def test_date_line_in_farsi_and_arabic_is_isolated_and_in_their_digits(library: Any, tmp_path: Path) -> None:
    ids = populate(library)
    from nejat_desk.services.articles import ArticleService

    ArticleService(library).update_meta(ids["ar"], byline="Jane Doe, سارة علي; Omar")
    out = tmp_path / "site"
    run_export(library, "html", out)
    fa = _doc(next(p for p in (out / "fa").glob("*.html") if p.name != "index.html"))
    meta = fa.xpath("//article/p[@class='meta']")[0]
    time = meta.xpath("time")[0]
    # Scheduled 2024-03-02 06:00 UTC, 09:30 in Tehran: 12 Esfand 1402 (the edition's calendar is Solar Hijri).
    assert time.text == "۱۲ اسفند ۱۴۰۲" and time.get("dir") == "rtl"
    assert time.get("datetime") == "2024-03-02T09:30:00+03:30"
    assert meta.xpath("span[@dir='rtl']/bdi/text()") == ["۰"]
    assert not LATIN_DIGIT.search(meta.text_content())
    assert "دیدگاه" in meta.text_content()

    ar = _doc(out / "ar" / f"{_slug(library, ids['ar'])}.html")
    meta = ar.xpath("//article/p[@class='meta']")[0]
    # Arabic keeps Gregorian dates (its Islamic-civil setting plans the calendar), in Arabic-Indic digits.
    assert meta.xpath("string(time)") == "١ مارس ٢٠٢٤" and meta.xpath("time/@dir") == ["rtl"]
    assert meta.xpath("span/bdi/text()") == ["٠"] and not LATIN_DIGIT.search(meta.text_content())
    byline = ar.xpath("//p[@class='byline']")[0]
    assert byline.xpath("bdi/text()") == ["Jane Doe", "سارة علي", "Omar"]
    assert byline.text_content() == "الكاتب: Jane Doe، سارة علي، Omar"
    assert ar.xpath("string(//footer//bdi)") == "٢٠٢٤"

    en = _doc(out / "en" / "council-approves-the-new-budget-plan.html")
    assert en.xpath("string(//article/p[@class='meta'])") == "March 1, 2024 · 0 comments"
    assert en.xpath("string(//p[@class='byline'][2])") == "Source: Agency"


def _slug(library: Any, article_id: int) -> str:
    with library.session() as s:
        return s.get(Article, article_id).slug


def test_skype_explains_itself_without_a_tooltip(library: Any, tmp_path: Path) -> None:
    populate(library)
    out = tmp_path / "site"
    run_export(library, "html", out)
    en = _doc(out / "en" / "council-approves-the-new-budget-plan.html")
    skype = en.xpath("//li[@class='skype']/details")[0]
    assert skype.xpath("string(summary)") == "Skype" and not en.xpath("//*[@title]")
    assert "May 2025" in skype.xpath("string(p[1])")
    assert skype.xpath("string(.//textarea)").endswith("/2024/03/01/council-approves-the-new-budget-plan/")
    assert '"Noto Color Emoji"' in en.xpath("string(//style)").split("sans-serif;")[0]  # after the text fonts


def _many_articles(library: Any, count: int) -> None:
    from nejat_desk.services.articles import ArticleService

    service = ArticleService(library)
    start = datetime(2025, 1, 1, 8, tzinfo=UTC)
    ids = [service.create("en", f"Story {n:02d}", f"Body {n}.", category_path="World/Iraq" if n % 2 else "Culture")
           for n in range(count)]
    with library.session() as s:
        for n, article_id in enumerate(ids):
            article = s.get(Article, article_id)
            article.status, article.published_at = "published", start + timedelta(days=n)


def _relative_links(page: Path) -> list[str]:
    doc = _doc(page)
    links = doc.xpath("//a/@href | //img/@src")
    return [h for h in links if not urlsplit(h).scheme and not h.startswith("#")]


def test_index_pages_are_paged_newest_first_with_newer_and_older(library: Any, tmp_path: Path) -> None:
    _many_articles(library, 23)
    out = tmp_path / "site"
    run_export(library, "html", out)
    pages = [out / "en" / "index.html", out / "en" / "page-2.html", out / "en" / "page-3.html"]
    titles = []
    for number, page in enumerate(pages, start=1):
        doc = _doc(page)
        titles += doc.xpath("//ul[@class='posts']//h2/a/text()")
        newer = doc.xpath("//nav[@class='paging']/a[@rel='prev']/@href")
        older = doc.xpath("//nav[@class='paging']/a[@rel='next']/@href")
        assert newer == ([] if number == 1 else ["index.html" if number == 2 else f"page-{number - 1}.html"])
        assert older == ([] if number == 3 else [f"page-{number + 1}.html"])
        assert doc.xpath("string(//nav[@class='paging']/a[@rel='next'])") in ("", "Older Posts")
        assert doc.xpath("//nav[@class='paging']/span/bdi/text()") == [str(number), "3"]  # "Page 2 of 3", isolated
        canonical = doc.xpath("//link[@rel='canonical']/@href")
        assert canonical == ["https://nejat.example.org/" + ("" if number == 1 else f"page/{number}/")]
    assert titles == [f"Story {n:02d}" for n in range(22, -1, -1)]  # each once, newest first
    assert not (out / "en" / "page-4.html").exists()
    world = _doc(out / "en" / "category" / "world" / "index.html")
    assert world.xpath("string(//h1)") == "World"
    assert len(world.xpath("//ul[@class='posts']/li")) == 10  # 11 in World/Iraq: a second page
    assert world.xpath("//link[@rel='canonical']/@href") == ["https://nejat.example.org/category/world/"]
    iraq = _doc(out / "en" / "category" / "world" / "iraq" / "page-2.html")
    assert len(iraq.xpath("//ul[@class='posts']/li")) == 1
    assert iraq.xpath("//link[@rel='canonical']/@href") == ["https://nejat.example.org/category/world/iraq/page/2/"]
    home = _doc(out / "en" / "index.html")
    menu = dict(zip(home.xpath("//nav[@aria-label='Main']/ul/li/a/text()"),
                    home.xpath("//nav[@aria-label='Main']/ul/li/a/@href"), strict=True))
    assert menu == {"Home": "index.html", "World": "category/world/index.html",
                    "Culture": "category/culture/index.html"}
    article = _doc(out / "en" / "story-01.html")
    assert article.xpath("//nav[@aria-label='Main']//a[@aria-current]/text()") == ["World"]
    assert article.xpath("//p[@class='category']/a/@href") == ["category/world/iraq/index.html"]


def test_every_link_reaches_a_file_and_pictures_are_the_web_renditions(library: Any, tmp_path: Path) -> None:
    from nejat_desk.services.example_content import load_example_content

    assert load_example_content(library).problems == []
    bundle = tmp_path / "b.zip"
    run_export(library, "bundle", bundle)
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(tmp_path / "b")
    root = tmp_path / "b"
    pages = sorted((root / "pages").rglob("*.html"))
    kinds = {p.relative_to(root / "pages").parts[1] for p in pages}
    assert {"index.html", "category", "media", "publications", "gallery", "issue"} <= kinds
    for page in pages:
        for link in _relative_links(page):
            target = posixpath.normpath(posixpath.join(page.parent.as_posix(), unquote(link)))
            assert Path(target).is_file(), (page.relative_to(root), link)
        doc = _doc(page)
        for img in doc.xpath("//main//img"):
            assert img.get("loading") == "lazy" and img.get("width") and img.get("height") and img.get("alt")
            assert img.get("src").startswith("../")
        for href in doc.xpath("//link[@rel='canonical' or @rel='alternate']/@href"):
            assert href.startswith("https://nejat.example.org/"), (page, href)
    gallery = _doc(next((root / "pages" / "fa" / "gallery").glob("*.html")))
    pictures = gallery.xpath("//div[@class='pictures']//img")
    assert len(pictures) >= 3 and all(re.search("[\u0600-\u06ff]", img.get("alt")) for img in pictures)
    issue = next((root / "pages" / "en" / "issue").glob("*.html"))
    pdf = _doc(issue).xpath("//p[@class='pdf']/a/@href")
    assert len(pdf) == 1 and pdf[0].startswith("../../../media/") and pdf[0].endswith(".pdf")
    contents = _doc(issue).xpath("//ol[@class='contents']/li/a/@href")  # its articles, in order, in this bundle
    assert len(contents) == 3 and all(h.startswith("../") and h.endswith(".html") for h in contents)
    fa_home = _doc(root / "pages" / "fa" / "index.html")
    photos = fa_home.xpath("//ul[@class='posts']//p[bdi]")[0]  # the gallery's "5 photos", in Persian digits
    assert photos.xpath("bdi/text()") == ["۵"] and photos.text_content() == "۵ عکس"
    hreflangs = set(fa_home.xpath("//link[@rel='alternate']/@hreflang"))
    assert {"fa", "en", "x-default"} <= hreflangs
    assert fa_home.xpath("//nav//li[@class='editions']//a[@lang='en']/@href") == ["../en/index.html"]
