#!/usr/bin/env python3
"""Checks the Linux desktop metadata against the app: well-formed XML, the same application id
in the desktop entry, the AppStream file and the app, the newest <release> equal to
nejat_desk.version, and the icons present. Exit 1 with the problems listed.

Run by packaging/build-linux.sh and by tests/project/test_packaging.py. (appstreamcli and
desktop-file-validate, where installed, check the formats in more depth in the build.)
"""

from __future__ import annotations

import configparser
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.nejat.NejatDesk"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = (ROOT / "resources" / "icons" / "nejat-desk.svg", ROOT / "resources" / "icons" / "nejat-desk.png")


def app_version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "nejat_desk" / "version.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def problems() -> list[str]:
    found: list[str] = []
    desktop = configparser.ConfigParser(interpolation=None, strict=True)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    try:
        desktop.read_string(DESKTOP.read_text(encoding="utf-8"))
        entry = desktop["Desktop Entry"]
        for key in ("Type", "Name", "Exec", "Icon", "Categories"):
            if not entry.get(key):
                found.append(f"{DESKTOP.name}: {key} is missing")
        if entry.get("Icon") != APP_ID:
            found.append(f"{DESKTOP.name}: Icon should be {APP_ID}")
        if not entry.get("Exec", "").startswith("nejat-desk"):
            found.append(f"{DESKTOP.name}: Exec should run nejat-desk")
    except (configparser.Error, KeyError) as exc:
        found.append(f"{DESKTOP.name}: {exc}")
    try:
        component = ET.parse(METAINFO).getroot()
    except ET.ParseError as exc:
        return [*found, f"{METAINFO.name}: not well-formed XML: {exc}"]
    if component.tag != "component" or component.get("type") != "desktop-application":
        found.append(f"{METAINFO.name}: the root must be <component type=\"desktop-application\">")
    if component.findtext("id") != APP_ID:
        found.append(f"{METAINFO.name}: <id> should be {APP_ID}")
    for tag in ("name", "summary", "metadata_license", "project_license", "description"):
        if component.find(tag) is None:
            found.append(f"{METAINFO.name}: <{tag}> is missing")
    launchable = component.findtext("launchable")
    if launchable != DESKTOP.name:
        found.append(f"{METAINFO.name}: <launchable> should name {DESKTOP.name}, not {launchable}")
    releases = component.findall("releases/release")
    version = app_version()
    if not releases or releases[0].get("version") != version:
        newest = releases[0].get("version") if releases else None
        found.append(f"{METAINFO.name}: the newest <release> is {newest}, the app is {version}: "
                     "add a <release> for it (newest first)")
    found += [f"{icon.relative_to(ROOT)} is missing" for icon in ICONS if not icon.is_file()]
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(problem, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
