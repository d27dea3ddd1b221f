"""Large previews for the detail panel and crop editor, decoded off the GUI thread.

Runs where: `load()` on the GUI thread; the decode (QImageReader with a scaled size, which for
JPEG is a fast DCT-scaled decode, and EXIF orientation applied) on a pool thread; `loaded`
is emitted on the GUI thread. Only the newest request's result is delivered. A worker beside
the task runner (gui.tasks), for the same reasons as the thumbnail loader.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QImageReader


class _Decode(QRunnable):
    def __init__(self, owner: PreviewLoader, token: int, path: Path, box: int) -> None:
        super().__init__()
        self.owner, self.token, self.path, self.box = owner, token, path, box

    def run(self) -> None:  # pool thread
        reader = QImageReader(str(self.path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > self.box:
            # The scaled size is in stored (unrotated) pixels; the box is square, so rotation is harmless.
            reader.setScaledSize(size.scaled(QSize(self.box, self.box), Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        self.owner._done.emit(self.token, image)


class PreviewLoader(QObject):
    loaded = Signal(QImage)
    _done = Signal(int, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._token = 0
        self._done.connect(self._deliver)

    def load(self, path: Path | None, box: int = 1200) -> None:
        self._token += 1
        if path is None or not path.exists():
            self.loaded.emit(QImage())
            return
        self.pool.start(_Decode(self, self._token, path, box))

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    @Slot(int, QImage)
    def _deliver(self, token: int, image: QImage) -> None:
        if token == self._token:
            self.loaded.emit(image)
