"""Filters over the media grid: kind, gallery, tag, date range, missing alt text, search, trash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from nejat_desk.core.domain import EDITIONS
from nejat_desk.gui.dates import use_interface_calendar
from nejat_desk.services.media_queries import MediaFilter

if TYPE_CHECKING:
    from nejat_desk.services.galleries import GalleryInfo

SEARCH_DEBOUNCE_MS = 250


class MediaFilterBar(QWidget):
    filter_changed = Signal(object)  # MediaFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search captions, credits, tags…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox(self)
        for value, label in ((None, self.tr("All kinds")), ("image", self.tr("Images")), ("pdf", self.tr("PDFs")),
                             ("video", self.tr("Videos")), ("remote_video", self.tr("Hosted videos"))):
            self.kind.addItem(label, value)
        self.gallery = QComboBox(self)
        self.gallery.addItem(self.tr("Any gallery"), None)
        self.tag = QComboBox(self)
        self.tag.setEditable(True)
        self.tag.lineEdit().setPlaceholderText(self.tr("Tag"))
        self.use_dates = QCheckBox(self.tr("Taken"), self)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            use_interface_calendar(edit)  # Solar Hijri in Farsi, as every date shown
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
        self.date_from.setDate(QDate.currentDate().addMonths(-1))
        self.missing_alt = QComboBox(self)
        self.missing_alt.addItem(self.tr("Alt text: any"), None)
        for e in EDITIONS:
            self.missing_alt.addItem(self.tr("No alt text in %1").replace("%1", e.native_name), e.code)
        self.trash = QCheckBox(self.tr("Trash"), self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for w in (self.kind, self.gallery, self.tag, self.use_dates, self.date_from, QLabel("–", self),
                  self.date_to, self.missing_alt, self.trash):
            layout.addWidget(w)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.tag.currentTextChanged.connect(self._debounce.start)
        for combo in (self.kind, self.gallery, self.missing_alt):
            combo.currentIndexChanged.connect(self._emit)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        self.trash.toggled.connect(self._emit)

    def set_galleries(self, galleries: list[GalleryInfo]) -> None:
        current = self.gallery.currentData()
        self.gallery.blockSignals(True)
        self.gallery.clear()
        self.gallery.addItem(self.tr("Any gallery"), None)
        for gallery in galleries:
            self.gallery.addItem(gallery.label, gallery.id)
        index = self.gallery.findData(current)
        self.gallery.setCurrentIndex(max(0, index))
        self.gallery.blockSignals(False)

    def set_tags(self, tags: list[str]) -> None:
        text = self.tag.currentText()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItems([""] + tags)
        self.tag.setCurrentText(text)
        self.tag.blockSignals(False)

    def current(self) -> MediaFilter:
        dates = self.use_dates.isChecked()
        return MediaFilter(
            kind=self.kind.currentData(), gallery_id=self.gallery.currentData(), tag=self.tag.currentText().strip(),
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None,
            missing_alt_edition=self.missing_alt.currentData(), text=self.search.text(),
            trash=self.trash.isChecked())

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        self.filter_changed.emit(self.current())


