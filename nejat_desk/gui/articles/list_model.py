"""The article list model: it holds only the ordered ids; display rows are fetched in pages
of PAGE_SIZE with one indexed query when the view first asks for them, and a bounded number
of pages is kept, so 50,000 articles cost 50,000 ints and a few pages of rows.

Runs on the GUI thread; it reads through the ArticleListService (desk.article_list). The long id
query after the first batch runs on the task runner's pool (gui.tasks), its result delivered here.
"""

from __future__ import annotations

import os
import sys
import time
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from nejat_desk.core.domain import RTL_EDITIONS, ArticleStatus
from nejat_desk.core.errors import NejatError
from nejat_desk.gui.dates import format_datetime
from nejat_desk.gui.labels import edition_label, status_label
from nejat_desk.gui.palette import readable
from nejat_desk.services.article_list import COLUMNS, ArticleFilter, ArticleRow

if TYPE_CHECKING:
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.services.article_list import ArticleListService

PAGE_SIZE = 200
FIRST_BATCH = 300  # ids read before the first paint; the rest follow from a worker thread
MAX_PAGES = 40
FIRST_ROWS_ENV = "NEJAT_DESK_REPORT_FIRST_ROWS"
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
STALE_ROLE = Qt.ItemDataRole.UserRole + 3  # a translation whose original changed since
_STATUS_COLOURS = {"draft": "#8a8f98", "in_review": "#c98a00", "ready": "#2b8a3e", "scheduled": "#1c7ed6",
                   "published": "#5f3dc4", "archived": "#6c757d"}

_first_rows_reported = False


def seconds_since_process_start() -> float:
    """Wall seconds since this process started (Linux /proc; elsewhere since the module loaded)."""
    try:
        with open("/proc/self/stat") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _MODULE_LOADED


_MODULE_LOADED = time.perf_counter()


