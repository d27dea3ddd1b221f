"""`nejat-desk site|publish|outbox` without a site: arguments, profiles, and no password in argv."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from nejat_desk.cli.main import build_parser, main
from nejat_desk.storage.library import Library


@pytest.fixture
def lib_dir(tmp_path: Path) -> str:
    Library.open(tmp_path / "lib", create=True).close()
    return str(tmp_path / "lib")


def test_a_password_is_never_accepted_as_an_argument(lib_dir: str, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["site", "add", "x", "https://x.org", "--user", "u", "--editions", "en",
                                   "--password", "secret"])
    assert exc.value.code == 2
    assert "never taken on the command line" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_parser().parse_args(["site", "test", "x", "--password=secret"])
    assert "never taken on the command line" in capsys.readouterr().err


def test_add_list_remove(lib_dir: str, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("abcd efgh ijkl mnop qrst uvwx\n"))
    code = main(["site", "add", "Main", "https://nejat.example.org/", "--user", "desk", "--editions", "en,fa",
                 "--password-stdin", "--no-test", "--library", lib_dir])
    out = capsys.readouterr()
    assert code == 0 and "Added site 'Main' (https://nejat.example.org)" in out.out
    assert "no secure keyring" in out.err  # the test keyring is the null backend
    assert main(["site", "list", "--library", lib_dir]) == 0
    out = capsys.readouterr().out
    assert "Main\thttps://nejat.example.org\tdesk\ten,fa\tno password stored" in out
    assert "abcd" not in out
    db = (Path(lib_dir) / "library.sqlite3").read_bytes()
    assert b"abcd efgh" not in db
    assert main(["site", "remove", "Main", "--library", lib_dir]) == 0
    assert main(["site", "list", "--library", lib_dir]) == 0
    assert "No sites yet" in capsys.readouterr().out


def test_bad_input_gets_clear_messages(lib_dir: str, capsys) -> None:
    assert main(["site", "add", "X", "ftp://x.org", "--user", "u", "--editions", "en", "--no-test",
                 "--library", lib_dir]) == 1
    assert "not a web address" in capsys.readouterr().err
    assert main(["site", "add", "X", "https://x.org", "--user", "u", "--editions", "de", "--no-test",
                 "--library", lib_dir]) == 1
    assert "Editions must be some of" in capsys.readouterr().err
    assert main(["site", "test", "Nope", "--library", lib_dir]) == 1
    assert "There is no site named 'Nope'" in capsys.readouterr().err
    assert main(["publish", "missing", "--edition", "en", "--status", "draft", "--library", lib_dir]) == 1
    assert "No site serves the en edition" in capsys.readouterr().err
    assert main(["publish", "x", "--edition", "en", "--status", "future", "--library", lib_dir]) == 1
    assert "--at" in capsys.readouterr().err
    assert main(["outbox", "cancel", "99", "--library", lib_dir]) == 1
    assert "There is no outbox job 99" in capsys.readouterr().err
    assert main(["outbox", "list", "--library", lib_dir]) == 0
    assert "The outbox is empty." in capsys.readouterr().out
