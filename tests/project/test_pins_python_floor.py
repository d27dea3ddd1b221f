"""Every pin in constraints.txt installs on the oldest Python the README promises.

Debian 12 ships Python 3.11.2 and Ubuntu 24.04 ships 3.12.3. A pin whose `Requires-Python` leaves
one of them out breaks the set-up there, and pip words it as an unrelated "conflict" (soupsieve
4.1.3 needs 3.11.5 and did exactly that). The set-up installs exactly the pinned versions, so the
installed distributions' metadata is the pins' metadata: this check needs no network."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
# The Pythons of the systems the README names: Debian 12 (the floor) and Ubuntu 24.04.
PROMISED_PYTHONS = ("3.11.2", "3.12.3")


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt pins exact versions only: {line!r}"
            pins[name.strip()] = version.strip()
    return pins


def test_the_project_itself_accepts_the_promised_pythons() -> None:
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    for python in PROMISED_PYTHONS:
        assert Version(python) in SpecifierSet(requires), f"pyproject requires-python {requires} excludes {python}"


@pytest.mark.parametrize("python", PROMISED_PYTHONS)
def test_every_pin_installs_on_the_promised_python(python: str) -> None:
    refused: list[str] = []
    for name, version in _pins().items():
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            pytest.fail(f"{name}=={version} is pinned but not installed: the set-up installs every pin "
                        "(drop the pin if nothing needs it)")
        assert dist.version == version, f"{name}: installed {dist.version}, pinned {version}: re-run the set-up"
        requires = dist.metadata.get("Requires-Python")
        if requires and Version(python) not in SpecifierSet(requires):
            refused.append(f"{name}=={version} requires Python {requires}")
    assert not refused, f"pins that do not install on Python {python}: " + "; ".join(refused)
