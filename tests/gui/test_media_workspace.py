"""The Media workspace: grid model and thumbnails, filters, detail panel per edition, import with
progress and cancel, galleries ordered by drag and drop with undo/redo, crops, trash."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from nejat_desk.gui.context import AppContext
from nejat_desk.gui.media.crop_editor import CropCanvas, CropEditorDialog
from nejat_desk.gui.media.gallery_editor import ORDER_MIME
from nejat_desk.gui.media.grid_model import MEDIA_ID_ROLE, MISSING_ALT_ROLE
from nejat_desk.gui.media.workspace import MediaWorkspace
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.desk import Desk
from nejat_desk.services.galleries import GalleryText
from nejat_desk.services.media_import import CANCELLED, IMPORTED, import_media
from nejat_desk.storage.models import Article, MediaItem
from tests import media_samples as samples


@pytest.fixture
def sources(tmp_path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(6):
        (src / f"p{i}.jpg").write_bytes(samples.jpeg_bytes((900, 600), seed=100 + i))
    (src / "doc.pdf").write_bytes(samples.pdf_bytes())
    return src


@pytest.fixture
def workspace(qtbot, library, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(library, settings, TaskRunner())
    ws = MediaWorkspace(context)
    qtbot.addWidget(ws)
    ws.resize(1200, 800)
    ws.show()
    yield ws
    context.tasks.wait_all()
    ws.loader.wait()
    ws.detail.previews.wait()


def test_grid_model_is_a_sound_model_and_loads_thumbnails(qtbot, qtmodeltester, library, sources, workspace):
    report = import_media(library, [sources])
    workspace.reload()
    model = workspace.model
    assert model.rowCount() == 7
    qtmodeltester.check(model)
    ids = {model.index(r).data(MEDIA_ID_ROLE) for r in range(7)}
    assert ids == set(report.media_ids)
    from PySide6.QtGui import QPixmap

    qtbot.waitUntil(lambda: all(isinstance(model.index(r).data(Qt.ItemDataRole.DecorationRole), QPixmap)
                                for r in range(7)), timeout=10000)
    assert model.index(0).data(MISSING_ALT_ROLE) in (True, False)


def test_filters_narrow_the_grid(qtbot, library, sources, workspace):
    import_media(library, [sources])
    workspace.reload()
    workspace.filters.kind.setCurrentIndex(workspace.filters.kind.findData("pdf"))
    assert workspace.model.rowCount() == 1
    workspace.filters.kind.setCurrentIndex(0)
    workspace.filters.search.setText("p3")
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=3000)
    workspace.filters.search.clear()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 7, timeout=3000)
    workspace.filters.missing_alt.setCurrentIndex(workspace.filters.missing_alt.findData("fa"))
    assert workspace.model.rowCount() == 6  # the PDF needs no alt text


def test_detail_panel_keeps_caption_and_alt_per_edition(qtbot, library, sources, workspace):
    mid = import_media(library, [sources / "p1.jpg"]).media_ids[0]
    workspace.reload()
    workspace.select_media(mid)
    panel = workspace.detail
    assert panel.media_id == mid
    panel.select_edition("en")
    panel.caption.setPlainText("Crowds at the market")
    panel.alt.setText("A crowded market street")
    panel.select_edition("fa")
    assert panel.caption.layoutDirection() == Qt.LayoutDirection.RightToLeft
    panel.caption.setPlainText("جمعیت در بازار")
    panel.alt.setText("خیابان شلوغ بازار")
    panel.credit.setText("Sara K.")
    panel.tags.setText("market, Tehran")
    panel.rating.setValue(4)
    with qtbot.waitSignal(panel.saved):
        panel.save_button.click()
    with library.session() as s:
        item = s.get(MediaItem, mid)
        texts = {t.edition_code: (t.caption, t.alt_text) for t in item.texts}
        assert texts["en"] == ("Crowds at the market", "A crowded market street")
        assert texts["fa"] == ("جمعیت در بازار", "خیابان شلوغ بازار")
        assert (item.credit, item.tags, item.rating) == ("Sara K.", ["market", "Tehran"], 4)
    qtbot.waitUntil(lambda: panel._pixmap is not None and not panel._pixmap.isNull(), timeout=5000)


def test_import_dialog_runs_off_the_gui_thread_and_reports(qtbot, library, sources, workspace):
    (sources / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really")
    dialog = workspace.import_paths([sources])
    with qtbot.waitSignal(dialog.finished_import, timeout=30000) as blocker:
        pass
    report = blocker.args[0]
    assert report.count(IMPORTED) == 7
    assert "broken.jpg" in dialog.details.toPlainText() and "damaged" in dialog.details.toPlainText()
    assert workspace.model.rowCount() == 7
    dialog.button.click()


def test_import_dialog_cancel(qtbot, library, tmp_path, workspace):
    src = tmp_path / "many"
    src.mkdir()
    for i in range(30):
        (src / f"m{i:02}.jpg").write_bytes(samples.jpeg_bytes((1800, 1200), seed=200 + i))
    dialog = workspace.import_paths([src])
    qtbot.waitUntil(lambda: dialog.bar.value() >= 1, timeout=20000)
    dialog.button.click()
    with qtbot.waitSignal(dialog.finished_import, timeout=30000) as blocker:
        pass
    report = blocker.args[0]
    assert report.cancelled and report.count(CANCELLED) > 0
    with library.session() as s:
        assert s.query(MediaItem).count() == report.count(IMPORTED)
    stored = [p for p in library.layout.media_dir.rglob("*") if p.is_file()]
    assert len(stored) == report.count(IMPORTED)


def test_files_dropped_on_the_grid_are_imported(qtbot, library, sources, workspace):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(sources / "p2.jpg"))])
    event = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(workspace.grid.files_dropped) as blocker:
        workspace.grid.dropEvent(event)
    assert blocker.args[0] == [sources / "p2.jpg"]
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=20000)


def test_gallery_order_by_drag_and_drop_with_undo_redo(qtbot, qtmodeltester, library, sources, workspace):
    ids = import_media(library, sorted(sources.glob("p*.jpg"))[:4]).media_ids
    editor = workspace.galleries
    workspace.tabs.setCurrentWidget(editor)
    editor.new_gallery()
    gid = editor.gallery_id
    editor.add_media(ids)
    assert editor.items_model.ids() == ids
    qtmodeltester.check(editor.items_model)
    qtmodeltester.check(editor.list_model)
    # Drop the last picture before the first, as a drag in the view does.
    data = QMimeData()
    data.setData(ORDER_MIME, QByteArray(json.dumps([ids[3]]).encode()))
    editor.items_model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    expected = [ids[3], ids[0], ids[1], ids[2]]
    assert Desk(library).galleries.item_ids(gid) == expected
    assert editor.items_model.ids() == expected
    editor.undo_stack.undo()
    assert Desk(library).galleries.item_ids(gid) == ids
    editor.undo_stack.undo()  # the add
    assert Desk(library).galleries.item_ids(gid) == []
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    assert Desk(library).galleries.item_ids(gid) == expected
    assert workspace.undo_stack() is editor.undo_stack


def test_gallery_cannot_be_ready_without_alt_text(qtbot, library, sources, workspace):
    ids = import_media(library, [sources / "p0.jpg"]).media_ids
    workspace.reload()
    editor = workspace.galleries
    editor.new_gallery()
    editor.add_media(ids)
    editor.status.setCurrentIndex(editor.status.findData("ready"))
    assert not editor.save()
    assert "Alt text is missing" in editor.problems.text()
    workspace.select_media(ids[0])
    workspace.detail.select_edition("en")
    workspace.detail.alt.setText("A street")
    assert workspace.detail.save()
    assert editor.save()
    assert Desk(library).galleries.detail(editor.gallery_id).status == "ready"


def test_trash_of_an_item_in_use_says_where(qtbot, library, sources, workspace, monkeypatch):
    mid = import_media(library, [sources / "p0.jpg"]).media_ids[0]
    with library.session() as s:
        s.add(Article(edition_code="en", title="Budget day", slug="budget", featured_media_id=mid))
    workspace.reload()
    shown = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    workspace._trash_or_restore_one(mid)  # on the writer; refused, it says where the item is used
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "Budget day" in shown[0]
    with library.session() as s:
        assert s.get(MediaItem, mid).deleted_at is None


def test_crop_canvas_click_sets_focal_and_drag_draws_a_crop(qtbot):
    canvas = CropCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 400)
    canvas.source_size = (3000, 2000)
    canvas.set_rendition("square")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, 200))
    assert canvas.focal[0] == pytest.approx(500 / 600, abs=0.01)
    x, y, w, h = canvas.current_crop()
    assert w == h == 2000 and x <= canvas.focal[0] * 3000 < x + w
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(350, 100))
    qtbot.mouseMove(canvas, QPoint(450, 150))
    qtbot.mouseMove(canvas, QPoint(550, 300))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(550, 300))
    x, y, w, h = canvas.crops["square"]
    assert w == h and x >= 0 and x + w <= 3000
    assert x <= canvas.focal[0] * 3000 < x + w and y <= canvas.focal[1] * 2000 < y + h


def test_crop_editor_saves_focal_point_and_crops(qtbot, library, sources):
    mid = import_media(library, [sources / "p0.jpg"]).media_ids[0]
    dialog = CropEditorDialog(Desk(library).media, mid)
    qtbot.addWidget(dialog)
    dialog.canvas.set_focal(0.2, 0.3)
    dialog.canvas.set_rendition("og")
    dialog.canvas.set_hand_crop((0, 0, 600, 400))
    dialog.save()
    dialog.previews.wait()
    with library.session() as s:
        item = s.get(MediaItem, mid)
        assert (item.focal_x, item.focal_y) == (pytest.approx(0.2), pytest.approx(0.3))
        assert item.crops["og"][2] == 600


def test_grid_asks_thumbnails_only_for_items_in_view(qtbot, library, workspace):
    from sqlalchemy import insert

    rows = [{"kind": "image", "sha256": f"{i:064x}", "original_filename": f"p{i}.jpg", "mime_type": "image/jpeg",
             "uid": f"{i:032x}"} for i in range(3000)]
    with library.session() as s:
        s.execute(insert(MediaItem.__table__), rows)
    asked: list[str] = []
    real = workspace.loader.request
    workspace.loader.request = lambda sha, mime: (asked.append(sha), real(sha, mime))  # type: ignore[method-assign]
    workspace.reload()
    assert workspace.model.rowCount() == 3000
    qtbot.waitUntil(lambda: len(asked) > 0, timeout=5000)
    qtbot.wait(50)
    assert 0 < len(asked) < 100  # one screen, not 3,000
    first = set(asked)
    workspace.grid.verticalScrollBar().setValue(workspace.grid.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: len(set(asked) - first) > 0, timeout=5000)
    assert len(set(asked)) < 200


def test_pictures_dragged_from_the_grid_join_the_gallery(qtbot, library, sources, workspace):
    ids = import_media(library, sorted(sources.glob("p*.jpg"))[:3]).media_ids
    workspace.reload()
    editor = workspace.galleries
    editor.new_gallery()
    editor.add_media(ids[:1])
    grid_indexes = [workspace.model.index_of(m) for m in ids[1:]]
    data = workspace.model.mimeData(grid_indexes)  # what a drag from the grid carries
    assert editor.items_model.canDropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    editor.items_model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert Desk(library).galleries.item_ids(editor.gallery_id) == [*ids[1:], ids[0]]
    editor.undo_stack.undo()
    assert Desk(library).galleries.item_ids(editor.gallery_id) == ids[:1]


def test_the_main_window_opens_the_media_workspace(qtbot, library, tmp_path):
    from nejat_desk.gui.main_window import MainWindow

    settings = Settings(QSettings(str(tmp_path / "shell.ini"), QSettings.Format.IniFormat))
    context = AppContext(library, settings, TaskRunner())
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    ws = window.show_workspace("media")
    assert isinstance(ws, MediaWorkspace)
    assert window.current_workspace() is ws
    context.tasks.wait_all()
    ws.loader.wait()


def test_gallery_titles_are_kept_per_edition_like_captions(qtbot, library, workspace):
    """The gallery editor and the detail panel share one per-edition widget."""
    from nejat_desk.gui.media.edition_texts import EditionTexts

    editor = workspace.galleries
    assert type(editor.edition_texts) is type(workspace.detail.edition_texts) is EditionTexts
    editor.new_gallery()
    assert editor.title.text().startswith("New ")
    editor.edition_texts.select_edition("fa")
    assert editor.title.text() == "" and editor.title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    editor.title.setText("بغداد پس از منع آمد و شد")
    editor.description.setPlainText("عکس‌های هفته")
    editor.edition_texts.select_edition("en")
    assert editor.title.layoutDirection() == Qt.LayoutDirection.LeftToRight
    editor.title.setText("Baghdad after the curfew")
    assert editor.save()
    detail = Desk(library).galleries.detail(editor.gallery_id)
    assert detail.texts["fa"] == GalleryText("بغداد پس از منع آمد و شد", "عکس‌های هفته")
    assert detail.texts["en"].title == "Baghdad after the curfew"
    editor.open_gallery(None)
    assert editor.title.text() == "" and not editor.title.isEnabled()
    editor.open_gallery(detail.id)
    editor.edition_texts.select_edition("fa")
    assert editor.description.toPlainText() == "عکس‌های هفته"


def test_an_import_keeps_the_start_up_freeze_of_the_collector(qtbot, library, sources, workspace):
    gc.freeze()  # as the app does after its first paint
    frozen = gc.get_freeze_count()
    try:
        dialog = workspace.import_paths([sources / "p0.jpg"])
        with qtbot.waitSignal(dialog.finished_import, timeout=30000):
            pass
        # Frozen objects still die when no longer referenced, so the count may drop a little;
        # undoing start-up's freeze would make it 0.
        assert gc.get_freeze_count() > frozen // 2
    finally:
        gc.unfreeze()


def test_an_import_that_fails_early_gives_the_heap_back(qtbot, library, sources, workspace, monkeypatch):
    import nejat_desk.gui.media.import_dialog as import_dialog

    def broken() -> None:
        raise OSError("no codecs")

    monkeypatch.setattr(import_dialog, "warm_up", broken)
    gc.unfreeze()
    dialog = workspace.import_paths([sources / "p0.jpg"])
    with qtbot.waitSignal(dialog.finished_import, timeout=30000) as blocker:
        pass
    assert blocker.args[0] is None and "no codecs" in dialog.status.text()
    assert gc.get_freeze_count() == 0  # nothing left frozen by a failed import


def test_a_hosted_video_in_the_window(qtbot, library, tmp_path, workspace, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    answers = iter([("https://youtu.be/dQw4w9WgXcQ", True), ("Interview", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    workspace.add_video()
    assert not workspace.add_video_action.isEnabled()  # on the writer
    qtbot.waitUntil(lambda: workspace.detail.media_id is not None, timeout=10000)
    assert workspace.model.rowCount() == 1 and workspace.add_video_action.isEnabled()
    assert "youtube.com/watch?v=dQw4w9WgXcQ" in workspace.detail.info.text()
    assert not workspace.detail.crop_button.isEnabled()  # no poster: nothing to crop
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refused.append(text))
    answers = iter([("https://example.org/not-a-video", True), ("Other", True)])
    workspace.add_video()
    qtbot.waitUntil(lambda: bool(refused), timeout=10000)
    assert "not-a-video" in refused[0] and "not a YouTube" in refused[0]  # names what is wrong
    assert workspace.model.rowCount() == 1 and workspace.add_video_action.isEnabled()  # nothing stored


def test_file_trash_lists_and_restores_media_and_galleries(qtbot, library, sources, workspace):
    from nejat_desk.gui.trash import TrashDialog

    desk = workspace.context.desk
    mid = desk.media.import_files([sources / "p0.jpg"]).media_ids[0]
    gid = desk.galleries.create("photo_gallery", {"en": "Old pictures"})
    desk.media.trash(mid)
    desk.galleries.trash(gid)
    dialog = TrashDialog(workspace.context)
    qtbot.addWidget(dialog)
    rows = {dialog.model.item(r, 0).text(): r for r in range(dialog.model.rowCount())}
    assert set(rows) == {"p0.jpg", "Old pictures"}
    dialog.view.selectRow(rows["p0.jpg"])
    with qtbot.waitSignal(workspace.context.media_changed):
        dialog.restore_button.click()
    assert not desk.media.in_trash(mid)
    assert [dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())] == ["Old pictures"]


def test_the_gallery_form_speaks_the_interface_language(qtbot, qapp, library, tmp_path):
    """The Designer form's texts keep the context they had in code (GalleryEditor)."""
    from nejat_desk.gui import settings as opt
    from nejat_desk.gui.i18n import install_translators
    from nejat_desk.gui.media.gallery_editor import GalleryEditor
    from nejat_desk.gui.media.thumbnail_loader import ThumbnailLoader

    settings = Settings(QSettings(str(tmp_path / "fa.ini"), QSettings.Format.IniFormat))
    settings.set(opt.UI_LANGUAGE, "fa")
    install_translators(qapp, settings)
    try:
        desk = Desk(library)
        editor = GalleryEditor(desk.galleries, desk.media, ThumbnailLoader(desk.media.thumbnail))
        qtbot.addWidget(editor)
        assert editor.new_button.text() == "گالری تازه"
        assert editor.show_trash.text() == "زباله‌دان"
    finally:
        settings.set(opt.UI_LANGUAGE, "en")
        install_translators(qapp, settings)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
