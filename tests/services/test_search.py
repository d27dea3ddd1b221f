"""Article search on a real library: ranking, filters, query syntax, snippets in the original text."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.search import parse_query, ranked_ids, search


@pytest.fixture
def articles(library):
    return ArticleService(library)


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory):
    """One library for the many read-only parametrised cases (opening one costs about a second)."""
    from nejat_desk.storage.library import Library

    library = Library.open(tmp_path_factory.mktemp("search") / "library", create=True)
    service = ArticleService(library)
    service.create("en", "Water", "Water and NEAR and title and body.")
    service.create("fa", "گزارش", "این کار انجام می‌شود و تمام.")
    service.create("fa", "دیگر", "این کار انجام شد.")
    try:
        yield library
    finally:
        library.close()


def ids(hits) -> list[int]:
    return [h.article_id for h in hits]


def highlighted(text: str, spans) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_title_match_ranks_above_body_match_and_more_mentions_above_fewer(library, articles):
    body_once = articles.create("en", "Harbour news", "The river flooded the town once.")
    in_title = articles.create("en", "River levels rise", "Levels are high this week.")
    body_often = articles.create("en", "Weekly report", "River here, river there, the river everywhere. River.")
    unrelated = articles.create("en", "Markets", "Prices fell.")
    hits = search(library, "river")
    assert ids(hits) == [in_title, body_often, body_once]
    assert unrelated not in ids(hits)
    assert [h.rank for h in hits] == [1, 2, 3]
    assert hits[0].score <= hits[1].score <= hits[2].score


def test_all_words_must_match(library, articles):
    both = articles.create("en", "Water and power", "The water board met the power company.")
    articles.create("en", "Water only", "Just water.")
    assert ids(search(library, "water power")) == [both]


def test_quoted_phrase_needs_the_words_together(library, articles):
    together = articles.create("en", "One", "The city council met today.")
    apart = articles.create("en", "Two", "The council of the city met today.")
    assert ids(search(library, '"city council"')) == [together]
    assert set(ids(search(library, "city council"))) == {together, apart}


def test_or_exclusion_and_prefix(library, articles):
    a = articles.create("en", "Election day", "Voters went to the polls.")
    b = articles.create("en", "Referendum", "Voters decided on the constitution.")
    c = articles.create("en", "Elections abroad", "Diaspora voters.")
    assert set(ids(search(library, "election OR referendum"))) == {a, b}
    assert set(ids(search(library, "voters -referendum"))) == {a, c}
    assert set(ids(search(library, "voters NOT referendum"))) == {a, c}
    assert set(ids(search(library, "elect*"))) == {a, c}


def test_filters_by_edition_status_and_limit(library, articles):
    en = articles.create("en", "Kosovo talks", "Talks in Brussels.")
    sq = articles.create("sq", "Bisedimet për Kosovën", "Kosovo dhe Serbia.")
    articles.set_status(sq, "ready")
    assert set(ids(search(library, "kosovo"))) == {en, sq}
    assert ids(search(library, "kosovo", edition="sq")) == [sq]
    assert ids(search(library, "kosovo", edition=["sq", "en"], status="ready")) == [sq]
    assert ids(search(library, "kosovo", status=["draft"])) == [en]
    assert len(search(library, "kosovo", limit=1)) == 1
    assert ranked_ids(library, "kosovo", edition="en") == [en]


def test_farsi_text_found_with_arabic_letters_and_shown_in_farsi(library, articles):
    original = "نمایشگاه کتاب در کتابخانهٔ ملی ایران برگزار می‌شود"
    fa = articles.create("fa", "نمایشگاه کتاب تهران", original)
    (hit,) = search(library, "كتابخانه ملي")  # typed on an Arabic keyboard
    assert hit.article_id == fa
    # Every character shown is the article's own: no Arabic yeh or kaf that the article lacks.
    assert "ي" not in hit.snippet and "ك" not in hit.snippet and "ي" not in hit.title
    assert hit.snippet.replace("…", "") in original
    assert highlighted(hit.snippet, hit.snippet_spans) == ["کتابخانهٔ", "ملی"]
    assert hit.snippet_marked() == "نمایشگاه کتاب در [کتابخانهٔ] [ملی] ایران برگزار می‌شود"


def test_arabic_vowelled_text_found_unvowelled_and_highlighted_with_its_harakat(library, articles):
    ar = articles.create("ar", "أخبار التعليم", "ذهبَ الطالبُ إلى المَدْرَسَةِ في الصباح.")
    (hit,) = search(library, "المدرسة")
    assert hit.article_id == ar
    assert highlighted(hit.snippet, hit.snippet_spans) == ["المَدْرَسَةِ"]
    (hit,) = search(library, "اخبار")  # alef without hamza finds أخبار in the title
    assert highlighted(hit.title, hit.title_spans) == ["أخبار"]


def test_digits_in_any_script(library, articles):
    fa = articles.create("fa", "سال ۱۴۰۲", "در سال ۱۴۰۲ بود.")
    ar = articles.create("ar", "عام ٢٠٢٣", "في عام ٢٠٢٣.")
    en = articles.create("en", "The year 2023", "It was 2023.")
    assert set(ids(search(library, "2023"))) == {ar, en}
    assert set(ids(search(library, "۲۰۲۳"))) == {ar, en}
    assert ids(search(library, "1402")) == [fa]
    (hit,) = search(library, "1402")
    assert highlighted(hit.title, hit.title_spans) == ["۱۴۰۲"]


@pytest.mark.parametrize("query", ["می‌شود", "میشود", "می", "شود", "می شود", '"می شود"', "مي‌شود"])
def test_zwnj_word_found_whole_and_by_its_parts(shared_library, query):
    hits = search(shared_library, query)
    assert [h.title for h in hits] == ["گزارش"]
    # The whole word is highlighted as written (with its ZWNJ) when searched whole.
    words = highlighted(hits[0].snippet, hits[0].snippet_spans)
    assert words and all(w in "می‌شود" for w in words)


def test_zwnj_phrase_positions_are_intact(library, articles):
    fa = articles.create("fa", "الف", "کار انجام می‌شود فردا")
    assert ids(search(library, '"انجام می‌شود فردا"')) == [fa]
    assert ids(search(library, '"انجام میشود"')) == [fa]


def test_albanian_found_with_or_without_diacritics(library, articles):
    sq = articles.create("sq", "Çështja e Kosovës", "Kjo është një çështje e rëndësishme.")
    for query in ("ceshtja kosoves", "ÇËSHTJA KOSOVËS", "çështja", "eshte"):
        assert ids(search(library, query)) == [sq], query
    (hit,) = search(library, "ceshtja kosoves")
    assert hit.title_marked() == "[Çështja] e [Kosovës]"


@pytest.mark.parametrize("query", [
    '"', '""', "*", "**", "AND OR NOT", "AND", "OR", "NOT", "(", ")", "()", "-x", "-", "--",
    "title:", ":", "body:water", "^", "NEAR(a b)", "NEAR", "a AND", "OR water", "water OR", "water NOT",
    '"unterminated phrase', "'", "\\", "{a b}", "a+b", "x*y", "*water", "\x00", "\u200c", "\u064e", "ـ",
    "water -", "-water", '-"water"', "water (", "c'est", "😀", "a" * 500, "ﷺ",
])
def test_hostile_queries_never_raise(shared_library, query):
    hits = search(shared_library, query)
    assert isinstance(hits, list)
    for hit in hits:
        assert hit.title  # whatever matched is still a proper result


def test_empty_and_exclusion_only_queries_are_empty_and_find_nothing(library, articles):
    articles.create("en", "Water", "Water.")
    for query in ("", "   ", '"', "*", "AND OR NOT", "-water", "NOT water", "(", "-x"):
        assert parse_query(query).is_empty, query
        assert search(library, query) == []


def test_fts_syntax_words_are_searched_as_words(library, articles):
    near = articles.create("en", "Near the border", "They stood near it.")
    assert ids(search(library, "NEAR")) == [near]
    # No column filters: "title:near" is the two words as a phrase, like any word with punctuation.
    form = articles.create("en", "Form", "Title: near the top.")
    assert ids(search(library, "title:near")) == [form]


def test_snippet_is_a_window_around_the_match_without_markdown(library, articles):
    body = ("## Background\n\n" + "Filler words go on. " * 40
            + "Then the **harbour** was closed by the [port authority](https://example.org/port). "
            + "More filler follows. " * 40)
    article = articles.create("en", "Port news", body)
    (hit,) = search(library, "harbour")
    assert hit.article_id == article and hit.snippet_field == "body"
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 170
    assert "**" not in hit.snippet and "](" not in hit.snippet and "https" not in hit.snippet
    assert highlighted(hit.snippet, hit.snippet_spans) == ["harbour"]
    assert "port authority" in hit.snippet
    assert hit.snippet_html().count("<b>harbour</b>") == 1


def test_snippet_prefers_a_window_with_every_word(library, articles):
    body = "alpha first. " + "filler text here. " * 30 + "alpha and beta together here."
    articles.create("en", "Greek", body)
    (hit,) = search(library, "alpha beta")
    assert sorted(highlighted(hit.snippet, hit.snippet_spans)) == ["alpha", "beta"]


def test_snippet_from_excerpt_or_byline_when_the_body_has_no_match(library, articles):
    by_excerpt = articles.create("en", "A", "Nothing relevant.", excerpt="Summary about glaciers.")
    by_byline = articles.create("en", "B", "Nothing either.", byline="Arta Krasniqi")
    (hit,) = search(library, "glaciers")
    assert hit.article_id == by_excerpt and hit.snippet_field == "excerpt"
    assert highlighted(hit.snippet, hit.snippet_spans) == ["glaciers"]
    (hit,) = search(library, "krasniqi")
    assert hit.article_id == by_byline and hit.snippet_field == "byline"
    (hit,) = search(library, "A")  # title only: the snippet is the start of the body, unmarked
    assert hit.article_id == by_excerpt and hit.snippet_spans == () and hit.snippet == "Nothing relevant."


def test_html_snippet_escapes_the_article_text(library, articles):
    articles.create("en", "Tags <b>", "Use the <script> tag & water carefully.")
    (hit,) = search(library, "water")
    assert "<script>" not in hit.snippet_html() and "<b>water</b>" in hit.snippet_html()
    assert hit.title_html() == "Tags &lt;b&gt;"


def test_index_follows_edits_and_trash(library, articles):
    article = articles.create("en", "Draft", "Old text about sheep.")
    assert ids(search(library, "sheep")) == [article]
    articles.save_text(article, body_md="New text about goats.")
    assert search(library, "sheep") == [] and ids(search(library, "goats")) == [article]
    articles.trash(article)
    assert search(library, "goats") == []
    articles.restore_from_trash(article)
    assert ids(search(library, "goats")) == [article]


def test_search_on_a_given_connection_and_paging(library, articles):
    created = [articles.create("en", f"Story {i}", "lake " * (i + 1)) for i in range(5)]
    conn = library.raw(readonly=True)
    try:
        first = search(conn, "lake", limit=2)
        second = search(conn, "lake", limit=2, offset=2)
    finally:
        conn.close()
    assert ids(first) == [created[4], created[3]] and ids(second) == [created[2], created[1]]
    assert [h.rank for h in second] == [3, 4]


def test_hit_as_dict_is_json_ready(library, articles):
    articles.create("en", "River", "The river.")
    (hit,) = search(library, "river")
    data = hit.as_dict()
    assert data["title_marked"] == "[River]" and data["snippet_spans"] == [[4, 9]]


def test_migration_0003_refolds_an_index_made_by_the_old_folding(library_dir):
    """A library indexed by the foundation's stub (NFKC + casefold only) is re-indexed on open."""
    from nejat_desk.storage.library import Library

    library = Library.open(library_dir, create=True)
    try:
        fa = ArticleService(library).create("fa", "کتاب", "نمایشگاه کتاب در تهران برگزار می‌شود.")
        trashed = ArticleService(library).create("fa", "حذف", "کتاب حذف شده")
        ArticleService(library).trash(trashed)
    finally:
        library.close()
    db = library_dir / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM article_fts")
    for row in conn.execute("SELECT id, title, body_md, excerpt, byline FROM articles").fetchall():
        conn.execute("INSERT INTO article_fts(rowid, title, body, excerpt, byline) VALUES (?, ?, ?, ?, ?)",
                     (row[0], *(unicodedata.normalize("NFKC", v).casefold() for v in row[1:])))
    conn.execute("UPDATE alembic_version SET version_num = '0002'")
    conn.commit()
    conn.close()

    library = Library.open(library_dir)
    try:
        assert ids(search(library, "كتاب")) == [fa]  # Arabic kaf finds the Farsi word
        assert ids(search(library, "میشود")) == [fa]
        check = library.raw()
        try:
            assert [r[0] for r in check.execute("SELECT rowid FROM article_fts")] == [fa]
        finally:
            check.close()
    finally:
        library.close()


