"""Edit > Edition Settings…: each edition's name, direction, time zone, calendar, site URL,
permalink pattern, hashtags and social handles, validated by the editions service; and its
pre-flight rules (gui/preflight_rules_form.py), stored by the pre-flight service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import Platform
from nejat_desk.core.errors import NejatError, ValidationError
from nejat_desk.core.preflight import EditionRules
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.palette import Tone, tint
from nejat_desk.gui.preflight_rules_form import PreflightRulesForm
from nejat_desk.gui.writes import write
from nejat_desk.services.editions import EditionSettings, time_zone_names


class EditionsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Edition Settings"))
        self.resize(760, 640)
        self.editions = context.desk.editions.all()
        self.preflight_rules = context.desk.preflight.rules()  # edition code -> EditionRules
        self.current: int = -1

        self.model = QStandardItemModel(self)
        for e in self.editions:
            item = QStandardItem(f"{e.native_name} — {e.name}")
            item.setEditable(False)
            self.model.appendRow(item)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setMaximumWidth(200)

        self.name = QLineEdit(self)
        self.native_name = QLineEdit(self)
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Left to right"), "ltr")
        self.direction.addItem(self.tr("Right to left"), "rtl")
        self.time_zone = QComboBox(self)
        self.time_zone.setEditable(True)
        self.time_zone.addItems(time_zone_names())
        self.calendar = QComboBox(self)
        for value, label in (("gregorian", self.tr("Gregorian")), ("jalali", self.tr("Solar Hijri (Jalali)")),
                             ("islamic-civil", self.tr("Islamic civil"))):
            self.calendar.addItem(label, value)
        self.site_url = QLineEdit(self)
        self.site_url.setPlaceholderText("https://example.org/fa")
        self.permalink = QLineEdit(self)
        self.hashtags = QLineEdit(self)
        self.hashtags.setPlaceholderText(self.tr("Comma-separated, without #"))
        self.handles: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Name in its &own language:"), self.native_name)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("&Time zone:"), self.time_zone)
        form.addRow(self.tr("&Calendar:"), self.calendar)
        form.addRow(self.tr("Site &URL:"), self.site_url)
        form.addRow(self.tr("&Permalinks:"), self.permalink)
        form.addRow(self.tr("&Hashtags:"), self.hashtags)
        for platform in (Platform.X, Platform.FACEBOOK, Platform.TELEGRAM, Platform.PINTEREST):
            edit = QLineEdit(self)
            self.handles[platform.value] = edit
            form.addRow(self.tr("%1 handle:").replace("%1", platform.value.capitalize()), edit)
        self.rules_form = PreflightRulesForm(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        tint(self.error, Tone.ERROR)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.rules_form)
        right.addWidget(self.error)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(right, 1)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(lambda: self.save_current())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.list.selectionModel().currentChanged.connect(self._switch)
        self.list.setCurrentIndex(self.model.index(0, 0))

    def _switch(self, index: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid() and self._dirty():
            # Stay on the edited edition until its save is stored; move on only once it is.
            target = index.row()
            with QSignalBlocker(self.list.selectionModel()):
                self.list.setCurrentIndex(previous)
            self.save_current(then=lambda: self.list.setCurrentIndex(self.model.index(target, 0)))
            return
        self.current = index.row()
        self._show(self.editions[self.current])

    def _show(self, e: EditionSettings) -> None:
        self.error.clear()
        self.name.setText(e.name)
        self.native_name.setText(e.native_name)
        self.direction.setCurrentIndex(self.direction.findData(e.direction))
        self.time_zone.setCurrentText(e.time_zone)
        self.calendar.setCurrentIndex(self.calendar.findData(e.calendar))
        self.site_url.setText(e.site_url)
        self.permalink.setText(e.permalink_pattern)
        self.hashtags.setText(", ".join(e.hashtags))
        for platform, edit in self.handles.items():
            edit.setText(e.social_handles.get(platform, ""))
        self.rules_form.show_rules(e.code, self._stored_rules(e.code))
        rtl = e.direction == "rtl"
        self.native_name.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

    def _edited(self) -> EditionSettings:
        e = self.editions[self.current]
        handles = dict(e.social_handles)
        for platform, edit in self.handles.items():
            if edit.text().strip():
                handles[platform] = edit.text().strip()
            else:
                handles.pop(platform, None)
        return EditionSettings(e.code, self.name.text(), self.native_name.text(), e.language,
                               self.direction.currentData(), self.time_zone.currentText().strip(),
                               self.calendar.currentData(), self.site_url.text(), self.permalink.text(),
                               [t for t in self.hashtags.text().split(",") if t.strip()], handles)

    def _stored_rules(self, code: str) -> EditionRules:
        return self.preflight_rules.get(code, EditionRules())

    def _dirty(self) -> bool:
        if self.current < 0:
            return False
        edition = self.editions[self.current]
        return self._edited() != edition or self.rules_form.rules() != self._stored_rules(edition.code)

    def save_current(self, then: Callable[[], None] | None = None) -> bool:
        """Hand the current edition's settings (and its rules, when changed) to the writer; False
        when refused before that. `then` runs once they are stored; on a refusal the form keeps
        what was typed and shows why."""
        if self.current < 0:
            if then is not None:
                then()
            return True
        row, code, rules = self.current, self.editions[self.current].code, self.rules_form.rules()
        try:
            EditionRules.from_json(code, rules.to_json())  # refused before anything is stored
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        edited, rules_changed = self._edited(), rules != self._stored_rules(code)
        editions, preflight = self.context.desk.editions, self.context.desk.preflight

        def unit() -> EditionSettings:
            saved = editions.save(edited)
            if rules_changed:
                preflight.set_rules(code, rules)
            return saved

        def done(saved: EditionSettings) -> None:
            self._saving(False)
            self.editions[row] = saved
            self.preflight_rules[code] = rules
            self.model.item(row).setText(f"{saved.native_name} — {saved.name}")
            if self.current == row:
                self._show(saved)
            self.context.notify(self.tr("Edition settings saved."))
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self._saving(False)
            self.error.setText(str(exc) if isinstance(exc, NejatError) else self.tr("The settings could not be saved."))

        self._saving(True)
        write(self.context, unit, done=done, failed=failed)
        return True

    def _saving(self, busy: bool) -> None:
        """While a save is on the writer the form waits: no second save, no other edition."""
        self.list.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.error.clear()
            self.context.notify(self.tr("Saving…"), 3000)

    def reject(self) -> None:
        if self._dirty():
            answer = QMessageBox.question(self, self.tr("Unsaved settings"), self.tr(
                "Save the changes to this edition's settings?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_current(then=lambda: QDialog.reject(self))
                return
        super().reject()
