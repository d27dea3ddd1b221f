"""The Articles workspace driven through its real widgets on a real library."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtTest import QTest

from nejat_desk.core.typing_aids import ZWNJ, DigitSystem
from nejat_desk.gui.articles import autosave
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.articles import ArticleService
from tests.gui.articles_helpers import seed_articles


@pytest.fixture
def context(library, tmp_path, qtbot):
    tasks = TaskRunner()
    ctx = AppContext(library, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), tasks)
    yield ctx
    tasks.wait_all(5000)


@pytest.fixture
def workspace(context, qtbot):
    from nejat_desk.gui.articles.workspace import ArticlesWorkspace

    ws = ArticlesWorkspace(context)
    qtbot.addWidget(ws)
    ws.resize(1400, 800)
    ws.show()
    yield ws
    ws.shutdown()


@pytest.fixture
def seeded(library):
    return seed_articles(library)


def type_text(widget, text: str) -> None:
    """Key events carrying any Unicode text (QTest.keyClicks handles ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def body_in_library(library, article_id: int) -> str:
    return ArticleService(library).get(article_id).body_md


def test_typing_is_saved_within_a_second_of_the_last_keystroke(workspace, seeded, library, qtbot) -> None:
    editor = workspace.editor
    assert editor.open_article(seeded["en"])
    editor.source.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor.source, " More text")
    typed_at = time.monotonic()
    qtbot.waitUntil(lambda: body_in_library(library, seeded["en"]).endswith(" More text"), timeout=3000)
    # 600 ms idle + the save; the margin is for a loaded CI machine.
    assert time.monotonic() - typed_at < 1.5
    qtbot.waitUntil(lambda: editor.saved_label.text().startswith("Saved"), timeout=2000)


def test_continuous_typing_is_saved_at_least_every_two_seconds(workspace, seeded, library, qtbot) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    editor.source.moveCursor(QTextCursor.MoveOperation.End)
    start = time.monotonic()
    seen_saves = []
    editor.autosaver.saved.connect(lambda *_: seen_saves.append(time.monotonic() - start))
    # Keystrokes every 100 ms for 2.5 s: the idle timer never fires, the 1.5 s ceiling does.
    for n in range(25):
        QTest.keyClicks(editor.source, "x")
        qtbot.wait(100)
        if n == 19:
            assert seen_saves, "no save after 2 s of continuous typing"
    assert seen_saves[0] <= 2.0


def test_farsi_and_arabic_open_right_to_left(workspace, seeded) -> None:
    editor = workspace.editor
    for key in ("fa", "ar"):
        editor.open_article(seeded[key])
        option = editor.source.document().defaultTextOption()
        assert option.textDirection() == Qt.LayoutDirection.RightToLeft
        assert option.alignment() & Qt.AlignmentFlag.AlignRight
        assert editor.source.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert any("Arabic" in f for f in editor.source.font().families())
        editor.preview_controller.render_now()
    editor.open_article(seeded["en"])
    assert editor.source.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight


def test_preview_html_carries_lang_and_dir(workspace, seeded, qtbot) -> None:
    editor = workspace.editor
    html = []
    editor.preview_controller.renderer.rendered.connect(lambda _g, h, _t: html.append(h.html()))
    editor.open_article(seeded["fa"])
    qtbot.waitUntil(lambda: bool(html), timeout=3000)
    assert '<html lang="fa" dir="rtl">' in html[-1]
    qtbot.waitUntil(lambda: "بحران آب" in editor.preview.toPlainText(), timeout=3000)


def test_rich_paste_becomes_clean_markdown(workspace, seeded) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    editor.source.selectAll()
    mime = QMimeData()
    mime.setHtml('<html><head><style>p{color:red}</style></head><body><h2 style="color:red">Heading</h2>'
                 '<p onclick="x()">A <b>bold</b> <a href="https://example.org/">link</a>'
                 '<script>alert(1)</script></p><ul><li>one</li></ul></body></html>')
    mime.setText("plain fallback")
    editor.source.insertFromMimeData(mime)
    text = editor.source.toPlainText()
    assert "## Heading" in text and "**bold**" in text and "[link](https://example.org/)" in text
    assert "- one" in text
    for bad in ("alert", "color", "onclick", "<", "style"):
        assert bad not in text


