"""The Articles workspace: the list on the left, the editor on the right, and the Article menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QMessageBox, QSplitter, QWidget

from nejat_desk.core.domain import EDITION_CODES, EDITIONS
from nejat_desk.core.errors import NejatError
from nejat_desk.gui import settings as opt
from nejat_desk.gui.articles.list_panel import ArticleListPanel
from nejat_desk.gui.articles.preflight_list import BlockedArticles, install_badges
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.workspace import Workspace
from nejat_desk.gui.writes import write

if TYPE_CHECKING:
    from nejat_desk.gui.articles.editor import ArticleEditor
    from nejat_desk.services.recovery import OpenArticle

EDITION_NAMES = {e.code: e.native_name for e in EDITIONS}  # each edition named in its own language


class ArticlesWorkspace(Workspace):
    workspace_id = "articles"
    icon_name = "mdi6.file-document-edit-outline"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list_panel = ArticleListPanel(context, self)
        # The pre-flight badge on the list: ids read once the editor is built (after the first paint).
        self.blocked_articles = BlockedArticles(context, self)
        install_badges(self.list_panel.view, self.blocked_articles)
        # The editor (and its imports) is built right after the first paint, or at once when needed:
        # the list's first rows never wait for it.
        self._editor: ArticleEditor | None = None
        self._placeholder = QLabel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self._placeholder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 1100])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.list_panel.article_activated.connect(lambda article_id: self.editor.open_article(article_id))
        context.articles_changed.connect(self._articles_changed)
        context.library_replaced.connect(self._library_replaced)
        self._build_menu()
        self.list_panel.load()
        # After the list has painted its first rows (or after 2 s for an empty list).
        self.list_panel.model.first_rows_shown.connect(lambda _s: QTimer.singleShot(50, self, self._build_editor))
        QTimer.singleShot(2000, self, self._build_editor)  # bound to self: never fires after it is gone

    def _build_editor(self) -> None:
        _ = self.editor

    @property
    def editor(self) -> ArticleEditor:
        if self._editor is None:
            from nejat_desk.gui.articles.editor import ArticleEditor

            editor = ArticleEditor(self.context, self)
            self._editor = editor
            self.splitter.replaceWidget(1, editor)
            self._placeholder.deleteLater()
            self.splitter.setSizes([420, 1100])
            editor.article_opened.connect(self._article_opened)
            editor.article_discarded.connect(self._article_discarded)
            editor.article_saved.connect(self._article_saved)
            editor.article_created.connect(self._article_created)
            self._fill_menu(editor)
            from nejat_desk.gui.articles.preflight_host import attach as attach_preflight

            self.preflight = attach_preflight(editor, self.context, self.blocked_articles)
            self.blocked_articles.reload()
        return self._editor

    def title(self) -> str:
        return self.tr("Articles")

    # --- menus ---------------------------------------------------------------------------------

    def _build_menu(self) -> None:
        self.new_action = QAction(self.tr("&Article"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.new_article())
        self.search_action = QAction(self.tr("&Search Articles"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)
        self.menu = QMenu(self.tr("&Article"), self)
        self.menu.aboutToShow.connect(lambda: self.editor)  # filled when the editor exists

    def _fill_menu(self, ed: ArticleEditor) -> None:
        self.menu.addAction(self.new_action)
        self.menu.addAction(self.search_action)
        self.menu.addAction(ed.discard_action)
        new_in = self.menu.addMenu(self.tr("New Article &In"))
        for code in EDITION_CODES:
            new_in.addAction(EDITION_NAMES[code]).triggered.connect(
                lambda _c=False, c=code: self.new_article(c))
        self.translate_menu = self.menu.addMenu(self.tr("Create &Translation In"))
        for code in EDITION_CODES:
            self.translate_menu.addAction(EDITION_NAMES[code]).triggered.connect(
                lambda _c=False, c=code: self.editor.create_translation(c))
        self.menu.addSeparator()
        for action in (ed.undo_action, ed.redo_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (ed.find_action, ed.replace_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (ed.snapshot_action, ed.revisions_action):
            self.menu.addAction(action)
        for action in (ed.stale_translation.show_action, ed.stale_translation.mark_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(ed.invisibles_action)
        self.menu.addAction(ed.zwnj_action)
        digits = self.menu.addMenu(self.tr("Convert &Digits of Selection"))
        for action in ed.digit_actions.values():
            digits.addAction(action)
        self.menu.addSeparator()
        self.publish_action = self.menu.addAction(self.tr("&Publish to Site…"))
        self.publish_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.publish_action.triggered.connect(self.publish_current)
        from nejat_desk.gui.articles.send_for_review import SendForReview

        self.send_for_review = SendForReview(ed, self.context, self)  # enabled for an article a site holds
        self.menu.addAction(self.send_for_review.action)
        self.menu.addSeparator()
        self.trash_action = self.menu.addAction(self.tr("Move to T&rash"))
        self.trash_action.triggered.connect(self.trash_current)

    def menus(self) -> list[QMenu]:
        return [self.menu]

    def new_actions(self) -> list[QAction]:
        return [self.new_action]

    # --- records ---------------------------------------------------------------------------------

    def open_record(self, record_id: int) -> None:
        self.editor.open_article(record_id)

    def new_edition(self) -> str:
        """The edition a new article is in: the list's edition filter, else the last one used, else
        the one chosen in Preferences, else the interface language's (else English). It asks nothing."""
        from nejat_desk.gui.i18n import interface_language

        settings = self.context.settings
        chosen = settings.get(opt.DEFAULT_EDITION) if settings.qsettings.contains(opt.DEFAULT_EDITION.key) else ""
        for code in (self.list_panel.edition_combo.currentData(), settings.get(opt.LAST_EDITION), chosen,
                     interface_language()):
            if code in EDITION_CODES:
                return str(code)
        return "en"

    def new_article(self, edition: str | None = None) -> int | None:
        edition = edition or self.new_edition()
        self.editor.flush()
        self.editor.discard_untouched()
        try:
            article_id = self.context.articles.create(edition, "")
        except NejatError as exc:
            QMessageBox.warning(self, self.tr("New article"), str(exc))
            return None
        self._article_created(article_id)
        self.editor.open_new(article_id)
        self.editor.metadata.title_edit.setFocus()
        return article_id

    def focus_search(self) -> None:
        self.list_panel.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_panel.search_edit.selectAll()

    def _article_opened(self, article_id: int) -> None:
        self.list_panel.select_article(article_id)
        self.context.settings.set(opt.LAST_EDITION, self.editor.edition)

    def _article_discarded(self, _article_id: int) -> None:
        self.list_panel.model.reload()
        self.list_panel.view.setFocus()

    def publish_current(self) -> None:
        """Hand the open article to the Sites workspace, which asks where and how to publish it."""
        if self._editor is None or self.editor.article_id is None:
            return
        self.editor.flush()
        self.context.publish_requested.emit([self.editor.article_id])

    def trash_current(self) -> None:
        if self._editor is None:
            return
        article_id = self.editor.article_id
        if article_id is None:
            return
        self.editor.flush()

        def trashed(_result: object) -> None:
            if self.editor.article_id == article_id:
                self.editor.close_article()
            self.context.notify(self.tr("Moved to the trash (File > Trash… brings it back)."))
            self.context.articles_changed.emit([article_id])

        # On the writer, after the save the flush queued: the trash keeps the last words.
        write(self.context, lambda: self.context.articles.trash(article_id), done=trashed,
              failed=lambda exc: QMessageBox.warning(self, self.tr("Move to trash"), str(exc)))

    def _article_created(self, article_id: int) -> None:
        self.list_panel.model.reload()
        self.list_panel.select_article(article_id)

    def _article_saved(self, article_id: int) -> None:
        self.list_panel.model.refresh_articles([article_id])

    def _articles_changed(self, ids: list) -> None:
        self.list_panel.model.reload()
        if self._editor is not None and self._editor.article_id is not None:
            self.list_panel.select_article(self._editor.article_id)

    def _library_replaced(self) -> None:
        if self._editor is not None:
            self._editor.article_id = None
        self.list_panel.load()

    def save_state(self) -> None:
        if self._editor is not None:
            self._editor.discard_untouched()
            self._editor.flush()
            self._editor.typing_journal.clear()  # all saved: a normal close leaves nothing to recover

    def resume(self, state: OpenArticle) -> bool:
        """After a crash: the article that was open, at its cursor, with the typing not yet saved."""
        from nejat_desk.gui.articles.resume import resume

        resumed = resume(self.editor, state)
        if not resumed:
            self.context.desk.recovery.clear()  # the article is gone: nothing to come back to
        return resumed

    def shutdown(self) -> None:
        if self._editor is not None:
            self._editor.shutdown()