class ArticleListModel(QAbstractTableModel):
    first_rows_shown = Signal(float)  # seconds since process start, once per process
    query_failed = Signal(str)
    fully_loaded = Signal()

    def __init__(self, service: ArticleListService, parent=None, *, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.service = service
        if tasks is None:  # a model on its own (tests, tools): a runner of its own
            from nejat_desk.gui.tasks import TaskRunner

            tasks = TaskRunner(self)
        self._tasks = tasks
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._pages: OrderedDict[int, dict[int, ArticleRow]] = OrderedDict()
        self._snippets: dict[int, str] = {}
        self.filter = ArticleFilter()
        self.sort_column = "updated"
        self.descending = True
        self._search_hits: list[int] | None = None
        self._generation = 0
        self.complete = True
        self._headers = {
            "title": self.tr("Title"), "edition": self.tr("Edition"), "category": self.tr("Category"),
            "status": self.tr("Status"), "byline": self.tr("Byline"), "updated": self.tr("Updated"),
            "scheduled": self.tr("Scheduled"), "match": self.tr("Match"),
        }
        # Looked up once, not on every paint; an edition added later is named when first shown.
        self._status_names = {status.value: status_label(status) for status in ArticleStatus}
        self._edition_names: dict[str, str] = {}

    # --- querying ---------------------------------------------------------------------------

    @property
    def columns(self) -> tuple[str, ...]:
        return (*COLUMNS, "match") if self._search_hits is not None else COLUMNS

    def set_filter(self, flt: ArticleFilter) -> None:
        self.filter = flt
        self.reload()

    def set_search_hits(self, hits: list[tuple[int, str]] | None) -> None:
        """Ranked (article id, highlighted snippet HTML) pairs, or None to leave search mode."""
        if hits is None:
            self._search_hits, self._snippets = None, {}
        else:
            self._search_hits = [h[0] for h in hits]
            self._snippets = dict(hits)
        self.reload()

    def reload(self) -> None:
        """Run the id query again: the first FIRST_BATCH ids now, the rest on a worker thread
        (appended when they arrive); rows are fetched when the view asks for them."""
        self._generation += 1
        generation = self._generation
        args = (self.filter, self.sort_column, self.descending)
        hits = self._search_hits
        try:
            ids = self.service.ids(*args, restrict_to=hits, limit=None if hits is not None else FIRST_BATCH)
        except Exception as exc:  # a bad filter or a locked file: keep the old rows, say why
            self.query_failed.emit(str(exc))
            return
        self.beginResetModel()
        self._ids = ids
        self._row_of = {article_id: n for n, article_id in enumerate(ids)}
        self._pages.clear()
        self.complete = hits is not None or len(ids) < FIRST_BATCH
        self.endResetModel()
        if self.complete:
            self.fully_loaded.emit()
            return

        service = self.service
        # Pool thread: the service opens its own connection; the answer comes back on this thread.
        self._tasks.run(lambda _handle: service.ids(*args),
                        on_success=lambda all_ids: self._append_rest(generation, all_ids),
                        on_failure=lambda exc, _trace: self._append_rest(generation, exc))

    def _append_rest(self, generation: int, all_ids: object) -> None:
        if generation != self._generation:
            return  # a newer query replaced this one
        if isinstance(all_ids, Exception):
            self.query_failed.emit(str(all_ids))
            return
        assert isinstance(all_ids, list)
        head = len(self._ids)
        if all_ids[:head] != self._ids:  # the order moved meanwhile (a save): show the new order
            self.beginResetModel()
            self._ids = all_ids
            self._pages.clear()
            self._row_of = {article_id: n for n, article_id in enumerate(all_ids)}
            self.complete = True
            self.endResetModel()
        else:
            if len(all_ids) > head:
                self.beginInsertRows(QModelIndex(), head, len(all_ids) - 1)
                self._ids = all_ids
                for n in range(head, len(all_ids)):
                    self._row_of[all_ids[n]] = n
                self.complete = True
                self.endInsertRows()
            self.complete = True
        self.fully_loaded.emit()

    def wait_until_complete(self, timeout: float = 30.0) -> bool:
        """For tests and benchmarks: process events until the whole id list is in."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        deadline = time.monotonic() + timeout
        while not self.complete and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        return self.complete

    def refresh_articles(self, ids: list[int]) -> None:
        """Rows of these articles changed (saved elsewhere): fetch them again when shown."""
        if not ids:
            self._pages.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))
            return
        for article_id in ids:
            row = self._row_of.get(article_id)
            if row is None:
                continue
            self._pages.pop(row // PAGE_SIZE, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    @property
    def queried(self) -> bool:
        """True once the id query has run (the view's first sort runs it)."""
        return self._generation > 0

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def ids(self) -> list[int]:
        return list(self._ids)

    def _row(self, row: int) -> ArticleRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            try:
                page = self.service.rows(self._ids[start:start + PAGE_SIZE])
            except NejatError as exc:
                self.query_failed.emit(str(exc))
                page = {}
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self._headers[self.columns[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        column = self.columns[index.column()]
        if role == ARTICLE_ID_ROLE:
            return self._ids[index.row()]
        if column == "edition" or role == STALE_ROLE:
            stale = self._stale_data(index.row(), column, role)
            if stale is not None:
                return stale
        if column == "match" and role in (SNIPPET_ROLE, Qt.ItemDataRole.ToolTipRole):
            return self._snippets.get(self._ids[index.row()], "")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        row = self._row(index.row())
        if row is None:
            return self.tr("(deleted)") if role == Qt.ItemDataRole.DisplayRole and column == "title" else None
        if role == Qt.ItemDataRole.DisplayRole:
            self._report_first_rows()
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return row.title or row.slug
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return readable(_STATUS_COLOURS.get(row.status, "#888888"))  # legible in either palette
        if role == Qt.ItemDataRole.FontRole and column == "title" and not row.title:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "title" and row.edition in RTL_EDITIONS:
            # Arabic and Farsi titles read from the right whatever the interface language.
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _stale_data(self, row_number: int, column: str, role: int) -> object:
        """A stale translation's mark: the edition cell says so, in the warning tone, with why."""
        row = self._row(row_number)
        if role == STALE_ROLE:
            return bool(row and row.stale)
        if row is None or not row.stale:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("%1 · stale").replace("%1", self._display(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("A stale translation: its original changed since it was translated or marked as up "
                           "to date.")
        if role == Qt.ItemDataRole.ForegroundRole:
            from nejat_desk.gui.palette import Tone, tone

            return tone(Tone.WARNING)
        return None

    def _display(self, row: ArticleRow, column: str) -> str:
        if column == "title":
            return row.title or self.tr("(untitled: %s)") % row.slug
        if column == "edition":
            name = self._edition_names.get(row.edition)
            if name is None:
                name = self._edition_names[row.edition] = edition_label(row.edition)
            return name
        if column == "category":
            return row.category
        if column == "status":
            return self._status_names.get(row.status, row.status)
        if column == "byline":
            return row.byline
        if column in ("updated", "scheduled"):
            when = row.updated if column == "updated" else row.scheduled
            return format_datetime(when) if when else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)):
            return
        changed = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder) != (self.sort_column, self.descending)
        self.sort_column = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if changed or self._generation == 0:
            self.reload()

    def _report_first_rows(self) -> None:
        global _first_rows_reported
        if _first_rows_reported:
            return
        _first_rows_reported = True
        seconds = seconds_since_process_start()
        if os.environ.get(FIRST_ROWS_ENV) == "1":
            sys.stdout.write(f"first-rows {seconds:.3f}\n")
            sys.stdout.flush()
        self.first_rows_shown.emit(seconds)
