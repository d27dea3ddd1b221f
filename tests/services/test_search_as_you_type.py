"""Search as you type: the last word, still being typed, matches as a prefix ("Tabr" finds
Tabriz), with the same Farsi/Arabic folding as whole words; a finished word matches whole."""

from __future__ import annotations

import pytest

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.search import MIN_PREFIX_CHARS, SearchService, parse_query


@pytest.fixture
def searchable(library):
    articles = ArticleService(library)
    ids = {
        "en": articles.create("en", "Tabriz book fair opens", "Publishers fill three halls."),
        "fa": articles.create("fa", "نمایشگاه کتاب تبریز", "ناشران سه سالن را پر کرده‌اند."),
        "ar": articles.create("ar", "كتاب بغداد السنوي", "ناشرون من ست دول."),
        "other": articles.create("en", "Basra port", "Ships wait offshore at Tabarka."),
    }
    return SearchService(library), ids


def found(service: SearchService, query: str) -> set[int]:
    return {hit.article_id for hit in service.as_you_type(query)}


def test_the_last_word_matches_as_a_prefix(searchable):
    service, ids = searchable
    assert found(service, "Tabr") == {ids["en"]}
    assert found(service, "book Tabr") == {ids["en"]}
    assert found(service, "tabr") == {ids["en"]}  # case folded as ever
    assert {h.article_id for h in service.search("Tabr")} == set()  # a typed query, not as you type: whole words
    hit = service.as_you_type("Tabr")[0]
    assert "[Tabriz]" in hit.title_marked() or "[Tabr]iz" in hit.title_marked()


def test_farsi_and_arabic_prefixes_are_folded(searchable):
    service, ids = searchable
    assert found(service, "تبر") == {ids["fa"]}
    # Arabic kaf and yeh typed for the Farsi letters: "كتا" finds «کتاب» in both editions.
    assert found(service, "كتا") == {ids["fa"], ids["ar"]}
    assert found(service, "نمايشگا") == {ids["fa"]}


def test_a_finished_or_short_or_excluded_word_is_not_a_prefix(searchable):
    service, ids = searchable
    assert found(service, "Tabr ") == set()  # the space says the word is finished
    assert found(service, "Tab"[:MIN_PREFIX_CHARS - 1]) == set()
    assert found(service, "Tabriz -Tabar") == {ids["en"]}  # an exclusion is never widened
    parsed = parse_query('"book fair" Tabr', as_you_type=True)
    assert parsed.groups[-1][0].prefix and not parsed.groups[0][0].prefix
