"""Issue #12, items 1, 2 and 5: an export never deletes or replaces what it did not write, never
touches the library's own files, and writes as many distinct files as it counts."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from nejat_desk.services.export import Selection, run_export
from nejat_desk.services.export_destination import MARKER_NAME, ExportDestinationError


def _library_is_whole(library_dir: Path, articles: int) -> None:
    from nejat_desk.services.articles import ArticleService  # noqa: F401 - the service layer opens it
    from nejat_desk.storage.library import Library

    lib = Library.open(library_dir)
    try:
        with lib.session() as s:
            count = s.connection().exec_driver_sql("SELECT count(*) FROM articles").scalar_one()
        assert count == articles
    finally:
        lib.close()


def _cli(*args: str) -> int:
    from nejat_desk.cli.main import main

    return main(["export", *args])


def test_a_folder_with_other_files_is_refused_and_left_alone(library: Any, content: dict[str, int],
                                                            tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    (folder / "personal").mkdir(parents=True)
    thesis = folder / "personal" / "thesis.txt"
    thesis.write_text("four years of work", encoding="utf-8")
    for fmt in ("html", "markdown", "snippets", "rss"):
        with pytest.raises(ExportDestinationError) as refused:
            run_export(library, fmt, folder)
        assert str(folder) in str(refused.value) and "not empty" in str(refused.value)
        assert "nejat-desk-" in str(refused.value)  # it names a new folder to choose
    assert thesis.read_text(encoding="utf-8") == "four years of work"
    assert sorted(p.name for p in folder.rglob("*")) == ["personal", "thesis.txt"]  # nothing added, nothing hidden


def test_the_command_line_refuses_the_same_way(library_dir: Path, tmp_path: Path, capsys: Any) -> None:
    from nejat_desk.storage.library import Library
    from tests.exporters.conftest import populate

    lib = Library.open(library_dir, create=True)
    populate(lib)
    lib.close()
    folder = tmp_path / "Documents"
    (folder / "personal").mkdir(parents=True)
    (folder / "personal" / "thesis.txt").write_text("mine", encoding="utf-8")
    assert _cli("html", "--out", str(folder), "--library", str(library_dir)) == 1
    assert str(folder) in capsys.readouterr().err
    assert (folder / "personal" / "thesis.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("fmt,inside", [("markdown", ""), ("html", ""), ("wxr", "library.sqlite3"),
                                        ("bundle", "backups/x.zip"), ("hootsuite-csv", "media/x.csv"),
                                        ("snippets", "cache"), ("ics", "library.sqlite3")])
def test_the_library_and_anything_inside_it_are_refused(library_dir: Path, tmp_path: Path, capsys: Any,
                                                        fmt: str, inside: str) -> None:
    from nejat_desk.storage.library import Library
    from tests.exporters.conftest import populate

    lib = Library.open(library_dir, create=True)
    populate(lib)
    lib.close()
    before = {p: p.read_bytes() for p in library_dir.rglob("*") if p.is_file() and p.name != "library.lock"}
    out = library_dir / inside if inside else library_dir
    assert _cli(fmt, "--out", str(out), "--library", str(library_dir)) == 1
    assert "is the library folder or inside it" in capsys.readouterr().err
    after = {p: p.read_bytes() for p in library_dir.rglob("*") if p.is_file() and p.name != "library.lock"}
    assert after == before
    _library_is_whole(library_dir, 5)


def test_the_library_reached_through_a_link_is_refused(library: Any, content: dict[str, int], tmp_path: Path,
                                                       library_dir: Path) -> None:
    link = tmp_path / "shortcut"
    link.symlink_to(library_dir, target_is_directory=True)
    with pytest.raises(ExportDestinationError):
        run_export(library, "wxr", link / "library.sqlite3")
    with pytest.raises(ExportDestinationError):
        run_export(library, "markdown", link)
    assert (library_dir / "library.sqlite3").stat().st_size > 0


def test_a_previous_export_is_replaced_and_nothing_else(library: Any, content: dict[str, int],
                                                        tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = run_export(library, "html", site)
    assert first.counts["articles"] == 5 and (site / MARKER_NAME).is_file()
    assert (site / "fa").is_dir()
    notes = site / "notes-for-the-web-team.txt"
    notes.write_text("keep me", encoding="utf-8")
    (site / "en" / "extra.css").write_text("body{}", encoding="utf-8")
    second = run_export(library, "html", site, Selection(editions=("en",)))
    assert second.counts["articles"] == 2
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")) == sorted(
        p.relative_to(site).as_posix() for p in (site / "en").rglob("*.html"))
    assert not (site / "fa").exists() and not (site / "ar").exists()  # what the first export wrote, gone
    assert notes.read_text(encoding="utf-8") == "keep me"  # what it did not write, kept
    assert (site / "en" / "extra.css").read_text(encoding="utf-8") == "body{}"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # nothing renamed to a hidden name


def test_a_folder_of_another_format_or_a_forged_marker_is_refused(library: Any, content: dict[str, int],
                                                                  tmp_path: Path) -> None:
    site = tmp_path / "site"
    run_export(library, "html", site)
    with pytest.raises(ExportDestinationError, match="html export"):
        run_export(library, "markdown", site)
    victim = tmp_path / "victim.txt"
    victim.write_text("not the desk's", encoding="utf-8")
    forged = tmp_path / "forged"
    forged.mkdir()
    text = (site / MARKER_NAME).read_text(encoding="utf-8")
    (forged / MARKER_NAME).write_text(text.replace("files:\n", "files:\n../victim.txt\n"), encoding="utf-8")
    with pytest.raises(ExportDestinationError):
        run_export(library, "html", forged)
    assert victim.read_text(encoding="utf-8") == "not the desk's"


def test_a_file_of_the_persons_own_in_a_marked_folder_is_not_overwritten(library: Any, content: dict[str, int],
                                                                         tmp_path: Path) -> None:
    site = tmp_path / "site"
    run_export(library, "html", site, Selection(editions=("fa",)))
    (site / "en").mkdir()
    own = site / "en" / "council-approves-the-new-budget-plan.html"
    own.write_text("my own page", encoding="utf-8")
    with pytest.raises(ExportDestinationError, match="in the way"):
        run_export(library, "html", site)
    assert own.read_text(encoding="utf-8") == "my own page"


@pytest.mark.parametrize("fmt,name,foreign", [
    ("wxr", "site.xml", b"<?xml version='1.0'?><notes>mine</notes>"),
    ("rss", "feed.xml", b"<rss><channel><generator>Other</generator></channel></rss>"),
    ("bundle", "bundle.zip", None),
    ("hootsuite-csv", "bulk.csv", b"name,phone\r\nAli,123\r\n"),
    ("ics", "plan.ics", b"BEGIN:VCALENDAR\r\nPRODID:-//Other//EN\r\nEND:VCALENDAR\r\n"),
])
def test_a_file_is_replaced_only_when_it_is_a_previous_export_of_its_kind(
        library: Any, content: dict[str, int], tmp_path: Path, fmt: str, name: str, foreign: bytes | None) -> None:
    out = tmp_path / name
    if foreign is None:
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("holiday.jpg", b"photo")
        foreign = out.read_bytes()
    else:
        out.write_bytes(foreign)
    selection = Selection(editions=("en",))
    with pytest.raises(ExportDestinationError, match="not a previous"):
        run_export(library, fmt, out, selection)
    assert out.read_bytes() == foreign
    out.unlink()
    run_export(library, fmt, out, selection)
    made = out.read_bytes()
    run_export(library, fmt, out, selection)  # its own previous export: replaced
    assert out.stat().st_size > 0 or made == b""
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_leftovers_of_a_killed_export_are_removed(library: Any, content: dict[str, int], tmp_path: Path) -> None:
    site = tmp_path / "site"
    run_export(library, "html", site)
    inside = site / ".nejat-desk-export.k1ll3d_x.partial"
    (inside / "en").mkdir(parents=True)
    (inside / "en" / "half.html").write_text("<p>half", encoding="utf-8")
    beside = tmp_path / ".site.abcd1234.partial"  # what the older folder writer left beside its target
    beside.mkdir()
    (beside / "x.html").write_text("x", encoding="utf-8")
    stray_file = tmp_path / ".site.xml.q1w2e3r4.partial"
    stray_file.write_bytes(b"<?xml")
    run_export(library, "html", site)
    assert not inside.exists() and not beside.exists()
    run_export(library, "wxr", tmp_path / "site.xml")
    assert not stray_file.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library", "site", "site.xml"]


def test_a_killed_export_into_an_empty_folder_leaves_a_folder_the_next_export_takes(
        library: Any, content: dict[str, int], tmp_path: Path, monkeypatch: Any) -> None:
    import os

    from nejat_desk.services import export_destination

    site = tmp_path / "site"
    site.mkdir()
    moves = {"n": 0}
    real_replace = os.replace

    def dies_midway(src: Any, dst: Any) -> None:
        if str(dst).endswith(".html"):
            moves["n"] += 1
            if moves["n"] == 3:
                raise KeyboardInterrupt  # the process is stopped in the middle of moving files into place
        real_replace(src, dst)

    monkeypatch.setattr(export_destination.os, "replace", dies_midway)
    with pytest.raises(KeyboardInterrupt):
        run_export(library, "html", site)
    monkeypatch.setattr(export_destination.os, "replace", real_replace)
    report = run_export(library, "html", site)
    pages = sorted(site.rglob("*.html"))
    assert len(pages) == report.counts["pages"] and report.counts["articles"] == 5
    assert not [p for p in site.iterdir() if p.name.endswith(".partial")]


# --- item 5: names ---------------------------------------------------------------------------------

COLLIDING_SLUGS = ("x:y", "x*y", "x<y", "X-Y", "x-y", "CON", "nul.", "trailing. ", "a" * 300)


def _articles_with_slugs(library: Any) -> list[int]:
    from nejat_desk.services.articles import ArticleService

    service = ArticleService(library)
    ids = [service.create("en", f"Article {n}", f"Body {n}.") for n in range(len(COLLIDING_SLUGS))]
    with library.session() as s:  # slugs an older import let in: the export must still cope
        for article_id, slug in zip(ids, COLLIDING_SLUGS, strict=True):
            s.connection().exec_driver_sql("UPDATE articles SET slug = ? WHERE id = ?", (slug, article_id))
    return ids


def _windows_safe(name: str) -> bool:
    stem = name.rsplit(".", 1)[0]
    return (not any(c in name for c in '<>:"\\|?*') and not name.endswith((".", " "))
            and stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"} and len(name.encode()) <= 255)


@pytest.mark.parametrize("fmt,suffix", [("html", ".html"), ("markdown", ".md"), ("snippets", ".json")])
def test_every_article_gets_its_own_windows_safe_file(library: Any, tmp_path: Path, fmt: str, suffix: str) -> None:
    _articles_with_slugs(library)
    out = tmp_path / fmt
    report = run_export(library, fmt, out)
    files = [p for p in (out / "en").iterdir() if p.name.endswith(suffix) and p.name != "index.html"]
    assert len(files) == len(COLLIDING_SLUGS)
    assert len({p.name.casefold() for p in files}) == len(COLLIDING_SLUGS)
    assert all(_windows_safe(p.name) for p in files), [p.name for p in files]
    counted = report.counts["articles" if fmt == "html" else "files"]
    assert counted == len(files)


def test_the_bundle_holds_every_page_and_counts_its_entries(library: Any, tmp_path: Path) -> None:
    _articles_with_slugs(library)
    out = tmp_path / "b.zip"
    report = run_export(library, "bundle", out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    pages = [n for n in names if n.startswith("pages/en/") and n.count("/") == 2 and not n.endswith("/index.html")]
    assert len(pages) == len(COLLIDING_SLUGS) and len({n.casefold() for n in names}) == len(names)
    assert report.counts["files"] == len(names)
    snippets = [n for n in names if n.startswith("snippets/en/")]
    assert len(snippets) == len(COLLIDING_SLUGS)


def test_unique_names_rules() -> None:
    from nejat_desk.exporters.file_names import unique_names

    assert unique_names(["en/x-y.html", "en/X-Y.html", "en/x-y-2.html", "fa/x-y.html"]) == [
        "en/x-y.html", "en/X-Y-3.html", "en/x-y-2.html", "fa/x-y.html"]
    assert unique_names(["a/readme", "a/README"]) == ["a/readme", "a/README-2"]
    assert json.dumps(unique_names([])) == "[]"
