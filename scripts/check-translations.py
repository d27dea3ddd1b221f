#!/usr/bin/env python3
"""Release check: every interface string is translated into every shipped language.

Fails (exit 1) when
  - the code has strings the .ts files do not have yet (lupdate is run on a temporary copy,
    so the committed files are not touched),
  - a .ts file has an unfinished or empty translation (every plural form counts),
  - a translation drops or invents a placeholder (%1, %n, %s, {name}) of its source,
  - a committed .qm file is not the compiled form of its .ts file.

The unit tests do not run this: other work may land while translations catch up. The
release build (packaging/build-linux.sh) does, and refuses to package until it passes.

Usage: .venv/bin/python scripts/check-translations.py [--no-lupdate] [--quiet]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fa", "ar", "sq")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|%\([a-z_]+\)[sdr]|%[sdr]|\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass
class Problem:
    language: str
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        source = self.source if len(self.source) <= 70 else self.source[:67] + "..."
        return f"[{self.language}] {self.context}: {source!r}: {self.what}"


def sources() -> list[str]:
    files = [p for p in sorted((ROOT / "nejat_desk").rglob("*.py"))
             if "__pycache__" not in p.parts and "migrations" not in p.parts]
    return [str(p) for p in files] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def refreshed_copies(tmp: Path) -> dict[str, Path]:
    """The .ts files as lupdate would leave them with the current code, in a scratch folder."""
    copies = {}
    for lang in LANGUAGES:
        target = tmp / f"nejat_desk_{lang}.ts"
        shutil.copyfile(TS_DIR / f"nejat_desk_{lang}.ts", target)
        copies[lang] = target
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", "en", *sources(), "-ts", *map(str, copies.values())],
                   check=True, cwd=ROOT)
    return copies


def placeholders(text: str) -> list[str]:
    # %L1 and %Ln are %1 and %n written with the locale's digits: the same placeholder.
    return sorted(p.replace("%L", "%") for p in PLACEHOLDER.findall(text))


def check_ts(lang: str, path: Path) -> tuple[int, list[Problem]]:
    problems: list[Problem] = []
    count = 0
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("vanished", "obsolete"):
                continue
            count += 1
            source = message.findtext("source") or ""
            if translation is None:
                problems.append(Problem(lang, name, source, "no translation"))
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
                else [translation.text or ""]
            if kind == "unfinished":
                problems.append(Problem(lang, name, source, "unfinished" if any(forms) else "not translated"))
                continue
            if not all(f.strip() for f in forms):
                problems.append(Problem(lang, name, source, "empty translation"))
                continue
            wanted = placeholders(source)
            for form in forms:
                got = placeholders(form)
                # Plural forms may spell out "one" instead of %n; any other placeholder must stay.
                if message.get("numerus") == "yes":
                    wanted_here = [p for p in wanted if p != "%n"]
                    got = [p for p in got if p != "%n"]
                else:
                    wanted_here = wanted
                if got != wanted_here:
                    problems.append(Problem(lang, name, source,
                                            f"placeholders {wanted_here} in the source, {got} in {form!r}"))
    return count, problems


def check_qm(lang: str, ts: Path, tmp: Path) -> list[Problem]:
    committed = TS_DIR / f"nejat_desk_{lang}.qm"
    fresh = tmp / f"fresh_{lang}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    if not committed.exists():
        return [Problem(lang, "-", committed.name, "missing: run scripts/update-translations.sh")]
    if committed.read_bytes() != fresh.read_bytes():
        return [Problem(lang, "-", committed.name, "out of date with its .ts: run scripts/update-translations.sh")]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-lupdate", action="store_true",
                        help="check the .ts files as they are, without looking for new strings in the code")
    parser.add_argument("--quiet", action="store_true", help="print only the summary line")
    args = parser.parse_args(argv)
    problems: list[Problem] = []
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        copies = ({lang: TS_DIR / f"nejat_desk_{lang}.ts" for lang in LANGUAGES} if args.no_lupdate
                  else refreshed_copies(tmp))
        for lang, path in copies.items():
            counts[lang], found = check_ts(lang, path)
            problems += found
            problems += check_qm(lang, TS_DIR / f"nejat_desk_{lang}.ts", tmp)
    if problems and not args.quiet:
        for problem in problems:
            print(problem)
    summary = ", ".join(f"{lang}: {counts[lang]} strings" for lang in LANGUAGES)
    if problems:
        print(f"check-translations: {len(problems)} problem(s) ({summary}). Run scripts/update-translations.sh, "
              "translate with pyside6-linguist, run it again.", file=sys.stderr)
        return 1
    print(f"check-translations: complete ({summary})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
