"""What changed in a translation's source, paragraph by paragraph, beside the translation.

The source's text then (the revision the translation follows) and now are split into paragraphs
(blank-line separated, as Markdown reads them) and aligned; each changed paragraph is diffed word
by word. The translation's paragraph shown beside it is the one at the same position as the
source's paragraph then: a translation keeps its source's paragraphs, so position is what ties them.

`diff_table_html` renders the rows for a rich-text view. Every paragraph is laid out in its own
direction (its first strong letter decides, the edition's direction when it has none), so an
English source beside a Farsi translation, or the reverse, both read correctly.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
_RTL_CLASSES = frozenset({"R", "AL"})


class Change(StrEnum):
    CHANGED = "changed"
    ADDED = "added"  # a paragraph the source gained: nothing in the translation yet
    REMOVED = "removed"  # a paragraph the source lost: the translation still has it


@dataclass(frozen=True)
class Span:
    text: str
    change: str  # "", "added" or "removed"


@dataclass(frozen=True)
class ParagraphRow:
    change: Change
    number: int  # the paragraph's place in the source now (1-based; for REMOVED, where it was then)
    spans: tuple[Span, ...]  # the source paragraph then -> now, word by word
    translation: str  # the translation's paragraph at the source paragraph's place then ("" if none)


@dataclass(frozen=True)
class FieldChange:
    """The title or the excerpt: then -> now word by word, beside the translation's."""

    spans: tuple[Span, ...]
    translation: str


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text.strip()) if p.strip()]


def word_spans(old: str, new: str) -> tuple[Span, ...]:
    """`old` -> `new` as runs of kept, removed and added words (spaces and punctuation are words)."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    spans: list[Span] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            spans.append(Span("".join(a[i1:i2]), ""))
            continue
        if i2 > i1:
            spans.append(Span("".join(a[i1:i2]), "removed"))
        if j2 > j1:
            spans.append(Span("".join(b[j1:j2]), "added"))
    return tuple(spans)


def field_change(then: str, now: str, translation: str) -> FieldChange | None:
    return None if then == now else FieldChange(word_spans(then, now), translation)


def paragraph_rows(then: str, now: str, translation: str) -> list[ParagraphRow]:
    """The source's changed paragraphs in reading order, each with the translation's paragraph."""
    old, new, translated = paragraphs(then), paragraphs(now), paragraphs(translation)

    def beside(index: int) -> str:
        return translated[index] if 0 <= index < len(translated) else ""

    rows: list[ParagraphRow] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(paired):
            rows.append(ParagraphRow(Change.CHANGED, j1 + k + 1, word_spans(old[i1 + k], new[j1 + k]),
                                     beside(i1 + k)))
        for k in range(i1 + paired, i2):
            rows.append(ParagraphRow(Change.REMOVED, k + 1, (Span(old[k], "removed"),), beside(k)))
        for k in range(j1 + paired, j2):
            rows.append(ParagraphRow(Change.ADDED, k + 1, (Span(new[k], "added"),), ""))
    return rows


def is_rtl(text: str, default: bool = False) -> bool:
    """Whether the text's first strong letter reads right to left (`default` when it has none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return default


@dataclass(frozen=True)
class DiffLabels:
    """The view's words, already translated by the front end."""

    source_heading: str  # e.g. "English original: what changed"
    translation_heading: str  # e.g. "Farsi translation"
    title: str
    excerpt: str
    paragraph: str  # "Paragraph {number}" (changed)
    paragraph_added: str  # "Paragraph {number}, new in the original"
    paragraph_removed: str  # "Paragraph {number}, removed from the original"
    not_translated: str  # the translation has no paragraph there
    no_changes: str  # the texts are the same


@dataclass(frozen=True)
class DiffColours:
    added_bg: str = "#d3f9d8"
    removed_bg: str = "#ffe3e3"
    note: str = "#6b717a"


DARK_COLOURS = DiffColours("#1f4d2b", "#5c2326", "#8a8f98")


def _block(inner: str, text: str, rtl_default: bool) -> str:
    rtl = is_rtl(text, rtl_default)
    return f'<p dir="{"rtl" if rtl else "ltr"}" align="{"right" if rtl else "left"}">{inner}</p>'


def _spans_html(spans: tuple[Span, ...], colours: DiffColours) -> str:
    out = []
    for span in spans:
        text = html.escape(span.text).replace("\n", "<br>")
        if span.change == "added":
            out.append(f'<span style="background-color: {colours.added_bg};"><u>{text}</u></span>')
        elif span.change == "removed":
            out.append(f'<span style="background-color: {colours.removed_bg};"><s>{text}</s></span>')
        else:
            out.append(text)
    return "".join(out)


def diff_table_html(fields: list[tuple[str, FieldChange]], rows: list[ParagraphRow], labels: DiffLabels, *,
                    source_rtl: bool, translation_rtl: bool, colours: DiffColours = DiffColours()) -> str:
    """A two-column table: the source's change on one side, the translation's text on the other.
    `fields`: (label, change) for the title and excerpt when they changed."""
    if not fields and not rows:
        return f"<p><i>{html.escape(labels.no_changes)}</i></p>"
    out = ['<table width="100%" cellspacing="0" cellpadding="6" border="0">',
           f"<tr><th width=\"50%\">{html.escape(labels.source_heading)}</th>"
           f"<th width=\"50%\">{html.escape(labels.translation_heading)}</th></tr>"]

    def row(caption: str, spans: tuple[Span, ...], translation: str) -> None:
        source_text = "".join(s.text for s in spans)
        note = f'<p style="color: {colours.note};"><small>{html.escape(caption)}</small></p>'
        theirs = (_block(html.escape(translation).replace("\n", "<br>"), translation, translation_rtl) if translation
                  else f'<p style="color: {colours.note};"><i>{html.escape(labels.not_translated)}</i></p>')
        out.append(f'<tr><td valign="top">{note}{_block(_spans_html(spans, colours), source_text, source_rtl)}</td>'
                   f'<td valign="top">{theirs}</td></tr>')

    for caption, change in fields:
        row(caption, change.spans, change.translation)
    for paragraph in rows:
        caption = {Change.CHANGED: labels.paragraph, Change.ADDED: labels.paragraph_added,
                   Change.REMOVED: labels.paragraph_removed}[paragraph.change]
        row(caption.format(number=paragraph.number), paragraph.spans, paragraph.translation)
    out.append("</table>")
    return "".join(out)


def spans_text(spans: tuple[Span, ...]) -> str:
    """Spans for a terminal, as `git diff --word-diff` writes them: [-removed-]{+added+}."""
    marks = {"removed": ("[-", "-]"), "added": ("{+", "+}")}
    return "".join(f"{marks[s.change][0]}{s.text}{marks[s.change][1]}" if s.change else s.text for s in spans)
