"""A conflict shown side by side: the library's version and the site's, and the editor's choice.

"Keep the library's" sends it over the site's copy (only if the site still holds the version shown);
"Take the site's" brings the site's text into the library; "Merge" lets the editor edit the library
side, then sends the merged text.
"""

from __future__ import annotations

import difflib

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.gui.bidi import apply_text_direction
from nejat_desk.gui.dates import format_datetime
from nejat_desk.services.wordpress.conflicts import ConflictView, VersionText


class _Side(QGroupBox):
    def __init__(self, title: str, version: VersionText, direction: Qt.LayoutDirection,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.title_edit = QLineEdit(version.title)
        self.body = QPlainTextEdit(version.body_md)
        self.excerpt = QLineEdit(version.excerpt)
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.excerpt.setPlaceholderText(self.tr("Excerpt"))
        for widget in (self.title_edit, self.body, self.excerpt):
            widget.setReadOnly(True)
        # The text's own direction (Farsi and Arabic right to left), whatever the interface language.
        apply_text_direction(direction, (self.title_edit, self.body, self.excerpt))
        when = format_datetime(version.modified)  # in the user's zone and calendar, "" when unknown
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Modified: {when}").format(when=when)))
        layout.addWidget(self.title_edit)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.excerpt)

    def mark_lines(self, lines: set[int], colour: QColor) -> None:
        """Shade the given (0-based) lines: the ones that differ from the other side."""
        selections = []
        block = self.body.document().firstBlock()
        while block.isValid():
            if block.blockNumber() in lines:
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(colour)
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.cursor = QTextCursor(block)
                selections.append(selection)
            block = block.next()
        self.body.setExtraSelections(selections)

    def set_editable(self, on: bool) -> None:
        for widget in (self.title_edit, self.body, self.excerpt):
            widget.setReadOnly(not on)


class ConflictDialog(QDialog):
    """`choice` is "library", "site" or "merged" after accept(); `merged()` gives the edited text."""

    chosen = Signal(str)

    def __init__(self, view: ConflictView, *, rtl: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.choice = ""
        self.setWindowTitle(self.tr("Changed in both places"))
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        explanation = QLabel(self.tr("This article was edited in the library and on {site} since they were last "
                                     "in step. Nothing has been overwritten. Choose the version to keep, or merge "
                                     "them.").format(site=view.site.where))
        explanation.setWordWrap(True)
        self.library_side = _Side(self.tr("In the library"), view.library, direction)
        self.site_side = _Side(self.tr("On {site}").format(site=view.site.where), view.site, direction)
        self._mark_differences()
        sides = QHBoxLayout()
        sides.addWidget(self.library_side, 1)
        sides.addWidget(self.site_side, 1)
        self.keep_library = QPushButton(self.tr("Keep the library's version"))
        self.take_site = QPushButton(self.tr("Take the site's version"))
        self.merge = QPushButton(self.tr("Merge…"))
        self.merge.setCheckable(True)
        self.send_merged = QPushButton(self.tr("Send the merged version"))
        self.send_merged.setEnabled(False)
        cancel = QPushButton(self.tr("Decide later"))
        buttons = QHBoxLayout()
        for button in (self.keep_library, self.take_site, self.merge, self.send_merged):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(sides, 1)
        layout.addLayout(buttons)
        self.keep_library.clicked.connect(lambda: self._finish("library"))
        self.take_site.clicked.connect(lambda: self._finish("site"))
        self.send_merged.clicked.connect(lambda: self._finish("merged"))
        self.merge.toggled.connect(self._merging)
        cancel.clicked.connect(self.reject)
        self.resize(1000, 620)

    def _mark_differences(self) -> None:
        mine = self.view.library.body_md.splitlines()
        theirs = self.view.site.body_md.splitlines()
        changed_mine: set[int] = set()
        changed_theirs: set[int] = set()
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=mine, b=theirs, autojunk=False).get_opcodes():
            if tag != "equal":
                changed_mine.update(range(i1, i2))
                changed_theirs.update(range(j1, j2))
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.library_side.mark_lines(changed_mine, QColor("#1f4d2c" if dark else "#dff5e1"))
        self.site_side.mark_lines(changed_theirs, QColor("#5c3a12" if dark else "#fdebd0"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "site_side"):
            self._mark_differences()  # the shading follows a switch between light and dark

    def _merging(self, on: bool) -> None:
        self.library_side.set_editable(on)
        self.send_merged.setEnabled(on)
        self.keep_library.setEnabled(not on)
        self.take_site.setEnabled(not on)
        if on:
            self.library_side.body.setFocus()

    def merged(self) -> tuple[str, str, str]:
        side = self.library_side
        return side.title_edit.text(), side.body.toPlainText(), side.excerpt.text()

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.chosen.emit(choice)
        self.accept()
