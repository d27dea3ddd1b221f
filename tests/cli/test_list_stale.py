"""`nejat-desk list --stale`: translations whose original changed since they followed it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nejat_desk.cli.main import main
from nejat_desk.services.articles import ArticleService
from nejat_desk.storage.library import Library


@pytest.fixture
def lib_dir(tmp_path: Path) -> tuple[str, dict[str, int]]:
    with Library.open(tmp_path / "lib", create=True) as library:
        articles = ArticleService(library)
        original = articles.create("en", "Bridge opens", "Text.", slug="bridge")
        fa = articles.create_translation(original, "fa")
        articles.save_text(fa, title="پل باز شد", body_md="متن.")
        ar = articles.create_translation(original, "ar")
        articles.save_text(ar, title="افتتاح الجسر", body_md="نص.")
        articles.save_text(original, body_md="Text, with a new sentence.")
        articles.mark_up_to_date(ar)
        ids = {"en": original, "fa": fa, "ar": ar}
    return str(tmp_path / "lib"), ids


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_list_stale_shows_only_stale_translations(lib_dir, capsys) -> None:
    path, ids = lib_dir
    code, out = run(capsys, "list", "--stale", "--library", path)
    assert code == 0
    assert out.splitlines() == [f"{ids['fa']:>6}  fa  draft      bridge  پل باز شد  [stale translation]"]
    code, out = run(capsys, "list", "--stale", "--edition", "ar", "--library", path)
    assert code == 0 and out == ""


def test_list_marks_stale_translations_and_json_says_so(lib_dir, capsys) -> None:
    path, ids = lib_dir
    _code, out = run(capsys, "list", "--library", path)
    marked = [line for line in out.splitlines() if line.endswith("[stale translation]")]
    assert len(marked) == 1 and marked[0].startswith(f"{ids['fa']:>6}  fa")
    _code, out = run(capsys, "list", "--json", "--library", path)
    stale = {row["id"]: row["stale"] for row in map(json.loads, out.splitlines())}
    assert stale == {ids["en"]: False, ids["fa"]: True, ids["ar"]: False}


def test_stale_shows_the_change_beside_the_translation_and_marks_up_to_date(lib_dir, capsys) -> None:
    path, _ids = lib_dir
    code, out = run(capsys, "stale", "bridge", "--edition", "fa", "--library", path)
    assert code == 1
    assert "The en original changed since this translation followed it" in out
    assert "== Paragraph 1" in out and "original: Text{+, with a new sentence+}." in out
    assert "translation: متن." in out
    code, out = run(capsys, "stale", "bridge", "--edition", "fa", "--mark-up-to-date", "--library", path)
    assert code == 0 and "fa/bridge now follows its original" in out
    code, out = run(capsys, "stale", "bridge", "--edition", "fa", "--library", path)
    assert code == 0 and "up to date with its original" in out
    code, _out = run(capsys, "list", "--stale", "--library", path)
    assert code == 0 and _out == ""


def test_stale_names_what_is_wrong(lib_dir, capsys) -> None:
    path, _ids = lib_dir
    assert main(["stale", "nothing", "--edition", "fa", "--library", path]) == 1
    assert "There is no article 'nothing' in the fa edition." in capsys.readouterr().err
    assert main(["stale", "bridge", "--edition", "en", "--mark-up-to-date", "--library", path]) == 1
    assert "is not a translation" in capsys.readouterr().err
