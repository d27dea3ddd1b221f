"""The command line against the real WordPress: site test diagnoses, publish, outbox, pull."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from wp_harness import MODE_PRODUCTION
from wp_helpers import posts_titled, unique

from nejat_desk.cli.main import main
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.storage.library import Library

pytestmark = pytest.mark.wordpress


def _run(monkeypatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


def test_site_test_publish_outbox_pull(wordpress_site, tmp_path: Path, capsys, monkeypatch) -> None:
    lib = str(tmp_path / "lib")
    library = Library.open(Path(lib), create=True)
    title = f"CLI story {unique()}"
    try:
        ArticleService(library).create("en", title, "From the *command line*.", slug=f"cli-{unique()}")
        slug = ArticleService(library).get(1).slug
    finally:
        library.close()
    password = wordpress_site.admin_app_password + "\n"
    assert _run(monkeypatch, ["site", "add", "wp", wordpress_site.url(), "--user", wordpress_site.admin_user,
                              "--editions", "en", "--password-stdin", "--library", lib], password) == 0
    assert "Connected to Nejat Test Site" in capsys.readouterr().out
    assert _run(monkeypatch, ["site", "test", "wp", "--password-stdin", "--library", lib], "wrong pass word\n") == 1
    assert "Wrong user name or Application Password" in capsys.readouterr().out

    assert _run(monkeypatch, ["publish", slug, "--edition", "en", "--status", "pending", "--password-stdin",
                              "--library", lib], password) == 0
    out = capsys.readouterr().out
    assert "created post" in out and "(pending)" in out
    with WordPressClient(wordpress_site.url(), wordpress_site.admin_user, wordpress_site.admin_app_password) as c:
        assert [p["status"] for p in posts_titled(c, title)] == ["pending"]
    # No password known (null keyring, nothing on stdin): a clear message, the job stays queued.
    assert _run(monkeypatch, ["publish", slug, "--edition", "en", "--status", "publish", "--library", lib]) == 1
    captured = capsys.readouterr()
    assert "No Application Password is known" in captured.out + captured.err
    assert _run(monkeypatch, ["outbox", "list", "--library", lib]) == 0
    listing = capsys.readouterr().out
    assert "failed" in listing and f"en/{slug}" in listing
    job_id = listing.split("\t")[0].strip()
    assert _run(monkeypatch, ["outbox", "retry", job_id, "--password-stdin", "--library", lib], password) == 0
    assert "updated post" in capsys.readouterr().out
    with WordPressClient(wordpress_site.url(), wordpress_site.admin_user, wordpress_site.admin_app_password) as c:
        assert [p["status"] for p in posts_titled(c, title)] == ["publish"]
    assert _run(monkeypatch, ["pull", "--site", "wp", "--since", "2020-01-01", "--password-stdin",
                              "--library", lib], password) == 0
    assert "created" in capsys.readouterr().out


def test_site_test_says_application_passwords_are_unavailable(wordpress_site, tmp_path, capsys, monkeypatch) -> None:
    lib = str(tmp_path / "lib")
    Library.open(Path(lib), create=True).close()
    code = _run(monkeypatch, ["site", "add", "prod", wordpress_site.url(MODE_PRODUCTION), "--user",
                              wordpress_site.admin_user, "--editions", "en", "--password-stdin", "--library", lib],
                wordpress_site.admin_app_password + "\n")
    assert code == 1
    assert "Application Passwords are not available" in capsys.readouterr().out
