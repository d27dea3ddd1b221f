"""The newsletter footer of a publication series: sender name, postal address, unsubscribe line.

Mail clients and email law expect every newsletter to say who sends it, where they are and how
to unsubscribe; the footer is stored per series (PublicationService.set_footer) and printed at the
foot of each issue's email, HTML and text alike. Runs on the GUI thread (one small write).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.errors import NejatError
from nejat_desk.gui.palette import Tone, tint
from nejat_desk.services.publications import PublicationService, SeriesFooter, SeriesInfo


class SeriesFooterDialog(QDialog):
    """Edit one series' footer; Save stores it, a refusal is shown in the dialog."""

    def __init__(self, service: PublicationService, series: SeriesInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.series = series
        self.setWindowTitle(self.tr("Newsletter footer: %1").replace("%1", series.name))
        footer = series.footer or SeriesFooter()
        direction_rtl = series.edition in ("ar", "fa")
        self.sender_edit = QLineEdit(footer.sender_name, self)
        self.address_edit = QPlainTextEdit(footer.postal_address, self)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.unsubscribe_edit = QLineEdit(footer.unsubscribe, self)
        self.unsubscribe_edit.setPlaceholderText(
            self.tr("To unsubscribe, visit https://… or reply with the word STOP"))
        for editor in (self.sender_edit, self.address_edit, self.unsubscribe_edit):
            if direction_rtl:  # the footer is written in the series' edition, as its readers read it
                editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        note = QLabel(self.tr("Printed at the foot of every issue of this series, as mail clients and email law "
                              "expect: who sends it, a postal address, and how to unsubscribe."), self)
        note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        tint(self.error_label, Tone.ERROR)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Sender name"), self.sender_edit)
        form.addRow(self.tr("Postal address"), self.address_edit)
        form.addRow(self.tr("Unsubscribe line"), self.unsubscribe_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            self.service.set_footer(self.series.id, SeriesFooter(
                self.sender_edit.text(), self.address_edit.toPlainText(), self.unsubscribe_edit.text()))
        except NejatError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.accept()