def test_shift_space_inserts_zwnj(workspace, seeded) -> None:
    editor = workspace.editor
    editor.open_article(seeded["fa"])
    editor.source.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.source, "می")
    QTest.keyClick(editor.source, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    type_text(editor.source, "شود")
    assert editor.source.toPlainText().endswith(f"می{ZWNJ}شود")


def test_show_invisibles_marks_them_without_changing_text(workspace, seeded) -> None:
    editor = workspace.editor
    editor.open_article(seeded["fa"])
    editor.source.setPlainText(f"می{ZWNJ}شود \u200eUSA\u200f")
    before = editor.source.toPlainText()
    editor.invisibles_action.trigger()
    assert editor.source.show_invisibles
    assert [m for _, m in editor.source.invisible_marks()] == ["‌|", "→", "←"]
    editor.source.grab()  # paints the marks
    assert editor.source.toPlainText() == before


def test_digit_conversion_of_selection_is_one_undo_step(workspace, seeded) -> None:
    editor = workspace.editor
    editor.open_article(seeded["fa"])
    editor.source.setPlainText("سال 2024 و ٣")
    editor.source.selectAll()
    assert editor.source.convert_selection_digits(DigitSystem.PERSIAN)
    assert editor.source.toPlainText() == "سال ۲۰۲۴ و ۳"
    editor.source.undo()
    assert editor.source.toPlainText() == "سال 2024 و ٣"


def test_find_and_replace_plain_and_regex_undo_in_one_step(workspace, seeded) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    editor.source.setPlainText("Cat and cat and CAT. Year 2019-2020.")
    bar = editor.find_bar
    editor.find_action.trigger()
    assert bar.isVisible()
    bar.find_edit.setText("cat")
    bar.replace_edit.setText("dog")
    assert bar.replace_all() == 3
    assert editor.source.toPlainText() == "dog and dog and dog. Year 2019-2020."
    editor.source.undo()
    assert editor.source.toPlainText() == "Cat and cat and CAT. Year 2019-2020."
    editor.source.redo()
    bar.regex_check.setChecked(True)
    bar.find_edit.setText(r"(\d{4})-(\d{4})")
    bar.replace_edit.setText(r"\2–\1")
    assert bar.find_next()
    assert editor.source.textCursor().selectedText() == "2019-2020"
    assert bar.replace_one()
    assert editor.source.toPlainText().endswith("Year 2020–2019.")
    bar.find_edit.setText("(broken")
    assert bar.replace_all() == 0
    assert "not valid" in bar.message.text()


def test_status_workflow_shows_validation_errors(workspace, seeded, library, qtbot) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    panel = editor.metadata
    panel.schedule_check.setChecked(False)
    index = panel.status_combo.findData("scheduled")
    panel.status_combo.setCurrentIndex(index)
    panel.status_combo.activated.emit(index)
    assert panel.errors["status"].isVisible()
    assert "needs a date" in panel.errors["status"].text()
    assert panel.status_combo.currentData() == "draft"
    # The service's own verdict is shown too: an untitled article cannot be ready.
    panel.title_edit.setText("")
    editor.autosaver.text_changed()
    editor.flush()
    assert not editor.set_status("ready", None)
    assert "needs a title" in panel.errors["status"].text()
    assert ArticleService(library).get(seeded["en"]).status == "draft"
    panel.title_edit.setText("Back")
    editor.autosaver.text_changed()
    assert editor.set_status("published", None)
    published = ArticleService(library).get(seeded["en"]).published_at
    assert published is not None
    assert editor.set_status("archived", None) and editor.set_status("published", None)
    assert ArticleService(library).get(seeded["en"]).published_at == published


def test_scheduled_with_a_date_is_accepted(workspace, seeded, library) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    when = datetime(2031, 5, 6, 7, 0, tzinfo=UTC)
    assert editor.set_status("scheduled", when)
    article = ArticleService(library).get(seeded["en"])
    assert article.status == "scheduled" and article.scheduled_at == when


def test_translation_creation_and_jump(workspace, seeded, library) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    new_id = editor.create_translation("fa")
    assert new_id is not None and editor.article_id == new_id
    assert editor.source.toPlainText() == ""  # metadata is copied, not the text
    assert editor.metadata.byline_edit.text() == "Sara Ahmed"
    assert editor.source.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert set(editor.translations.buttons) == {"en", "fa"}
    editor.translations.buttons["en"].click()
    assert editor.article_id == seeded["en"]
    assert editor.translations.buttons["en"].isChecked()
    editor.translations.buttons["fa"].click()
    assert editor.article_id == new_id
    # A second Farsi translation is refused with the service's message, nothing created.
    editor.open_article(seeded["en"])
    count = ArticleService(library).count()
    from PySide6.QtWidgets import QMessageBox

    shown = []
    orig = QMessageBox.warning
    QMessageBox.warning = lambda *a, **k: shown.append(a[2])  # type: ignore[method-assign]
    try:
        assert editor.create_translation("fa") is None
    finally:
        QMessageBox.warning = orig  # type: ignore[method-assign]
    assert "already has a translation" in shown[0]
    assert ArticleService(library).count() == count


def test_revision_restore_makes_a_revision_itself(workspace, seeded, library, qtbot) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    original = editor.source.toPlainText()
    editor.snapshot_action.trigger()
    editor.source.setPlainText("Completely new text.")
    editor.flush()
    assert body_in_library(library, seeded["en"]) == "Completely new text."
    dialog = editor.revisions_dialog()
    assert dialog.model.rowCount() == 1
    assert "− First paragraph" in dialog.diff_view.toPlainText()
    assert "+ Completely new text." in dialog.diff_view.toPlainText()
    dialog.restore_button.click()
    assert editor.source.toPlainText() == original
    assert body_in_library(library, seeded["en"]) == original
    reasons = [r.reason for r in ArticleService(library).revisions(seeded["en"])]
    assert reasons.count("restore") == 1 and "manual" in reasons


def test_preview_is_sanitised(workspace, seeded, qtbot) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    html = []
    editor.preview_controller.renderer.rendered.connect(lambda _g, h, _t: html.append(h.html()))
    editor.source.setPlainText('Hi <script>alert("x")</script> <a href="javascript:alert(1)" onclick="y()">l</a>'
                               '<img src=x onerror="z()">')
    editor.preview_controller.render_now()
    qtbot.waitUntil(lambda: bool(html), timeout=3000)
    page = html[-1]
    for bad in ("<script", "alert", "javascript:", "onclick", "onerror"):
        assert bad not in page


def test_preview_refuses_network_and_serves_library_media(workspace, seeded, library, qtbot) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    preview = editor.preview
    assert preview.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                QUrl("https://example.org/tracker.png")) is None
    assert preview.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                QUrl("file:///etc/passwd")) is None
    assert "https://example.org/tracker.png" in preview.refused
    # A file from the library's own store is served.
    from PySide6.QtGui import QColor, QImage

    sha = "ab" * 32
    path = library.layout.media_path(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path), "PNG")
    served = preview.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"nejat-media:{sha}"))
    assert served is not None and not served.isNull()
    # Rendering a page with a remote image asks only through loadResource, which refuses it.
    editor.source.setPlainText("![remote](https://example.org/x.png)")
    editor.preview_controller.render_now()
    qtbot.waitUntil(lambda: "https://example.org/x.png" in preview.refused, timeout=3000)


