"""The Markdown source editor: syntax highlighting, spelling underlines, right-to-left
layout for Arabic and Farsi, clean Markdown from rich paste, ZWNJ on Shift+Space, visible
marks for invisible characters, digit conversion of a selection.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from nejat_desk.core.domain import RTL_EDITIONS
from nejat_desk.core.typing_aids import INVISIBLES, ZWNJ, DigitSystem, convert_digits
from nejat_desk.gui.articles.spelling import SpellChecker
from nejat_desk.gui.bidi import apply_text_direction, edition_direction
from nejat_desk.gui.palette import Tone, follow_palette, is_dark, tone

ARABIC_FAMILIES = ("Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans")
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Liberation Sans")
# A link's "(destination)", with one level of parentheses inside ("https://a.example/c_(d)").
_DESTINATION = r"\([^()\n]{0,2000}(?:\([^()\n]{0,2000}\)[^()\n]{0,2000})?\)"
_WORD = re.compile(r"[^\W\d_](?:[\w\u200c'’]*[^\W_])?")


def editor_font(edition: str, point_size: int = 12) -> QFont:
    """Arabic and Farsi need a font drawn for the script; fall back family by family."""
    installed = set(QFontDatabase.families())
    wanted = ARABIC_FAMILIES if edition in RTL_EDITIONS else LATIN_FAMILIES
    families = [f for f in wanted if f in installed] + [f for f in ARABIC_FAMILIES if f in installed]
    font = QFont()
    if families:
        font.setFamilies(list(dict.fromkeys(families)))
    font.setPointSize(point_size + (1 if edition in RTL_EDITIONS else 0))
    return font


def highlight_colours(dark: bool) -> dict[str, str]:
    """The source editor's syntax colours over the palette's Base; each meets 4.5 : 1."""
    if dark:
        return {"heading": "#7fb0ff", "mark": "#9a9fa8", "link": "#6cc3a0", "quote": "#b8a6ff", "code": "#e5a36b",
                "table": "#d0a0e0"}
    return {"heading": "#1d4f91", "mark": "#6b7079", "link": "#1b7f5b", "quote": "#6741d9", "code": "#a34e00",
            "table": "#8f3f9f"}


class MarkdownHighlighter(QSyntaxHighlighter):
    """Block-by-block: headings, emphasis, links, images, lists, quotes, tables, code; and
    a wavy underline under words the edition's dictionary does not know."""

    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        self.spell: SpellChecker | None = None
        self.set_dark(dark)

    def set_dark(self, dark: bool) -> None:
        def fmt(colour: str, bold: bool = False, italic: bool = False, size: float = 0) -> QTextCharFormat:
            f = QTextCharFormat()
            f.setForeground(QColor(colour))
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            if italic:
                f.setFontItalic(True)
            return f

        c = highlight_colours(dark)
        self.formats = {
            "heading": fmt(c["heading"], bold=True), "strong": fmt("", bold=True), "em": fmt("", italic=True),
            "link": fmt(c["link"]), "image": fmt(c["link"], italic=True), "list": fmt(c["heading"], bold=True),
            "quote": fmt(c["quote"], italic=True), "code": fmt(c["code"]), "table": fmt(c["table"]),
            "mark": fmt(c["mark"]),
        }
        for key in ("strong", "em"):
            self.formats[key].clearForeground()
        self.rehighlight()

    RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
        ("list", re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")),
        ("table", re.compile(r"^\s*\|.*\|\s*$|^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$")),
        # Each pattern's scans stop at the next delimiter or within 2,000 characters, so a hostile line (100 KB
        # of "[" or "__a ") costs milliseconds, not the minutes a scan to the line's end from every start did.
        ("strong", re.compile(r"\*\*(?=\S)[^*\n]+?(?<=\S)\*\*|__(?=\S)[^_\n]+?(?<=\S)__")),
        ("em", re.compile(r"(?<![*_\w])([*_])(?=\S)[^*_]+?(?<=\S)\1(?![*_\w])")),
        ("image", re.compile(r"!\[[^\[\]\n]{0,2000}\]" + _DESTINATION)),
        ("link", re.compile(r"(?<!!)\[[^\[\]\n]{1,2000}\]" + _DESTINATION + r"|<https?://[^<>\s]+>")),
        ("code", re.compile(r"`[^`]+`")),
    )

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if re.match(r"^#{1,6}\s", text):
            self.setFormat(0, len(text), self.formats["heading"])
        elif text.startswith(">"):
            self.setFormat(0, len(text), self.formats["quote"])
        elif text.startswith("    ") or text.startswith("\t"):
            self.setFormat(0, len(text), self.formats["code"])
        else:
            for name, pattern in self.RULES:
                for m in pattern.finditer(text):
                    self.setFormat(m.start(), m.end() - m.start(), self.formats[name])
        spell = self.spell
        if spell is not None and spell.available:
            for m in _WORD.finditer(text):
                if not spell.is_correct(m.group()):
                    f = self.format(m.start())
                    f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                    f.setUnderlineColor(tone(Tone.ERROR))
                    self.setFormat(m.start(), m.end() - m.start(), f)


