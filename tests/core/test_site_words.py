"""The words exported pages show readers, in each edition's language (core.site_words)."""

from __future__ import annotations

import re
import string

import pytest

from nejat_desk.core import i18n
from nejat_desk.core.domain import EDITIONS
from nejat_desk.core.site_words import SITE_WORDS, site_language, site_word

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_edition_language_has_every_word() -> None:
    english = SITE_WORDS["en"]
    for edition in EDITIONS:
        words = SITE_WORDS[site_language(edition.language)]
        assert site_language(edition.language) == edition.code
        assert set(words) == set(english), edition.code
        for key, text in words.items():
            assert text.strip(), (edition.code, key)
            assert _fields(text) == _fields(english[key]), (edition.code, key)


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_right_to_left_editions_are_written_in_their_script(language: str) -> None:
    for key, text in SITE_WORDS[language].items():
        assert ARABIC_SCRIPT.search(text), (language, key)
    assert "\u200c" in site_word("fa", "share")  # «اشتراک‌گذاری» with its ZWNJ
    assert "ي" not in "".join(SITE_WORDS["fa"].values())  # Persian yeh, never the Arabic one
    assert "ی" not in "".join(SITE_WORDS["ar"].values())


def test_words_in_each_language() -> None:
    assert site_word("en", "read_more") == "Read more"
    assert site_word("ar", "read_more") == "اقرأ المزيد"
    assert site_word("fa", "read_more") == "بیشتر بخوانید"
    assert site_word("sq", "read_more") == "Lexo më shumë"
    assert site_word("fa", "download_pdf").format(title="خبرنامه ۱۲") == "دریافت خبرنامه ۱۲ (PDF)"


@pytest.mark.parametrize(("tag", "expected"), [("fa-IR", "fa"), ("ar_IQ", "ar"), ("SQ", "sq"), ("en-GB", "en"),
                                               ("de", "en"), ("", "en"), (None, "en"), ("x", "en")])
def test_language_tags_and_fallback(tag: str | None, expected: str) -> None:
    assert site_language(tag) == expected
    assert site_word(tag, "share") == SITE_WORDS[expected]["share"]


def test_a_key_missing_in_one_language_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(SITE_WORDS, "sq", {k: v for k, v in SITE_WORDS["sq"].items() if k != "follow"})
    assert site_word("sq", "follow") == "Follow"
    with pytest.raises(KeyError):
        site_word("sq", "no such word")


def test_the_interface_language_does_not_change_site_words() -> None:
    before = i18n.installed()
    i18n.install(lambda context, text, disambiguation=None: "INTERFACE")
    try:
        assert site_word("ar", "share") == "مشاركة"
        assert site_word("en", "share") == "Share"
    finally:
        i18n.install(before)