def test_slug_follows_title_until_edited_and_is_validated(workspace, seeded, library) -> None:
    editor = workspace.editor
    panel = editor.metadata
    editor.open_article(seeded["en"])
    assert panel.title_edit.cursorPosition() == 0  # a long title shows its start
    panel.title_edit.end(False)
    QTest.keyClicks(panel.title_edit, " now")
    assert panel.slug_edit.text() == "water-crisis-in-basra-now"
    panel.slug_edit.setText("")
    QTest.keyClicks(panel.slug_edit, "annual-report")  # taken in the English edition
    assert "already used" in panel.errors["slug"].text()
    panel.slug_edit.clear()
    QTest.keyClicks(panel.slug_edit, "basra water")
    assert "may not contain spaces" in panel.errors["slug"].text()
    panel.slug_edit.clear()
    QTest.keyClicks(panel.slug_edit, "basra-water")
    assert not panel.errors["slug"].isVisible()
    QTest.keyClicks(panel.title_edit, "!")
    assert panel.slug_edit.text() == "basra-water"  # edited by hand: the title no longer drives it
    editor.flush()
    assert ArticleService(library).get(seeded["en"]).slug == "basra-water"
    panel.source_url_edit.clear()
    QTest.keyClicks(panel.source_url_edit, "not a url")
    assert "not a valid" in panel.errors["source_url"].text()


def test_spelling_note_for_a_missing_dictionary(workspace, seeded, monkeypatch) -> None:
    from nejat_desk.gui.articles import spelling

    monkeypatch.setitem(spelling.DICTIONARY_TAGS, "fa", ("xx_NO_SUCH_DICTIONARY",))
    monkeypatch.setattr(spelling, "_ANNOUNCED", set())
    spelling.checker_for.cache_clear()
    said: list[str] = []
    workspace.context.status_message.connect(lambda text, _ms: said.append(text))
    editor = workspace.editor
    editor.open_article(seeded["fa"])
    assert editor.spelling_label.text() == "Spelling not checked (Farsi)"
    assert said == ["No Farsi dictionary is installed, so spelling is not checked. To add one, install the "
                    "myspell-fa package (sudo apt install myspell-fa) and reopen the article."]
    editor.open_article(seeded["en"])
    assert editor.spelling_label.text() == "Spelling: English"
    editor.open_article(seeded["fa"])
    assert len(said) == 1  # said once a session, not at every opening
    spelling.checker_for.cache_clear()


