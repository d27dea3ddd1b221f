"""The source's change paragraph by paragraph beside the translation, in both directions of text."""

from __future__ import annotations

from nejat_desk.core.paragraph_diff import (
    Change,
    DiffLabels,
    Span,
    diff_table_html,
    field_change,
    is_rtl,
    paragraph_rows,
    paragraphs,
    word_spans,
)

LABELS = DiffLabels("Original: what changed", "Translation", "Title", "Excerpt", "Paragraph {number}",
                    "Paragraph {number}, new", "Paragraph {number}, removed", "(not in the translation)",
                    "No changes.")


def test_paragraphs_are_blank_line_separated() -> None:
    assert paragraphs("One\nstill one\n\n  \n\nTwo\n") == ["One\nstill one", "Two"]


def test_word_spans_mark_removed_and_added_words() -> None:
    assert word_spans("The bridge opens today.", "The bridge opened today.") == (
        Span("The bridge ", ""), Span("opens", "removed"), Span("opened", "added"), Span(" today.", ""))


def test_rows_pair_changed_paragraphs_with_the_translation_at_the_same_place() -> None:
    then = "First.\n\nSecond.\n\nThird."
    now = "First.\n\nSecond, changed.\n\nThird.\n\nFourth."
    translation = "یکم.\n\nدوم.\n\nسوم."
    rows = paragraph_rows(then, now, translation)
    assert [(r.change, r.number, r.translation) for r in rows] == [
        (Change.CHANGED, 2, "دوم."), (Change.ADDED, 4, "")]
    assert rows[0].spans == (Span("Second", ""), Span(", changed", "added"), Span(".", ""))


def test_a_removed_paragraph_points_at_what_the_translation_still_has() -> None:
    rows = paragraph_rows("A.\n\nB.\n\nC.", "A.\n\nC.", "الف.\n\nب.\n\nج.")
    assert [(r.change, r.number, r.translation) for r in rows] == [(Change.REMOVED, 2, "ب.")]


def test_unchanged_text_has_no_rows_and_the_view_says_so() -> None:
    assert paragraph_rows("Same.\n\nText.", "Same.\n\nText.", "x") == []
    assert field_change("Title", "Title", "عنوان") is None
    assert "No changes." in diff_table_html([], [], LABELS, source_rtl=False, translation_rtl=True)


def test_direction_follows_each_paragraph_not_the_edition() -> None:
    assert is_rtl("پل باز شد") and not is_rtl("Bridge") and is_rtl("123", default=True)
    rows = paragraph_rows("Bridge opens.", "Bridge opened.", "پل باز شد.")
    title = field_change("پل", "پل بزرگ", "Bridge")
    assert title is not None
    page = diff_table_html([("Title", title)], rows, LABELS, source_rtl=False, translation_rtl=True)
    assert '<p dir="rtl" align="right">پل باز شد.</p>' in page  # the Farsi translation, right to left
    assert '<p dir="ltr" align="left">Bridge </p>' not in page
    assert '<p dir="rtl" align="right">پل<span' in page  # a Farsi source's title, right to left
    assert '<p dir="ltr" align="left">Bridge</p>' in page  # an English translation beside it
    assert "<s>opens</s>" in page and "<u>opened</u>" in page


def test_spans_read_as_a_word_diff_on_a_terminal() -> None:
    from nejat_desk.core.paragraph_diff import spans_text

    assert spans_text(word_spans("opens today", "opened today")) == "[-opens-]{+opened+} today"
