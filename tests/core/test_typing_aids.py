from nejat_desk.core.typing_aids import (
    LRM,
    RLM,
    ZWNJ,
    DigitSystem,
    convert_digits,
    invisible_positions,
    reading_minutes,
    word_count,
)


def test_ascii_to_persian_and_back() -> None:
    assert convert_digits("سال 2024، شماره 15", DigitSystem.PERSIAN) == "سال ۲۰۲۴، شماره ۱۵"
    assert convert_digits("سال ۲۰۲۴", "ascii") == "سال 2024"


def test_arabic_indic_to_persian_and_ascii() -> None:
    assert convert_digits("٠١٢٣٤٥٦٧٨٩", DigitSystem.PERSIAN) == "۰۱۲۳۴۵۶۷۸۹"
    assert convert_digits("٠١٢٣٤٥٦٧٨٩", DigitSystem.ASCII) == "0123456789"
    assert convert_digits("۰۱۲۳۴۵۶۷۸۹", DigitSystem.ARABIC) == "٠١٢٣٤٥٦٧٨٩"


def test_mixed_digits_all_converted_and_letters_untouched() -> None:
    assert convert_digits("a1 ۲ ٣ b", DigitSystem.ASCII) == "a1 2 3 b"
    assert convert_digits("no digits here", DigitSystem.PERSIAN) == "no digits here"


def test_invisible_positions() -> None:
    text = f"می{ZWNJ}شود {LRM}USA{RLM}"
    assert invisible_positions(text) == [(2, ZWNJ), (7, LRM), (11, RLM)]


def test_word_count_keeps_zwnj_words_whole_and_skips_link_targets() -> None:
    assert word_count(f"این کار می{ZWNJ}شود") == 3
    assert word_count("Read [the report](https://example.org/a/b) now") == 4
    assert word_count("![photo](media/abc.jpg) One two.") == 2
    assert word_count("") == 0


def test_reading_minutes() -> None:
    assert reading_minutes(0) == 0
    assert reading_minutes(10) == 1
    assert reading_minutes(1000) == 5
