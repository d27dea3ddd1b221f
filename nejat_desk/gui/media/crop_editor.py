"""The crop editor: click to set the focal point, drag to draw a rendition's crop by hand.

The geometry (aspect ratio, staying inside the picture, keeping the focal point in frame) is
core/renditions.py's; this widget only maps between screen and picture pixels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.errors import NejatError
from nejat_desk.core.renditions import RENDITIONS, clamp_focal, crop_for, normalise_crop, rendition
from nejat_desk.gui.media.preview_loader import PreviewLoader

if TYPE_CHECKING:
    from nejat_desk.services.media import MediaService

DRAG_THRESHOLD = 6


class CropCanvas(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(480, 320)
        self.setMouseTracking(False)
        self.pixmap = QPixmap()
        self.source_size = (1, 1)  # picture pixels, orientation applied
        self.focal = (0.5, 0.5)
        self.crops: dict[str, list[int]] = {}
        self.rendition = "og"
        self._press: QPointF | None = None
        self._drag: QRectF | None = None

    def set_picture(self, pixmap: QPixmap, source_size: tuple[int, int]) -> None:
        self.pixmap = pixmap
        self.source_size = (max(1, source_size[0]), max(1, source_size[1]))
        self.update()

    def set_rendition(self, name: str) -> None:
        self.rendition = name
        self.update()

    def current_crop(self) -> tuple[int, int, int, int]:
        return crop_for(self.rendition, self.source_size, self.focal, self.crops)

    def reset_crop(self) -> None:
        self.crops.pop(self.rendition, None)
        self.changed.emit()
        self.update()

    # --- mapping ---------------------------------------------------------------------------------
    def _frame(self) -> QRectF:
        w, h = self.source_size
        scale = min(self.width() / w, self.height() / h)
        fw, fh = w * scale, h * scale
        return QRectF((self.width() - fw) / 2, (self.height() - fh) / 2, fw, fh)

    def _to_picture(self, p: QPointF) -> tuple[float, float]:
        f = self._frame()
        return ((p.x() - f.x()) / f.width() * self.source_size[0], (p.y() - f.y()) / f.height() * self.source_size[1])

    def _to_screen(self, x: float, y: float) -> QPointF:
        f = self._frame()
        return QPointF(f.x() + x / self.source_size[0] * f.width(), f.y() + y / self.source_size[1] * f.height())

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.fillRect(self.rect(), self.palette().window())
        frame = self._frame()
        if not self.pixmap.isNull():
            painter.drawPixmap(frame, self.pixmap, QRectF(self.pixmap.rect()))
        x, y, w, h = self.current_crop()
        crop = QRectF(self._to_screen(x, y), self._to_screen(x + w, y + h))
        shade = QPainterPath()
        shade.addRect(frame)
        inner = QPainterPath()
        inner.addRect(crop)
        painter.fillPath(shade.subtracted(inner), QColor(0, 0, 0, 120))
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawRect(crop)
        if self._drag is not None:
            painter.setPen(QPen(QColor(255, 200, 0), 1, Qt.PenStyle.DashLine))
            painter.drawRect(self._drag)
        fp = self._to_screen(self.focal[0] * self.source_size[0], self.focal[1] * self.source_size[1])
        painter.setPen(QPen(QColor(255, 60, 60), 2))
        painter.drawEllipse(fp, 9, 9)
        painter.drawLine(fp + QPointF(-14, 0), fp + QPointF(14, 0))
        painter.drawLine(fp + QPointF(0, -14), fp + QPointF(0, 14))
        painter.end()

    # --- mouse --------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        if (event.position() - self._press).manhattanLength() >= DRAG_THRESHOLD and rendition(self.rendition).crop:
            self._drag = QRectF(self._press, event.position()).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        if self._drag is not None:
            x0, y0 = self._to_picture(self._drag.topLeft())
            x1, y1 = self._to_picture(self._drag.bottomRight())
            self.set_hand_crop((round(x0), round(y0), round(x1 - x0), round(y1 - y0)))
        else:
            px, py = self._to_picture(event.position())
            self.set_focal(px / self.source_size[0], py / self.source_size[1])
        self._press = None
        self._drag = None
        self.update()

    def set_focal(self, fx: float, fy: float) -> None:
        self.focal = clamp_focal(fx, fy)
        # Hand crops follow the focal point (they must keep it in frame).
        for name, rect in list(self.crops.items()):
            spec = RENDITIONS.get(name)
            if spec and spec.crop and len(rect) == 4:
                self.crops[name] = list(normalise_crop(tuple(rect), self.source_size, spec.aspect, self.focal))
        self.changed.emit()
        self.update()

    def set_hand_crop(self, rect: tuple[int, int, int, int]) -> None:
        spec = rendition(self.rendition)
        if not spec.crop:
            return
        self.crops[self.rendition] = list(normalise_crop(rect, self.source_size, spec.aspect, self.focal))
        self.changed.emit()
        self.update()


class CropEditorDialog(QDialog):
    """Loads the item's focal point and crops, lets the editor change them, saves through the service."""

    def __init__(self, media: MediaService, media_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Focal point and crops"))
        self.media = media
        self.media_id = media_id
        self.canvas = CropCanvas(self)
        self.choice = QComboBox(self)
        labels = {"web": self.tr("Web (longest side 2048)"), "og": self.tr("Link preview (1200 × 630)"),
                  "square": self.tr("Square (1080 × 1080)"), "pinterest": self.tr("Pinterest (1000 × 1500)")}
        for name in RENDITIONS:
            self.choice.addItem(labels.get(name, name), name)
        self.choice.setCurrentIndex(self.choice.findData("og"))
        self.reset = QPushButton(self.tr("Reset this crop"), self)
        hint = QLabel(self.tr("Click to set the focal point; drag to draw the crop. Every crop keeps the focal "
                              "point in frame."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        top.addWidget(self.reset)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(860, 640)

        self.choice.currentIndexChanged.connect(lambda: self.canvas.set_rendition(self.choice.currentData()))
        self.reset.clicked.connect(self.canvas.reset_crop)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.previews = PreviewLoader(self)
        self.previews.loaded.connect(self._picture_loaded)

        framing = media.framing(media_id)
        self.canvas.focal = framing.focal
        self.canvas.crops = {name: list(rect) for name, rect in framing.crops.items()}
        self.canvas.source_size = framing.size
        self.canvas.set_rendition("og")
        if framing.picture_path is not None:
            self.previews.load(framing.picture_path, 1400)

    @Slot(QImage)
    def _picture_loaded(self, image: QImage) -> None:
        if not image.isNull():
            self.canvas.set_picture(QPixmap.fromImage(image), self.canvas.source_size)

    def save(self) -> None:
        try:
            self.media.update(self.media_id, focal_x=self.canvas.focal[0], focal_y=self.canvas.focal[1],
                              crops=self.canvas.crops)
        except NejatError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self.accept()
