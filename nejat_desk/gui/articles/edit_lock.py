"""Who is editing, in the editor: opening an article a site holds checks the site in the background
(never blocking the window) and says whether the site's copy changed since the last pull (with
Pull First) and whether someone else holds the post's edit lock (by name and since when). While
the article is open the desk holds the lock and refreshes it every 60 s, as WordPress's editor
does; it is released when the article is closed or another one is opened. Offline, the bar says
the lock could not be taken.

The logic is the service's (`desk.sync.locks`, services/wordpress/locks.py); this module shows it.
GUI thread only, apart from the functions handed to the task runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from nejat_desk.gui.palette import Tone, tint
from nejat_desk.services.wordpress.locks import REFRESH_SECONDS, held_by_message, no_plugin_message

if TYPE_CHECKING:
    from nejat_desk.gui.articles.editor import ArticleEditor
    from nejat_desk.services.wordpress.locks import LockResult, SiteCheck


class EditLockBar(QFrame):
    """Above the editor while there is something to say about the site's copy or its lock."""

    pull_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editLockBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        tint(self.label, Tone.WARNING)
        self.pull_button = QPushButton(self.tr("Pull First"), self)
        self.pull_button.setToolTip(self.tr("Bring the site's copy of this article into the library"))
        self.pull_button.clicked.connect(self.pull_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.pull_button)
        self.hide()

    def say(self, lines: list[str], *, offer_pull: bool) -> None:
        self.label.setText("\n".join(lines))
        self.pull_button.setVisible(offer_pull)
        self.setVisible(bool(lines))


class EditLockController(QObject):
    """Checks the open article's site, holds its lock while it is open, releases it on close."""

    checked = Signal(object)  # SiteCheck, once the open article's site answered (or did not)
    lock_changed = Signal(object)  # LockResult after each take or refresh
    pulled = Signal(int)  # the article whose site copy was pulled

    def __init__(self, editor: ArticleEditor, context: Any) -> None:
        super().__init__(editor)
        self.editor = editor
        self.context = context
        self.site_check: SiteCheck | None = None
        self.held: int | None = None  # the article whose lock the desk holds
        self.bar = EditLockBar(editor)
        body = editor.banner.parentWidget()
        layout = body.layout() if body is not None else None
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(layout.indexOf(editor.banner) + 1, self.bar)
        self.bar.pull_requested.connect(self.pull_first)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_SECONDS * 1000)
        self.timer.timeout.connect(self.refresh)
        editor.article_opened.connect(self.check)

    @property
    def locks(self) -> Any:
        return self.context.desk.sync.locks

    # --- opening and closing ------------------------------------------------------------------

    def check(self, article_id: int) -> None:
        """Release the previous article's lock, then ask the site about this one (on the pool)."""
        self.release()
        self.site_check = None
        self.bar.say([], offer_pull=False)
        locks = self.locks
        self.context.tasks.run(lambda _h: locks.check(article_id),
                               on_success=lambda found: self._checked(article_id, found))

    def _checked(self, article_id: int, found: SiteCheck) -> None:
        if article_id != self.editor.article_id:
            return  # another article was opened meanwhile
        self.site_check = found
        self.checked.emit(found)
        if not found.linked:
            return
        if not found.reachable:
            self.bar.say([self.tr("The site could not be checked, so the edit lock could not be taken: %1")
                          .replace("%1", found.problem)], offer_pull=False)
            return
        if found.lock is not None and found.lock.locked and not found.lock.mine:
            self._show(found, [held_by_message(found.lock)])
            return  # someone else is editing: the desk does not take it from them
        if not found.locks_supported:
            self._show(found, [no_plugin_message()])
            return
        self._show(found, [])
        self.refresh()

    def _show(self, found: SiteCheck, lines: list[str]) -> None:
        if found.changed_on_site:
            lines = [self.tr("The site's copy of this article changed since the last pull; pull it first to "
                             "work on the latest text."), *lines]
        self.bar.say(lines, offer_pull=found.changed_on_site)

    def refresh(self) -> None:
        """Take the lock, or refresh the one the desk holds (the timer calls this every 60 s)."""
        article_id = self.editor.article_id
        if article_id is None:
            return
        locks = self.locks
        self.context.tasks.run(lambda _h: locks.take(article_id),
                               on_success=lambda result: self._taken(article_id, result))

    def _taken(self, article_id: int, result: LockResult) -> None:
        if article_id != self.editor.article_id:
            if result.held:  # taken for an article left meanwhile: give it back
                locks = self.locks
                self.context.tasks.run(lambda _h: locks.release(article_id))
            return
        self.lock_changed.emit(result)
        if result.held:
            self.held = article_id
            if not self.timer.isActive():
                self.timer.start()
            if self.site_check is not None:
                self._show(self.site_check, [])
            return
        self.held = None
        self.timer.stop()
        if result.lock is not None and result.lock.locked:
            line = held_by_message(result.lock)
        else:
            line = result.problem
        if self.site_check is not None:
            self._show(self.site_check, [line])
        else:
            self.bar.say([line], offer_pull=False)

    def release(self) -> None:
        """Give the lock back (closing the article, opening another, quitting); on the pool."""
        self.timer.stop()
        held, self.held = self.held, None
        if held is not None:
            locks = self.locks
            self.context.tasks.run(lambda _h: locks.release(held))

    # --- Pull First -------------------------------------------------------------------------

    def pull_first(self) -> None:
        found = self.site_check
        if found is None or not found.linked:
            return
        sync, edition = self.context.desk.sync, self.editor.edition
        self.editor.flush()
        self.bar.pull_button.setEnabled(False)
        self.context.tasks.run(
            lambda h: sync.pull_post(found.site_id, found.remote_id, edition, write=h.write),
            label=self.tr("Pulling the article from the site"),
            on_success=lambda report: self._pulled(found.article_id, report),
            on_failure=lambda exc, _trace: self._pull_failed(str(exc)))

    def _pulled(self, article_id: int, report: Any) -> None:
        self.bar.pull_button.setEnabled(True)
        if report.conflicts:
            self.bar.say([self.tr("The article was changed here too: both versions are kept; compare them in "
                                  "Sites (Compare and resolve).")], offer_pull=False)
        self.pulled.emit(article_id)
        if article_id == self.editor.article_id:
            self.editor.article_id = None  # reopen: the editor shows the pulled text
            self.editor.open_article(article_id)

    def _pull_failed(self, message: str) -> None:
        self.bar.pull_button.setEnabled(True)
        self.bar.say([message], offer_pull=True)