@pytest.mark.parametrize("edition", ["en", "ar", "fa", "sq"])
def test_the_set_up_installs_a_dictionary_for_every_edition(edition) -> None:
    """scripts/apt-runtime.txt names Debian's dictionary of each edition: all four are there."""
    from nejat_desk.gui.articles.spelling import SpellChecker

    assert SpellChecker(edition).available


def test_word_count_and_reading_time_in_status_row(workspace, seeded, qtbot) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    editor.source.setPlainText("one two three " * 100)
    qtbot.waitUntil(lambda: editor.words_label.text().startswith("300 words"), timeout=2000)
    assert "2 min read" in editor.words_label.text()


def test_list_search_and_saved_filter(workspace, seeded, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    panel = workspace.list_panel
    panel.context.write_check.strict = True
    panel.search_edit.setText("water")
    panel.run_search(synchronous=True)
    assert panel.model.article_id(0) == seeded["en"]
    assert "<b>" in panel.model.data(panel.model.index(0, 7), Qt.ItemDataRole.ToolTipRole)
    panel.search_edit.setText("")
    panel.run_search(synchronous=True)
    assert panel.model.rowCount() == 5
    panel.edition_combo.setCurrentIndex(panel.edition_combo.findData("fa"))
    panel.apply_filter()
    assert panel.model.rowCount() == 1
    assert panel.save_current_filter("Farsi")
    assert not panel.save_button.isEnabled()  # on the writer: no second click meanwhile
    qtbot.waitUntil(lambda: panel.saved_combo.findText("Farsi") >= 0, timeout=10000)
    assert panel.save_button.isEnabled()
    panel.edition_combo.setCurrentIndex(0)
    panel.apply_filter()
    assert panel.model.rowCount() == 5
    panel.saved_combo.setCurrentIndex(panel.saved_combo.findText("Farsi"))
    panel.saved_combo.activated.emit(panel.saved_combo.currentIndex())
    assert panel.model.rowCount() == 1 and panel.edition_combo.currentData() == "fa"
    panel.save_current_filter("  ")
    qtbot.waitUntil(lambda: "needs a name" in panel.message.text(), timeout=10000)
    assert panel.save_button.isEnabled() and panel.saved_combo.findText("") < 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.saved_combo.setCurrentIndex(panel.saved_combo.findText("Farsi"))
    panel.delete_current_filter()
    qtbot.waitUntil(lambda: panel.saved_combo.findText("Farsi") < 0, timeout=10000)
    assert panel.service.saved_filters() == [] and panel.context.write_check.violations == []


def test_new_article_and_list_selection_opens_it(workspace, library, qtbot) -> None:
    article_id = workspace.new_article("sq")
    assert workspace.editor.article_id == article_id
    QTest.keyClicks(workspace.editor.metadata.title_edit, "Lajm i ri")
    workspace.editor.flush()
    article = ArticleService(library).get(article_id)
    assert article.title == "Lajm i ri" and article.slug == "lajm-i-ri"


def test_autosave_failure_is_shown_and_retried(workspace, seeded, library, qtbot, monkeypatch) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    calls = {"n": 0}
    real = editor.service.save_text

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            from nejat_desk.core.errors import NejatError

            raise NejatError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(editor.service, "save_text", flaky)
    monkeypatch.setattr(autosave, "RETRY_MS", 100)
    editor.source.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor.source, "!")
    qtbot.waitUntil(lambda: editor.banner.isVisible(), timeout=3000)
    assert "disk full" in editor.banner.text()
    qtbot.waitUntil(lambda: body_in_library(library, seeded["en"]).endswith("!"), timeout=5000)


