"""Stale translations across revisions of the source, on a real library file."""

from __future__ import annotations

import sqlite3

import pytest

from nejat_desk.core.errors import ValidationError
from nejat_desk.services.articles import ArticleService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Revision


@pytest.fixture
def pair(library) -> tuple[ArticleService, int, int]:
    articles = ArticleService(library)
    original = articles.create("en", "Bridge opens", "First paragraph.\n\nSecond paragraph.", excerpt="Short")
    translation = articles.create_translation(original, "fa")
    articles.save_text(translation, title="پل باز شد", body_md="بند یکم.\n\nبند دوم.")
    return articles, original, translation


@pytest.mark.parametrize("change", [{"body_md": "First paragraph.\n\nA new second paragraph."},
                                    {"title": "Bridge opens at last"}, {"excerpt": "Shorter"}])
def test_a_change_of_the_source_text_title_or_excerpt_makes_the_translation_stale(pair, change) -> None:
    articles, original, translation = pair
    assert not articles.is_stale(translation)
    articles.save_text(original, **change)
    assert articles.is_stale(translation)
    assert articles.stale_translations(original) == [translation]
    assert articles.stale_among([original, translation]) == {translation}
    assert not articles.is_stale(original)  # the original is never stale


def test_a_status_change_or_metadata_edit_of_the_source_does_not(pair) -> None:
    articles, original, translation = pair
    articles.set_status(original, "in_review")
    articles.update_meta(original, byline="A. Writer", tags=["bridges"])
    articles.save_text(original, title="Bridge opens")  # the same text again is no change
    assert not articles.is_stale(translation)


def test_editing_the_translation_keeps_it_stale_until_marked_up_to_date(pair) -> None:
    articles, original, translation = pair
    articles.save_text(original, body_md="First paragraph.\n\nChanged.")
    articles.save_text(translation, body_md="بند یکم.\n\nتغییر کرد.")
    assert articles.is_stale(translation)
    changes = articles.source_changes(translation)
    assert changes is not None and changes.source_edition == "en" and changes.translation_edition == "fa"
    assert changes.then is not None and changes.then.body_md == "First paragraph.\n\nSecond paragraph."
    assert changes.now.body_md == "First paragraph.\n\nChanged."
    assert changes.translation.body_md == "بند یکم.\n\nتغییر کرد."
    version = articles.get(translation).version
    articles.mark_up_to_date(translation)
    assert not articles.is_stale(translation) and articles.source_changes(translation) is None
    assert articles.get(translation).version == version  # following is not an edit of the translation
    articles.save_text(original, excerpt="Again")
    changes = articles.source_changes(translation)
    assert changes is not None and changes.then is not None and changes.then.body_md == "First paragraph.\n\nChanged."


def test_mark_up_to_date_refuses_an_article_that_is_not_a_translation(pair) -> None:
    articles, original, _translation = pair
    with pytest.raises(ValidationError, match="not a translation"):
        articles.mark_up_to_date(original)


def test_marking_several_translations_takes_one_revision_of_the_source(pair, library) -> None:
    articles, original, translation = pair
    other = articles.create_translation(original, "ar")
    articles.save_text(original, body_md="New.")
    articles.mark_up_to_date(translation)
    articles.mark_up_to_date(other)
    with library.session() as s:
        bases = s.query(Revision).filter(Revision.article_id == original, Revision.reason == "translation-base")
        assert [r.body_md for r in bases].count("New.") == 1


def test_a_linked_translation_follows_the_source_as_it_is_when_linked(library) -> None:
    articles = ArticleService(library)
    original = articles.create("en", "Original", "Text")
    other = articles.create("sq", "Origjinali", "Tekst")
    articles.link_translation(other, original)
    assert not articles.is_stale(other)
    articles.save_text(original, body_md="Text, revised")
    assert articles.is_stale(other)
    articles.link_translation(other, original)  # linking again is not bringing it up to date
    assert articles.is_stale(other)


def test_a_library_from_before_migration_0006_follows_its_sources_as_they_are(tmp_path) -> None:
    library = Library.open(tmp_path / "lib", create=True)
    articles = ArticleService(library)
    original = articles.create("en", "Old original", "Body")
    translation = articles.create_translation(original, "ar")
    library.close()
    with sqlite3.connect(tmp_path / "lib" / "library.sqlite3") as conn:  # as the library was at 0005
        conn.execute("DROP TABLE translation_bases")
        conn.execute("DELETE FROM revisions")
        conn.execute("ALTER TABLE articles DROP COLUMN text_version")
        conn.execute("UPDATE alembic_version SET version_num = '0005'")
    library = Library.open(tmp_path / "lib")
    try:
        articles = ArticleService(library)
        assert not articles.is_stale(translation)
        articles.save_text(original, title="Old original, revised")
        changes = articles.source_changes(translation)
        assert changes is not None and changes.then is not None and changes.then.title == "Old original"
    finally:
        library.close()


def test_the_articles_list_filters_and_flags_stale_translations(pair, library) -> None:
    from nejat_desk.services.article_list import ArticleFilter, ArticleListService

    articles, original, translation = pair
    listing = ArticleListService(library)
    assert listing.ids(ArticleFilter(stale=True)) == []
    articles.save_text(original, title="Bridge opens at last")
    assert listing.ids(ArticleFilter(stale=True)) == [translation]
    assert listing.ids(ArticleFilter(stale=True, editions=["en"])) == []
    rows = listing.rows([original, translation])
    assert rows[translation].stale and not rows[original].stale
    articles.link_translation(translation, articles.create("sq", "Tjetër", "x"))  # another group: not stale of it
    assert listing.ids(ArticleFilter(stale=True)) == []


def test_a_translation_joined_to_a_group_by_a_pull_follows_the_source_then_or_is_stale_at_once(library) -> None:
    from nejat_desk.services import translation_bases
    from nejat_desk.services.articles import ensure_translation_group
    from nejat_desk.storage.models import Article

    articles = ArticleService(library)
    original = articles.create("en", "Original", "Text")
    pulled = articles.create("fa", "ترجمه", "متن")
    behind = articles.create("ar", "ترجمة", "نص")
    with library.session() as s:  # as a pull that learned the group from the site links them
        source = s.get(Article, original)
        for article_id, stale in ((pulled, False), (behind, True)):
            article = s.get(Article, article_id)
            article.translation_group = ensure_translation_group(s, source)
            s.flush()
            assert translation_bases.follow_if_unfollowed(s, article, already_stale=stale) is not None
            assert translation_bases.follow_if_unfollowed(s, article) is None  # it follows already
    assert not articles.is_stale(pulled)
    assert articles.is_stale(behind)
    changes = articles.source_changes(behind)
    assert changes is not None and changes.then is None and changes.now.body_md == "Text"
