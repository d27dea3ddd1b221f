"""The article list with its search box, filters and saved filters."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QRectF, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QResizeEvent, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import EDITION_CODES, ArticleStatus
from nejat_desk.core.errors import NejatError
from nejat_desk.gui.articles.list_model import ARTICLE_ID_ROLE, SNIPPET_ROLE, ArticleListModel
from nejat_desk.gui.bidi import ContentDirectionDelegate, isolate
from nejat_desk.gui.empty_state import EmptyHint
from nejat_desk.gui.labels import edition_label
from nejat_desk.gui.palette import Tone, tint
from nejat_desk.gui.writes import write
from nejat_desk.services.article_list import ArticleFilter

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 200
MAX_COLUMN_WIDTH = 240
TITLE_MIN_WIDTH = 150
# The short columns in the order they give way when the list is narrow (the title always stays).
COLUMN_PRIORITY = ("edition", "status", "updated", "category", "scheduled", "byline")


def fit_placeholder(edit: QLineEdit) -> None:
    """Keep a field at least as wide as its placeholder (no "fro…" at 1366 px), in every language."""
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    margins = edit.textMargins()
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    edit.setMinimumWidth(text + margins.left() + margins.right() + 2 * frame + 4 + 2)  # Qt's 2 px a side, 2 spare


class SnippetDelegate(QStyledItemDelegate):
    """Draws a search snippet whose matches are in <b> (escaped HTML from the search service)."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        html = index.data(SNIPPET_ROLE) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setHtml(html)
        doc.setTextWidth(10_000)
        painter.save()
        painter.translate(opt.rect.left() + 3, opt.rect.top() + (opt.rect.height() - doc.size().height()) / 2)
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - 6, opt.rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = opt.state & QStyle.StateFlag.State_Selected
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(320, super().sizeHint(option, index).height())


