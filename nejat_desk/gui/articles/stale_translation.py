"""A stale translation in the editor: the bar "The English original changed since this
translation — Show changes / Mark as up to date", and the view of what changed in the original,
paragraph by paragraph beside the translation (core.paragraph_diff).

The staleness is the article service's (`is_stale`, `source_changes`, `mark_up_to_date`); this
module only shows it. GUI thread only, apart from the functions handed to the task runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import RTL_EDITIONS
from nejat_desk.core.paragraph_diff import (
    DARK_COLOURS,
    DiffColours,
    DiffLabels,
    diff_table_html,
    field_change,
    paragraph_rows,
)
from nejat_desk.gui.bidi import isolate
from nejat_desk.gui.dates import format_datetime
from nejat_desk.gui.labels import edition_label
from nejat_desk.gui.palette import Tone, is_dark, tint

if TYPE_CHECKING:
    from nejat_desk.gui.articles.editor import ArticleEditor
    from nejat_desk.services.translation_bases import SourceChanges


class StaleTranslationBar(QFrame):
    """Shown above the editor while the open translation is stale."""

    show_changes_requested = Signal()
    mark_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleTranslationBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        tint(self.label, Tone.WARNING)
        self.show_button = QPushButton(self.tr("Show Changes"), self)
        self.mark_button = QPushButton(self.tr("Mark as Up to Date"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.mark_button)
        self.show_button.clicked.connect(self.show_changes_requested)
        self.mark_button.clicked.connect(self.mark_requested)
        self.hide()

    def show_for(self, source_edition: str) -> None:
        self.label.setText(self.tr("The %1 original changed since this translation.")
                           .replace("%1", edition_label(source_edition)))
        self.show()


class SourceChangesDialog(QDialog):
    """What changed in the original since the translation followed it, beside the translation."""

    mark_requested = Signal()

    def __init__(self, changes: SourceChanges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceChangesDialog")
        self.changes = changes
        source, target = edition_label(changes.source_edition), edition_label(changes.translation_edition)
        self.setWindowTitle(self.tr("What Changed in the Original"))
        self.summary = QLabel(self.tr("Changes to the %1 original since this %2 translation followed it (%3).")
                              .replace("%1", source).replace("%2", target)
                              .replace("%3", isolate(format_datetime(changes.followed_at, long=True))), self)
        self.summary.setWordWrap(True)
        self.lost = QLabel(self.tr("The text this translation followed was not kept: the whole original is "
                                   "shown as new."), self)
        self.lost.setWordWrap(True)
        self.lost.setVisible(changes.then is None)
        self.view = QTextBrowser(self)
        self.view.setObjectName("sourceChangesView")
        self.view.setOpenLinks(False)
        self.view.setHtml(self.page_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.mark_button = buttons.addButton(self.tr("Mark as Up to Date"), QDialogButtonBox.ButtonRole.ActionRole)
        self.mark_button.clicked.connect(self.mark_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.lost)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1000, 640)

    def labels(self) -> DiffLabels:
        source = edition_label(self.changes.source_edition)
        target = edition_label(self.changes.translation_edition)
        return DiffLabels(
            source_heading=self.tr("%1 original: what changed").replace("%1", source),
            translation_heading=self.tr("%1 translation").replace("%1", target),
            title=self.tr("Title"), excerpt=self.tr("Excerpt"),
            paragraph=self.tr("Paragraph %1").replace("%1", "{number}"),
            paragraph_added=self.tr("Paragraph %1, new in the original").replace("%1", "{number}"),
            paragraph_removed=self.tr("Paragraph %1, removed from the original").replace("%1", "{number}"),
            not_translated=self.tr("(nothing in the translation here)"),
            no_changes=self.tr("The original's text is the same again; only marking it as up to date is left."))

    def page_html(self) -> str:
        changes = self.changes
        then, now, mine = changes.then, changes.now, changes.translation
        labels = self.labels()
        fields = [(label, change) for label, change in (
            (labels.title, field_change(then.title if then else "", now.title, mine.title)),
            (labels.excerpt, field_change(then.excerpt if then else "", now.excerpt, mine.excerpt)))
            if change is not None]
        rows = paragraph_rows(then.body_md if then else "", now.body_md, mine.body_md)
        colours = DARK_COLOURS if is_dark(self.palette()) else DiffColours()
        return diff_table_html(fields, rows, labels, source_rtl=changes.source_edition in RTL_EDITIONS,
                               translation_rtl=changes.translation_edition in RTL_EDITIONS, colours=colours)


class StaleTranslationController(QObject):
    """Keeps the bar in step with the open article; opens the changes; marks up to date."""

    marked = Signal(int)  # a translation was marked as up to date (the list refreshes its row)
    checked = Signal(int, bool)  # (article id, stale) once the open article was checked

    def __init__(self, editor: ArticleEditor, context: Any) -> None:
        super().__init__(editor)
        self.editor = editor
        self.context = context
        self.changes: SourceChanges | None = None
        self.dialog: SourceChangesDialog | None = None
        self.bar = StaleTranslationBar(editor)
        # Under the versions bar and the banner, above the source and preview.
        body = editor.banner.parentWidget()
        layout = body.layout() if body is not None else None
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(layout.indexOf(editor.banner) + 1, self.bar)
        self.bar.show_changes_requested.connect(self.show_changes)
        self.bar.mark_requested.connect(self.mark_up_to_date)
        # The same two for the Article menu (and so the keyboard), enabled while the bar shows.
        self.show_action = QAction(self.tr("Show Changes in the &Original…"), editor)
        self.show_action.triggered.connect(self.show_changes)
        self.mark_action = QAction(self.tr("Mark Translation as &Up to Date"), editor)
        self.mark_action.triggered.connect(self.mark_up_to_date)
        self._set_stale(None)
        editor.article_opened.connect(self.check)

    def _set_stale(self, changes: SourceChanges | None) -> None:
        self.changes = changes
        if changes is None:
            self.bar.hide()
        else:
            self.bar.show_for(changes.source_edition)
        for action in (self.show_action, self.mark_action):
            action.setEnabled(changes is not None)

    def check(self, article_id: int) -> None:
        self._set_stale(None)
        desk = self.context.desk
        # On the writer: after the save of a source just left (the editor flushes it on switching).
        self.context.tasks.run(lambda _h: desk.articles.source_changes(article_id), writes=True,
                               on_success=lambda changes: self._checked(article_id, changes))

    def _checked(self, article_id: int, changes: SourceChanges | None) -> None:
        if article_id != self.editor.article_id:
            return  # another article was opened meanwhile
        self._set_stale(changes)
        self.checked.emit(article_id, changes is not None)

    def show_changes(self) -> SourceChangesDialog | None:
        if self.changes is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = SourceChangesDialog(self.changes, self.editor)
        self.dialog.mark_requested.connect(self.mark_up_to_date)
        self.dialog.show()
        return self.dialog

    def mark_up_to_date(self) -> None:
        article_id = self.editor.article_id
        if article_id is None or self.changes is None:
            return
        desk = self.context.desk
        self.context.tasks.run(lambda _h: desk.articles.mark_up_to_date(article_id), writes=True,
                               on_success=lambda _r: self._marked(article_id),
                               on_failure=lambda exc, _trace: self.editor.show_banner(str(exc)))

    def _marked(self, article_id: int) -> None:
        if article_id == self.editor.article_id:
            self._set_stale(None)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.context.notify(self.tr("Marked as up to date with the original."), 3000)
        self.context.articles_changed.emit([article_id])  # the list's mark and its Stale filter
        self.marked.emit(article_id)
