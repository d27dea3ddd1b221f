"""Where the pre-flight check meets the Articles workspace:

- `PreflightController` puts the Pre-flight panel in a tab beside the metadata panel, checks the
  open article a moment after typing stops (the editor's unsaved text, on the task runner's pool),
  records the result for the list (on the writer), and does the panel's jumps: a field gets the
  focus, a paragraph is selected in the source, a picture opens in Media;
- Schedule and Publish in the editor's status menu go through the gate (gui/articles/preflight_gate.py);
- a check that changes whether the article blocks reloads the list's badges
  (gui/articles/preflight_list.py).

GUI thread only, apart from the functions handed to the task runner.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTabWidget, QWidget

from nejat_desk.core.domain import ArticleStatus
from nejat_desk.core.preflight import Finding, Place
from nejat_desk.gui.articles.preflight_gate import clear_to_go
from nejat_desk.gui.articles.preflight_list import BlockedArticles
from nejat_desk.gui.articles.preflight_panel import PreflightPanel, finding_formats
from nejat_desk.gui.dates import format_number
from nejat_desk.services.preflight import ArticleDraft, ArticleFacts, PreflightReport

if TYPE_CHECKING:
    from nejat_desk.gui.articles.editor import ArticleEditor
    from nejat_desk.gui.context import AppContext

REFRESH_DELAY_MS = 400  # after the last keystroke; the check itself takes milliseconds (benchmarks)
# What the check read from the library is kept between keystrokes (only the text rules and links run
# again), and read afresh when the article or the library changes, or after this long (the outbox,
# another desk's pull).
FACTS_MAX_AGE_S = 30.0
GATED_STATUSES = (ArticleStatus.SCHEDULED.value, ArticleStatus.PUBLISHED.value)


class PreflightController(QObject):
    """Keeps the Pre-flight panel in step with the open article and carries out its jumps."""

    report_shown = Signal(object)  # the PreflightReport now on the panel
    recorded = Signal()  # whether the article blocks changed in the library (emitted from the writer)

    def __init__(self, editor: ArticleEditor, context: AppContext, blocked: BlockedArticles) -> None:
        super().__init__(editor)
        self.editor = editor
        self.context = context
        self.blocked = blocked
        self.report: PreflightReport | None = None
        self._generation = 0
        self._gone = False  # the panel was deleted (window closed): late answers are dropped
        self._facts: ArticleFacts | None = None
        self._facts_read_at = 0.0  # time.monotonic()
        self._facts_epoch = 0  # bumped when the library changes: facts read before are not kept
        self.panel = PreflightPanel(editor)
        self.panel.destroyed.connect(self._forget)
        self.tabs = QTabWidget(editor)
        self.tabs.setObjectName("metadataTabs")
        index = editor.splitter.indexOf(editor.metadata)
        editor.splitter.replaceWidget(index, self.tabs)
        self.tabs.addTab(editor.metadata, self.tr("Metadata"))
        self.tabs.addTab(self.panel, self.tr("Pre-flight"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        editor.source.textChanged.connect(self._timer.start)
        editor.metadata.title_edited.connect(lambda _t: self._timer.start())
        editor.metadata.excerpt_edited.connect(lambda _t: self._timer.start())
        for changed in (editor.article_saved, editor.article_opened, context.articles_changed,
                        context.media_changed, context.galleries_changed):
            changed.connect(lambda _ids: self.forget_facts())  # before the refresh they cause
        for changed in (context.schedule_changed, context.library_replaced):
            changed.connect(self.forget_facts)
        editor.article_saved.connect(lambda _id: self._timer.start())  # fields and pictures saved
        editor.article_opened.connect(lambda _id: self.refresh())
        self.panel.jump_requested.connect(self.jump)
        self.panel.online_check_requested.connect(self.check_online)
        self.panel.check_all_requested.connect(self.check_all)
        # Schedule and Publish in the status menu meet the gate first.
        editor.metadata.status_requested.disconnect(editor.set_status)
        editor.metadata.status_requested.connect(self.set_status)

    # --- checking ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Check the open article as it stands in the editor, off the GUI thread."""
        article_id = self.editor.article_id
        self._generation += 1
        generation = self._generation
        if article_id is None:
            self.report = None
            self.panel.show_findings(())
            return
        draft = ArticleDraft(self.editor.metadata.title(), self.editor.source.toPlainText(),
                             self.editor.metadata.excerpt())
        service = self.context.desk.preflight
        # Counts, line numbers and times in the interface's digits and calendar (QLocale is reentrant).
        formats = finding_formats()
        fresh = time.monotonic() - self._facts_read_at < FACTS_MAX_AGE_S
        facts = self._facts if fresh and self._facts and self._facts.article_id == article_id else None
        epoch = self._facts_epoch

        def work(_handle: object) -> tuple[ArticleFacts, PreflightReport]:
            known = facts or service.article_facts(article_id, formats=formats)
            return known, service.check_article(article_id, draft=draft, facts=known)

        self.context.tasks.run(work, on_success=lambda result: self._checked(generation, result, epoch, facts),
                               on_failure=lambda exc, _trace: self._failed(generation, exc))

    def forget_facts(self) -> None:
        """The library changed: the next check reads it again."""
        self._facts = None
        self._facts_epoch += 1

    def _forget(self) -> None:
        self._gone = True

    def _checked(self, generation: int, result: tuple[ArticleFacts, PreflightReport], epoch: int,
                 reused: ArticleFacts | None) -> None:
        facts, report = result
        if epoch == self._facts_epoch and not self._gone and facts is not reused:
            self._facts, self._facts_read_at = facts, time.monotonic()
        if generation != self._generation or self._gone:
            return  # a newer check is on its way, or nobody is looking
        self.report = report
        self.panel.show_findings(report.findings)
        self.tabs.setTabText(self.tabs.indexOf(self.panel), self.tr("Pre-flight (%1)").replace(
            "%1", format_number(len(report.blocking))) if report.blocks else self.tr("Pre-flight"))
        self.report_shown.emit(report)
        service = self.context.desk.preflight
        # The list's badge follows what was last checked; only a change is written.
        future = self.context.tasks.writer.submit(lambda: service.record(report))
        future.add_done_callback(lambda f: self.recorded.emit() if not f.exception() and f.result() else None)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation and not self._gone:
            self.panel.summary.setText(self.tr("The check failed: %1").replace("%1", str(exc)))

    def check_online(self) -> None:
        article_id = self.editor.article_id
        if article_id is None:
            return
        self.editor.flush()
        self.panel.online_button.setEnabled(False)
        self.panel.online_status.setText(self.tr("Asking the outside addresses…"))
        service = self.context.desk.preflight
        self.context.tasks.run(lambda _h: service.check_outside_links(article_id, number=format_number),
                               label=self.tr("Checking links"), on_success=self._online_done,
                               on_failure=lambda exc, _t: self._online_done(exc))

    def _online_done(self, result: Any) -> None:
        if self._gone:
            return
        self.panel.online_button.setEnabled(True)
        if isinstance(result, BaseException):
            self.panel.online_status.setText(self.tr("The links could not be checked: %1").replace("%1", str(result)))
            return
        if not result:
            self.panel.online_status.setText(self.tr("Every outside link answered."))
        else:
            self.panel.online_status.setText("\n".join(f.message for f in result))

    def check_all(self) -> None:
        """Every article checked on the pool, each result recorded on the writer; the list's badges
        and its Blocked filter then cover the whole library."""
        self.panel.check_all_button.setEnabled(False)
        service = self.context.desk.preflight

        def work(handle: Any) -> int:
            return service.check_all(progress=lambda done, total: handle.progress(done, total),
                                     cancelled=handle.cancelled,
                                     record=lambda report: handle.write(lambda: service.record(report)))

        self.context.tasks.run(work, label=self.tr("Checking every article"), cancellable=True,
                               on_success=self._all_checked, on_failure=lambda exc, _t: self._all_checked(exc))

    def _all_checked(self, result: Any) -> None:
        self.blocked.reload()
        if self._gone:
            return
        self.panel.check_all_button.setEnabled(True)
        if isinstance(result, BaseException):
            self.panel.online_status.setText(self.tr("The check stopped: %1").replace("%1", str(result)))
        else:
            self.panel.online_status.setText(self.tr("Articles with something that blocks them: %1")
                                             .replace("%1", format_number(result)))

    # --- jumping -------------------------------------------------------------------------------

    def jump(self, finding: Finding) -> None:
        where = finding.location
        if where.place is Place.BODY:
            cursor = self.editor.source.textCursor()
            length = len(self.editor.source.toPlainText())
            cursor.setPosition(min(where.start, length))
            cursor.setPosition(min(where.end, length), QTextCursor.MoveMode.KeepAnchor)
            self.editor.source.setTextCursor(cursor)
            self.editor.source.centerCursor()
            self.editor.source.setFocus(Qt.FocusReason.OtherFocusReason)
        elif where.place is Place.MEDIA and where.media_id is not None:
            self.context.open_requested.emit("media", where.media_id)
        elif where.place is Place.ARTICLE and where.article_id is not None \
                and where.article_id != self.editor.article_id:
            self.editor.open_article(where.article_id)
        elif where.place is Place.TRANSLATION:
            self.editor.translations.create_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.editor.translations.create_button.showMenu()
        elif where.place is Place.OUTBOX:
            self.context.open_requested.emit("sites", where.job_id or 0)
        else:
            self._focus_field(where.field)

    def field_widget(self, name: str) -> QWidget | None:
        meta = self.editor.metadata
        widgets: dict[str, QWidget] = {
            "title": meta.title_edit, "slug": meta.slug_edit, "category": meta.category_edit,
            "tags": meta.tags_edit, "byline": meta.byline_edit, "source_name": meta.source_name_edit,
            "excerpt": meta.excerpt_edit, "featured": meta.featured_pick, "attachments": meta.attachments_list,
            "scheduled": meta.schedule_edit, "status": meta.status_combo}
        return widgets.get(name)

    def _focus_field(self, name: str) -> None:
        widget = self.field_widget(name)
        if widget is None:
            return
        self.tabs.setCurrentWidget(self.editor.metadata)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the gate in the status menu --------------------------------------------------------------

    def set_status(self, status: str, scheduled_at: datetime | None) -> bool:
        """Schedule and Publish go through the pre-flight gate; other statuses go straight on."""
        article_id = self.editor.article_id
        if article_id is not None and status in GATED_STATUSES:
            self.editor.flush()
            self.context.tasks.writer.drain()
            when = scheduled_at if status == ArticleStatus.SCHEDULED.value else None
            if not clear_to_go(self.context.desk.preflight, [article_id], when, self.editor):
                self.editor.metadata.status_refused(self.tr("Not changed: the pre-flight check found what blocks "
                                                            "it (see the Pre-flight tab)."))
                self.refresh()
                return False
        return self.editor.set_status(status, scheduled_at)


def attach(editor: ArticleEditor, context: AppContext, blocked: BlockedArticles) -> PreflightController:
    """Host the pre-flight check in a freshly built editor; the controller lives as long as it."""
    controller = PreflightController(editor, context, blocked)
    controller.recorded.connect(blocked.reload)  # queued: the writer thread emits it
    return controller
