from PySide6.QtCore import QSettings

from nejat_desk.gui.context import AppContext
from nejat_desk.gui.editions import EditionsDialog
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.editions import EditionService


def make_dialog(qtbot, library, tmp_path):
    context = AppContext(library, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                         TaskRunner())
    context.write_check.strict = True  # every save goes through the writer thread
    dialog = EditionsDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def save_and_wait(qtbot, dialog) -> None:
    """Save; the dialog waits (list and buttons off) until the writer has stored it."""
    assert dialog.save_current()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10000)
    assert dialog.context.write_check.violations == []


def test_edit_and_save_an_edition(qtbot, library, tmp_path):
    dialog = make_dialog(qtbot, library, tmp_path)
    dialog.list.setCurrentIndex(dialog.model.index(2, 0))  # fa
    assert dialog.time_zone.currentText() == "Asia/Tehran"
    dialog.hashtags.setText("نجات, خبر")
    assert dialog.save_current()
    assert not dialog.list.isEnabled() and not dialog.buttons.isEnabled()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10000)
    assert EditionService(library).get("fa").hashtags == ["نجات", "خبر"]


def test_invalid_value_shows_error_and_keeps_library(qtbot, library, tmp_path):
    dialog = make_dialog(qtbot, library, tmp_path)
    dialog.site_url.setText("not a url")
    dialog.save_current()
    qtbot.waitUntil(lambda: "not an http" in dialog.error.text(), timeout=10000)
    assert dialog.site_url.text() == "not a url" and dialog.buttons.isEnabled()  # what was typed stays
    assert EditionService(library).get("en").site_url == "https://nejat.example.org"


def test_the_preflight_rules_form_sets_an_editions_rules_by_keyboard(qtbot, library, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from nejat_desk.core.preflight import EditionRules
    from nejat_desk.services.preflight import PreflightService

    PreflightService(library).set_rules("ar", EditionRules(required=frozenset({"category"})))
    dialog = make_dialog(qtbot, library, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.list.setCurrentIndex(dialog.model.index(2, 0))  # fa
    form = dialog.rules_form
    assert not form.translations["fa"].isVisibleTo(form)  # an edition is not its own translation
    assert not any(box.isChecked() for box in form.required.values())
    # Keyboard only: Tab walks from the last handle field into the form, Space ticks, arrows choose.
    dialog.handles["pinterest"].setFocus()
    order = []
    widget = dialog.handles["pinterest"]
    for _ in range(12):
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        widget = dialog.focusWidget()
        order.append(widget)
    boxes = [*form.required.values(), *(b for c, b in form.translations.items() if c != "fa"), form.digits]
    assert order[:len(boxes)] == boxes  # every control, in reading order
    order[0].setFocus()
    QTest.keyClick(form.required["excerpt"], Qt.Key.Key_Space)
    form.translations["en"].setFocus()
    QTest.keyClick(form.translations["en"], Qt.Key.Key_Space)
    form.digits.setFocus()
    while form.digits.currentData() != "persian":
        QTest.keyClick(form.digits, Qt.Key.Key_Down)
    save_and_wait(qtbot, dialog)
    rules = PreflightService(library).rules()
    assert rules["fa"] == EditionRules(required=frozenset({"excerpt"}), translations=("en",), digits="persian")
    assert rules["ar"].required == {"category"}  # another edition's rules are left alone
    dialog.list.setCurrentIndex(dialog.model.index(1, 0))  # ar, shown as stored
    assert form.required["category"].isChecked() and not form.required["excerpt"].isChecked()
    assert form.digits.currentData() == ""


def test_the_preflight_rules_form_is_mirrored_right_to_left(qtbot, library, tmp_path, qapp):
    from PySide6.QtCore import Qt

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = make_dialog(qtbot, library, tmp_path)
        dialog.show()
        qtbot.waitExposed(dialog)
        form = dialog.rules_form
        assert form.layoutDirection() == Qt.LayoutDirection.RightToLeft
        first, second = form.required["excerpt"], form.required["category"]  # one row, reading order
        assert first.mapTo(dialog, first.rect().topLeft()).x() > second.mapTo(dialog, second.rect().topLeft()).x()
        label = form.layout().labelForField(form.digits.parentWidget() if form.digits.parentWidget() is not form
                                            else form.digits)
        assert label.mapTo(dialog, label.rect().topLeft()).x() > form.digits.mapTo(dialog, form.digits.rect()
                                                                                     .topLeft()).x()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_an_unchanged_form_saves_no_rules_and_a_changed_one_is_unsaved_work(qtbot, library, tmp_path):
    from nejat_desk.storage.models import LibrarySetting

    dialog = make_dialog(qtbot, library, tmp_path)
    assert not dialog._dirty()
    save_and_wait(qtbot, dialog)
    with library.session() as session:
        assert session.get(LibrarySetting, "preflight.editions") is None  # nothing written for nothing
    dialog.rules_form.required["featured_image"].setChecked(True)
    assert dialog._dirty()  # Close asks before losing it


def test_switching_edition_saves_first_then_shows_the_other(qtbot, library, tmp_path):
    dialog = make_dialog(qtbot, library, tmp_path)
    dialog.hashtags.setText("news")
    dialog.list.setCurrentIndex(dialog.model.index(2, 0))  # fa: en's change is saved first
    qtbot.waitUntil(lambda: dialog.current == 2, timeout=10000)
    assert EditionService(library).get("en").hashtags == ["news"]
    assert dialog.time_zone.currentText() == "Asia/Tehran" and dialog.context.write_check.violations == []
