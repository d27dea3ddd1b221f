"""Table models for the Sites workspace. Rows are plain snapshots read from the services;
`reload()` is called on the GUI thread after background work finishes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from nejat_desk.gui.bidi import isolate
from nejat_desk.gui.dates import format_datetime, format_number, join_facts
from nejat_desk.gui.labels import edition_label
from nejat_desk.gui.palette import readable
from nejat_desk.services.article_list import ArticleChoice
from nejat_desk.services.wordpress.outbox import JobInfo
from nejat_desk.services.wordpress.sites import SiteInfo

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

STATE_COLOURS = {"failed": "#c0392b", "conflict": "#d35400", "queued": "#2471a3", "running": "#7d3c98",
                 "done": "#1e8449", "cancelled": "#7f8c8d"}


# WordPress's post statuses, named as the publish dialog names them (one table for the dialog and
# the outbox; the "PublishDialog" context keeps the translations the catalogues already hold).
SITE_STATUS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("PublishDialog", "Draft"),
    "pending": QT_TRANSLATE_NOOP("PublishDialog", "Pending review"),
    "future": QT_TRANSLATE_NOOP("PublishDialog", "Scheduled"),
    "publish": QT_TRANSLATE_NOOP("PublishDialog", "Published"),
}


def site_status_label(status: str) -> str:
    """A WordPress status in the interface language; an unknown one (a site's own) as it is."""
    source = SITE_STATUS.get(status)
    return QCoreApplication.translate("PublishDialog", source) if source else status


def job_item_text(job: JobInfo) -> str:
    """What a job sends: an article's slug beside its edition's name in the interface language
    (the outbox names it "fa/slug", the command line's spelling); anything else as the outbox says."""
    edition, slash, slug = job.label.partition("/")
    if job.object_type != "article" or not slash or edition_label(edition) == edition:
        return job.label  # not an edition's code: a deleted article's sentence, or a code without a name
    return join_facts([isolate(slug), edition_label(edition)])


def state_label(state: str) -> str:
    return {"queued": QCoreApplication.translate("SitesModels", "Waiting"), "running": QCoreApplication.translate("SitesModels", "Sending"), "failed": QCoreApplication.translate("SitesModels", "Failed"),
            "conflict": QCoreApplication.translate("SitesModels", "Conflict"), "done": QCoreApplication.translate("SitesModels", "Sent"), "cancelled": QCoreApplication.translate("SitesModels", "Cancelled")}.get(state, state)


class SitesModel(QAbstractTableModel):
    COLUMNS = ("name", "url", "user", "editions", "password")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SiteInfo] = []
        self._has_password: dict[int, bool] = {}

    def set_rows(self, rows: list[SiteInfo], has_password: dict[int, bool]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._has_password = dict(has_password)
        self.endResetModel()

    def site(self, row: int) -> SiteInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(self.COLUMNS):
            return [QCoreApplication.translate("SitesModels", "Site"), QCoreApplication.translate("SitesModels", "Address"), QCoreApplication.translate("SitesModels", "User"), QCoreApplication.translate("SitesModels", "Editions"), QCoreApplication.translate("SitesModels", "Password")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        site = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return site.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return site.name
            if column == "url":
                return site.base_url
            if column == "user":
                return site.username
            if column == "editions":
                return QLocale().createSeparatedList([edition_label(code) for code in site.editions])
            if column == "password":
                return QCoreApplication.translate("SitesModels", "known") if self._has_password.get(site.id) else QCoreApplication.translate("SitesModels", "will be asked")
        if role == Qt.ItemDataRole.ToolTipRole and column == "password":
            return QCoreApplication.translate("SitesModels", "Application Passwords live in the system keyring; without a secure keyring the "
                       "password is asked once per session and never stored.")
        return None


class OutboxModel(QAbstractTableModel):
    COLUMNS = ("id", "state", "site", "item", "status", "attempts", "next", "error")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[JobInfo] = []

    def set_rows(self, rows: list[JobInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def job(self, row: int) -> JobInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def job_by_id(self, job_id: int) -> JobInfo | None:
        return next((j for j in self._rows if j.id == job_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(self.COLUMNS):
            return [QCoreApplication.translate("SitesModels", "Job"), QCoreApplication.translate("SitesModels", "State"), QCoreApplication.translate("SitesModels", "Site"), QCoreApplication.translate("SitesModels", "Item"), QCoreApplication.translate("SitesModels", "Site status"), QCoreApplication.translate("SitesModels", "Attempts"),
                    QCoreApplication.translate("SitesModels", "Next attempt"), QCoreApplication.translate("SitesModels", "Last message")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        job = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return job.id
        if role == STATE_ROLE:
            return job.state
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            return QBrush(readable(STATE_COLOURS.get(job.state, "#000000")))  # legible in either palette
        if role == Qt.ItemDataRole.ToolTipRole and column == "error" and job.last_error:
            return job.last_error
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "id":
            return format_number(job.id)  # the interface's digits (۱۲ in Farsi)
        if column == "state":
            return state_label(job.state)
        if column == "site":
            return job.site_name
        if column == "item":
            return job_item_text(job)
        if column == "status":
            return site_status_label(job.status) if job.status else QCoreApplication.translate("SitesModels", "as the article")
        if column == "attempts":
            return format_number(job.attempts)
        if column == "next":
            return format_datetime(job.next_attempt_at) if job.next_attempt_at and job.state == "queued" else ""
        if column == "error":
            return job.last_error.splitlines()[0] if job.last_error else ""
        return None


class ArticleChoiceModel(QAbstractTableModel):
    """Articles to pick for publishing, newest edits first."""

    HEADERS = ("Edition", "Title", "Slug", "Status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleChoice] = []

    def set_rows(self, rows: list[ArticleChoice]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def article_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(self.HEADERS):
            return [QCoreApplication.translate("SitesModels", "Edition"),
                    QCoreApplication.translate("SitesModels", "Title"),
                    QCoreApplication.translate("SitesModels", "Slug"),
                    QCoreApplication.translate("SitesModels", "Status")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        choice = self._rows[index.row()]
        if role == ID_ROLE:
            return choice.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (choice.edition, choice.title, choice.slug, choice.status)[index.column()]
        return None
