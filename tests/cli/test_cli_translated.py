"""The command line in Farsi, Arabic and Albanian: its own help, argparse's words and the core's
messages come from the shipped catalogues; identifiers and machine-readable output do not change.

Expected texts are read from the .ts catalogues, so the tests check the wiring (environment ->
catalogue -> message), not a copy of the translations.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    tree = ET.parse(ROOT / "resources" / "translations" / f"nejat_desk_{language}.ts")
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("translation")
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


def translated(language: str, context: str, source: str) -> str:
    text = catalogue(language).get((context, source))
    assert text and text != source, f"{language} has no translation of {source!r} in {context}"
    return text


def cli(language: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEJAT_DESK_LANGUAGE": language}
    return subprocess.run([sys.executable, "-m", "nejat_desk", *args], capture_output=True, text=True,
                          env=env, timeout=120, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("language", ["fa", "ar", "sq"])
def test_argparse_errors_and_usage_are_translated(language: str, tmp_path: Path) -> None:
    result = cli(language, "--library", str(tmp_path / "lib"), "list", "--bogus")
    assert result.returncode == 2
    usage = translated(language, "cli.language", "usage: ")
    unrecognised = translated(language, "cli.language", "unrecognized arguments: %s") % "--bogus"
    assert usage.strip() in result.stderr
    assert unrecognised in result.stderr
    assert "unrecognized arguments" not in result.stderr


@pytest.mark.parametrize("language", ["fa", "ar", "sq"])
def test_help_is_translated_but_options_and_commands_are_not(language: str) -> None:
    result = cli(language, "--help")
    assert result.returncode == 0
    assert translated(language, "cli.language", "show this help message and exit") in result.stdout
    assert "--library" in result.stdout and "nejat-desk" in result.stdout


@pytest.mark.parametrize("language", ["fa", "sq"])
def test_a_core_message_reaches_the_terminal_translated(language: str, tmp_path: Path) -> None:
    library = str(tmp_path / "lib")
    assert cli("en", "--library", library, "init").returncode == 0
    english = cli("en", "--library", library, "import", str(tmp_path / "missing.md"))
    result = cli(language, "--library", library, "import", str(tmp_path / "missing.md"))
    assert result.returncode == english.returncode == 1
    assert result.stdout != english.stdout
    # the report line's words come from the catalogue; the file name is as it was
    assert "missing.md" in result.stdout or "missing.md" in result.stderr
    assert any(text in result.stdout + result.stderr for (_, source), text in catalogue(language).items()
               if source and source in english.stdout + english.stderr and len(source) > 8)


def test_english_stays_english_and_a_language_without_a_catalogue_is_english(tmp_path: Path) -> None:
    plain = cli("en", "--library", str(tmp_path / "lib"), "list", "--bogus")
    german = cli("de", "--library", str(tmp_path / "lib"), "list", "--bogus")
    assert "unrecognized arguments: --bogus" in plain.stderr
    assert german.stderr == plain.stderr
