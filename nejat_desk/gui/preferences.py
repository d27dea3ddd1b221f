"""Edit > Preferences: the dialog from ui/preferences.ui, bound to the typed settings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimeZone
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import EDITIONS
from nejat_desk.gui import settings as opt
from nejat_desk.gui.forms import load_form
from nejat_desk.gui.palette import apply_theme
from nejat_desk.gui.settings import Settings

# Interface languages offered (the translations ship for each).
UI_LANGUAGES = (("system", QT_TRANSLATE_NOOP("Preferences", "System default")), ("en", "English"), ("ar", "العربية"), ("fa", "فارسی"), ("sq", "Shqip"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.form = load_form("preferences.ui", self)
        # The form's top level is a QDialog, which would stay a window of its own: embed it.
        self.form.setWindowFlags(Qt.WindowType.Widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        f = self.form
        self.theme: QComboBox = f.findChild(QComboBox, "themeCombo")
        self.language: QComboBox = f.findChild(QComboBox, "languageCombo")
        self.jalali: QCheckBox = f.findChild(QCheckBox, "jalaliCheck")
        self.edition: QComboBox = f.findChild(QComboBox, "editionCombo")
        self.font_size: QSpinBox = f.findChild(QSpinBox, "fontSizeSpin")
        self.spell: QCheckBox = f.findChild(QCheckBox, "spellCheck")
        self.time_zone: QComboBox = f.findChild(QComboBox, "timeZoneCombo")
        buttons: QDialogButtonBox = f.findChild(QDialogButtonBox, "buttonBox")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        for value, label in (("system", QCoreApplication.translate("Preferences", "Follow the system")),
                             ("light", QCoreApplication.translate("Preferences", "Light")),
                             ("dark", QCoreApplication.translate("Preferences", "Dark"))):
            self.theme.addItem(label, value)
        for value, label in UI_LANGUAGES:
            # Languages are listed in their own names, so anyone can find theirs.
            self.language.addItem(QCoreApplication.translate("Preferences", label) if value == "system" else label,
                                  value)
        for edition in EDITIONS:
            self.edition.addItem(edition.native_name, edition.code)  # each edition in its own language
        self.time_zone.addItem(QCoreApplication.translate("Preferences", "System time zone"), "")
        for zone in sorted(bytes(z.data()).decode() for z in QTimeZone.availableTimeZoneIds()):
            self.time_zone.addItem(zone, zone)
        self._load()

    def _select(self, combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _load(self) -> None:
        s = self.settings
        self._select(self.theme, s.get(opt.THEME))
        self._select(self.language, s.get(opt.UI_LANGUAGE))
        self.jalali.setChecked(s.get(opt.JALALI_DATES))
        self._select(self.edition, s.get(opt.DEFAULT_EDITION))
        self.font_size.setValue(s.get(opt.EDITOR_FONT_SIZE))
        self.spell.setChecked(s.get(opt.SPELL_CHECK))
        self._select(self.time_zone, s.get(opt.USER_TIME_ZONE))

    def accept(self) -> None:
        s = self.settings
        language_changed = self.language.currentData() != s.get(opt.UI_LANGUAGE)
        s.set(opt.THEME, self.theme.currentData())
        s.set(opt.UI_LANGUAGE, self.language.currentData())
        s.set(opt.JALALI_DATES, self.jalali.isChecked())
        s.set(opt.DEFAULT_EDITION, self.edition.currentData())
        s.set(opt.EDITOR_FONT_SIZE, self.font_size.value())
        s.set(opt.SPELL_CHECK, self.spell.isChecked())
        zone = self.time_zone.currentData()
        if zone is None:  # typed by hand: keep it only if Qt knows the zone
            text = self.time_zone.currentText().strip()
            zone = text if QTimeZone(text.encode()).isValid() else ""
        s.set(opt.USER_TIME_ZONE, zone)
        s.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, s.get(opt.THEME))
        super().accept()
        if language_changed:
            # Windows already built keep their texts; a restart builds everything in the new language
            # (and mirrors it for Farsi and Arabic).
            QMessageBox.information(self.parentWidget(), self.tr("Interface language"), self.tr(
                "The new interface language is used the next time you start Nejat Desk."))