def test_typing_in_a_paragraph_updates_the_preview_in_place(workspace, seeded, qtbot) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    editor.source.setPlainText("First paragraph.\n\nSecond **one**.\n\nThird.")
    editor.preview_controller.render_now()
    qtbot.waitUntil(lambda: "Second one." in editor.preview.toPlainText(), timeout=3000)
    full = editor.preview.full_updates
    cursor = editor.source.textCursor()
    cursor.setPosition(len("First paragraph.\n\nSecond **one**"))
    editor.source.setTextCursor(cursor)
    type_text(editor.source, " and <i>more</i>")
    qtbot.waitUntil(lambda: "Second one and more." in editor.preview.toPlainText(), timeout=3000)
    assert editor.preview.partial_updates >= 1
    assert editor.preview.full_updates == full
    text_in_place = editor.preview.toPlainText()
    # The in-place result reads exactly as a whole render would.
    editor.preview._show_whole(editor.preview._parts)
    assert editor.preview.toPlainText() == text_in_place
    # A new paragraph changes the layout of blocks: the whole page is shown again.
    editor.source.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.source, "\n\nFourth.")
    qtbot.waitUntil(lambda: "Fourth." in editor.preview.toPlainText(), timeout=3000)


def test_unknown_english_word_is_found_with_suggestions(workspace, seeded) -> None:
    editor = workspace.editor
    editor.open_article(seeded["en"])
    editor.source.setPlainText("The goverment said so.")
    found = editor.source.misspelled_at(6)
    assert found is not None
    cursor, suggestions = found
    assert cursor.selectedText() == "goverment"
    assert "government" in suggestions
    assert editor.source.misspelled_at(1) is None  # "The" is a word the dictionary knows


def _store_image(library, title: str = "River") -> int:
    from PySide6.QtGui import QColor, QImage

    from nejat_desk.storage.models import MediaItem, MediaText

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    sha = f"{abs(hash(title)):x}".rjust(64, "0")[:64]
    path = library.layout.media_path(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG")
    with library.session() as session:
        item = MediaItem(kind="image", sha256=sha, original_filename=f"{title.lower()}.png", width=40, height=20,
                         title=title)
        session.add(item)
        session.flush()
        session.add(MediaText(media_id=item.id, edition_code="en", caption=f"{title} caption", alt_text="alt"))
        return item.id


def test_featured_image_chosen_from_media_shows_in_preview(workspace, seeded, library, qtbot) -> None:
    from nejat_desk.gui.articles.media_picker import MEDIA_ID_ROLE, MediaPickerDialog

    media_id = _store_image(library, "River")
    _store_image(library, "Desert")
    editor = workspace.editor
    editor.open_article(seeded["en"])
    dialog = MediaPickerDialog(workspace.context.desk.media, "en", ("image",))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    dialog.filter_edit.setText("riv")
    assert dialog.model.rowCount() == 1
    dialog.view.selectRow(0)
    assert dialog.selected_id() == media_id == dialog.model.data(dialog.model.index(0, 0), MEDIA_ID_ROLE)
    assert dialog.model.data(dialog.model.index(0, 2)) == "River caption"
    editor.metadata.set_featured(media_id, "River")
    editor._reload_featured(media_id)
    qtbot.waitUntil(lambda: "River caption" in editor.preview.toPlainText(), timeout=3000)
    assert not [u for u in editor.preview.refused if u.startswith("nejat-media")]
    editor.flush()
    assert ArticleService(library).get(seeded["en"]).featured_media_id == media_id


def test_periodic_revision_while_editing(workspace, seeded, library, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(autosave, "PERIODIC_REVISION_S", 0)
    editor = workspace.editor
    editor.open_article(seeded["en"])
    editor.source.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(editor.autosaver.revision_made, timeout=3000):
        QTest.keyClicks(editor.source, " x")
    assert [r.reason for r in ArticleService(library).revisions(seeded["en"])].count("periodic") == 1


def test_move_to_trash_closes_the_editor_and_leaves_the_list(workspace, seeded, library, qtbot) -> None:
    workspace.editor.open_article(seeded["sq"])
    workspace.editor.source.setPlainText("Last words.")
    workspace.trash_current()  # on the writer thread, after the save of the last words
    qtbot.waitUntil(lambda: workspace.editor.article_id is None, timeout=10000)
    qtbot.waitUntil(lambda: seeded["sq"] not in workspace.list_panel.model.ids(), timeout=10000)
    assert seeded["sq"] not in workspace.list_panel.model.ids()
    article = ArticleService(library).get(seeded["sq"])
    assert article.deleted_at is not None and article.body_md == "Last words."


def test_publish_to_site_hands_the_open_article_to_the_sites_workspace(workspace, seeded, qtbot) -> None:
    workspace.editor.open_article(seeded["fa"])
    with qtbot.waitSignal(workspace.context.publish_requested, timeout=2000) as blocker:
        workspace.publish_action.trigger()
    assert blocker.args == [[seeded["fa"]]]
