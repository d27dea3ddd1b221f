"""Hand-off in the Sites workspace: what waits for review from others and what others sent back,
with their notes (read from the selected site), Send for Review… (pick articles, write a note)
and Send Back… (the selected waiting article, with a note).

The logic is the service's (`desk.sync.review`, services/wordpress/review.py); every call that
talks to the site runs on the task runner's pool. Dialogs are opened with open(), so they are
driven through signals, also in tests. GUI thread only, apart from the functions handed over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.gui.bidi import isolate
from nejat_desk.gui.dates import format_datetime, format_number
from nejat_desk.services.wordpress.review import NOTE_MAX_CHARS, HandOff, ReviewItem, ReviewList

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ReviewModel(QAbstractTableModel):
    """Rows: the items waiting for review, then those sent back."""

    COLUMNS = ("what", "article", "from", "when", "note")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReviewItem] = []

    def set_list(self, found: ReviewList | None) -> None:
        self.beginResetModel()
        self._rows = [*found.waiting, *found.returned] if found is not None else []
        self.endResetModel()

    def item(self, row: int) -> ReviewItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Waiting"), self.tr("Article"), self.tr("From"), self.tr("When"), self.tr("Note"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.COLUMNS[index.column()]
        if column == "what":
            return self.tr("For review") if item.kind == "review" else self.tr("Sent back")
        if column == "article":
            return isolate(item.label)
        if column == "from":
            return isolate(item.author)
        if column == "when":
            return format_datetime(item.created) if item.created else ""
        text = item.note if role == Qt.ItemDataRole.ToolTipRole else " ".join(item.note.split())
        return isolate(text)


class NoteDialog(QDialog):
    """A note for the other person (Send for Review, Send Back)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        text = self.note.toPlainText()
        ok = bool(text.strip()) and len(text.strip()) <= NOTE_MAX_CHARS
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def text(self) -> str:
        return self.note.toPlainText().strip()


def review_note_dialog(parent: QWidget) -> NoteDialog:
    """Send for Review's note, here and in the editor's Article menu (one dialog, one sentence)."""
    # Translated in the panel's context, where these sentences have always been.
    title = QCoreApplication.translate("ReviewPanel", "Send for Review")
    prompt = QCoreApplication.translate("ReviewPanel", "A note for the reviewer. The article goes to the site as "
                                        "pending review.")
    return NoteDialog(title, prompt, parent)


class ReviewPanel(QWidget):
    """The review list of the selected site and the hand-off buttons."""

    listed = Signal(object)  # ReviewList, once the site answered
    handed_off = Signal(object)  # HandOff, after Send for Review or Send Back

    def __init__(self, context: Any, selected_site: Callable[[], int | None],
                 with_passwords: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.selected_site = selected_site
        self.with_passwords = with_passwords
        self.note_dialog: NoteDialog | None = None
        self.picker: Any = None
        self.model = ReviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.refresh_button = QPushButton(self.tr("Refresh Review List"), self)
        self.send_button = QPushButton(self.tr("Send for Review…"), self)
        self.back_button = QPushButton(self.tr("Send Back…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.refresh_button.clicked.connect(lambda _c=False: self.refresh())
        self.send_button.clicked.connect(lambda _c=False: self.choose_and_send())
        self.back_button.clicked.connect(lambda _c=False: self.send_back_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Review</b> — articles others sent you for review, and those they "
                                        "sent back, with their notes."), self))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        for button in (self.refresh_button, self.send_button, self.back_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._update_buttons()

    @property
    def review(self) -> Any:
        return self.context.desk.sync.review

    def selected_item(self) -> ReviewItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.back_button.setEnabled(item is not None and item.kind == "review" and item.article_id is not None)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # --- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        site_id = self.selected_site()
        if site_id is None:
            self._say(self.tr("Choose a site above to see its review list."))
            return
        review = self.review
        self.with_passwords([site_id], lambda: self.context.tasks.run(
            lambda _h: review.review_list(site_id), label=self.tr("Reading the review list"),
            on_success=self._listed, on_failure=lambda exc, _t: self._say(str(exc))))

    def _listed(self, found: ReviewList) -> None:
        self.model.set_list(found)
        self._update_buttons()
        self._say(self.tr("%1 waiting for review, %2 sent back.").replace("%1", format_number(len(found.waiting)))
                  .replace("%2", format_number(len(found.returned))))
        self.listed.emit(found)

    # --- hand-off --------------------------------------------------------------------------------

    def choose_and_send(self) -> Any:
        """Pick articles, then write the note for the reviewer."""
        from nejat_desk.gui.sites.dialogs import ArticlePickerDialog

        picker = ArticlePickerDialog(self.context.desk.article_list, self)
        picker.setWindowTitle(self.tr("Choose articles to send for review"))
        picker.accepted.connect(lambda: self.ask_note(picker.selected_ids(), back=False))
        self.picker = picker
        picker.open()
        return picker

    def send_back_selected(self) -> NoteDialog | None:
        item = self.selected_item()
        if item is None or item.article_id is None:
            return None
        return self.ask_note([item.article_id], back=True)

    def ask_note(self, article_ids: list[int], *, back: bool) -> NoteDialog | None:
        site_id = self.selected_site()
        if site_id is None or not article_ids:
            self._say(self.tr("Choose a site above first."))
            return None
        if back:
            dialog = NoteDialog(self.tr("Send Back"), self.tr("What should be changed? The note goes with the "
                                                              "article, which becomes a draft again."), self)
        else:
            dialog = review_note_dialog(self)
        dialog.accepted.connect(lambda: self.with_passwords(
            [site_id], lambda: self.hand_off(article_ids, site_id, dialog.text(), back=back)))
        self.note_dialog = dialog
        dialog.open()
        return dialog

    def hand_off(self, article_ids: list[int], site_id: int, note: str, *, back: bool) -> None:
        """Send each article (on the pool); each result is said and announced."""
        review = self.review

        def work(handle: Any) -> list[HandOff]:
            send = review.send_back if back else review.send
            return [send(article_id, site_id, note, write=handle.write) for article_id in article_ids]

        self.context.tasks.run(work, label=self.tr("Sending to the site"), on_success=self._handed_off,
                               on_failure=lambda exc, _t: self._say(str(exc)))

    def _handed_off(self, results: list[HandOff]) -> None:
        self._say("\n".join(r.message for r in results))
        for result in results:
            self.handed_off.emit(result)
        self.context.articles_changed.emit([])
