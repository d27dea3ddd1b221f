"""The window's side of the pre-flight gate: before Publish or Schedule of an article, gallery or
publication issue, the service's check; when something blocks, a dialog names every blocking
finding and lets the editor override them with a reason (kept by the service in each article's
history, or a gallery's or issue's override history) or go back and fix them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.gui.articles.preflight_panel import finding_formats
from nejat_desk.services.preflight import PreflightBlocked, PreflightReport, PreflightService


class OverrideDialog(QDialog):
    """Every blocking finding, and the reason to send anyway; "Send Anyway" waits for a reason."""

    def __init__(self, reports: Sequence[PreflightReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflightOverride")
        self.setWindowTitle(self.tr("Pre-flight check"))
        intro = QLabel(self.tr("These must be fixed before it goes out, or overridden with a reason that is kept "
                               "in its history:"), self)
        intro.setWordWrap(True)
        self.findings = QPlainTextEdit(self)
        self.findings.setReadOnly(True)
        lines: list[str] = []
        for report in reports:
            lines.append(report.label)
            lines += [f"  • {f.message}" for f in report.blocking]
        self.findings.setPlainText("\n".join(lines))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why it goes out anyway"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.override_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.override_button.setText(self.tr("Send &Anyway"))
        self.override_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Go Back and &Fix"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda text: self.override_button.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.findings, 1)
        layout.addWidget(QLabel(self.tr("Reason to override:"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(560, 360)


# Replaceable in tests: shows the dialog and returns the reason given, or "" when the editor went back.
def ask_override(reports: Sequence[PreflightReport], parent: QWidget | None) -> str:
    dialog = OverrideDialog(reports, parent)
    return dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else ""


def clear_to_go(service: PreflightService, article_ids: Sequence[int], when: datetime | None, parent: QWidget | None,
                *, ask: Callable[[Sequence[PreflightReport], QWidget | None], str] | None = None) -> bool:
    """Run the gate; True when nothing blocks or the editor overrode with a reason (recorded)."""
    try:
        service.clear_for(list(article_ids), when=when, formats=finding_formats())
        return True
    except PreflightBlocked as blocked:
        reason = (ask or ask_override)(blocked.reports, parent)  # the module's, looked up now (tests replace it)
    if not reason:
        return False
    service.clear_for(list(article_ids), when=when, override_reason=reason, formats=finding_formats())
    return True



def clear_object_to_go(service: PreflightService, kind: str, record_id: int, *, action: str,
                       when: datetime | None, parent: QWidget | None,
                       ask: Callable[[Sequence[PreflightReport], QWidget | None], str] | None = None) -> bool:
    """The gate for a gallery ("gallery") or an issue ("issue") about to be planned (`action`
    "schedule") or go out ("publish"); True when nothing blocks or the editor overrode with a reason."""
    try:
        service.clear_object(kind, record_id, action=action, when=when, formats=finding_formats())
        return True
    except PreflightBlocked as blocked:
        reason = (ask or ask_override)(blocked.reports, parent)
    if not reason:
        return False
    service.clear_object(kind, record_id, action=action, when=when, override_reason=reason,
                         formats=finding_formats())
    return True
