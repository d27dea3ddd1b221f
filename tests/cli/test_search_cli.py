"""`nejat-desk search` through the real entry point: `main()` in this process, and a new Python
process for the console behaviour (exit codes, stderr)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nejat_desk.cli.main import main
from nejat_desk.services.articles import ArticleService
from nejat_desk.storage.library import Library


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nejat_desk", *args], capture_output=True, text=True,
                          input="", timeout=120)


@pytest.fixture(scope="module")
def library_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli-search") / "library"
    library = Library.open(path, create=True)
    try:
        service = ArticleService(library)
        service.create("fa", "نمایشگاه کتاب تهران", "نمایشگاه کتاب در کتابخانهٔ ملی برگزار می‌شود.")
        service.create("en", "Book fair opens", "The book fair opens on Monday in Tehran.")
        service.create("sq", "Panairi i librit", "Panairi i librit në Tiranë, në Kosovë dhe në Tehran.")
    finally:
        library.close()
    return path


def test_search_prints_ranked_hits_with_bracketed_highlights_in_the_original_text(library_path):
    result = cli("search", "--library", str(library_path), "كتابخانه")  # Arabic kaf and yeh
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[1] == "fa"
    assert "[کتابخانهٔ]" in lines[1]  # the Farsi original, not the Arabic spelling typed
    assert "ك" not in result.stdout
    assert lines[-1] == "-- 1 result"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_filters_limits_and_prints_json(library_path, capsys):
    code, out, _ = run(capsys, "search", "--library", str(library_path), "tehran", "--json")
    assert code == 0
    hits = [json.loads(line) for line in out.splitlines()]
    assert {h["edition"] for h in hits} == {"en", "sq"}
    assert hits[0]["rank"] == 1 and "[Tehran]" in hits[0]["snippet_marked"]
    first = hits[0]
    a, b = first["snippet_spans"][0]
    assert first["snippet"][a:b] == "Tehran"

    _, out, _ = run(capsys, "search", "--library", str(library_path), "tehran", "--edition", "sq", "--json")
    assert [json.loads(line)["edition"] for line in out.splitlines()] == ["sq"]
    _, out, _ = run(capsys, "search", "--library", str(library_path), "tehran", "--limit", "1", "--json")
    assert len(out.splitlines()) == 1


def test_words_given_separately_are_all_required_and_diacritics_are_optional(library_path, capsys):
    code, out, _ = run(capsys, "search", "--library", str(library_path), "Tirane", "Kosove")
    assert code == 0
    assert "[Tiranë]" in out and "[Kosovë]" in out
    assert out.splitlines()[-1] == "-- 1 result"


def test_color_always_uses_bold_instead_of_brackets(library_path, capsys):
    _, out, _ = run(capsys, "search", "--library", str(library_path), "monday", "--color", "always")
    assert "\x1b[1mMonday\x1b[0m" in out and "[Monday]" not in out


def test_no_match_says_so(library_path, capsys):
    code, out, _ = run(capsys, "search", "--library", str(library_path), "zebra")
    assert code == 0 and out.strip() == "No articles match."


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "-book", "*", "NOT book"])
def test_an_empty_query_is_a_clear_usage_error(library_path, capsys, query):
    code, _, err = run(capsys, "search", "--library", str(library_path), "--", query)
    assert code == 2 and "nothing to search for" in err


def test_an_empty_query_exits_non_zero_from_the_console(library_path):
    result = cli("search", "--library", str(library_path), "AND OR NOT")
    assert result.returncode == 2
    assert "nothing to search for" in result.stderr and "Traceback" not in result.stderr


def test_bad_limit_and_missing_library_fail_cleanly(tmp_path, library_path):
    bad = cli("search", "--library", str(library_path), "book", "--limit", "0")
    assert bad.returncode == 2 and "must be at least 1" in bad.stderr
    missing = cli("search", "--library", str(tmp_path / "nowhere"), "book")
    assert missing.returncode != 0 and "Traceback" not in missing.stderr and missing.stderr.strip()


def test_help_describes_the_query_syntax():
    result = cli("search", "--help")
    text = " ".join(result.stdout.split())
    assert result.returncode == 0 and "--library DIR" in text and '"quoted phrases"' in text
