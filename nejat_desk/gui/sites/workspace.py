"""The Sites workspace: WordPress sites (add, edit, test, password, pull) above the outbox
(send, retry, cancel, resolve conflicts side by side).

Sync itself is not here: `desk.sync` holds the sites, the outbox and this session's passwords,
and `context.sync` (gui/sites/sync.py, started by the composition root) runs the outbox timer
and the sends; this workspace shows their state and asks them to act.
Network work runs as background tasks (context.tasks); passwords that the keyring does not hold
are asked for here, on the GUI thread, before a task starts, so no worker ever waits on a dialog.
Dialogs are opened with open() (not exec()), so they are driven through signals, also in tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import RTL_EDITIONS
from nejat_desk.core.errors import NejatError
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.empty_state import EmptyHint
from nejat_desk.gui.sites.conflict_view import ConflictDialog
from nejat_desk.gui.sites.dialogs import (
    ArticlePickerDialog,
    InsecureHttpDialog,
    PasswordDialog,
    PublishDialog,
    PullDialog,
    SiteDialog,
)
from nejat_desk.gui.sites.models import OutboxModel, SitesModel
from nejat_desk.gui.sites.sync import flush_summary
from nejat_desk.gui.sites.widgets import action_button, keep_room_for, record_table
from nejat_desk.gui.workspace import Workspace
from nejat_desk.gui.writes import write
from nejat_desk.services.wordpress.outbox import OPEN_STATES, FlushReport
from nejat_desk.services.wordpress.pull import PullReport
from nejat_desk.services.wordpress.sites import ConnectionReport


class SitesWorkspace(Workspace):
    workspace_id = "sites"
    icon_name = "mdi6.web-sync"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.sync = context.desk.sync
        self.sites = self.sync.sites
        self.outbox = self.sync.outbox
        self.runner = context.sync
        self._working = False  # a test or a pull of this workspace is running
        self.last_pull: PullReport | None = None
        self.last_test: ConnectionReport | None = None
        self._build()
        self.reload()
        context.articles_changed.connect(lambda _ids: self.reload_outbox())
        self.runner.busy_changed.connect(self._send_busy)
        self.runner.progressed.connect(self._progress)
        self.runner.flushed.connect(self._sent)
        self.runner.flush_failed.connect(self._send_failed)

    def title(self) -> str:
        return QCoreApplication.translate("SitesWorkspace", "Sites")

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.sites_model = SitesModel(self)
        self.outbox_model = OutboxModel(self)
        self.sites_view = record_table(self.sites_model)
        self.outbox_view = record_table(self.outbox_model)
        self.outbox_view.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.sites_view.horizontalHeader().setStretchLastSection(False)
        self.sites_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._build_controls()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(QLabel(QCoreApplication.translate("SitesWorkspace", "<b>WordPress sites</b>")))
        top_layout.addWidget(self.sites_view, 1)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.test_button, self.password_button, self.pull_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        top_layout.addLayout(row)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addWidget(QLabel(QCoreApplication.translate("SitesWorkspace", "<b>Outbox</b> — everything sent to the sites goes through here; "
                                           "work queued offline goes out when the site can be reached.")))
        bottom_layout.addWidget(self.outbox_view, 1)
        row = QHBoxLayout()
        for b in (self.publish_button, self.send_button, self.retry_button, self.cancel_button,
                  self.resolve_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.show_all)
        bottom_layout.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 2)
        from nejat_desk.gui.sites.review_panel import ReviewPanel

        self.review_panel = ReviewPanel(self.context, self.selected_site, self.with_passwords)  # hand-off (#16)
        self.review_panel.handed_off.connect(lambda _r: self.reload_outbox())
        splitter.addWidget(self.review_panel)
        # The outbox is the list worked through; a newsroom has a site or two (at 1366 x 768 it
        # had two rows' height beside a sites table of one row and an empty review list)
        for index, stretch in enumerate((1, 3, 2)):
            splitter.setStretchFactor(index, stretch)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.sites_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.outbox_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.outbox_view.doubleClicked.connect(lambda _i: self.resolve_selected())
        self.sites_empty = EmptyHint(self.sites_view)
        self.sites_empty.say(QCoreApplication.translate(
            "SitesWorkspace", "No WordPress site yet. Add your site with its address, your user name and an "
            "Application Password (made in WordPress under Users > Profile). Then articles are published and "
            "pulled from here."), QCoreApplication.translate("SitesWorkspace", "Add site…"), self.add_site)
        keep_room_for(self.sites_empty)  # the outbox's larger share leaves it its sentence and button
        self.outbox_empty = EmptyHint(self.outbox_view)
        self.outbox_empty.say(QCoreApplication.translate("SitesWorkspace", "Nothing is waiting to be sent."))

    def _build_controls(self) -> None:
        """The buttons under each table, the finished-jobs switch, the status line and the progress bar."""
        self.add_button = action_button(QCoreApplication.translate("SitesWorkspace", "Add site…"), "mdi6.plus", self.add_site)
        self.edit_button = action_button(QCoreApplication.translate("SitesWorkspace", "Edit…"), "mdi6.pencil", self.edit_site)
        self.test_button = action_button(QCoreApplication.translate("SitesWorkspace", "Test connection"), "mdi6.lan-connect", self.test_site)
        self.password_button = action_button(QCoreApplication.translate("SitesWorkspace", "Password…"), "mdi6.key-outline", self.change_password)
        self.pull_button = action_button(QCoreApplication.translate("SitesWorkspace", "Pull posts…"), "mdi6.cloud-download-outline", self.pull_posts)
        self.remove_button = action_button(QCoreApplication.translate("SitesWorkspace", "Remove"), "mdi6.delete-outline", self.remove_site)
        self.publish_button = action_button(QCoreApplication.translate("SitesWorkspace", "Publish articles…"), "mdi6.cloud-upload-outline",
                                           self.choose_and_publish)
        self.send_button = action_button(QCoreApplication.translate("SitesWorkspace", "Send now"), "mdi6.send", self.send_now)
        self.retry_button = action_button(QCoreApplication.translate("SitesWorkspace", "Retry"), "mdi6.refresh", self.retry_job)
        self.cancel_button = action_button(QCoreApplication.translate("SitesWorkspace", "Cancel job"), "mdi6.close-circle-outline", self.cancel_job)
        self.resolve_button = action_button(QCoreApplication.translate("SitesWorkspace", "Compare and resolve…"), "mdi6.compare-horizontal",
                                           self.resolve_selected)
        self.show_all = QCheckBox(QCoreApplication.translate("SitesWorkspace", "Show finished jobs"))
        self.show_all.toggled.connect(self.reload_outbox)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setVisible(False)

    # --- data ------------------------------------------------------------------------------------

    @property
    def _busy(self) -> bool:
        return self._working or self.runner.busy

    @property
    def last_flush(self) -> FlushReport | None:
        """The report of the latest send (by this workspace or the timer)."""
        return self.runner.last_flush

    def reload(self) -> None:
        selected = self.selected_site()
        rows = self.sites.list()
        known = {s.id: self.sync.knows_password(s) for s in rows}
        self.sites_model.set_rows(rows, known)
        if selected is not None:
            self.select_site(selected)
        self.reload_outbox()

    def reload_outbox(self) -> None:
        selected = self.selected_job()
        jobs = self.outbox.jobs(None if self.show_all.isChecked() else OPEN_STATES)
        self.outbox_model.set_rows(jobs)
        if selected is not None:
            for row, job in enumerate(jobs):
                if job.id == selected:
                    self.outbox_view.selectionModel().select(
                        self.outbox_model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def selected_site(self) -> int | None:
        rows = self.sites_view.selectionModel().selectedRows()
        site = self.sites_model.site(rows[0].row()) if rows else None
        return site.id if site else None

    def selected_job(self) -> int | None:
        rows = self.outbox_view.selectionModel().selectedRows() if self.outbox_view.selectionModel() else []
        job = self.outbox_model.job(rows[0].row()) if rows else None
        return job.id if job else None

    def select_site(self, site_id: int) -> None:
        for row in range(self.sites_model.rowCount()):
            site = self.sites_model.site(row)
            if site and site.id == site_id:
                self.sites_view.selectRow(row)

    def select_job(self, job_id: int) -> None:
        for row in range(self.outbox_model.rowCount()):
            job = self.outbox_model.job(row)
            if job and job.id == job_id:
                self.outbox_view.selectRow(row)

    def _update_buttons(self) -> None:
        has_site = self.selected_site() is not None
        for b in (self.edit_button, self.test_button, self.password_button, self.pull_button, self.remove_button):
            b.setEnabled(has_site and not self._busy)
        job_id = self.selected_job()
        job = self.outbox_model.job_by_id(job_id) if job_id else None
        self.retry_button.setEnabled(bool(job and job.state in ("failed", "queued", "cancelled")) and not self._busy)
        self.cancel_button.setEnabled(bool(job and job.state in ("queued", "failed", "conflict")))
        self.resolve_button.setEnabled(bool(job and job.state == "conflict"))
        self.send_button.setEnabled(not self._busy)

    def on_activated(self) -> None:
        self.sync.queue_stale_updates()
        self.reload()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.context.notify(text)

    def _error(self, exc: BaseException, _trace: str = "") -> None:
        """A test or a pull of this workspace failed."""
        self._set_busy(False)
        self._send_failed(exc)

    def _send_failed(self, exc: BaseException, _trace: str = "") -> None:
        """Say why (a send by the runner may fail while this workspace's own work goes on)."""
        self._say(str(exc) if isinstance(exc, NejatError) else QCoreApplication.translate("SitesWorkspace", "Unexpected error: {e}").format(e=exc))
        self.reload()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._working = busy
        self._show_busy(text)

    def _send_busy(self, busy: bool) -> None:
        self._show_busy(QCoreApplication.translate("SitesWorkspace", "Sending…") if busy else "")

    def _show_busy(self, text: str) -> None:
        self.progress.setVisible(self._busy)
        self.progress.setRange(0, 0)
        if text:
            self.status.setText(text)
        self._update_buttons()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if text:
            self.status.setText(text)

    # --- passwords -------------------------------------------------------------------------------

    def with_passwords(self, site_ids: list[int], then: Callable[[], None], *, ask: bool = True) -> None:
        """Make sure the keyring or this session knows each site's password, asking for the missing
        ones one after another; then run `then` (not at all if the user cancels)."""
        for site_id in dict.fromkeys(site_ids):
            site = self.sites.get(site_id)
            if self.sync.knows_password(site):
                continue
            if not ask:
                return
            dialog = PasswordDialog(site, self)
            self.password_dialog = dialog

            def accepted(d: PasswordDialog = dialog, s: int = site_id) -> None:
                if d.password.text().strip():
                    self.sync.remember_password(s, d.password.text())
                    d.password.clear()
                    self.reload()
                    self.with_passwords(site_ids, then, ask=ask)

            dialog.accepted.connect(accepted)
            dialog.open()
            return
        then()

    # --- sites ----------------------------------------------------------------------------------

    def add_site(self) -> SiteDialog:
        dialog = SiteDialog(None, self)
        dialog.test_button.clicked.connect(lambda: self._test_in_dialog(dialog, None))
        dialog.accepted.connect(lambda: self._save_new(dialog))
        self.site_dialog = dialog
        dialog.open()
        return dialog

    def with_http_consent(self, base_url: str, then: Callable[[bool], None], *, allowed: bool = False) -> None:
        """Run `then(allow_insecure_http)`: at once when the address needs no consent (https, this
        computer) or has it, else after the user confirms plain http (not at all on Cancel)."""
        from nejat_desk.services.wordpress.client import normalise_base_url
        from nejat_desk.services.wordpress.password_policy import needs_insecure_consent

        try:
            url = normalise_base_url(base_url)
        except NejatError:
            then(allowed)  # the service names what is wrong with the address
            return
        if allowed or not needs_insecure_consent(url):
            then(allowed)
            return
        box = InsecureHttpDialog(url, self)
        self.insecure_http_dialog = box
        box.finished.connect(lambda _code: then(True) if box.clickedButton() is box.send_button else None)
        box.open()

    def _consented(self, site_id: int, base_url: str) -> bool:
        """Whether the saved site allows plain http at this very address (consent is per address)."""
        from nejat_desk.services.wordpress.client import normalise_base_url

        site = self.sites.get(site_id)
        try:
            return site.allow_insecure_http and normalise_base_url(base_url) == site.base_url
        except NejatError:
            return False

    def _save_new(self, dialog: SiteDialog) -> None:
        v = dialog.values()
        dialog.password.clear()
        self.with_http_consent(v["base_url"], lambda allowed: self._add(v, allowed))

    def _add(self, v: dict[str, Any], allow_insecure_http: bool) -> None:
        try:
            site_id = self.sites.add(v["name"], v["base_url"], v["username"], v["editions"],
                                     password=v["password"] or None, allow_insecure_http=allow_insecure_http)
        except NejatError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("SitesWorkspace", "Site not added"), str(exc))
            return
        self.reload()
        self.select_site(site_id)
        self._say(QCoreApplication.translate("SitesWorkspace", "Site {name} added.").format(name=v["name"]))

    def edit_site(self) -> SiteDialog | None:
        site_id = self.selected_site()
        if site_id is None:
            return None
        dialog = SiteDialog(self.sites.get(site_id), self)
        dialog.test_button.clicked.connect(lambda: self._test_in_dialog(dialog, site_id))
        dialog.accepted.connect(lambda: self._save_edit(dialog, site_id))
        self.site_dialog = dialog
        dialog.open()
        return dialog

    def _save_edit(self, dialog: SiteDialog, site_id: int) -> None:
        v = dialog.values()
        dialog.password.clear()
        self.with_http_consent(v["base_url"], lambda allowed: self._update(site_id, v, allowed),
                               allowed=self._consented(site_id, v["base_url"]))

    def _update(self, site_id: int, v: dict[str, Any], allow_insecure_http: bool) -> None:
        try:
            self.sites.update(site_id, base_url=v["base_url"], username=v["username"], editions=v["editions"],
                              allow_insecure_http=allow_insecure_http)
            if v["password"]:
                self.sites.set_password(site_id, v["password"])
        except NejatError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("SitesWorkspace", "Site not saved"), str(exc))
        self.reload()

    def _test_in_dialog(self, dialog: SiteDialog, site_id: int | None) -> None:
        allowed = site_id is not None and self._consented(site_id, dialog.values()["base_url"])
        self.with_http_consent(dialog.values()["base_url"], lambda ok: self._run_dialog_test(dialog, site_id, ok),
                               allowed=allowed)

    def _run_dialog_test(self, dialog: SiteDialog, site_id: int | None, allow_insecure_http: bool) -> None:
        v = dialog.values()
        password = v["password"]
        if not password and site_id is not None:
            password = self.sync.known_password(self.sites.get(site_id)) or ""
        dialog.result.setText(QCoreApplication.translate("SitesWorkspace", "Testing…"))
        dialog.test_button.setEnabled(False)
        test_connection = self.sync.test_connection

        def work(_handle: Any) -> ConnectionReport:
            return test_connection(v["base_url"], v["username"], password, allow_insecure_http=allow_insecure_http)

        def done(report: ConnectionReport) -> None:
            dialog.test_button.setEnabled(True)
            # The companion plugin's version, or what will not travel without it (issue #16).
            dialog.show_result(report.ok, " ".join(filter(None, (report.message, report.companion_line))))
            self.last_test = report

        def failed(exc: BaseException, _t: str) -> None:
            dialog.test_button.setEnabled(True)
            dialog.show_result(False, str(exc))

        self.context.tasks.run(work, label=QCoreApplication.translate("SitesWorkspace", "Testing the connection"), on_success=done, on_failure=failed)

    def test_site(self) -> None:
        site_id = self.selected_site()
        if site_id is None:
            return

        def start() -> None:
            self._set_busy(True, QCoreApplication.translate("SitesWorkspace", "Testing the connection…"))
            self.context.tasks.run(lambda _h: self.sync.test_site(site_id), label=QCoreApplication.translate("SitesWorkspace", "Testing the connection"),
                                   on_success=self._tested, on_failure=self._error)

        self.with_passwords([site_id], start)

    def _tested(self, report: ConnectionReport) -> None:
        self.last_test = report
        self._set_busy(False)
        self._say(("✔ " if report.ok else "✘ ") + " ".join(filter(None, (report.message, report.companion_line))))

    def change_password(self) -> SiteDialog | None:
        dialog = self.edit_site()
        if dialog is not None:
            dialog.password.setFocus()
        return dialog

    def remove_site(self) -> None:
        site_id = self.selected_site()
        if site_id is None:
            return
        site = self.sites.get(site_id)
        answer = QMessageBox.question(
            self, QCoreApplication.translate("SitesWorkspace", "Remove site"),
            QCoreApplication.translate("SitesWorkspace", "Remove {name}? Its outbox jobs and the record of what was sent to it are removed too, and "
                "its password is forgotten. Nothing on the site itself is deleted.").format(name=site.name))
        if answer == QMessageBox.StandardButton.Yes:
            write(self.context, lambda: self.sites.remove(site_id), done=lambda _r: self.reload(),
                  failed=lambda exc: self._say(str(exc)))

    # --- pull ------------------------------------------------------------------------------------

    def pull_posts(self) -> PullDialog | None:
        site_id = self.selected_site()
        if site_id is None:
            return None
        dialog = PullDialog(self.sites.get(site_id), self)
        dialog.accepted.connect(lambda: self.with_passwords([site_id], lambda: self._start_pull(site_id, dialog)))
        self.pull_dialog = dialog
        dialog.open()
        return dialog

    def _start_pull(self, site_id: int, dialog: PullDialog) -> None:
        edition, since, until = dialog.values()
        self._set_busy(True, QCoreApplication.translate("SitesWorkspace", "Pulling posts…"))

        sync = self.sync

        def work(handle: Any) -> PullReport:
            return sync.pull(site_id, edition, since=since, until=until, write=handle.write,
                             progress=lambda d, t: handle.progress(d, t, ""), cancelled=handle.cancelled)

        self.context.tasks.run(work, label=QCoreApplication.translate("SitesWorkspace", "Pulling posts"), cancellable=True, on_success=self._pulled,
                               on_failure=self._error, on_progress=self._progress)

    def _pulled(self, report: PullReport) -> None:
        self.last_pull = report
        self._set_busy(False)
        summary = QCoreApplication.translate("SitesWorkspace", "Pulled: {c} new, {u} updated, {n} unchanged, {k} conflicts.").format(
            c=len(report.created), u=len(report.updated), n=report.unchanged, k=len(report.conflicts))
        self._say("\n".join([summary, *report.skipped, *report.warnings]))  # what to fix, each post on a line
        self.context.articles_changed.emit([])
        self.reload()

    # --- outbox ----------------------------------------------------------------------------------

    def menus(self) -> list[QMenu]:
        menu = QMenu(QCoreApplication.translate("SitesWorkspace", "&Sites"), self)
        menu.addAction(QCoreApplication.translate("SitesWorkspace", "Publish articles…"), lambda: self.choose_and_publish())
        menu.addAction(QCoreApplication.translate("SitesWorkspace", "Send the outbox now"), lambda: self.send_now())
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("SitesWorkspace", "Add site…"), lambda: self.add_site())
        return [menu]

    def choose_and_publish(self) -> ArticlePickerDialog:
        picker = ArticlePickerDialog(self.context.desk.article_list, self)
        picker.accepted.connect(lambda: self.publish(picker.selected_ids()))
        self.article_picker = picker
        picker.open()
        return picker

    def publish(self, article_ids: list[int]) -> PublishDialog | None:
        """Queue articles for a site (asks where and how) and send them."""
        sites = self.sites.list()
        if not sites:
            QMessageBox.information(self, QCoreApplication.translate("SitesWorkspace", "No site"), QCoreApplication.translate("SitesWorkspace", "Add a WordPress site first."))
            return None
        dialog = PublishDialog(sites, self)

        def accepted() -> None:
            site_id, status, when = dialog.values()
            if status in ("publish", "future"):  # going out to readers: the pre-flight gate first
                from nejat_desk.gui.articles.preflight_gate import clear_to_go

                try:
                    if not clear_to_go(self.context.desk.preflight, article_ids, when, self):
                        return
                except NejatError as exc:
                    QMessageBox.warning(self, QCoreApplication.translate("SitesWorkspace", "Not queued"), str(exc))
                    return
            try:
                jobs = [self.outbox.enqueue(site_id, "article", a, status=status, date_gmt=when) for a in article_ids]
            except NejatError as exc:
                QMessageBox.warning(self, QCoreApplication.translate("SitesWorkspace", "Not queued"), str(exc))
                return
            self.reload_outbox()
            self.send_now(job_ids=jobs)

        dialog.accepted.connect(accepted)
        self.publish_dialog = dialog
        dialog.open()
        return dialog

    def send_now(self, job_ids: list[int] | None = None, *, ask: bool = True) -> None:
        if self._busy:
            return
        self.sync.queue_stale_updates()
        jobs = [j for j in self.outbox.jobs(("queued", "running")) if job_ids is None or j.id in job_ids]
        if not jobs:
            self._say(QCoreApplication.translate("SitesWorkspace", "Nothing to send."))
            self.reload_outbox()
            return
        ids = [j.id for j in jobs]
        self.with_passwords([j.site_id for j in jobs], lambda: self.runner.send(ids), ask=ask)

    def _sent(self, report: FlushReport) -> None:
        self.status.setText(flush_summary(report))  # the runner told the status bar
        self.reload()

    def retry_job(self) -> None:
        job_id = self.selected_job()
        if job_id is None:
            return

        def queued(_result: object) -> None:
            self.reload_outbox()
            self.send_now([job_id])

        write(self.context, lambda: self.outbox.retry(job_id), done=queued, failed=lambda exc: self._say(str(exc)))

    def cancel_job(self) -> None:
        job_id = self.selected_job()
        if job_id is None:
            return

        def refused(exc: BaseException) -> None:
            self._say(str(exc))
            self.reload_outbox()

        write(self.context, lambda: self.outbox.cancel(job_id), done=lambda _r: self.reload_outbox(), failed=refused)

    def resolve_selected(self) -> ConflictDialog | None:
        job_id = self.selected_job()
        job = self.outbox.job(job_id) if job_id else None
        if job is None or job.state != "conflict":
            return None
        return self.open_conflict(job.id)

    def open_conflict(self, job_id: int) -> ConflictDialog | None:
        try:
            view = self.sync.conflict(job_id)
            rtl = self.context.desk.articles.get(view.article_id).edition_code in RTL_EDITIONS
        except NejatError as exc:
            self._say(str(exc))
            return None
        dialog = ConflictDialog(view, rtl=rtl, parent=self)
        dialog.chosen.connect(lambda choice: self._resolved(job_id, dialog, choice))
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def _resolved(self, job_id: int, dialog: ConflictDialog, choice: str) -> None:
        title, body, excerpt = dialog.merged()
        try:
            self.sync.resolve(job_id, choice, title=title, body_md=body, excerpt=excerpt)
        except NejatError as exc:
            self._say(str(exc))
            return
        self.context.articles_changed.emit([dialog.view.article_id])
        if choice == "site":
            self._say(QCoreApplication.translate("SitesWorkspace", "The site's version is now in the library."))
            self.reload_outbox()
        else:
            self.reload_outbox()
            self.send_now([job_id])
