"""Send for Review… in the editor's Article menu: the open article goes to the site it is linked to
as pending review, with a note. The same note dialog as the Sites workspace's (review_panel) and
the same service call (`desk.sync.review.send`), run on the task runner's pool.

The action is enabled only while the open article is linked to a site, as the editor's site check
(edit_lock, run when an article opens) found; an article no site holds is sent from Sites first.
GUI thread only, apart from the function handed to the task runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from nejat_desk.gui.sites.review_panel import review_note_dialog

if TYPE_CHECKING:
    from nejat_desk.gui.articles.editor import ArticleEditor
    from nejat_desk.services.wordpress.review import HandOff


class SendForReview(QObject):
    """Owns the menu action; asks for the site's password when this session does not know it."""

    sent = Signal(object)  # HandOff, once the site answered
    failed = Signal(str)  # why nothing was sent

    def __init__(self, editor: ArticleEditor, context: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        self.context = context
        self.window = parent
        self.dialog: QDialog | None = None  # the open password or note dialog (tests drive it)
        self.action = QAction(self.tr("Se&nd for Review…"), parent)
        self.action.setToolTip(self.tr("Send the open article to its site as pending review, with a note"))
        self.action.triggered.connect(lambda _c=False: self.start())
        editor.article_opened.connect(lambda _id: self.update())
        editor.edit_lock.checked.connect(lambda _found: self.update())
        self.update()

    def target(self) -> tuple[int, int] | None:
        """(article id, site id) of the open article when the site check found it linked."""
        found = self.editor.edit_lock.site_check
        article_id = self.editor.article_id
        if found is None or article_id is None or found.article_id != article_id or not found.linked:
            return None
        return (article_id, found.site_id) if found.site_id is not None else None

    def update(self) -> None:
        self.action.setEnabled(self.target() is not None)

    def start(self) -> QDialog | None:
        """Save the typing, make sure the password is known, then ask for the note."""
        target = self.target()
        if target is None:
            return None
        article_id, site_id = target
        self.editor.flush()
        sync = self.context.desk.sync
        site = self.context.desk.sites.get(site_id)
        if sync.knows_password(site):
            return self._ask_note(article_id, site_id)
        from nejat_desk.gui.sites.dialogs import PasswordDialog

        dialog = PasswordDialog(site, self.window)

        def accepted() -> None:
            if dialog.password.text().strip():
                sync.remember_password(site_id, dialog.password.text())
                dialog.password.clear()
                self._ask_note(article_id, site_id)

        dialog.accepted.connect(accepted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _ask_note(self, article_id: int, site_id: int) -> QDialog:
        dialog = review_note_dialog(self.window)
        dialog.accepted.connect(lambda: self.send(article_id, site_id, dialog.text()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def send(self, article_id: int, site_id: int, note: str) -> None:
        review = self.context.desk.sync.review
        self.context.tasks.run(lambda handle: review.send(article_id, site_id, note, write=handle.write),
                               label=self.tr("Sending to the site"), on_success=self._sent,
                               on_failure=lambda exc, _trace: self._failed(str(exc)))

    def _sent(self, result: HandOff) -> None:
        self.context.notify(result.message, 10000)
        self.sent.emit(result)
        self.context.articles_changed.emit([])

    def _failed(self, reason: str) -> None:
        self.context.notify(reason, 10000)
        self.failed.emit(reason)
