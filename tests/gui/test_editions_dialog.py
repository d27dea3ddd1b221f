from PySide6.QtCore import QSettings

from nejat_desk.gui.context import AppContext
from nejat_desk.gui.editions import EditionsDialog
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.editions import EditionService


def make_dialog(qtbot, library, tmp_path):
    context = AppContext(library, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                         TaskRunner())
    dialog = EditionsDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def test_edit_and_save_an_edition(qtbot, library, tmp_path):
    dialog = make_dialog(qtbot, library, tmp_path)
    dialog.list.setCurrentIndex(dialog.model.index(2, 0))  # fa
    assert dialog.time_zone.currentText() == "Asia/Tehran"
    dialog.hashtags.setText("نجات, خبر")
    assert dialog.save_current()
    assert EditionService(library).get("fa").hashtags == ["نجات", "خبر"]


def test_invalid_value_shows_error_and_keeps_library(qtbot, library, tmp_path):
    dialog = make_dialog(qtbot, library, tmp_path)
    dialog.site_url.setText("not a url")
    assert not dialog.save_current()
    assert "not an http" in dialog.error.text()
    assert EditionService(library).get("en").site_url == "https://nejat.example.org"
