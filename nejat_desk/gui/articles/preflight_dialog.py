"""The pre-flight check of a gallery or a publication issue in the window: a "Pre-flight…" button
beside the editor's Save that shows the findings (a tab per edition for a gallery) with the same
panel the Articles editor uses, and jumps to a picture of the gallery; and the gate the editor's
Save goes through when it plans or publishes (gui/articles/preflight_gate.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.preflight import Finding, Place
from nejat_desk.gui.articles.preflight_gate import clear_object_to_go
from nejat_desk.gui.articles.preflight_panel import PreflightPanel, finding_formats
from nejat_desk.gui.dates import format_datetime
from nejat_desk.gui.labels import edition_label

if TYPE_CHECKING:
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.media.gallery_editor import GalleryEditor
    from nejat_desk.gui.schedule.issue_editor import IssueEditor
    from nejat_desk.services.preflight import PreflightReport
    from nejat_desk.services.preflight_overrides import OverrideRecord


class FindingsDialog(QDialog):
    """The findings of one or more reports; Go There closes it and asks for the jump."""

    jump_requested = Signal(object)  # a Finding

    def __init__(self, reports: Sequence[PreflightReport], parent: QWidget | None = None,
                 overrides: Sequence[OverrideRecord] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("preflightFindingsDialog")
        self.setWindowTitle(self.tr("Pre-flight check"))
        self.tabs = QTabWidget(self)
        self.panels: list[PreflightPanel] = []
        for report in reports:
            panel = PreflightPanel(self)
            panel.show_findings(report.findings)
            panel.online_button.hide()  # outside links and the whole library are the articles' business
            panel.check_all_button.hide()
            panel.jump_requested.connect(self._jump)
            self.tabs.addTab(panel, edition_label(report.edition))
            self.panels.append(panel)
        # Blocking findings let go out before, with the reasons: a gallery's or issue's history.
        self.history = QLabel("\n".join(self.tr("Overridden on {when} ({action}): {reason}").format(
            when=format_datetime(o.when), action=self._action_word(o.action), reason=o.reason)
            for o in overrides), self)
        self.history.setWordWrap(True)
        self.history.setVisible(bool(overrides))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _action_word(self, action: str) -> str:
        return self.tr("published") if action == "publish" else self.tr("planned")

    def _jump(self, finding: Finding) -> None:
        self.accept()
        self.jump_requested.emit(finding)


def _button_beside_save(save_button: QPushButton, text: str) -> QPushButton:
    """A button just before `save_button` in its row."""
    holder = save_button.parentWidget()
    button = QPushButton(text, holder)
    rows = holder.findChildren(QBoxLayout) if holder is not None else []
    row = next((lay for lay in rows if lay.indexOf(save_button) >= 0), None)
    if row is not None:
        row.insertWidget(row.indexOf(save_button), button)
    return button


def add_gallery_check(editor: GalleryEditor, context: AppContext,
                      show: Callable[[FindingsDialog], None] | None = None) -> QPushButton:
    """Give the gallery editor its "Pre-flight…" button. `show`: how the dialog is shown (tests)."""
    button = _button_beside_save(editor.save_button, QCoreApplication.translate("PreflightDialog", "Pre-flight…"))
    button.setToolTip(QCoreApplication.translate("PreflightDialog", "What blocks or warns before this gallery goes "
                                                 "out, edition by edition"))

    def jump(finding: Finding) -> None:
        where = finding.location
        if where.place is Place.MEDIA and where.media_id in editor.items_model.ids():
            index = editor.items_model.index(editor.items_model.ids().index(where.media_id))
            editor.items_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            editor.items_view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif where.place is Place.MEDIA and where.media_id is not None:
            context.open_requested.emit("media", where.media_id)  # the cover: shown in the library
        elif where.field == "title":
            editor.title.setFocus(Qt.FocusReason.OtherFocusReason)
        elif where.field == "cover":
            editor.cover_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def check() -> None:
        if editor.gallery_id is None:
            return
        preflight = context.desk.preflight
        dialog = FindingsDialog(preflight.check_gallery(editor.gallery_id, formats=finding_formats()), editor,
                                preflight.overrides("gallery", editor.gallery_id))
        dialog.jump_requested.connect(jump)
        (show or (lambda d: d.open()))(dialog)

    button.clicked.connect(check)
    editor.gate = lambda gallery_id, when, action: clear_object_to_go(
        context.desk.preflight, "gallery", gallery_id, action=action, when=when, parent=editor)
    return button


def add_issue_check(editor: IssueEditor, context: AppContext,
                    show: Callable[[FindingsDialog], None] | None = None) -> QPushButton:
    """Give the issue editor its "Pre-flight…" button (the issue as saved; a new one has none yet)."""
    button = editor.buttons.addButton(QCoreApplication.translate("PreflightDialog", "Pre-flight…"),
                                      QDialogButtonBox.ButtonRole.ActionRole)
    button.setEnabled(editor.issue_id is not None)
    places: dict[str, QWidget] = {"pdf": editor.pdf_combo, "cover": editor.cover_combo}

    def jump(finding: Finding) -> None:
        where = finding.location
        target = editor.toc_view if where.place is Place.ARTICLE else places.get(
            "cover" if where.place is Place.MEDIA else where.field)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def check() -> None:
        if editor.issue_id is None:
            return
        preflight = context.desk.preflight
        dialog = FindingsDialog([preflight.check_issue(editor.issue_id, formats=finding_formats())], editor,
                                preflight.overrides("issue", editor.issue_id))
        dialog.jump_requested.connect(jump)
        (show or (lambda d: d.open()))(dialog)

    button.clicked.connect(check)
    editor.gate = lambda issue_id, when: clear_object_to_go(
        context.desk.preflight, "issue", issue_id, action="schedule", when=when, parent=editor)
    return button
