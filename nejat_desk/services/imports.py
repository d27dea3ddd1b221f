"""The importer registry (`desk.imports`): which importer reads which file, and one import run.

Whole-file importers (a WordPress export today) are asked first, each by `recognises(path)`;
every other path (Markdown files and folders) goes to the Markdown importer. The command line
and the window only call `ImportService.run` and show what it returns; neither knows the formats.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from nejat_desk.services.writes import WriteUnits, inline

if TYPE_CHECKING:
    from nejat_desk.services.markdown_import import ImportReport
    from nejat_desk.storage.library import Library

log = logging.getLogger(__name__)

# (done, total, what is being read now): called on the thread that runs the import.
ImportProgress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class FileReport:
    """What a whole-file importer did with one file. `summary` says it in words (or, when `ok` is
    false, what was wrong: nothing of the file was imported); the path is never part of it."""

    path: Path
    format: str
    ok: bool
    summary: str
    counts: Mapping[str, object] = field(default_factory=dict)  # for machine-readable reports
    notes: tuple[str, ...] = ()  # one line per post that needs the editor (a kept local edit)


class FileImporter(Protocol):
    format: str

    def recognises(self, path: Path) -> bool: ...

    def run(self, library: Library, path: Path, *, edition: str | None,
            progress: Callable[[int, int], None] | None) -> FileReport: ...


@dataclass(frozen=True)
class ImportBatch:
    """One run: the whole-file imports, in the order given, then the Markdown report (if any)."""

    files: tuple[FileReport, ...]
    markdown: ImportReport | None
    cancelled: bool = False

    @property
    def failed(self) -> bool:
        return any(not f.ok for f in self.files) or bool(self.markdown is not None and self.markdown.failed)


def _default_importers() -> list[FileImporter]:
    from nejat_desk.services.wxr_import import WxrImporter

    return [WxrImporter()]


class ImportService:
    """Imports files into the open library. Each file is its own unit of work, handed to `write`
    (the window's writer thread; by default run where the caller is); a bad file stops only itself.
    Files are read on the calling thread (the window calls it from its task runner's pool)."""

    def __init__(self, library: Library, importers: Sequence[FileImporter] | None = None) -> None:
        self.library = library
        self._importers = list(importers) if importers is not None else None

    @property
    def importers(self) -> list[FileImporter]:
        if self._importers is None:  # the formats' modules load with the first import, not before
            self._importers = _default_importers()
        return self._importers

    def register(self, importer: FileImporter) -> None:
        """Add a whole-file importer; it is asked before those registered earlier."""
        self.importers.insert(0, importer)

    def importer_for(self, path: Path) -> FileImporter | None:
        if not path.is_file():
            return None
        return next((i for i in self.importers if i.recognises(path)), None)

    def run(self, paths: Sequence[Path], *, edition: str | None = None, progress: ImportProgress | None = None,
            cancelled: Callable[[], bool] | None = None, write: WriteUnits = inline) -> ImportBatch:
        from nejat_desk.services.markdown_import import import_paths

        files: list[FileReport] = []
        markdown: list[Path] = []
        for path in map(Path, paths):
            importer = self.importer_for(path)
            if importer is None:
                markdown.append(path)
                continue
            if cancelled is not None and cancelled():
                return ImportBatch(tuple(files), None, cancelled=True)

            def step(done: int, total: int, name: str = path.name) -> None:
                if progress is not None:
                    progress(done, total, name)

            # A whole-file import is one transaction (a bad file imports nothing): one unit of work.
            files.append(write(lambda: importer.run(self.library, path, edition=edition,  # noqa: B023
                                                    progress=step)))
        report = None
        if markdown:
            report = import_paths(self.library, markdown, cancelled=cancelled, write=write,
                                  progress=None if progress is None else lambda i, n, p: progress(i, n, p.name))
        return ImportBatch(tuple(files), report, cancelled=bool(report is not None and report.cancelled))
