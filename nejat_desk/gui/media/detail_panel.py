"""The detail panel: a large preview, caption and alt text per edition, credit, licence, tags,
rating, what the file says about itself, and where the item is used."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.errors import NejatError
from nejat_desk.gui.bidi import isolate
from nejat_desk.gui.dates import format_datetime, format_number, format_size, join_facts
from nejat_desk.gui.media.edition_texts import EditionTexts, TextField
from nejat_desk.gui.media.preview_loader import PreviewLoader
from nejat_desk.gui.palette import Tone, tint

if TYPE_CHECKING:
    from nejat_desk.services.media import MediaDetail, MediaService


class MediaDetailPanel(QWidget):
    saved = Signal(int)  # media id, after a commit
    crop_requested = Signal(int)
    trash_requested = Signal(int)

    def __init__(self, media: MediaService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.media = media
        self.media_id: int | None = None
        self.previews = PreviewLoader(self)
        self.previews.loaded.connect(self._show_preview)

        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(240)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flag = QLabel(self)
        self.flag.setWordWrap(True)
        tint(self.flag, Tone.WARNING)

        self.editions = QTabBar(self)
        self.caption = QPlainTextEdit(self)
        self.caption.setPlaceholderText(self.tr("Caption"))
        self.caption.setMaximumHeight(90)
        self.alt = QLineEdit(self)
        self.alt.setPlaceholderText(self.tr("Alt text: what the picture shows, for readers who cannot see it"))
        fields: dict[str, TextField] = {"caption": self.caption, "alt_text": self.alt}
        self.edition_texts = EditionTexts(self.editions, fields, self)
        self.title = QLineEdit(self)
        self.credit = QLineEdit(self)
        self.copyright = QLineEdit(self)
        self.licence = QLineEdit(self)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma, separated"))
        self.rating = QSpinBox(self)
        self.rating.setRange(0, 5)
        self.rating.setSuffix(self.tr(" ★"))
        self.uses_model = QStringListModel(self)
        self.uses = QListView(self)
        self.uses.setModel(self.uses_model)
        self.uses.setMaximumHeight(90)
        self.uses.setEditTriggers(QListView.EditTrigger.NoEditTriggers)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.crop_button = QPushButton(self.tr("Focal point and crops…"), self)
        self.trash_button = QPushButton(self.tr("Move to Trash"), self)
        self._lay_out()

        self.save_button.clicked.connect(self.save)
        self.crop_button.clicked.connect(lambda: self.media_id and self.crop_requested.emit(self.media_id))
        self.trash_button.clicked.connect(lambda: self.media_id and self.trash_requested.emit(self.media_id))
        self._pixmap = QPixmap()
        self.show_media(None)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Credit"), self.credit)
        form.addRow(self.tr("Copyright"), self.copyright)
        form.addRow(self.tr("Licence"), self.licence)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Rating"), self.rating)
        buttons = QHBoxLayout()
        buttons.addWidget(self.crop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button)
        buttons.addWidget(self.save_button)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.info)
        layout.addWidget(self.flag)
        layout.addWidget(self.editions)
        layout.addWidget(self.caption)
        layout.addWidget(self.alt)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Used in"), self))
        layout.addWidget(self.uses)
        layout.addLayout(buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- loading -----------------------------------------------------------------------------------
    def show_media(self, media_id: int | None) -> None:
        self.media_id = media_id
        enabled = media_id is not None
        for w in (self.caption, self.alt, self.title, self.credit, self.copyright, self.licence, self.tags,
                  self.rating, self.save_button, self.crop_button, self.trash_button, self.editions):
            w.setEnabled(enabled)
        if media_id is None:
            self.preview.setText(self.tr("Select a picture to describe it."))
            self._pixmap = QPixmap()
            self.info.clear()
            self.flag.clear()
            self.uses_model.setStringList([])
            self.edition_texts.set_texts({})
            return
        detail = self.media.detail(media_id)
        self.info.setText(self._describe(detail))
        self.flag.setText(self.tr("Came from the site without alt text: add it when you can.")
                          if detail.alt_missing_from_site else "")
        self.title.setText(detail.title)
        self.credit.setText(detail.credit)
        self.copyright.setText(detail.copyright)
        self.licence.setText(detail.licence)
        self.tags.setText(", ".join(detail.tags))
        self.rating.setValue(detail.rating)
        self.edition_texts.set_texts({code: {"caption": t.caption, "alt_text": t.alt_text}
                                      for code, t in detail.texts.items()})
        self.uses_model.setStringList([u.text(format_number) for u in detail.uses] or [self.tr("Not used yet")])
        croppable = detail.kind in ("image", "remote_video") and detail.picture_sha256 is not None
        self.crop_button.setEnabled(croppable)
        self.trash_button.setText(self.tr("Restore") if detail.in_trash else self.tr("Move to Trash"))
        self.preview.setText(self.tr("Loading…"))
        self.previews.load(detail.preview_path, 1200)

    def _describe(self, item: MediaDetail) -> str:
        parts = [isolate(item.filename)]  # the line reads in the interface's direction, not the name's
        if item.width and item.height:
            unit = self.tr(" pt") if item.kind == "pdf" else ""
            parts.append(f"{format_number(item.width)} × {format_number(item.height)}{unit}")
        if item.size_bytes:
            parts.append(format_size(item.size_bytes))
        if item.duration_s:
            parts.append(self.tr("{seconds} s").format(seconds=format_number(float(item.duration_s))))
        if item.camera:
            parts.append(item.camera)
        if item.taken_at:
            parts.append(self.tr("taken %1").replace("%1", format_datetime(item.taken_at)))
        text = join_facts(parts)
        if item.has_gps:
            text += "\n" + self.tr("Has a GPS location: it is removed from every copy that leaves the app.")
        if item.near_duplicate_of:
            text += "\n" + self.tr("Looks like a near-duplicate of media #%1.").replace(
                "%1", format_number(item.near_duplicate_of))
        return text

    @Slot(QImage)
    def _show_preview(self, image: QImage) -> None:
        if image.isNull():
            self._pixmap = QPixmap()
            self.preview.setText(self.tr("No preview for this item."))
            return
        self._pixmap = QPixmap.fromImage(image)
        self._fit_preview()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def _fit_preview(self) -> None:
        if not self._pixmap.isNull():
            self.preview.setPixmap(self._pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation))

    def select_edition(self, code: str) -> None:
        self.edition_texts.select_edition(code)

    # --- saving -----------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.media_id is None:
            return False
        from nejat_desk.services.media import Caption

        texts = {code: Caption(values["caption"], values["alt_text"])
                 for code, values in self.edition_texts.texts().items()}
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        try:
            self.media.update(self.media_id, texts=texts, title=self.title.text().strip(),
                              credit=self.credit.text().strip(), copyright=self.copyright.text().strip(),
                              licence=self.licence.text().strip(), tags=tags, rating=self.rating.value())
        except NejatError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self.saved.emit(self.media_id)
        return True
