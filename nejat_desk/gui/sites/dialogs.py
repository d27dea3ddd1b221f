"""Dialogs of the Sites workspace: a site's profile (with test connection), a password prompt,
pulling posts, and publishing articles. Long work (testing, pulling) runs as background tasks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import EDITION_CODES
from nejat_desk.gui.dates import use_interface_calendar
from nejat_desk.gui.sites.models import site_status_label
from nejat_desk.services.wordpress.sites import SiteInfo

if TYPE_CHECKING:
    from nejat_desk.services.article_list import ArticleListService


class SiteDialog(QDialog):
    """Add or edit a site. `values()` gives what was entered; the password is handed to the
    CredentialStore by the caller and never kept by this dialog after it closes."""

    def __init__(self, site: SiteInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit site") if site else self.tr("Add a WordPress site"))
        self.name = QLineEdit(site.name if site else "")
        self.name.setReadOnly(site is not None)
        self.url = QLineEdit(site.base_url if site else "")
        self.url.setPlaceholderText("https://nejat.example.org")
        self.user = QLineEdit(site.username if site else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged") if site else "abcd efgh ijkl mnop qrst uvwx")  # i18n: ok (the password format)
        self.editions: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for code in EDITION_CODES:
            box = QCheckBox(code)
            box.setChecked(bool(site and code in site.editions))
            self.editions[code] = box
            row.addWidget(box)
        row.addStretch(1)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(48)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("WordPress user"), self.user)
        form.addRow(self.tr("Application Password"), self.password)
        row.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(self.tr("Editions"), holder)
        hint = QLabel(self.tr("Create an Application Password in the user's profile on the site (Users > "
                              "Profile > Application Passwords). It is kept in the system keyring."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "base_url": self.url.text().strip(),
                "username": self.user.text().strip(), "password": self.password.text().strip(),
                "editions": [code for code, box in self.editions.items() if box.isChecked()]}

    def show_result(self, ok: bool, message: str) -> None:
        self.result.setText(("✔ " if ok else "✘ ") + message)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.password.clear()
        super().closeEvent(event)


class InsecureHttpDialog(QMessageBox):
    """Asks before the password may go over plain http:// to another computer; Cancel is the
    default. Opened window-modal (`open()`), so the caller continues from `accepted`."""

    def __init__(self, base_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Send the password unencrypted?"))
        self.setText(self.tr("{url} is a plain http:// address. The Application Password would cross the "
                             "network unencrypted: anyone on the way (a shared Wi-Fi, the provider) could read it "
                             "and publish as this user.").format(url=base_url))
        self.setInformativeText(self.tr("Use the site's https:// address if it has one. Allow plain http for this "
                                        "site only on a network you trust."))
        self.send_button = self.addButton(self.tr("Allow plain http"), QMessageBox.ButtonRole.AcceptRole)
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)


class PasswordDialog(QDialog):
    def __init__(self, site: SiteInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Application Password"))
        label = QLabel(self.tr("Application Password for {user} at {url}:").format(
            user=site.username, url=site.base_url))
        label.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(self.tr("There is no secure keyring on this computer, so it is kept only until the app "
                              "closes."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.password)
        layout.addWidget(note)
        layout.addWidget(buttons)


class PullDialog(QDialog):
    def __init__(self, site: SiteInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pull posts from {site}").format(site=site.name))
        self.edition = QComboBox()
        for code in site.editions or list(EDITION_CODES):
            self.edition.addItem(code, code)
        self.all_posts = QCheckBox(self.tr("All posts"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            use_interface_calendar(edit)
        self.all_posts.toggled.connect(lambda on: (self.since.setEnabled(not on), self.until.setEnabled(not on)))
        form = QFormLayout()
        form.addRow(self.tr("Edition"), self.edition)
        form.addRow("", self.all_posts)
        form.addRow(self.tr("From"), self.since)
        form.addRow(self.tr("To"), self.until)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pull"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, datetime | None, datetime | None]:
        if self.all_posts.isChecked():
            return str(self.edition.currentData()), None, None
        since = self.since.date().toPython()
        until = self.until.date().toPython()
        start = datetime(since.year, since.month, since.day, tzinfo=UTC)
        end = datetime(until.year, until.month, until.day, tzinfo=UTC) + timedelta(days=1, seconds=-1)
        return str(self.edition.currentData()), start, end


class PublishDialog(QDialog):
    """Where and how to publish: site, site status, and the time for a scheduled post."""

    STATUSES = ("draft", "pending", "future", "publish")

    def __init__(self, sites: list[SiteInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish to a site"))
        self.site = QComboBox()
        for site in sites:
            self.site.addItem(f"{site.name} ({', '.join(site.editions)})", site.id)
        self.status = QComboBox()
        for status in self.STATUSES:
            self.status.addItem(site_status_label(status), status)
        utc = QTimeZone(QTimeZone.Initialization.UTC)
        self.when = QDateTimeEdit(QDateTime(QDate.currentDate().addDays(1), QTime(8, 0), utc))
        self.when.setTimeZone(utc)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        use_interface_calendar(self.when, suffix="'UTC'")  # Solar Hijri in Farsi, read year first
        self.when.setCalendarPopup(True)
        self.status.currentIndexChanged.connect(self._status_changed)
        form = QFormLayout()
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Status on the site"), self.status)
        form.addRow(self.tr("Publish at"), self.when)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Queue and send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._status_changed()

    def _status_changed(self) -> None:
        self.when.setEnabled(self.status.currentData() == "future")

    def values(self) -> tuple[int, str, datetime | None]:
        status = str(self.status.currentData())
        when = self.when.dateTime().toPython().astimezone(UTC) if status == "future" else None
        return int(self.site.currentData()), status, when


class ArticlePickerDialog(QDialog):
    """Choose the articles to publish (several at once)."""

    def __init__(self, article_list: ArticleListService, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

        from nejat_desk.gui.sites.models import ArticleChoiceModel

        super().__init__(parent)
        self.article_list = article_list
        self.setWindowTitle(self.tr("Choose articles to publish"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Title or slug contains…"))
        self.edition = QComboBox()
        self.edition.addItem(self.tr("All editions"), None)
        for code in EDITION_CODES:
            self.edition.addItem(code, code)
        self.model = ArticleChoiceModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Next…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.edition)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self.refresh)
        self.edition.currentIndexChanged.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()
        self._selection_changed()
        self.resize(760, 480)

    def refresh(self) -> None:
        self.model.set_rows(self.article_list.matching(self.filter.text(), self.edition.currentData()))
        self._selection_changed()

    def _selection_changed(self, *_args: Any) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.selected_ids()))

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [a for a in (self.model.article_id(r) for r in rows) if a is not None]
