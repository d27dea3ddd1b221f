"""Tag and category names differing only in case are one (issue #12, item 4); WXR slugs follow the
Markdown import's rules (item 13)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nejat_desk.core.errors import NejatError
from nejat_desk.services.articles import ArticleService, validate_slug
from nejat_desk.services.markdown_import import Outcome, import_paths
from nejat_desk.services.wxr_import import import_wxr
from nejat_desk.storage.models import Article, Category, Tag

WXR_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Site</title><link>https://site.example</link><language>en-US</language>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://site.example</wp:base_site_url>
<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>world</wp:category_nicename>
<wp:category_parent></wp:category_parent><wp:cat_name>World</wp:cat_name></wp:category>
<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>world-2</wp:category_nicename>
<wp:category_parent></wp:category_parent><wp:cat_name>WORLD</wp:cat_name></wp:category>
"""


def _item(post_id: int, slug: str, title: str, terms: str) -> str:
    return f"""<item><title>{title}</title><dc:creator>admin</dc:creator><guid>https://site.example/?p={post_id}</guid>
<content:encoded><![CDATA[<p>Body {post_id}</p>]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id><wp:post_date>2024-01-02 10:00:00</wp:post_date>
<wp:post_date_gmt>2024-01-02 10:00:00</wp:post_date_gmt><wp:post_name>{slug}</wp:post_name>
<wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>
{terms}</item>
"""


def _wxr(tmp_path: Path, *items: str) -> Path:
    path = tmp_path / "site.xml"
    path.write_text(WXR_HEAD + "".join(items) + "</channel></rss>\n", encoding="utf-8")
    return path


def _md(tmp_path: Path, name: str, front: str) -> Path:
    path = tmp_path / name
    path.write_text(f"---\n{front}\n---\nBody.\n", encoding="utf-8")
    return path


def test_markdown_tags_differing_in_case_are_one_tag(library: Any, tmp_path: Path) -> None:
    path = _md(tmp_path, "a.md", "title: A\nedition: en\ntags: [Iraq, iraq, IRAQ, Kurds]")
    report = import_paths(library, [path])
    assert [r.outcome for r in report.results] == [Outcome.CREATED], report.results
    second = _md(tmp_path, "b.md", "title: B\nedition: en\ntags: [iRaQ]")
    assert [r.outcome for r in import_paths(library, [second]).results] == [Outcome.CREATED]
    with library.session() as s:
        assert sorted(s.scalars(select(Tag.name))) == ["Iraq", "Kurds"]  # the first spelling kept
        b = s.scalars(select(Article).where(Article.slug == "b")).one()
        assert [t.name for t in b.tags] == ["Iraq"]


def test_markdown_categories_differing_in_case_are_one(library: Any, tmp_path: Path) -> None:
    first = _md(tmp_path, "a.md", "title: A\nedition: sq\ncategory: Bota/Ëndrra")
    second = _md(tmp_path, "b.md", "title: B\nedition: sq\ncategory: BOTA/ëndrra")
    report = import_paths(library, [first, second])
    assert [r.outcome for r in report.results] == [Outcome.CREATED, Outcome.CREATED], report.results
    with library.session() as s:
        assert sorted(s.scalars(select(Category.name))) == ["Bota", "Ëndrra"]
        paths = {a.slug: a.category.path() for a in s.scalars(select(Article)) if a.category}
        assert paths == {"a": "Bota/Ëndrra", "b": "Bota/Ëndrra"}


def test_editor_tags_and_category_in_any_case(library: Any) -> None:
    service = ArticleService(library)
    article_id = service.create("en", "T", "Body", tags=["Budget", "budget", "BUDGET"], category_path="World")
    other = service.create("en", "U", "Body", tags=["bUdGeT"], category_path="world")
    with library.session() as s:
        assert s.scalars(select(Tag.id)).all() == [1]
        articles = [s.get(Article, i) for i in (article_id, other)]
        assert {a.category_id for a in articles if a} == {s.scalars(select(Category.id)).one()}


def test_wxr_post_tagged_in_two_cases_imports(library: Any, tmp_path: Path) -> None:
    terms = ('<category domain="post_tag" nicename="iraq"><![CDATA[Iraq]]></category>'
             '<category domain="post_tag" nicename="iraq-2"><![CDATA[IRAQ]]></category>'
             '<category domain="category" nicename="world"><![CDATA[World]]></category>')
    other = '<category domain="category" nicename="world-2"><![CDATA[WORLD]]></category>'
    report = import_wxr(library, _wxr(tmp_path, _item(10, "one", "One", terms), _item(11, "two", "Two", other)))
    assert report.created == 2
    with library.session() as s:
        assert s.scalars(select(Tag.name)).all() == ["Iraq"]
        assert s.scalars(select(Category.name)).all() == ["World"]
        assert {a.category.name for a in s.scalars(select(Article)) if a.category} == {"World"}


@pytest.mark.parametrize(("raw", "expected"), [
    ("../../etc/passwd", "etc-passwd"),
    ("%00nul", "nul"),
    ("esc%1B%5B31mred", "esc-31mred"),
    ("..", "dotted-title"),
])
def test_wxr_slugs_follow_the_markdown_rules(library: Any, tmp_path: Path, raw: str, expected: str) -> None:
    report = import_wxr(library, _wxr(tmp_path, _item(20, raw, "Dotted title", "")))
    assert report.created == 1
    with library.session() as s:
        assert s.scalars(select(Article.slug)).one() == expected
    assert len(report.messages) == 1 and "post 20" in report.messages[0] and expected in report.messages[0]
    with pytest.raises(NejatError):  # the same slug in a Markdown file is refused
        validate_slug(raw.replace("%00", "\x00").replace("%1B", "\x1b").replace("%5B", "["))


def test_wxr_good_slug_untouched(library: Any, tmp_path: Path) -> None:
    report = import_wxr(library, _wxr(tmp_path, _item(21, "%d8%b3%d9%84%d8%a7%d9%85", "Salam", "")))
    assert report.messages == []
    with library.session() as s:
        assert s.scalars(select(Article.slug)).one() == "سلام"


def test_a_constraint_breach_is_named_without_sql(library: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from nejat_desk.services import markdown_import
    from nejat_desk.storage.models import ArticleTag

    def duplicate_links(session: Any, article: Any, names: list[str]) -> None:  # the old bug, on purpose
        tag = Tag(edition_code=article.edition_code, name="x", slug="x")
        session.add(tag)
        session.flush()
        article.tag_links = [ArticleTag(tag_id=tag.id, position=0), ArticleTag(tag_id=tag.id, position=1)]
        session.flush()

    monkeypatch.setattr(markdown_import, "set_tags", duplicate_links)
    bad = _md(tmp_path, "a.md", "title: A\nedition: en\ntags: [x]")
    report = import_paths(library, [bad])
    [result] = report.results
    assert result.outcome is Outcome.FAILED
    assert "clashes with something already in the library" in result.message
    assert "INSERT" not in result.message and "IntegrityError" not in result.message
    with library.session() as s:
        assert s.scalars(select(Article)).all() == []  # nothing partial stored
