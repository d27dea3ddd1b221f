"""The example articles a new library starts with (resources/examples, written for this project).

They go through the ordinary Markdown import, so they are exactly what a user's own files
would become, and loading them twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nejat_desk.storage.library import Library


@dataclass(frozen=True)
class ExampleLoadReport:
    imported_count: int
    problems: list[str] = field(default_factory=list)


def examples_dir() -> Path:
    """The folder of example Markdown files inside the installed package."""
    folder = resources.files("nejat_desk.resources") / "examples"
    # Installed as a wheel or in development mode, the package's files are plain files on disk.
    return Path(str(folder))


def example_files() -> list[Path]:
    """Every example file, originals before translations (so `translation_of` always resolves)."""
    files = sorted(examples_dir().rglob("*.md"))
    return sorted(files, key=lambda p: ("translation_of:" in p.read_text(encoding="utf-8"), str(p)))


def load_example_content(library: Library) -> ExampleLoadReport:
    """Import the examples; loading them into a library that has them already changes nothing."""
    from nejat_desk.services.markdown_import import Outcome, import_paths

    report = import_paths(library, example_files())
    loaded = sum(report.count(o) for o in (Outcome.CREATED, Outcome.UPDATED, Outcome.UNCHANGED))
    problems = [r.message or f"{r.path}: {r.outcome.value}" for r in report.results
                if r.outcome in (Outcome.FAILED, Outcome.SKIPPED, Outcome.CONFLICT)]
    return ExampleLoadReport(imported_count=loaded, problems=problems)