def test_rank_window_ranks_only_the_newest_matches_and_none_ranks_all(library, articles):
    from nejat_desk.services.search import count

    # The oldest article mentions the word most, so exact ranking puts it first.
    created = [articles.create("en", f"Story {i}", "lake " * (10 - i) + "filler " * 10) for i in range(5)]
    exact = search(library, "lake", rank_window=None)
    assert ids(exact) == created
    windowed = search(library, "lake", rank_window=2)
    assert ids(windowed) == [created[3], created[4]]  # the best of the two newest
    assert count(library, "lake") == 5 and count(library, "lake", edition="sq") == 0
    assert count(library, "-lake") == 0
    assert ranked_ids(library, "lake") == created  # exact by default
    assert ranked_ids(library, "lake", rank_window=3) == created[2:]
    # The window applies after the filters.
    articles.set_status(created[4], "ready")
    assert ids(search(library, "lake", status="draft", rank_window=2)) == [created[2], created[3]]


def test_a_phrase_is_highlighted_only_where_its_words_stand_together(library, articles):
    articles.create("en", "Council", "The city met on Monday. Later the city **council** voted.")
    (hit,) = search(library, '"city council"')
    assert highlighted(hit.snippet, hit.snippet_spans) == ["city council"]
    (hit,) = search(library, "city council")  # as two words, each is highlighted wherever it is
    assert highlighted(hit.snippet, hit.snippet_spans) == ["city", "city", "council"]


