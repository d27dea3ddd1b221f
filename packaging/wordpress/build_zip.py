"""Build the companion plugin's zip, installable from a site's admin (Plugins > Add New > Upload).

    python packaging/wordpress/build_zip.py [--out DIR]

The zip holds one folder, `nejat-desk-companion/`, as WordPress expects; its name carries the
plugin's version, read from the plugin header (the one place it is written). Entries are sorted
and dated 1980-01-01, so the same sources always give the same bytes. The zip is not committed:
the tests and the release build make it.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLUGIN = "nejat-desk-companion"
SOURCE = HERE / PLUGIN
MAIN_FILE = SOURCE / f"{PLUGIN}.php"
DEFAULT_OUT = HERE.parent.parent / "build" / "wordpress"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def plugin_version(main_file: Path = MAIN_FILE) -> str:
    """The `Version:` of the plugin header; the constant in the code must say the same."""
    text = main_file.read_text(encoding="utf-8")
    header = re.search(r"^\s*\*\s*Version:\s*(\S+)\s*$", text, re.MULTILINE)
    constant = re.search(r"define\(\s*'NEJAT_DESK_COMPANION_VERSION',\s*'([^']+)'\s*\)", text)
    if header is None or constant is None:
        raise SystemExit(f"{main_file}: no Version header or NEJAT_DESK_COMPANION_VERSION constant")
    if header.group(1) != constant.group(1):
        raise SystemExit(f"{main_file}: the header says {header.group(1)}, the constant {constant.group(1)}")
    return header.group(1)


def plugin_files(source: Path = SOURCE) -> list[Path]:
    return sorted(p for p in source.rglob("*") if p.is_file() and not p.name.startswith("."))


def build_zip(out_dir: Path = DEFAULT_OUT) -> Path:
    """Write `nejat-desk-companion-<version>.zip` into `out_dir` and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PLUGIN}-{plugin_version()}.zip"
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in plugin_files():
            entry = zipfile.ZipInfo(f"{PLUGIN}/{path.relative_to(SOURCE).as_posix()}", FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, path.read_bytes())
    partial.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the zip (default: build/wordpress)")
    args = parser.parse_args(argv)
    print(build_zip(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
