"""A media import reads and hashes files on its pool and hands each file's storing (the move into
the store and its record) to `write` (services.writes), so the window stores them on its one
writer thread, one file at a time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

from nejat_desk.services.media import MediaFilter, MediaService


def test_each_imported_file_is_stored_in_its_own_handed_over_unit(library: Any, tmp_path: Path) -> None:
    for n, colour in enumerate(("red", "green", "blue")):
        Image.new("RGB", (64 + n, 48), colour).save(tmp_path / f"p{n}.jpg", quality=90)
    media = MediaService(library)
    stored: list[int] = []

    def write(unit: Callable[[], Any]) -> Any:
        before = len(media.find(MediaFilter()))
        result = unit()
        stored.append(len(media.find(MediaFilter())) - before)
        return result

    report = media.import_files([tmp_path], write=write)
    assert report.count("imported") == 3
    assert stored == [1, 1, 1]  # nothing was recorded outside the units
