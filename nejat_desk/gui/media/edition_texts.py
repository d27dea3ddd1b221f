"""Texts kept per edition behind one tab bar: a media item's caption and alt text, a gallery's
title and description. One tab per edition; switching tabs keeps what was typed in the edition
left and shows the next one's, laid out in its own direction (Arabic and Farsi right to left).

The owner lays the tab bar and the fields out where it wants them (the gallery editor's come
from a Designer form); this only binds them. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTabBar

from nejat_desk.core.domain import EDITIONS
from nejat_desk.gui.bidi import apply_text_direction, edition_direction

TextField = QLineEdit | QPlainTextEdit


def _text(field: TextField) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _set_text(field: TextField, text: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


class EditionTabBar(QTabBar):
    """The edition tabs as a Designer form names them (QUiLoader makes no bare QTabBar)."""


class EditionTexts(QObject):
    """Binds `tabs` (filled with the editions) to `fields`, a name -> editor mapping."""

    edition_changed = Signal(str)  # the edition code now shown

    def __init__(self, tabs: QTabBar, fields: Mapping[str, TextField], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.fields = dict(fields)
        self._texts: dict[str, dict[str, str]] = {}
        self._edition = EDITIONS[0].code
        for e in EDITIONS:
            tabs.addTab(e.native_name)
            tabs.setTabData(tabs.count() - 1, e.code)
        tabs.currentChanged.connect(self._tab_changed)

    @property
    def edition(self) -> str:
        return self._edition

    def set_texts(self, texts: Mapping[str, Mapping[str, str]]) -> None:
        """Replace every edition's texts (edition -> field name -> text) and show the current one's."""
        self._texts = {code: dict(values) for code, values in texts.items()}
        self._show(self._edition)

    def texts(self) -> dict[str, dict[str, str]]:
        """Every edition that has texts, with what is being typed in the current one."""
        self._keep()
        return {code: dict(values) for code, values in self._texts.items()}

    def select_edition(self, code: str) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.tabData(i) == code:
                self.tabs.setCurrentIndex(i)

    def _keep(self) -> None:
        self._texts[self._edition] = {name: _text(field) for name, field in self.fields.items()}

    def _show(self, code: str) -> None:
        self._edition = code
        values = self._texts.get(code, {})
        apply_text_direction(edition_direction(code), self.fields.values())
        for name, field in self.fields.items():
            _set_text(field, values.get(name, ""))

    def _tab_changed(self, index: int) -> None:
        if index < 0:
            return
        self._keep()
        self._show(self.tabs.tabData(index))
        self.edition_changed.emit(self._edition)
