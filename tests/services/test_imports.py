"""The importer registry (`desk.imports`): each path goes to the importer that recognises it, a bad
file stops only itself, and the reports never glue the path into a message."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nejat_desk.services.desk import Desk
from nejat_desk.services.imports import FileReport
from nejat_desk.services.markdown_import import Outcome

WXR = Path(__file__).parent / "data" / "wordpress-export.xml"


def test_a_batch_sends_each_file_to_its_importer_and_goes_on_past_a_bad_one(library: Any, tmp_path: Path) -> None:
    wxr = shutil.copy(WXR, tmp_path / "site.xml")
    broken = tmp_path / "broken.xml"
    broken.write_text(WXR.read_text(encoding="utf-8")[:-400], encoding="utf-8")  # cut off mid-file
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: Market reopens\nedition: en\n---\nThe market reopened.\n", encoding="utf-8")
    seen: list[tuple[int, int, str]] = []
    batch = Desk(library).imports.run([Path(wxr), broken, note, tmp_path / "gone.md"],
                                      progress=lambda done, total, name: seen.append((done, total, name)))
    good, bad = batch.files
    assert (good.format, good.ok, good.counts["created"]) == ("wxr", True, 3)
    assert "3 created" in good.summary
    assert not bad.ok and "nothing was imported" in bad.summary and str(broken) not in bad.summary
    assert batch.markdown is not None
    outcomes = {r.path.name: (r.outcome, r.message) for r in batch.markdown.results}
    assert outcomes["note.md"] == (Outcome.CREATED, "")
    assert outcomes["gone.md"] == (Outcome.FAILED, "no such file or folder")
    assert batch.failed
    assert {name for _, _, name in seen} >= {"site.xml", "note.md"}
    assert Desk(library).articles.count() == 4  # the export's three posts and the note; nothing from broken.xml


class _Stamp:
    """A whole-file importer for `*.stamp` files, to show a registered format is asked first."""

    format = "stamp"

    def recognises(self, path: Path) -> bool:
        return path.suffix == ".stamp"

    def run(self, library: Any, path: Path, *, edition: str | None,
            progress: Callable[[int, int], None] | None) -> FileReport:
        return FileReport(path, self.format, ok=True, summary=path.read_text(encoding="utf-8"))


def test_a_registered_importer_is_asked_and_markdown_takes_the_rest(library: Any, tmp_path: Path) -> None:
    stamp = tmp_path / "a.stamp"
    stamp.write_text("stamped", encoding="utf-8")
    text = tmp_path / "b.txt"
    text.write_text("plain", encoding="utf-8")
    imports = Desk(library).imports
    imports.register(_Stamp())
    assert imports.importer_for(stamp).format == "stamp"  # type: ignore[union-attr]
    assert imports.importer_for(WXR).format == "wxr"  # type: ignore[union-attr]
    assert imports.importer_for(text) is None
    batch = imports.run([stamp, text])
    assert [(f.format, f.summary) for f in batch.files] == [("stamp", "stamped")]
    assert batch.markdown is not None
    assert [(r.path, r.outcome) for r in batch.markdown.results] == [(text, Outcome.SKIPPED)]
    assert not batch.failed


def test_cancelling_before_a_whole_file_import_stops_the_batch(library: Any, tmp_path: Path) -> None:
    wxr = shutil.copy(WXR, tmp_path / "site.xml")
    batch = Desk(library).imports.run([Path(wxr)], cancelled=lambda: True)
    assert batch.cancelled and batch.files == () and batch.markdown is None
    assert Desk(library).articles.count() == 0
