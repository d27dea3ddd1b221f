"""Exports say which stale translations they carried (the report, and the command line's --json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nejat_desk.cli.main import main
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.export import Selection, run_export


@pytest.fixture
def group(library) -> dict[str, int]:
    articles = ArticleService(library)
    original = articles.create("en", "Bridge opens", "Text.", slug="bridge", excerpt="Short")
    fa = articles.create_translation(original, "fa")
    articles.save_text(fa, title="پل باز شد", body_md="متن.", excerpt="کوتاه")
    ar = articles.create_translation(original, "ar")
    articles.save_text(ar, title="افتتاح الجسر", body_md="نص.", excerpt="قصير")
    articles.save_text(original, body_md="Text, and more.")
    articles.mark_up_to_date(ar)
    return {"en": original, "fa": fa, "ar": ar}


@pytest.mark.parametrize("fmt", ["markdown", "wxr", "html"])
def test_an_export_names_the_stale_translations_it_carried(library, group, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / ("out.xml" if fmt == "wxr" else "out")
    report = run_export(library, fmt, out)
    assert report.stale_translations == ["fa/bridge"]
    assert report.counts["stale_translations"] == 1
    assert any("Stale translations carried" in note and "fa/bridge" in note for note in report.notes)


def test_an_export_without_stale_translations_says_nothing_of_them(library, group, tmp_path: Path) -> None:
    report = run_export(library, "markdown", tmp_path / "en", Selection(editions=("en", "ar")))
    assert report.stale_translations == [] and "stale_translations" not in report.counts
    assert not any("Stale" in note for note in report.notes)


def test_the_command_line_reports_them_too(library, group, tmp_path: Path, capsys) -> None:
    library.close()
    code = main(["export", "markdown", "--out", str(tmp_path / "md"), "--json", "--library", str(library.root)])
    assert code == 0
    printed = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert printed["stale_translations"] == ["fa/bridge"] and printed["counts"]["stale_translations"] == 1
    code = main(["export", "markdown", "--out", str(tmp_path / "md2"), "--library", str(library.root)])
    out = capsys.readouterr().out
    assert code == 0 and "1 stale translations" in out and "fa/bridge" in out
