"""The log file: written where configured, with ids and counts but no article text and no secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SECRET_PROBE = """
import logging
from nejat_desk.logging_setup import setup_logging
path = setup_logging()
log = logging.getLogger("nejat_desk.sync")
log.info("GET /wp-json with Authorization: Basic dXNlcjpzM2NyZXQ=")
log.warning("login failed, application password = abcd EFGH ijkl MNOP qrst UVWX")
log.error("retrying with %s", "password: hunter2-is-secret")
log.info("pushed article %d", 42)
print(path)
"""

MARKER_BODY = "Zanzibarian quokkas negotiate marmalade treaties"
MARKER_TITLE = "Quokka treaty signed at Pogradec"


def _env(log_dir: Path) -> dict[str, str]:
    return dict(os.environ, NEJAT_DESK_LOG_DIR=str(log_dir))


def test_secrets_are_redacted_from_the_log(tmp_path):
    result = subprocess.run([sys.executable, "-c", SECRET_PROBE], capture_output=True, text=True, timeout=60,
                            env=_env(tmp_path / "logs"))
    assert result.returncode == 0, result.stderr
    text = Path(result.stdout.strip()).read_text(encoding="utf-8")
    assert "pushed article 42" in text  # the log really was written
    for secret in ("dXNlcjpzM2NyZXQ=", "abcd EFGH ijkl MNOP qrst UVWX", "hunter2-is-secret"):
        assert secret not in text
    assert text.count("[redacted]") == 3


def test_an_import_logs_counts_but_no_article_text(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "quokka.md").write_text(
        f"---\ntitle: {MARKER_TITLE}\nedition: en\nbyline: Arta Hoxha\nexcerpt: Quokkas and jam\n---\n\n"
        f"{MARKER_BODY}, according to people familiar with the talks.\n", encoding="utf-8")
    (source / "broken.md").write_text("---\ntitle: [unclosed\nedition: en\n---\nSecret draft text\n",
                                      encoding="utf-8")
    logs = tmp_path / "logs"
    library = tmp_path / "library"
    env = _env(logs)
    init = subprocess.run([sys.executable, "-m", "nejat_desk", "init", "--no-examples", "--library", str(library)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert init.returncode == 0, init.stderr
    result = subprocess.run([sys.executable, "-m", "nejat_desk", "import", str(source), "--library",
                             str(library)], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1  # the broken file fails, the other imports
    assert "created" in result.stdout
    text = (logs / "nejat-desk.log").read_text(encoding="utf-8")
    assert "markdown import: 1 created" in text  # the import was logged, by counts
    for fragment in (MARKER_BODY, MARKER_TITLE, "Quokkas and jam", "Arta Hoxha", "Secret draft text"):
        assert fragment not in text, f"article text in the log: {fragment!r}"
