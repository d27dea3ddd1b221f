"""The per-edition pre-flight rules in the Edition Settings dialog (gui/editions.py): which fields
block when missing, which editions every article should also exist in, and the digits the body
must use. Only a form: the rules are core.preflight.EditionRules, read and stored by
`desk.preflight` (the same ones `nejat-desk preflight-rules` sets)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QWidget

from nejat_desk.core.domain import EDITION_CODES
from nejat_desk.core.preflight import REQUIRABLE, EditionRules
from nejat_desk.core.typing_aids import DigitSystem
from nejat_desk.gui.labels import edition_label


class PreflightRulesForm(QGroupBox):
    """Check boxes and a choice, in reading order: the layout mirrors itself in a right-to-left
    interface, and Tab walks them in that order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Pre-flight check"))
        self.setObjectName("preflightRules")
        self.edition = ""
        field_words = {"excerpt": self.tr("E&xcerpt"), "category": self.tr("Cate&gory"),
                       "byline_or_source": self.tr("&Byline or source"), "featured_image": self.tr("&Featured image")}
        self.required: dict[str, QCheckBox] = {name: QCheckBox(field_words[name], self) for name in REQUIRABLE}
        self.translations: dict[str, QCheckBox] = {code: QCheckBox(edition_label(code), self)
                                                   for code in EDITION_CODES}
        self.digits = QComboBox(self)
        self.digits.addItem(self.tr("Any"), "")
        for system, label in ((DigitSystem.ASCII, self.tr("Western (0–9)")),
                              (DigitSystem.PERSIAN, self.tr("Persian (۰–۹)")),
                              (DigitSystem.ARABIC, self.tr("Arabic-Indic (٠–٩)"))):
            self.digits.addItem(label, system.value)
        form = QFormLayout(self)
        form.addRow(self._label(self.tr("Missing blocks:"), next(iter(self.required.values()))),
                    self._grid(list(self.required.values())))
        form.addRow(self._label(self.tr("Plan translations into:"), next(iter(self.translations.values()))),
                    self._grid(list(self.translations.values())))
        form.addRow(self._label(self.tr("D&igits in the body:"), self.digits), self.digits)
        for box in self.required.values():
            box.setToolTip(self.tr("When missing, this blocks Publish and Schedule; otherwise it only warns."))
        for box in self.translations.values():
            box.setToolTip(self.tr("An article of this edition without a translation into it gets a warning."))

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _grid(self, boxes: list[QCheckBox]) -> QWidget:
        holder = QWidget(self)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(boxes):
            grid.addWidget(box, n // 2, n % 2)
        return holder

    def show_rules(self, edition: str, rules: EditionRules) -> None:
        """The rules of `edition` (an edition is never its own translation: its box is hidden)."""
        self.edition = edition
        for name, box in self.required.items():
            box.setChecked(name in rules.required)
        for code, box in self.translations.items():
            box.setChecked(code in rules.translations)
            box.setVisible(code != edition)
        self.digits.setCurrentIndex(max(0, self.digits.findData(rules.digits)))

    def rules(self) -> EditionRules:
        """The rules as the form shows them."""
        return EditionRules(
            required=frozenset(name for name, box in self.required.items() if box.isChecked()),
            translations=tuple(code for code, box in self.translations.items()
                               if box.isChecked() and code != self.edition),
            digits=str(self.digits.currentData() or ""))