class MarkdownEditor(QPlainTextEdit):
    """Plain text editing with the writers' aids; the document's own undo stack holds edits."""

    invisibles_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None, dark: bool = False) -> None:
        super().__init__(parent)
        self.highlighter = MarkdownHighlighter(self.document(), dark)
        # The syntax colours follow a switch between the light and dark palettes.
        follow_palette(self, lambda palette: self.highlighter.set_dark(is_dark(palette)), now=False)
        self.show_invisibles = False
        self.edition = "en"
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.set_edition("en")

    # --- edition, direction, font ---------------------------------------------------------

    def set_edition(self, edition: str, point_size: int = 12) -> None:
        self.edition = edition
        apply_text_direction(edition_direction(edition), (self,))
        self.setFont(editor_font(edition, point_size))
        self.document().setDefaultFont(self.font())

    def set_spell_checker(self, checker: SpellChecker | None) -> None:
        self.highlighter.spell = checker
        self.highlighter.rehighlight()

    # --- typing aids --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            self.textCursor().insertText(ZWNJ)  # as Persian keyboards do
            return
        # Tab types a tab here (lists, code); Ctrl+Tab and Ctrl+Shift+Tab leave, as Qt's own
        # tab-consuming widgets do, so the metadata is reached from the body by keyboard
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Tab,
                                                                                      Qt.Key.Key_Backtab):
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)  # the editor's own refuses
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        if source.hasHtml():
            from nejat_desk.core.htmlmd import pasted_html_to_markdown

            markdown_text = pasted_html_to_markdown(source.html())
            if markdown_text.strip() or not source.hasText():
                self.textCursor().insertText(markdown_text)
                return
        if source.hasText():
            self.textCursor().insertText(source.text())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt override)
        return source.hasHtml() or source.hasText()

    def convert_selection_digits(self, system: DigitSystem) -> bool:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return False
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        text = cursor.selection().toPlainText()
        converted = convert_digits(text, system)
        if converted == text:
            return False
        cursor.beginEditBlock()
        cursor.insertText(converted)
        cursor.endEditBlock()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True

    def set_show_invisibles(self, on: bool) -> None:
        self.show_invisibles = on
        self.viewport().update()
        self.invisibles_toggled.emit(on)

    def invisible_marks(self) -> list[tuple[int, str]]:
        """(position, mark) for the invisible characters in the visible blocks."""
        marks: list[tuple[int, str]] = []
        block = self.firstVisibleBlock()
        bottom = self.viewport().height()
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
            if top > bottom:
                break
            text = block.text()
            for i, ch in enumerate(text):
                mark = INVISIBLES.get(ch)
                if mark:
                    marks.append((block.position() + i, mark))
            block = block.next()
        return marks

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self.show_invisibles:
            return
        painter = QPainter(self.viewport())
        painter.setPen(tone(Tone.WARNING, self.palette()))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.6))
        painter.setFont(small)
        cursor = QTextCursor(self.document())
        for position, mark in self.invisible_marks():
            cursor.setPosition(position)
            rect = self.cursorRect(cursor)
            painter.drawText(QPointF(rect.left() - 2, rect.top() + small.pointSizeF() + 1), mark)
        painter.end()

    # --- spelling suggestions -------------------------------------------------------------------

    def misspelled_at(self, position: int) -> tuple[QTextCursor, list[str]] | None:
        """The unknown word at `position` (a cursor selecting it) and the dictionary's suggestions."""
        spell = self.highlighter.spell
        if spell is None or not spell.available:
            return None
        block = self.document().findBlock(position)
        offset = position - block.position()
        for m in _WORD.finditer(block.text()):
            if m.start() <= offset <= m.end():
                if spell.is_correct(m.group()):
                    return None
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + m.start())
                cursor.setPosition(block.position() + m.end(), QTextCursor.MoveMode.KeepAnchor)
                return cursor, spell.suggest(m.group())
        return None

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        menu = self.createStandardContextMenu(event.pos())
        found = self.misspelled_at(self.cursorForPosition(event.pos()).position())
        if found is not None:
            cursor, suggestions = found
            first = menu.actions()[0] if menu.actions() else None
            for word in suggestions or []:
                action = menu.addAction(word)
                action.triggered.connect(lambda _c=False, w=word, c=cursor: c.insertText(w))
                if first is not None:
                    menu.insertAction(first, action)
            if not suggestions:
                none = menu.addAction(self.tr("(no suggestions)"))
                none.setEnabled(False)
                if first is not None:
                    menu.insertAction(first, none)
            if first is not None:
                menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()
