"""What the library holds is printed, never obeyed by the terminal (issue #12, item 14)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from nejat_desk.cli.main import main
from nejat_desk.cli.terminal import BOLD, PLAIN, REDRAW, TerminalStream, escape_controls

HOSTILE_TITLE = "Evil\x1b]0;pwned\x07\x1b[2J title\nforged line\r\u202eoverride\x9b31m"
RAW = ("\x1b", "\x07", "\r", "\u202e", "\x9b")


@pytest.mark.parametrize(("text", "shown"), [
    ("a\x1b[31mb", "a\\u001b[31mb"),
    ("one\ntwo", "one\\ntwo"),
    ("cr\rover", "cr\\rover"),
    ("bidi \u202eevil\u202c", "bidi \\u202eevil\\u202c"),
    ("c1 \x9b2J", "c1 \\u009b2J"),
    ("nul \x00 del \x7f", "nul \\u0000 del \\u007f"),
    ("فارسی\u200cها \u200f(1)", "فارسی\u200cها \u200f(1)"),  # ZWNJ and RLM are part of the text
])
def test_escape_controls(text: str, shown: str) -> None:
    assert escape_controls(text) == shown


def test_stream_keeps_the_commands_own_lines_and_styles() -> None:
    import io

    sink = io.StringIO()
    stream = TerminalStream(sink)
    stream.write(f"{REDRAW}50%\n{BOLD}hit{PLAIN}\tx\x1b[2J\n")
    assert sink.getvalue() == "\r50%\n\x1b[1mhit\x1b[0m\tx\\u001b[2J\n"


def test_json_stays_valid_and_exact() -> None:
    import io

    sink = io.StringIO()
    TerminalStream(sink).write(json.dumps({"t": HOSTILE_TITLE}, ensure_ascii=False) + "\n")
    assert not any(ch in sink.getvalue() for ch in RAW)
    assert json.loads(sink.getvalue()) == {"t": HOSTILE_TITLE}


@pytest.fixture
def hostile_library(tmp_path: Path) -> Path:
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.storage.library import Library

    root = tmp_path / "lib"
    library = Library.open(root, create=True)
    try:
        ArticleService(library).create("en", HOSTILE_TITLE, "Body with \x1b[5m blink and Monday.")
    finally:
        library.close()
    return root


def _run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_escapes_titles(hostile_library: Path, capsys: Any) -> None:
    code, out, _ = _run(capsys, "list", "--library", str(hostile_library))
    assert code == 0
    assert not any(ch in out for ch in RAW)
    assert out.count("\n") == 1  # the title's newline forged no second row
    assert "Evil\\u001b]0;pwned\\u0007" in out and "\\nforged line" in out


def test_list_json_is_exact(hostile_library: Path, capsys: Any) -> None:
    code, out, _ = _run(capsys, "list", "--json", "--library", str(hostile_library))
    assert code == 0 and not any(ch in out for ch in RAW)
    assert json.loads(out)["title"] == HOSTILE_TITLE


def test_import_report_escapes_file_names(tmp_path: Path, capsys: Any) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad = folder / "evil\x1b[31mname\nx.md"
    bad.write_text("no front matter", encoding="utf-8")
    assert _run(capsys, "init", "--no-examples", "--library", str(tmp_path / "lib"))[0] == 0
    code, out, err = _run(capsys, "import", str(folder), "--library", str(tmp_path / "lib"))
    assert code == 1
    assert not any(ch in out + err for ch in RAW)
    assert "evil\\u001b[31mname\\nx.md" in out + err


def test_search_highlights_still_bold(hostile_library: Path, capsys: Any) -> None:
    code, out, _ = _run(capsys, "search", "Monday", "--color", "always", "--library", str(hostile_library))
    assert code == 0
    assert "\x1b[1mMonday\x1b[0m" in out  # the command's own highlight...
    assert out.count("\x1b") == 2 and "\\u001b" in out  # ...but not the article's own sequences
    assert sys.stdout is not None and not isinstance(sys.stdout, TerminalStream)  # restored after the command