def test_ranking_in_two_halves_gives_the_rows_and_order_of_one_query(library, articles, monkeypatch):
    """Exact ranking splits the articles at the middle id and ranks both halves at once; the merge
    must equal one query's ORDER BY score, id DESC, ties, filters and paging included."""
    from nejat_desk.services import search as search_module

    made = []
    for i in range(24):
        # Equal texts make ties (equal scores, newest first); the rest differ in mentions.
        body = "lake shore " * (1 + i % 4) + "filler " * (i % 3) if i % 5 else "lake shore filler"
        made.append(articles.create("en" if i % 3 else "fa", f"Story {i}", body))
    cases = [(query, filters, limit, offset)
             for query, filters in (("lake", {}), ("lake", {"edition": "en"}), ("shore lake", {"status": "draft"}),
                                    ("lak*", {}))
             for limit, offset in ((5, 0), (7, 6), (50, 0))]

    def ranking(query, filters, limit, offset):
        return [(h.article_id, h.score) for h in search(library, query, limit=limit, offset=offset, **filters)]

    monkeypatch.setattr(search_module, "_PARALLEL_MIN_ROWID", 10**9)  # one query
    expected = [ranking(*case) for case in cases]
    monkeypatch.setattr(search_module, "_PARALLEL_MIN_ROWID", 1)  # two halves
    calls = []
    halves = search_module._ranked_in_halves
    monkeypatch.setattr(search_module, "_ranked_in_halves", lambda *a, **k: calls.append(1) or halves(*a, **k))
    for case, rows in zip(cases, expected, strict=True):
        assert ranking(*case) == rows, case
    assert len(calls) == len(cases)
    everything = expected[cases.index(("lake", {}, 50, 0))]
    assert len(everything) == 24 and len({score for _, score in everything}) < 24  # ties were compared too
