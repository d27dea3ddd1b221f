"""Live preview: a debounced render on a worker thread, applied on the GUI thread, and a
QTextBrowser that loads nothing but media files from the library's own store.

Threads: `PreviewRenderer.request` runs on the GUI thread; `_work` runs on the renderer's
thread and only builds strings; `rendered` is delivered to the GUI thread (queued). A worker
beside the task runner (gui.tasks), not on its pool: a keystroke's render must never queue
behind a pull or an import, and only the newest text waiting is rendered.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QImage,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from nejat_desk.gui.articles.page import MEDIA_SCHEME, BlockRenderer, PageContext, PageParts, page_parts
from nejat_desk.gui.palette import follow_palette, is_dark

log = logging.getLogger(__name__)
_SHA = re.compile(r"^[0-9a-f]{64}$")
# One plain paragraph, inline markup only: it maps to exactly one block of the document.
_SIMPLE_P = re.compile(r"^<p>((?:(?!</?(?:p|div|ul|ol|li|table|blockquote|pre|h[1-6]|img|figure)\b).)*)</p>$",
                       re.DOTALL)
DEBOUNCE_MS = 80
MAX_WAIT_MS = 300


class PreviewRenderer(QObject):
    """Coalesces requests: only the newest text waiting is rendered; stale results are dropped."""

    rendered = Signal(int, object, float)  # generation, PageParts, perf_counter when requested

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cond = threading.Condition()
        self._pending: tuple[int, str, PageContext, float] | None = None
        self._stop = False
        self.generation = 0
        self._thread = threading.Thread(target=self._work, name="preview-render", daemon=True)
        self._thread.start()

    def request(self, body_md: str, ctx: PageContext, requested_at: float | None = None) -> int:
        with self._cond:
            self.generation += 1
            self._pending = (self.generation, body_md, ctx, requested_at or time.perf_counter())
            self._cond.notify()
            return self.generation

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify()
        self._thread.join(timeout=2)

    def _work(self) -> None:  # renderer thread
        blocks = BlockRenderer()
        while True:
            with self._cond:
                while self._pending is None and not self._stop:
                    self._cond.wait()
                if self._stop:
                    return
                generation, body, ctx, requested_at = self._pending  # type: ignore[misc]
                self._pending = None
            try:
                html = page_parts(body, ctx, renderer=blocks)
            except Exception:  # a renderer bug must not kill the preview for good
                log.exception("preview render failed")
                continue
            with self._cond:
                if self._stop:
                    return
                stale = self._pending is not None
            if not stale:
                self.rendered.emit(generation, html, requested_at)


class PreviewBrowser(QTextBrowser):
    """Shows preview HTML; resources come only from the library's media store."""

    shown = Signal(int, float)  # generation, perf_counter when its text was requested

    def __init__(self, media_path_for, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._media_path_for = media_path_for  # sha256 -> Path
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []
        self._images: dict[str, QImage] = {}
        self.shown_generation = 0
        self._parts: PageParts | None = None
        self.full_updates = 0
        self.apply_ms: list[float] = []  # GUI-thread cost of the latest updates (for the benchmark)
        self.partial_updates = 0
        self.setFrameShape(QTextBrowser.Shape.NoFrame)

    def apply(self, generation: int, parts: PageParts, requested_at: float) -> None:
        if generation <= self.shown_generation:
            return  # an older render arriving late
        started = time.perf_counter()
        if not self._replace_in_place(parts):
            self._show_whole(parts)
        self.apply_ms.append((time.perf_counter() - started) * 1000)
        del self.apply_ms[:-200]
        self._parts = parts
        self.shown_generation = generation
        self.shown.emit(generation, requested_at)

    def _show_whole(self, parts: PageParts) -> None:
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4 and bar.maximum() > 0
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        document = self.document()
        document.setDefaultStyleSheet(parts.css)  # kept by the document for in-place updates too
        self.setHtml(parts.html(with_style=False))
        direction = Qt.LayoutDirection.RightToLeft if 'dir="rtl"' in parts.head[:200] \
            else Qt.LayoutDirection.LeftToRight
        option = document.defaultTextOption()
        option.setTextDirection(direction)
        document.setDefaultTextOption(option)
        if bar.maximum():
            bar.setValue(bar.maximum() if at_end else round(fraction * bar.maximum()))
        self.full_updates += 1

    def _replace_in_place(self, parts: PageParts) -> bool:
        """Typing in one paragraph changes one block: swap that paragraph's text in the
        document instead of laying out the whole page again (keeps the stall short)."""
        old = self._parts
        if old is None or old.css != parts.css or old.head != parts.head or old.tail != parts.tail \
                or len(old.blocks) != len(parts.blocks):
            return False
        changed = [i for i, (a, b) in enumerate(zip(old.blocks, parts.blocks, strict=True)) if a != b]
        if len(changed) != 1:
            return not changed
        index = changed[0]
        before, after = _SIMPLE_P.match(old.blocks[index]), _SIMPLE_P.match(parts.blocks[index])
        if before is None or after is None:
            return False
        document = self.document()
        old_text = QTextDocumentFragment.fromHtml(old.blocks[index], document).toPlainText()
        if not old_text.strip():
            return False
        # The same paragraph text may occur earlier: take the matching occurrence.
        occurrence = sum(1 for b in old.blocks[:index] if b == old.blocks[index])
        block = document.begin()
        while block.isValid():
            if block.text() == old_text:
                if occurrence == 0:
                    break
                occurrence -= 1
            block = block.next()
        if not block.isValid():
            return False
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertHtml(after.group(1))
        _restore_page_font(block)
        cursor.endEditBlock()
        self.partial_updates += 1
        return True

    def _local_file(self, url: QUrl) -> Path | None:
        if url.scheme() == MEDIA_SCHEME:
            sha = url.path()
        elif url.scheme() == "" and not url.host():
            sha = url.path().rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0]
        else:
            return None
        if not _SHA.match(sha):
            return None
        path = self._media_path_for(sha)
        return path if path is not None and path.is_file() else None

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt override)
        if kind != QTextDocument.ResourceType.ImageResource.value and \
                kind != QTextDocument.ResourceType.ImageResource:
            self.refused.append(url.toString())
            return None
        path = self._local_file(url)
        if path is None:
            self.refused.append(url.toString())
            log.debug("preview refused a resource")
            return None
        key = str(path)
        image = self._images.get(key)
        if image is None:
            image = QImage(key)
            if image.isNull():
                self.refused.append(url.toString())
                return None
            if image.width() > 1200:
                image = image.scaledToWidth(1200, Qt.TransformationMode.SmoothTransformation)
            self._images[key] = image
        return image


