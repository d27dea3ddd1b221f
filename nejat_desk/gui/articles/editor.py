"""The article editor: Markdown source beside a live preview, the metadata panel, find and
replace, translations, revisions, and the status row (words, reading time, saved, spelling).

Everything typed is handed to the Autosaver; nothing here waits for the preview or a save.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSignalBlocker, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import EDITION_CODES
from nejat_desk.core.errors import NejatError
from nejat_desk.core.typing_aids import DigitSystem, reading_minutes, word_count
from nejat_desk.gui.articles import focus_order
from nejat_desk.gui.articles.autosave import Autosaver
from nejat_desk.gui.articles.find_bar import FindReplaceBar
from nejat_desk.gui.articles.media_picker import MediaPickerDialog
from nejat_desk.gui.articles.metadata_panel import EDITION_NAMES, MetadataPanel
from nejat_desk.gui.articles.page import FeaturedImage, PageContext
from nejat_desk.gui.articles.preview import PreviewBrowser, PreviewController
from nejat_desk.gui.articles.resume import TypingJournal
from nejat_desk.gui.articles.revisions import RevisionsDialog
from nejat_desk.gui.articles.source_editor import MarkdownEditor
from nejat_desk.gui.articles.spelling import checker_for
from nejat_desk.gui.dates import format_number
from nejat_desk.gui.palette import is_dark

if TYPE_CHECKING:
    from nejat_desk.services.articles import ArticleDetail, MediaRef

log = logging.getLogger(__name__)
WORD_COUNT_DELAY_MS = 300
SWITCH_INTERVAL_S = 0.0005


def _featured_image(media: MediaRef | None) -> FeaturedImage | None:
    """The preview's featured image: the caption in the article's edition, else the media's title."""
    if media is None or not media.sha256:
        return None
    return FeaturedImage(media.sha256, caption=media.caption or media.title, alt=media.alt, width=media.width,
                         height=media.height)


class TranslationBar(QWidget):
    """The linked versions of the open article, and "Create translation in…"."""

    jump_requested = Signal(int)
    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self.buttons: dict[str, QToolButton] = {}
        self.create_button = QToolButton(self)
        self.create_button.setText(self.tr("Create translation in…"))
        # The arrow in its own part beside the text (an instant pop-up draws it over the text);
        # the text part opens the menu too.
        self.create_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.create_button.clicked.connect(self.create_button.showMenu)
        self.create_menu = QMenu(self)
        self.create_button.setMenu(self.create_menu)

    def set_versions(self, current_id: int, current_edition: str, versions: list) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.create_button:
                widget.deleteLater()
        self.buttons = {}
        self._layout.addWidget(QLabel(self.tr("Versions:"), self))
        shown = versions or []
        editions_present = {v.edition_code for v in shown} | {current_edition}
        for info in shown:
            button = QToolButton(self)
            # The edition's name only, the title in the tool tip: the bar fits a laptop screen.
            label = EDITION_NAMES.get(info.edition_code, info.edition_code)
            if info.is_original:
                label += " " + self.tr("(original)")
            button.setText(label)
            button.setToolTip(info.title or self.tr("untitled"))
            button.setCheckable(True)
            button.setChecked(info.article_id == current_id)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, aid=info.article_id: self.jump_requested.emit(aid))
            self._layout.addWidget(button)
            self.buttons[info.edition_code] = button
        if not shown:
            self._layout.addWidget(QLabel(self.tr("no translations yet"), self))
        self._layout.addStretch(1)
        self.create_menu.clear()
        for code in EDITION_CODES:
            if code not in editions_present:
                action = self.create_menu.addAction(EDITION_NAMES.get(code, code))
                action.triggered.connect(lambda _c=False, c=code: self.create_requested.emit(c))
        self.create_button.setEnabled(not self.create_menu.isEmpty())
        self._layout.addWidget(self.create_button)


