"""Search folding: every rule in both directions, through a real FTS5 table and in highlighting."""

from __future__ import annotations

import re
import sqlite3

import pytest

from nejat_desk.core.textnorm import (
    fold,
    normalize_for_index,
    normalize_query_text,
    term_pattern,
    tokens,
    word_variants,
)

# (rule, one spelling, another spelling of the same word)
VARIANTS = [
    ("arabic yeh / farsi yeh", "علي", "علی"),
    ("alef maksura / yeh", "مصطفى", "مصطفی"),
    ("yeh with hamza / yeh", "پائیز", "پاییز"),
    ("arabic kaf / farsi kaf", "كتاب", "کتاب"),
    ("alef with hamza above", "أحمد", "احمد"),
    ("alef with hamza below", "إسلام", "اسلام"),
    ("alef with madda", "آب", "اب"),
    ("alef wasla", "ٱلله", "الله"),
    ("teh marbuta / heh", "مدرسة", "مدرسه"),
    ("tatweel", "كتـــاب", "كتاب"),
    ("harakat", "مَدْرَسَةٌ", "مدرسة"),
    ("shadda and sukun", "محمّد", "محمد"),
    ("superscript alef", "هٰذا", "هذا"),
    ("arabic-indic digits", "٢٠٢٣", "2023"),
    ("persian digits", "۱۴۰۲", "1402"),
    ("persian / arabic-indic digits", "۴۵۶", "٤٥٦"),
    ("zwnj joined / written together", "می‌شود", "میشود"),
    ("albanian e with diaeresis", "Kosovë", "Kosove"),
    ("albanian c with cedilla", "çështja", "ceshtja"),
    ("latin case", "KOSOVË", "kosovë"),
    ("latin combining mark", "Kosove\u0308", "Kosove"),
    ("invisible right-to-left mark", "کتا\u200fب", "کتاب"),
]


@pytest.fixture
def fts() -> sqlite3.Connection:
    # The same table and tokenizer as migration 0002.
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
    return conn


def finds(conn: sqlite3.Connection, indexed: str, query: str) -> bool:
    conn.execute("DELETE FROM t")
    conn.execute("INSERT INTO t(rowid, body) VALUES (1, ?)", (normalize_for_index(f"قبل {indexed} after"),))
    match = " AND ".join(f'"{token}"' for token in tokens(normalize_query_text(query)))
    return bool(conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (match,)).fetchall())


@pytest.mark.parametrize(("rule", "one", "other"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_each_spelling_finds_the_other(fts, rule, one, other):
    assert fold(one) == fold(other)
    assert finds(fts, one, other), f"{rule}: query {other!r} misses indexed {one!r}"
    assert finds(fts, other, one), f"{rule}: query {one!r} misses indexed {other!r}"


@pytest.mark.parametrize(("rule", "one", "other"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_highlighting_finds_each_original_spelling(rule, one, other):
    for query, original in ((one, other), (other, one)):
        (token,) = tokens(normalize_query_text(query))
        text = f"before {original}, after"
        found = [m.group() for m in re.finditer(term_pattern(token), text)]
        assert found == [original], f"{rule}: {query!r} should highlight {original!r} in {text!r}"


def test_different_words_stay_different(fts):
    # Folding must not merge distinct letters: heh is not teh, kaf is not gaf, yeh is not alef.
    assert not finds(fts, "کتاب", "گتاب")
    assert not finds(fts, "مدرسة", "مدرست")
    assert not finds(fts, "علی", "علا")
    assert not finds(fts, "Kosovë", "Kosova")


def test_a_vowelled_word_is_one_token_not_fragments():
    vowelled = "ذَهَبَ الطَّالِبُ إِلَى المَدْرَسَةِ"
    assert tokens(normalize_for_index(vowelled)) == ["ذهب", "الطالب", "الي", "المدرسه"]


def test_harakat_do_not_make_fragments_findable(fts):
    # Unfolded, unicode61 would split مَدْرَسَة at each mark into one-letter tokens.
    assert not finds(fts, "مَدْرَسَةٌ", "م")
    assert not finds(fts, "مَدْرَسَةٌ", "د")


def test_zwnj_word_is_indexed_whole_and_by_its_parts():
    indexed = normalize_for_index("او می‌شود خوب")
    first_line, parts_line = indexed.split("\n")
    assert tokens(first_line) == ["او", "ميشود", "خوب"]  # the text keeps its positions
    assert tokens(parts_line) == ["مي", "شود"]


@pytest.mark.parametrize("query", ["می‌شود", "میشود", "می", "شود", "مي", "ميشود"])
def test_zwnj_word_is_found_whole_with_or_without_zwnj_and_by_each_part(fts, query):
    assert finds(fts, "این کار می‌شود", query)


def test_a_word_written_joined_is_found_by_the_zwnj_spelling(fts):
    assert finds(fts, "این کار میشود", "می‌شود")


def test_word_variants_give_joined_and_split_tokens():
    assert word_variants("می‌شود") == (["ميشود"], ["مي", "شود"])
    assert word_variants("kosovë") == (["kosove"], ["kosove"])
    assert word_variants("--") == ([], [])


def test_highlighting_finds_a_zwnj_part_and_the_whole_word():
    text = "این کار می‌شود"
    assert [m.group() for m in re.finditer(term_pattern("مي"), text)] == ["می"]
    assert [m.group() for m in re.finditer(term_pattern("شود"), text)] == ["شود"]
    assert [m.group() for m in re.finditer(term_pattern("ميشود"), text)] == ["می‌شود"]


def test_highlighting_matches_whole_words_only_unless_prefix():
    text = "water waters underwater Water"
    assert [m.group() for m in re.finditer(term_pattern("water"), text)] == ["water", "Water"]
    assert [m.group() for m in re.finditer(term_pattern("water", True), text)] == ["water", "waters", "Water"]


def test_highlighting_keeps_the_original_characters():
    # A Farsi text searched with Arabic letters: the match is the Farsi original, untouched.
    text = "کتابخانهٔ ملی ایران"
    (match,) = re.finditer(term_pattern(fold("ملي")), text)
    assert match.group() == "ملی" and "ي" not in match.group()


def test_folding_is_per_character_so_offsets_can_be_mapped():
    text = "Kosovë مَدْرَسَةٌ ۱۴۰۲ كتـاب"
    assert fold(text) == "".join(fold(c) for c in text)


def test_latin_letters_with_a_stroke_and_sharp_s():
    assert fold("Łódź Øresund Straße") == "lodz oresund strasse"