# What the page's CSS gives a paragraph's text through <body> and <p>.
_PAGE_FONT = (QTextFormat.Property.FontFamilies, QTextFormat.Property.FontPointSize,
              QTextFormat.Property.FontPixelSize, QTextFormat.Property.ForegroundBrush)


def _restore_page_font(block: QTextBlock) -> None:
    """insertHtml parses its text outside the page's <body>, so it comes in the default sans font
    and colour: give it the paragraph's own (the block's char format, from the page's CSS), except
    where the inline markup set its own (code's font, a link's colour)."""
    base = block.charFormat()
    fragments = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            fragments.append((fragment.position(), fragment.length(), fragment.charFormat()))
        it += 1
    cursor = QTextCursor(block)
    for position, length, current in fragments:
        missing = QTextCharFormat()
        for prop in _PAGE_FONT:
            if base.hasProperty(prop) and not current.hasProperty(prop):
                missing.setProperty(prop, base.property(prop))
        if missing.properties():
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(missing)


class PreviewController(QObject):
    """Debounces text changes (DEBOUNCE_MS) and feeds the renderer; the browser shows results."""

    def __init__(self, browser: PreviewBrowser, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.browser = browser
        self.renderer = PreviewRenderer(self)
        self.renderer.rendered.connect(self.browser.apply, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._text_source = lambda: ""
        self.context = PageContext()
        self._first_change: float | None = None
        self._last_change: float | None = None
        self._last_fired: float | None = None  # when the last text went to the renderer
        self._undated_at: datetime | None = None
        # The page's colours come with the palette: a switch to dark re-renders it at once.
        follow_palette(browser, lambda _palette: self.schedule(), now=False)

    def set_text_source(self, source) -> None:
        self._text_source = source

    def schedule(self) -> None:
        """Called on every keystroke: cheap, never renders here. The first change after a pause
        of DEBOUNCE_MS is sent to the renderer on the next turn of the event loop (the preview
        follows a single keystroke within a render's time); changes that follow it wait for a
        pause, and a fast typist still sees the preview follow at least every MAX_WAIT_MS."""
        now = time.perf_counter()
        if self._first_change is None:
            self._first_change = now
        self._last_change = now
        paused = self._last_fired is None or (now - self._last_fired) * 1000 >= DEBOUNCE_MS
        if paused and not self._timer.isActive():
            self._timer.start(0)
        elif (now - self._first_change) * 1000 < MAX_WAIT_MS or not self._timer.isActive():
            self._timer.start(DEBOUNCE_MS)

    def set_context(self, ctx: PageContext) -> None:
        self.context = ctx
        self.schedule()

    def render_now(self) -> None:
        self._timer.stop()
        self._fire()

    def _fire(self) -> None:
        from dataclasses import replace

        requested = self._last_change or time.perf_counter()
        self._first_change = self._last_change = None
        self._last_fired = time.perf_counter()
        width = max(200, self.browser.viewport().width() - 40)
        dark = is_dark(self.browser.palette())
        if width != self.context.image_width or dark != self.context.dark:
            self.context = replace(self.context, image_width=width, dark=dark)
        context = self.context if self.context.date is not None else replace(self.context, date=self._undated())
        self.renderer.request(self._text_source(), context, requested)

    def _undated(self) -> datetime:
        """A draft has no date, so the page shows today's: fixed while typing (a new one each day),
        so the page's head stays the same and a paragraph typed in is updated in place."""
        now = datetime.now(UTC)
        if self._undated_at is None or now.date() != self._undated_at.date():
            self._undated_at = now
        return self._undated_at

    def stop(self) -> None:
        self._timer.stop()
        self.renderer.stop()
