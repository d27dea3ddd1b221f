"""A conflict shown side by side: the library's version and the site's, and the editor's choice.

"Keep the library's" sends it over the site's copy (only if the site still holds the version shown);
"Take the site's" brings the site's text into the library; "Merge" lets the editor edit the library
side, then sends the merged text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.services.wordpress.conflicts import ConflictView, VersionText


class _Side(QGroupBox):
    def __init__(self, title: str, version: VersionText, direction: Qt.LayoutDirection,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.title_edit = QLineEdit(version.title)
        self.body = QPlainTextEdit(version.body_md)
        self.excerpt = QLineEdit(version.excerpt)
        font = QFont(self.body.font())
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        for widget in (self.title_edit, self.body, self.excerpt):
            widget.setLayoutDirection(direction)
            widget.setReadOnly(True)
        when = version.modified.strftime("%Y-%m-%d %H:%M UTC") if version.modified else ""
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Modified: {when}").format(when=when)))
        layout.addWidget(self.title_edit)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.excerpt)

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
