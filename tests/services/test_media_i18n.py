"""The media import report in the interface language: the lines a photo editor reads are
translated where they are made (also on the worker threads), the outcomes stay identifiers,
and English stays exactly as it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nejat_desk.core import i18n
from nejat_desk.services.media import Use
from nejat_desk.services.media_import import FAILED, IMPORTED, import_media
from tests import media_samples as samples

FARSI = {
    ("services.media_import", "imported"): "درون‌ریزی شد",
    ("services.media_import", "failed"): "ناموفق",
    ("services.media_import", "{outcome}: {file}: {message}"): "{outcome}: {file}: {message}",
    ("services.media_import", "{type}, {width} x {height} (media #{id})"):
        "{type}، {width} × {height} (رسانهٔ شمارهٔ {id})",
    ("services.media_import", "the file is empty (0 bytes); not imported"):
        "پرونده خالی است (۰ بایت)؛ درون‌ریزی نشد",
    ("services.media_import", "{imported} imported, {duplicates} already in the library, {failed} failed, "
                              "{skipped} skipped"):
        "درون‌ریزی‌شده: {imported}، از پیش در کتابخانه: {duplicates}، ناموفق: {failed}، ردشده: {skipped}",
    ("core.media_types", "JPEG image"): "تصویر JPEG",
    ("services.media", "in gallery #{id} “{title}”"): "در گالری شمارهٔ {id} «{title}»",
    ("services.media", "{use} (in the trash)"): "{use} (در زباله‌دان)",
}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    before = i18n.installed()
    yield
    i18n.install(before)


def _two_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.jpg").write_bytes(samples.jpeg_bytes(seed=41))
    (folder / "zero.jpg").write_bytes(b"")
    return folder


def test_report_lines_and_summary_are_in_the_interface_language(library, tmp_path):
    i18n.install(lambda context, text, disambiguation=None: FARSI.get((context, text)))
    report = import_media(library, [_two_files(tmp_path)], workers=2)
    by_name = {line.source.rsplit("/", 1)[-1]: line for line in report.lines}
    good, empty = by_name["one.jpg"], by_name["zero.jpg"]
    # the outcome stays an identifier for code; only what a person reads is translated
    assert (good.outcome, empty.outcome) == (IMPORTED, FAILED)
    assert good.text().startswith("درون‌ریزی شد: ")
    assert good.message.startswith("تصویر JPEG، ") and f"(رسانهٔ شمارهٔ {good.media_id})" in good.message
    assert empty.text() == f"ناموفق: {empty.source}: پرونده خالی است (۰ بایت)؛ درون‌ریزی نشد"
    assert report.summary() == "درون‌ریزی‌شده: 1، از پیش در کتابخانه: 0، ناموفق: 1، ردشده: 0"


def test_english_report_is_unchanged(library, tmp_path):
    i18n.install(None)
    report = import_media(library, [_two_files(tmp_path)], workers=2)
    empty = next(line for line in report.lines if line.outcome == FAILED)
    good = next(line for line in report.lines if line.outcome == IMPORTED)
    assert empty.text() == f"failed: {empty.source}: the file is empty (0 bytes); not imported"
    assert good.message == f"JPEG image, 640 x 480 (media #{good.media_id})"
    assert report.summary() == "1 imported, 0 already in the library, 1 failed, 0 skipped"
    good.notes.append("added to the gallery")
    assert good.text().endswith(f"(media #{good.media_id}); added to the gallery")


def test_where_used_reads_in_the_interface_language():
    use = Use("gallery", 7, "Spring", in_trash=True)
    assert use.text() == "in gallery #7 “Spring” (in the trash)"
    i18n.install(lambda context, text, disambiguation=None: FARSI.get((context, text)))
    assert use.text() == "در گالری شمارهٔ 7 «Spring» (در زباله‌دان)"