class ArticleListPanel(QWidget):
    article_activated = Signal(int)
    search_finished = Signal(int)  # number of hits

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.desk.article_list
        self.model = ArticleListModel(self.service, self, tasks=context.tasks)
        self._search_generation = 0
        self._loaded_once = False
        self._build_filters()
        self._build_view()
        self._lay_out()
        self._connect_signals()

    def _build_filters(self) -> None:
        """The search box, the filter fields, the saved filters and the messages under them."""
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search titles, text, excerpts and bylines"))
        self.search_edit.setClearButtonEnabled(True)
        self.edition_combo = QComboBox(self)
        self.edition_combo.addItem(self.tr("All editions"), "")
        for code in EDITION_CODES:
            self.edition_combo.addItem(edition_label(code), code)  # named in the interface language
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Any status"), "")
        for status in ArticleStatus:
            self.status_combo.addItem(self.model._status_names[status.value], status.value)
        self.category_edit = QLineEdit(self)
        self.category_edit.setPlaceholderText(self.tr("Category"))
        self.tag_edit = QLineEdit(self)
        self.tag_edit.setPlaceholderText(self.tr("Tag"))
        self.date_field_combo = QComboBox(self)
        for key, label in (("updated", self.tr("Updated")), ("published", self.tr("Published")),
                           ("scheduled", self.tr("Scheduled")), ("created", self.tr("Created"))):
            self.date_field_combo.addItem(label, key)
        self.date_from_edit = QLineEdit(self)
        self.date_from_edit.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.date_to_edit = QLineEdit(self)
        self.date_to_edit.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        for edit in (self.category_edit, self.tag_edit, self.date_from_edit, self.date_to_edit):
            fit_placeholder(edit)
        self.stale_check = QCheckBox(self.tr("Stale"), self)
        self.stale_check.setToolTip(self.tr("Only translations whose original changed since they were translated or "
                                            "marked as up to date"))
        self.blocked_check = QCheckBox(self.tr("Blocked"), self)
        self.blocked_check.setToolTip(self.tr("Only articles whose last pre-flight check found what blocks them"))
        self.saved_combo = QComboBox(self)
        self.saved_combo.setToolTip(self.tr("Saved filters"))
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save…"))
        self.delete_button = QToolButton(self)
        self.delete_button.setText(self.tr("Delete"))
        self.message = QLabel(self)
        tint(self.message, Tone.ERROR)
        self.message.setWordWrap(True)
        self.message.hide()
        self.count_label = QLabel(self)

    def _build_view(self) -> None:
        """The list itself; the sort indicator is set before sorting is enabled (that runs the first query)."""
        self.view = QTableView(self)
        self.view.setObjectName("articleList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ContentDirectionDelegate(self.view))  # titles in both directions
        # The indicator first: enabling sorting then runs the model's (only) first query.
        self.view.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), as in the rest of the window
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized by _fit_columns
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title takes the room left
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # columns give way instead
        self.snippet_delegate = SnippetDelegate(self.view)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.edition_combo, self.status_combo, self.category_edit, self.tag_edit):
            filters.addWidget(widget)
        dates = QHBoxLayout()
        for widget in (self.date_field_combo, self.date_from_edit, self.date_to_edit, self.blocked_check):
            dates.addWidget(widget)
        dates.addWidget(self.stale_check)
        saved = QHBoxLayout()
        saved.addWidget(QLabel(self.tr("Saved filters:"), self))
        saved.addWidget(self.saved_combo, 1)
        saved.addWidget(self.save_button)
        saved.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addLayout(saved)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def _connect_signals(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.edition_combo, self.status_combo, self.date_field_combo):
            combo.activated.connect(self.apply_filter)
        for edit in (self.category_edit, self.tag_edit, self.date_from_edit, self.date_to_edit):
            edit.editingFinished.connect(self.apply_filter)
        self.blocked_check.toggled.connect(lambda _on: self.apply_filter())
        self.stale_check.toggled.connect(lambda _on: self.apply_filter())
        self.saved_combo.activated.connect(self._saved_chosen)
        self.save_button.clicked.connect(self.save_current_filter)
        self.delete_button.clicked.connect(self.delete_current_filter)
        self.model.query_failed.connect(self._show_message)
        self.model.modelReset.connect(self._update_count)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._fit_columns)
        self.model.rowsInserted.connect(self._update_count)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(lambda index: self._row_changed(index, QModelIndex()))
        self.empty_hint = EmptyHint(self.view)

    # --- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        if not self.model.queried or self._loaded_once:
            self.model.reload()
        self._loaded_once = True
        self._load_completions()
        self._load_saved_filters()

    def _load_completions(self) -> None:
        try:
            categories, tags = self.service.category_names(), self.service.tag_names()
        except NejatError:
            return  # completion is a convenience; the filters still work
        for edit, words in ((self.category_edit, categories), (self.tag_edit, tags)):
            completer = QCompleter(words, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)

    def _load_saved_filters(self, select: str = "") -> None:
        entries = self.service.saved_filters()
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(none)"), None)
        for entry in entries:
            self.saved_combo.addItem(entry.name, entry.filter.to_json())
        if select:
            self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findText(select)))

    # --- filters -----------------------------------------------------------------------------

    def current_filter(self) -> ArticleFilter:
        edition = self.edition_combo.currentData()
        status = self.status_combo.currentData()
        return ArticleFilter(stale=self.stale_check.isChecked(),
                             editions=[edition] if edition else [], statuses=[status] if status else [],
                             category=self.category_edit.text().strip(), tag=self.tag_edit.text().strip(),
                             date_field=self.date_field_combo.currentData(),
                             date_from=self.date_from_edit.text().strip(), date_to=self.date_to_edit.text().strip(),
                             preflight_blocked=self.blocked_check.isChecked())

    def show_filter(self, flt: ArticleFilter) -> None:
        self.edition_combo.setCurrentIndex(max(0, self.edition_combo.findData(flt.editions[0] if flt.editions
                                                                              else "")))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(flt.statuses[0] if flt.statuses
                                                                            else "")))
        self.category_edit.setText(flt.category)
        self.tag_edit.setText(flt.tag)
        self.date_field_combo.setCurrentIndex(max(0, self.date_field_combo.findData(flt.date_field)))
        self.date_from_edit.setText(flt.date_from)
        self.date_to_edit.setText(flt.date_to)
        with QSignalBlocker(self.stale_check):
            self.stale_check.setChecked(flt.stale)
        with QSignalBlocker(self.blocked_check):
            self.blocked_check.setChecked(flt.preflight_blocked)

    def apply_filter(self) -> None:
        flt = self.current_filter()
        if flt == self.model.filter:
            return
        self.message.hide()
        self.model.set_filter(flt)

    def _saved_chosen(self, index: int) -> None:
        data = self.saved_combo.itemData(index)
        flt = ArticleFilter.from_json(data) if data else ArticleFilter()
        self.show_filter(flt)
        self.message.hide()
        self.model.set_filter(flt)

    def save_current_filter(self, name: str | None = None) -> bool:
        """Hand the saving of the current filter to the writer; False when the user cancelled.
        The combo shows it once saved; a refusal (no name) shows in the message line."""
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name of the filter:"))
            if not ok:
                return False
        flt, service = self.current_filter(), self.service
        self._writing_filters(True)
        write(self.context, lambda: service.save_filter(name, flt),
              done=lambda _none: self._filters_written(select=name.strip()), failed=self._filter_refused)
        return True

    def delete_current_filter(self) -> None:
        name = self.saved_combo.currentText()
        if self.saved_combo.currentData() is None:
            return
        if QMessageBox.question(self, self.tr("Delete filter"),
                                self.tr("Delete the saved filter “%1”?").replace("%1", name)) \
                != QMessageBox.StandardButton.Yes:
            return
        service = self.service
        self._writing_filters(True)
        write(self.context, lambda: service.delete_filter(name),
              done=lambda _none: self._filters_written(), failed=self._filter_refused)

    def _writing_filters(self, busy: bool) -> None:
        """While a save or delete is on the writer, the buttons wait for it (no second click)."""
        self.save_button.setEnabled(not busy)
        self.delete_button.setEnabled(not busy)

    def _filters_written(self, select: str = "") -> None:
        self._writing_filters(False)
        self._show_message("")
        self._load_saved_filters(select=select)

    def _filter_refused(self, exc: BaseException) -> None:
        self._writing_filters(False)
        self._show_message(str(exc) if isinstance(exc, NejatError) else self.tr("The filter could not be saved."))
        if not isinstance(exc, NejatError):
            log.error("saving or deleting a filter failed", exc_info=exc)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- search ------------------------------------------------------------------------------

    def run_search(self, synchronous: bool = False) -> None:
        query = self.search_edit.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        if not query:
            self.model.set_search_hits(None)
            self.view.setItemDelegateForColumn(7, None)
            self.view.horizontalHeader().setSortIndicatorShown(True)
            return
        search = self.context.desk.search

        def work(_handle=None):  # type: ignore[no-untyped-def]
            return [(hit.article_id, hit.snippet_html() or hit.title_html())
                    for hit in search.as_you_type(query, limit=SEARCH_LIMIT)]

        if synchronous:
            self._show_hits(generation, work())
        else:
            self.context.tasks.run(work, on_success=lambda hits: self._show_hits(generation, hits),
                                   on_failure=lambda exc, _tb: self._show_message(str(exc)))

    def _show_hits(self, generation: int, hits: list[tuple[int, str]]) -> None:
        if generation != self._search_generation:
            return  # a newer query was typed meanwhile
        self.model.set_search_hits(hits)
        self.view.setItemDelegateForColumn(7, self.snippet_delegate)
        self.view.horizontalHeader().setSortIndicatorShown(False)
        self.search_finished.emit(len(hits))

    # --- selection ---------------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            article_id = self.model.data(current, ARTICLE_ID_ROLE)
            if article_id is not None:
                self.article_activated.emit(article_id)

    def select_article(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        if self.view.currentIndex().row() != row:
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(index)
            self.view.selectionModel().blockSignals(False)
            self.view.viewport().update()
        self.view.scrollTo(index)

    def _fit_columns(self) -> None:
        """Size each short column to its heading and the rows shown (up to MAX_COLUMN_WIDTH) and show
        as many as fit beside a title of TITLE_MIN_WIDTH, in COLUMN_PRIORITY order: the rest are
        hidden until the list is wider, so no column is cut and no sideways scrolling is needed.
        The title (and a search's snippet column) stretch into what is left and elide."""
        if not self.view.isVisible():
            return  # measured when shown (showEvent): a hidden view measures no rows
        header = self.view.horizontalHeader()
        columns = self.model.columns
        room = self.view.viewport().width() - TITLE_MIN_WIDTH
        if "match" in columns:
            header.setSectionResizeMode(columns.index("match"), QHeaderView.ResizeMode.Stretch)
            room -= TITLE_MIN_WIDTH
        for name in COLUMN_PRIORITY:
            column = columns.index(name)
            wanted = min(max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column)), MAX_COLUMN_WIDTH)
            header.setSectionHidden(column, wanted > room)
            if wanted <= room:
                header.resizeSection(column, wanted)
                room -= wanted

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_columns)  # after the layout has given the view its new width

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_columns)

    def clear_filters(self) -> None:
        """Back to every article: no search, no filter, no saved filter."""
        self.search_edit.clear()
        self.saved_combo.setCurrentIndex(0)
        self.show_filter(ArticleFilter())
        self.message.hide()
        self.model.set_filter(ArticleFilter())
        self.run_search()

    def _say_when_empty(self) -> None:
        query = self.search_edit.text().strip()
        filtered = self.current_filter() != ArticleFilter()
        if query:
            text = (self.tr("No articles match “%1” with these filters.") if filtered
                    else self.tr("No articles match “%1”.")).replace("%1", isolate(query))
            self.empty_hint.say(text, self.tr("Clear Search and Filters"), self.clear_filters)
        elif filtered:
            self.empty_hint.say(self.tr("No articles match these filters."), self.tr("Clear Filters"),
                                self.clear_filters)
        else:
            self.empty_hint.say(self.tr("No articles yet. Create one with File > New > Article, or bring Markdown "
                                        "files or a WordPress export in with File > Import…"))

    def _update_count(self) -> None:
        self._say_when_empty()
        count = self.model.rowCount()
        if self.model.complete:
            self.count_label.setText(self.tr("%n article(s)", "", count))
        else:
            self.count_label.setText(self.tr("%1+ articles (counting…)").replace("%1", str(count)))
