"""The Pre-flight panel: the findings of the open article, most serious first, each with its
severity's icon and a "Go there" that jumps to the place to fix it. It only shows; the
controller (gui/articles/preflight_host.py) runs the check and does the jumps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.preflight import Finding, FindingFormats, Place, Severity
from nejat_desk.gui.dates import format_datetime, format_number

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def finding_formats() -> FindingFormats:
    """Values in findings as the window writes them: the interface's digits and calendar, times in
    the user's zone. Safe on the task runner's pool: each call reads its own QSettings."""
    from nejat_desk.gui.schedule.model import warning_formats

    return FindingFormats(number=lambda n: format_number(n), moment=lambda when: format_datetime(when),
                          schedule=warning_formats())
_ICONS = {Severity.BLOCKS: QStyle.StandardPixmap.SP_MessageBoxCritical,
          Severity.WARNS: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Severity.NOTE: QStyle.StandardPixmap.SP_MessageBoxInformation}


class FindingsModel(QAbstractListModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._findings: tuple[Finding, ...] = ()
        self._style = parent.style()
        self._severity_words = {Severity.BLOCKS: self.tr("Blocks"), Severity.WARNS: self.tr("Warning"),
                                Severity.NOTE: self.tr("Note")}

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        self.beginResetModel()
        self._findings = findings
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.message
        if role == Qt.ItemDataRole.DecorationRole:
            return self._style.standardIcon(_ICONS[finding.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._severity_words[finding.severity]}: {finding.message}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._severity_words[finding.severity]
        if role == FINDING_ROLE:
            return finding
        return None


class PreflightPanel(QWidget):
    """Shows one report; asks for jumps and for the online check of outside links."""

    jump_requested = Signal(object)  # a Finding
    online_check_requested = Signal()
    check_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflightPanel")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = FindingsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("preflightFindings")
        self.view.setAccessibleName(self.tr("Pre-flight findings"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.go_button = QPushButton(self.tr("&Go There"), self)
        self.go_button.setEnabled(False)
        self.online_button = QPushButton(self.tr("Check &Links Online"), self)
        self.online_button.setToolTip(self.tr("Ask each outside address the article links to (needs the "
                                              "network; never blocks)"))
        self.check_all_button = QPushButton(self.tr("Check &All Articles"), self)
        self.check_all_button.setToolTip(self.tr("Check every article, so the list marks each one that is "
                                                 "blocked (runs in the background)"))
        self.online_status = QLabel(self)
        self.online_status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addStretch(1)
        buttons.addWidget(self.online_button)
        library_wide = QHBoxLayout()  # on its own row: the panel is narrow on a laptop screen
        library_wide.addStretch(1)
        library_wide.addWidget(self.check_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(library_wide)
        layout.addWidget(self.online_status)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.go_button.setEnabled(current.isValid()))
        self.view.activated.connect(self._jump_to)
        self.go_button.clicked.connect(lambda: self._jump_to(self.view.currentIndex()))
        self.online_button.clicked.connect(self.online_check_requested)
        self.check_all_button.clicked.connect(self.check_all_requested)
        self.show_findings(())

    def show_findings(self, findings: tuple[Finding, ...]) -> None:
        current = self.model.finding(self.view.currentIndex().row())
        self.model.set_findings(findings)
        # Sentences in the interface language whatever the edition: the view keeps the interface's
        # direction (a Farsi article's findings are not laid out right to left in an English window).
        counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
        if not findings:
            self.summary.setText(self.tr("Nothing to fix: ready to go out."))
        else:
            self.summary.setText(self.tr("%1 block · %2 warnings · %3 notes")  # counts in the interface's digits
                                 .replace("%1", format_number(counts[Severity.BLOCKS]))
                                 .replace("%2", format_number(counts[Severity.WARNS]))
                                 .replace("%3", format_number(counts[Severity.NOTE])))
        if current is not None and current in findings:  # the same finding stays selected while typing
            self.view.setCurrentIndex(self.model.index(findings.index(current)))
        else:
            self.go_button.setEnabled(False)

    def select_finding(self, code: str, place: Place | None = None) -> bool:
        """Select the first finding of `code` (tests, keyboard users): True when there is one."""
        for row in range(self.model.rowCount()):
            finding = self.model.finding(row)
            if finding is not None and finding.code == code and (place is None or finding.location.place is place):
                self.view.setCurrentIndex(self.model.index(row))
                return True
        return False

    def _jump_to(self, index: QModelIndex) -> None:
        finding = self.model.finding(index.row()) if index.isValid() else None
        if finding is not None:
            self.jump_requested.emit(finding)
