"""After a crash: the article that was open comes back where the cursor was, with the typing
autosave had not reached yet (the journal is `services.recovery`).

`TypingJournal` keeps the journal current while the writer works (rewritten at most every
JOURNAL_MS, on the GUI thread: a small file, no fsync) and removes it when the article closes
or the window closes normally. `resume` runs at the next start, once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from nejat_desk.gui.bidi import isolate
from nejat_desk.services.recovery import OpenArticle

if TYPE_CHECKING:
    from nejat_desk.gui.articles.editor import ArticleEditor
    from nejat_desk.services.recovery import RecoveryJournal

JOURNAL_MS = 250


class TypingJournal(QObject):
    def __init__(self, editor: ArticleEditor, journal: RecoveryJournal) -> None:
        super().__init__(editor)
        self.editor = editor
        self.journal = journal
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(JOURNAL_MS)
        self._timer.timeout.connect(self.write_now)
        editor.source.textChanged.connect(self.changed)
        editor.source.cursorPositionChanged.connect(self.changed)
        editor.metadata.title_edited.connect(self.changed)
        editor.article_opened.connect(lambda _id: self.write_now())

    def changed(self, *_args: object) -> None:
        if not self._timer.isActive():  # at most every JOURNAL_MS while typing, never postponed
            self._timer.start()

    def write_now(self) -> None:
        self._timer.stop()
        editor = self.editor
        if editor.article_id is None:
            return
        self.journal.write(OpenArticle(editor.article_id, editor.metadata.title(), editor.source.toPlainText(),
                                       editor.source.textCursor().position(), editor.metadata.excerpt()))

    def clear(self) -> None:
        self._timer.stop()
        self.journal.clear()


def resume(editor: ArticleEditor, state: OpenArticle) -> bool:
    """Reopen the journal's article at its cursor; put back typing the library lacks; say so once."""
    if not editor.open_article(state.article_id):
        return False
    source, panel = editor.source, editor.metadata
    recovered = (state.body_md, state.title, state.excerpt) != (source.toPlainText(), panel.title(), panel.excerpt())
    if recovered:  # through the ordinary editing path, so autosave stores it
        if state.title != panel.title():
            panel.title_edit.setText(state.title)
            panel.title_edited.emit(state.title)
        if state.excerpt != panel.excerpt():
            panel.excerpt_edit.setPlainText(state.excerpt)
        if state.body_md != source.toPlainText():
            source.setPlainText(state.body_md)
    cursor = source.textCursor()
    cursor.setPosition(max(0, min(state.cursor, len(source.toPlainText()))))
    source.setTextCursor(cursor)
    source.ensureCursorVisible()
    source.setFocus()
    title = panel.title() or QCoreApplication.translate("ArticleEditor", "untitled")
    if recovered:
        message = QCoreApplication.translate(
            "ArticleEditor", "Nejat Desk did not close normally. “%1” is open where you were, and the typing that "
            "had not been saved yet was recovered.")
    else:
        message = QCoreApplication.translate(
            "ArticleEditor", "Nejat Desk did not close normally. “%1” is open where you were; nothing you typed "
            "was lost.")
    editor.show_banner(message.replace("%1", isolate(title)), kind="recovered")
    return True