class ArticleEditor(QWidget):
    article_opened = Signal(int)
    article_saved = Signal(int)  # a save of this article was committed
    article_created = Signal(int)
    article_discarded = Signal(int)  # a new article left untouched was deleted

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Saving and rendering run Python on other threads; with the default 5 ms switch interval each
        # return from Qt into a Python slot of the GUI thread can wait up to 5 ms for the GIL. 0.5 ms
        # keeps keystrokes from queueing behind them (measured by benchmarks/bench_editor.py).
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.context = context
        self.library = context.library
        self.article_id: int | None = None
        self.untouched_new: int | None = None  # a new article nothing was typed into yet
        self.edition = "en"
        self._loading = False
        self._page = PageContext()
        self.autosaver = Autosaver(lambda: self.context.articles, self.context.tasks.writer, self)
        self._build_panes()
        self._lay_out()
        self._connect_signals()
        self._build_actions()
        self._chain_focus()
        self.typing_journal = TypingJournal(self, context.desk.recovery)
        from nejat_desk.gui.articles.stale_translation import StaleTranslationController

        self.stale_translation = StaleTranslationController(self, context)  # the bar of a stale translation
        from nejat_desk.gui.articles.edit_lock import EditLockController

        self.edit_lock = EditLockController(self, context)  # who is editing the post, the desk's lock

    def _build_panes(self) -> None:
        """The source, preview and metadata panes, the bars around them and the status line."""
        self.source = MarkdownEditor(self, dark=is_dark(self.palette()))
        self.source.setObjectName("source")
        self.preview = PreviewBrowser(self._media_path, self)
        self.preview.setObjectName("preview")
        self.preview_controller = PreviewController(self.preview, self)
        self.preview_controller.set_text_source(self.source.toPlainText)
        self.metadata = MetadataPanel(self.context.desk, self)
        self.find_bar = FindReplaceBar(self.source, self)
        self.translations = TranslationBar(self)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3bf; color: #5c3c00; padding: 4px;")
        self.banner.hide()
        self.status = QStatusBar(self)
        self.status.setSizeGripEnabled(False)
        self.words_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.spelling_label = QLabel(self)
        self.status.addWidget(self.words_label)
        self.status.addWidget(self.spelling_label)
        self.status.addPermanentWidget(self.saved_label)

    def _lay_out(self) -> None:
        """The three panes side by side; a page saying what to do while no article is open."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.source)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(self.metadata)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([440, 440, 380])
        self.empty = QLabel(self.tr("Choose an article on the left, or create one with File > New > Article."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.translations)
        body_layout.addWidget(self.banner)
        body_layout.addWidget(self.splitter, 1)
        body_layout.addWidget(self.find_bar)
        body_layout.addWidget(self.status)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _connect_signals(self) -> None:
        self._word_timer = QTimer(self)
        self._word_timer.setSingleShot(True)
        self._word_timer.setInterval(WORD_COUNT_DELAY_MS)
        self._word_timer.timeout.connect(self._update_word_count)

        self.source.textChanged.connect(self._text_changed)
        self.metadata.title_edited.connect(self._title_changed)
        self.metadata.title_finished.connect(self.source.setFocus)
        for pane in (self.source, self.preview, self.metadata):
            pane.installEventFilter(self)  # a pane collapsed to nothing takes no focus (focus_order)
        self.metadata.excerpt_edited.connect(lambda _t: self._text_changed(preview=False))
        self.metadata.meta_edited.connect(self._meta_edited)
        self.metadata.status_requested.connect(self.set_status)
        self.metadata.pick_featured_requested.connect(self.pick_featured)
        self.metadata.add_attachment_requested.connect(self.add_attachment)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.save_failed.connect(self._save_failed)
        self.autosaver.meta_saved.connect(self._meta_saved)
        self.autosaver.meta_failed.connect(self._meta_failed)
        self.translations.jump_requested.connect(self.open_article)
        self.translations.create_requested.connect(self.create_translation)

    @property
    def service(self):  # type: ignore[no-untyped-def]
        """ArticleService, created on first use (its ORM import stays off the first paint)."""
        return self.context.articles

    # --- actions ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot, shortcut=None, checkable: bool = False) -> QAction:  # type: ignore[no-untyped-def]
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(shortcut)
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(act)
            act.setCheckable(checkable)
            act.triggered.connect(slot)
            return act

        self.find_action = action(self.tr("&Find…"), lambda: self.find_bar.open(False), QKeySequence.StandardKey.Find)
        self.replace_action = action(self.tr("Find and &Replace…"), lambda: self.find_bar.open(True),
                                     QKeySequence.StandardKey.Replace if not QKeySequence(
                                         QKeySequence.StandardKey.Replace).isEmpty() else QKeySequence("Ctrl+H"))
        self.discard_action = action(self.tr("Discard the Untouched New Article"), self.discard_untouched,
                                     QKeySequence(Qt.Key.Key_Escape))
        self.discard_action.setEnabled(False)  # only while a new article is untouched
        self.undo_action = action(self.tr("&Undo Typing"), self.source.undo)
        self.redo_action = action(self.tr("&Redo Typing"), self.source.redo)
        self.source.undoAvailable.connect(self.undo_action.setEnabled)
        self.source.redoAvailable.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.snapshot_action = action(self.tr("Save a &Revision Now"), self.snapshot_now, QKeySequence("Ctrl+Shift+S"))
        self.revisions_action = action(self.tr("Re&visions…"), self.show_revisions)
        self.invisibles_action = action(self.tr("Show &Invisible Characters (ZWNJ, LRM, RLM)"),
                                        self.source.set_show_invisibles, QKeySequence("Ctrl+Shift+I"),
                                        checkable=True)
        self.zwnj_action = action(self.tr("Insert Zero-Width Non-Joiner (Shift+Space)"),
                                  lambda: self.source.textCursor().insertText("\u200c"))
        self.digit_actions = {
            DigitSystem.PERSIAN: action(self.tr("Persian Digits (۰–۹)"),
                                        lambda: self.source.convert_selection_digits(DigitSystem.PERSIAN)),
            DigitSystem.ARABIC: action(self.tr("Arabic-Indic Digits (٠–٩)"),
                                       lambda: self.source.convert_selection_digits(DigitSystem.ARABIC)),
            DigitSystem.ASCII: action(self.tr("Western Digits (0–9)"),
                                      lambda: self.source.convert_selection_digits(DigitSystem.ASCII)),
        }

    # --- opening -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            focus_order.skip_collapsed(self.splitter)
        return super().eventFilter(watched, event)

    def _chain_focus(self) -> None:
        """Versions bar, title, body, preview, then the metadata panel top to bottom."""
        fields = self.metadata.fields_in_reading_order()
        bar = [*self.translations.buttons.values(), self.translations.create_button]
        focus_order.chain([*bar, fields[0], self.source, self.preview, *fields[1:]])

    def open_new(self, article_id: int) -> bool:
        """Open a just-created article; left with nothing typed, it is discarded (never a stray row)."""
        opened = self.open_article(article_id)
        self.untouched_new = article_id if opened else None
        self.discard_action.setEnabled(opened)
        return opened

    def discard_untouched(self) -> bool:
        """Delete the open new article if nothing was typed into it (left, closed or Escape)."""
        article_id = self.untouched_new
        if article_id is None or self.article_id != article_id or self.autosaver.has_pending():
            return False
        self._touched()
        self.autosaver.set_article(None, dict)
        self.article_id = None
        self.pages.setCurrentIndex(0)
        self.typing_journal.clear()
        service = self.service
        try:
            self._serialised(lambda: (service.trash(article_id, force=True), service.purge(article_id)))
        except NejatError:
            log.exception("discarding the untouched new article %s failed", article_id)
            return False
        self.article_discarded.emit(article_id)
        return True

    def _touched(self) -> None:
        self.untouched_new = None
        self.discard_action.setEnabled(False)

    def open_article(self, article_id: int) -> bool:
        if article_id == self.article_id:
            return True
        self.discard_untouched()
        self.autosaver.flush()
        try:
            article = self.service.get(article_id)
        except NejatError as exc:
            self.show_banner(str(exc))
            return False
        self._loading = True
        try:
            self.article_id = article.id
            self.edition = article.edition_code
            self.source.set_edition(self.edition)
            checker = checker_for(self.edition)
            self.source.set_spell_checker(checker if checker.available else None)
            self.spelling_label.setText(checker.note())
            if checker.should_announce_missing():
                self.context.notify(checker.missing_message(), 15000)
            with QSignalBlocker(self.source):
                self.source.setPlainText(article.body_md)
            self.source.document().clearUndoRedoStacks()
            self.metadata.load(article)
            self._page = self._page_context(article)
            self.autosaver.set_article(article.id, self._current_text)
        finally:
            self._loading = False
        self.banner.hide()
        self.pages.setCurrentIndex(1)
        self.preview_controller.context = self._page
        self.preview_controller.render_now()
        self._update_word_count()
        self._refresh_translations()
        self.saved_label.setText(self.tr("All changes saved"))
        self.article_opened.emit(article.id)
        return True

    def close_article(self) -> None:
        """Save what is pending and show the empty page (after the article went to the trash)."""
        self._touched()
        self.typing_journal.clear()
        self.edit_lock.release()
        self.autosaver.set_article(None, dict)
        self.article_id = None
        self.pages.setCurrentIndex(0)

    def _current_text(self) -> dict[str, str]:
        return {"title": self.metadata.title(), "body_md": self.source.toPlainText(),
                "excerpt": self.metadata.excerpt()}

    def _page_context(self, article: ArticleDetail) -> PageContext:
        edition = self.context.desk.editions.get(article.edition_code)  # the date line follows its settings
        return PageContext(
            time_zone=edition.time_zone, calendar=edition.calendar,
            edition=article.edition_code, title=article.title, category=article.category_path,
            byline=article.byline, date=article.published_at or article.scheduled_at,
            source_name=article.source_name, source_url=article.source_url,
            featured=_featured_image(article.featured), dark=is_dark(self.palette()),
            attachments=tuple(a.filename or a.title for a in article.attachments))

    def _media_path(self, sha256: str):
        return self.library.layout.media_path(sha256)

    # --- typing ----------------------------------------------------------------------------------

    def _text_changed(self, preview: bool = True) -> None:
        if self._loading or self.article_id is None:
            return
        self._touched()
        self.autosaver.text_changed()
        if preview:
            self.preview_controller.schedule()
        self._word_timer.start()

    def _title_changed(self, title: str) -> None:
        from dataclasses import replace

        self._page = replace(self.preview_controller.context, title=title)
        self.preview_controller.context = self._page
        self._text_changed()

    def _meta_edited(self, fields: dict) -> None:
        from dataclasses import replace

        self._touched()
        self.autosaver.meta_changed(**fields)
        page_fields = {"byline": "byline", "source_name": "source_name", "source_url": "source_url",
                       "category_path": "category"}
        updates = {page_fields[k]: v for k, v in fields.items() if k in page_fields}
        if updates:
            self._page = replace(self._page, **updates)
            self.preview_controller.set_context(self._page)

    def _update_word_count(self) -> None:
        words = word_count(self.source.toPlainText())
        self.words_label.setText(self.tr("%1 words · %2 min read").replace("%1", format_number(words))
                                 .replace("%2", format_number(reading_minutes(words))))

    # --- saving -----------------------------------------------------------------------------------

    def flush(self) -> None:
        self.autosaver.flush()

    def _saved(self, article_id: int, _version: int, _seconds: float) -> None:
        if article_id == self.article_id:
            self.saved_label.setText(self.tr("Saved %1").replace("%1", QLocale().toString(QTime.currentTime(), "HH:mm:ss")))
            if self.banner.isVisible() and self.banner.property("kind") == "save":
                self.banner.hide()
        self.article_saved.emit(article_id)

    def _save_failed(self, article_id: int, message: str) -> None:
        self.show_banner(self.tr("Could not save (will retry in 2 s): %1").replace("%1", message), kind="save")

    def _meta_saved(self, article_id: int, fields: list) -> None:
        if article_id != self.article_id:
            return
        for name in fields:
            self.metadata.show_error(name, "")
        self.article_saved.emit(article_id)

    def _meta_failed(self, article_id: int, name: str, message: str) -> None:
        if article_id == self.article_id:
            self.metadata.show_error(name, message)

    def show_banner(self, message: str, kind: str = "") -> None:
        self.banner.setText(message)
        self.banner.setProperty("kind", kind)
        self.banner.show()

    # --- workflow, translations, revisions -----------------------------------------------------

    def _serialised(self, fn):  # type: ignore[no-untyped-def]
        """Run a write after every pending save, and wait for it (these are quick)."""
        return self.autosaver.run_serialised(fn).result(timeout=30)

    def set_status(self, status: str, scheduled_at: datetime | None) -> bool:
        if self.article_id is None:
            return False
        self._touched()
        article_id = self.article_id
        try:
            self._serialised(lambda: self.service.set_status(article_id, status, scheduled_at=scheduled_at))
        except NejatError as exc:
            self.metadata.status_refused(str(exc))
            return False
        article = self.service.get(article_id)
        self.metadata.set_status(article.status, article.scheduled_at, article.published_at)
        from dataclasses import replace

        self._page = replace(self._page, date=article.published_at or article.scheduled_at)
        self.preview_controller.set_context(self._page)
        self.article_saved.emit(article_id)
        self.context.notify(self.tr("Status: %1").replace("%1", self.metadata.status_combo.currentText()), 3000)
        return True

    def create_translation(self, edition: str) -> int | None:
        if self.article_id is None:
            return None
        source_id = self.article_id
        try:
            new_id = self._serialised(lambda: self.service.create_translation(source_id, edition))
        except NejatError as exc:
            QMessageBox.warning(self, self.tr("Translation"), str(exc))
            return None
        self.article_created.emit(new_id)
        self.open_article(new_id)
        return new_id

    def _refresh_translations(self) -> None:
        if self.article_id is None:
            return
        self.translations.set_versions(self.article_id, self.edition, self.service.translations(self.article_id))
        self._chain_focus()  # the version buttons are new widgets

    def snapshot_now(self) -> int | None:
        if self.article_id is None:
            return None
        article_id = self.article_id
        revision_id = self._serialised(lambda: self.service.snapshot(article_id, "manual"))
        self.context.notify(self.tr("Revision saved."), 3000)
        return revision_id

    def revisions_dialog(self) -> RevisionsDialog | None:
        if self.article_id is None:
            return None
        self.autosaver.flush()
        dialog = RevisionsDialog(self.service.revisions(self.article_id), self.source.toPlainText(),
                                 is_dark(self.palette()), self)
        dialog.restore_requested.connect(self.restore_revision)
        return dialog

    def show_revisions(self) -> None:
        dialog = self.revisions_dialog()
        if dialog is not None:
            dialog.exec()

    def restore_revision(self, revision_id: int) -> None:
        if self.article_id is None:
            return
        article_id = self.article_id
        try:
            self._serialised(lambda: self.service.restore_revision(revision_id))
        except NejatError as exc:
            QMessageBox.warning(self, self.tr("Restore"), str(exc))
            return
        self.article_id = None  # reopen from the library
        self.open_article(article_id)
        self.article_saved.emit(article_id)

    # --- media ----------------------------------------------------------------------------------

    def pick_featured(self) -> None:
        dialog = MediaPickerDialog(self.context.desk.media, self.edition, ("image",), self)
        if dialog.exec() and dialog.selected_id() is not None:
            media_id = dialog.selected_id()
            self.metadata.set_featured(media_id, dialog.model.label_for(media_id))
            self._reload_featured(media_id)

    def _reload_featured(self, media_id: int | None) -> None:
        from dataclasses import replace

        media = self.service.media_ref(media_id, self.edition) if media_id is not None else None
        self._page = replace(self._page, featured=_featured_image(media))
        self.preview_controller.set_context(self._page)

    def add_attachment(self) -> None:
        dialog = MediaPickerDialog(self.context.desk.media, self.edition, (), self)
        if dialog.exec() and dialog.selected_id() is not None:
            media_id = dialog.selected_id()
            self.metadata.add_attachment(media_id, dialog.model.label_for(media_id))

    def shutdown(self) -> None:
        self.edit_lock.release()
        self.autosaver.shutdown()
        self.typing_journal.clear()  # everything is saved: a normal close leaves nothing to recover
        self.preview_controller.stop()
