"""Where an export may write: one rule for every format, the command line and the window.

An export never deletes or replaces what it did not write:
  - a folder export writes only into a folder that is missing, empty, or marked (MARKER_NAME) as a
    previous export of the same format; in a marked folder it replaces the files its marker lists
    and leaves every other file alone;
  - a file export replaces an existing file only when the file is recognisably a previous export of
    the same format (the desk's signature in its content, see `_is_previous_export`), or empty;
  - the library folder and anything inside it are always refused (its database, backups, media);
  - leftovers of a killed export (`.partial` folders and files it made) are removed by the next
    export to the same place.
`check_destination` is the rule; `write_folder` and `write_file` apply it and then write.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate

MARKER_NAME = "nejat-desk-export.txt"
MARKER_TITLE = "Nejat Desk export, version 1"  # i18n: ok (the marker file's signature line)
_MARKER_ABOUT = ("This folder was written by the export of Nejat Desk. The next export of the same format into "  # i18n: ok
                 "this folder replaces the files listed below and nothing else.")  # i18n: ok (text in a data file)
BUNDLE_COMMENT = b"Nejat Desk export bundle"
_STAGING_PREFIX = ".nejat-desk-export."
_PARTIAL = ".partial"
# tempfile's random part: 8 characters of [a-z0-9_]
_RANDOM = r"[a-z0-9_]{8}"
_STAGING = re.compile(re.escape(_STAGING_PREFIX) + _RANDOM + re.escape(_PARTIAL))
_SIGNATURE_BYTES = 65536
_CSV_MAX_BYTES = 8 * 1024 * 1024
_HOOTSUITE_TIME = re.compile(r"\d\d/\d\d/\d{4} \d\d:\d\d")
# What each format's files carry near their start, so a previous export is recognised.
_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "wxr": (b'<!-- generator="Nejat Desk/',),
    "rss": (b"<generator>Nejat Desk</generator>",),
    "atom": (b">Nejat Desk</generator>",),
    "ics": (b"PRODID:-//Nejat Desk//",),
    "newsletter": (b'<meta name="generator" content="Nejat Desk">', b"X-Mailer: Nejat Desk"),
}


class ExportDestinationError(ValidationError):
    """The chosen place may not receive this export; the message says why and what to choose."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class Destination:
    path: Path  # absolute
    folder: bool
    previous_files: tuple[str, ...] = ()  # for a marked folder: what the previous export wrote


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(Path(path).expanduser()))


def _inside_library(target: Path, library_root: Path) -> bool:
    root = library_root.resolve()
    resolved = target.resolve()
    if resolved == root or root in resolved.parents:
        return True
    try:  # the same folder reached another way (a bind mount, a hard-linked file)
        return target.exists() and os.path.samefile(target, root)
    except OSError:
        return False


def _leftover(name: str, target_name: str) -> bool:
    """A name this module or the older atomic writers gave a temporary file or folder."""
    if _STAGING.fullmatch(name):
        return True
    return re.fullmatch(re.escape(f".{target_name[:40]}.") + _RANDOM + re.escape(_PARTIAL), name) is not None


def _safe_relative(rel: str) -> bool:
    parts = PurePosixPath(rel).parts
    return bool(parts) and not PurePosixPath(rel).is_absolute() and ".." not in parts and "\\" not in rel


def _parse_marker(folder: Path) -> tuple[str, tuple[str, ...]] | None:
    """(format, files listed) of the folder's marker, or None when it has no valid one. A marker that
    names anything outside the folder is not one the desk wrote."""
    marker = folder / MARKER_NAME
    if not marker.is_file() or marker.is_symlink() or marker.stat().st_size > 64 * 1024 * 1024:
        return None
    try:
        lines = marker.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if not lines or lines[0] != MARKER_TITLE or "files:" not in lines:
        return None
    fmt = next((line.removeprefix("format: ") for line in lines if line.startswith("format: ")), "")
    files = tuple(line for line in lines[lines.index("files:") + 1:] if line)
    if not fmt or not all(_safe_relative(f) for f in files):
        return None
    return fmt, files


def _read_marker(folder: Path, fmt: str) -> tuple[str, ...] | None:
    """The files the previous export of `fmt` listed, or None when the folder is not one."""
    parsed = _parse_marker(folder)
    return parsed[1] if parsed is not None and parsed[0] == fmt else None


def _marked_format(folder: Path) -> str | None:
    parsed = _parse_marker(folder)
    return parsed[0] if parsed is not None else None


def _suggestion(folder: Path, fmt: str) -> Path:
    base = folder / f"nejat-desk-{fmt}"
    candidate, n = base, 2
    while candidate.exists():
        candidate, n = Path(f"{base}-{n}"), n + 1
    return candidate


def _is_previous_export(path: Path, fmt: str) -> bool:
    """True when the file at `path` is recognisably an export of `fmt` by the desk (or is empty)."""
    try:
        if path.stat().st_size == 0:
            return True  # nothing to lose
        if fmt == "bundle":
            with zipfile.ZipFile(path) as archive:
                return archive.comment == BUNDLE_COMMENT
        if fmt == "hootsuite-csv":
            return _looks_like_hootsuite(path)
        if fmt == "newsletter" and path.suffix.lower() == ".txt":  # the text part: known by its HTML twin
            return _is_previous_export(path.with_suffix(".html"), fmt) and path.with_suffix(".html").stat().st_size > 0
        with path.open("rb") as handle:
            head = handle.read(_SIGNATURE_BYTES)
    except (OSError, zipfile.BadZipFile):
        return False
    return any(sign in head for sign in _SIGNATURES.get(fmt, ()))


def _looks_like_hootsuite(path: Path) -> bool:
    """Hootsuite's bulk CSV has no room for a signature: every row is (mm/dd/yyyy hh:mm, text, link)."""
    if path.stat().st_size > _CSV_MAX_BYTES:
        return False
    try:
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    except (OSError, UnicodeDecodeError, csv.Error):
        return False
    return bool(rows) and all(len(r) == 3 and _HOOTSUITE_TIME.fullmatch(r[0]) and r[2].startswith(("http://", "https://"))
                              for r in rows)


def check_destination(out: Path, *, library_root: Path, fmt: str, folder: bool) -> Destination:
    """The rule: may an export of `fmt` write a folder (or a file) at `out`? Raises
    ExportDestinationError saying why not and what to choose instead."""
    target = _absolute(out)
    if _inside_library(target, library_root):
        raise ExportDestinationError(translate(
            "services.export_destination", "{path} is the library folder or inside it ({library}). An export never "
            "writes there; choose a folder outside the library.").format(path=target, library=library_root), target)
    if folder:
        return _check_folder(target, fmt)
    if target.is_dir():
        raise ExportDestinationError(translate(
            "services.export_destination", "{path} is a folder; this export writes one file. Choose a file name, "
            "for example {example}.").format(path=target, example=target / f"nejat-desk-{fmt}"), target)
    if (target.exists() or target.is_symlink()) and not _is_previous_export(target, fmt):
        raise ExportDestinationError(translate(
            "services.export_destination", "{path} already exists and is not a previous {format} export of Nejat "
            "Desk, so it is left as it is. Choose a new file name, or move that file away first.")
            .format(path=target, format=fmt), target)
    return Destination(target, folder=False)


def _check_folder(target: Path, fmt: str) -> Destination:
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise ExportDestinationError(translate(
            "services.export_destination", "{path} is a file, not a folder; this export writes a folder. Choose "
            "a new folder name.").format(path=target), target)
    if not target.exists():
        return Destination(target, folder=True)
    entries = [e for e in target.iterdir() if not _leftover(e.name, target.name)]
    if not entries:
        return Destination(target, folder=True)
    previous = _read_marker(target, fmt)
    if previous is not None:
        return Destination(target, folder=True, previous_files=previous)
    other = _marked_format(target)
    if other is not None and other != fmt:
        message = translate("services.export_destination", "{path} holds a {other} export of Nejat Desk, not a "
                            "{format} one; choose an empty folder, or a new one such as {suggestion}.")
    else:
        message = translate("services.export_destination", "{path} is not empty and is not a previous export of "
                            "Nejat Desk, so nothing in it is touched. Choose an empty folder, or a new one such as "
                            "{suggestion}.")
    raise ExportDestinationError(message.format(path=target, other=other, format=fmt,
                                                suggestion=_suggestion(target, fmt)), target)


def remove_leftovers(target: Path) -> None:
    """Temporary folders and files a killed export left inside `target` and beside it."""
    for place in (target, target.parent):
        if not place.is_dir():
            continue
        for entry in place.iterdir():
            if not _leftover(entry.name, target.name) or (place == target.parent and _STAGING.fullmatch(entry.name)):
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def _write_marker(folder: Path, fmt: str, files: list[str]) -> None:
    text = "\n".join([MARKER_TITLE, f"format: {fmt}", "", _MARKER_ABOUT, "", "files:", *sorted(files)]) + "\n"
    tmp = folder / f"{_STAGING_PREFIX}marker__{_PARTIAL}"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, folder / MARKER_NAME)


def _refuse_foreign(dest: Destination, files: dict[str, bytes]) -> None:
    """A file or folder of the person's own at a path the export wants is never replaced."""
    previous = {p.casefold() for p in dest.previous_files}
    root = dest.path
    for rel in files:
        if not _safe_relative(rel):
            raise ValueError(f"export path {rel!r} is not a plain relative path")
        path = root / rel
        for parent in path.relative_to(root).parents:
            place = root / parent
            if place != root and (place.is_symlink() or (place.exists() and not place.is_dir())):
                raise ExportDestinationError(translate(
                    "services.export_destination", "{path} is in the way of the export and was not written by it; "
                    "choose another folder.").format(path=place), place)
        if (path.exists() or path.is_symlink()) and (rel.casefold() not in previous or path.is_dir()):
            raise ExportDestinationError(translate(
                "services.export_destination", "{path} is in the way of the export and was not written by it; "
                "choose another folder.").format(path=path), path)


def write_folder(out: Path, files: dict[str, bytes], *, library_root: Path, fmt: str) -> Path:
    """Write `files` (relative POSIX path -> bytes) into the folder `out`, by the rule above.

    The marker is written first and lists old and new files until the end, so a killed export leaves
    a folder the next export recognises and tidies."""
    dest = check_destination(out, library_root=library_root, fmt=fmt, folder=True)
    _refuse_foreign(dest, files)
    target = dest.path
    remove_leftovers(target)
    target.mkdir(parents=True, exist_ok=True)
    _write_marker(target, fmt, sorted(set(dest.previous_files) | set(files)))
    staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, suffix=_PARTIAL, dir=target))
    try:
        for rel, data in files.items():
            staged = staging / rel
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(data)
        for rel in sorted(files):
            final = target / rel
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / rel, final)
        kept = {rel.casefold() for rel in files}
        for rel in dest.previous_files:
            if rel.casefold() not in kept:  # on a case-insensitive disk "X.html" may now be the new "x.html"
                _remove_with_empty_parents(target, rel)
        _write_marker(target, fmt, list(files))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _remove_with_empty_parents(root: Path, rel: str) -> None:
    path = root / rel
    if path.is_file() or path.is_symlink():
        path.unlink(missing_ok=True)
    for parent in path.relative_to(root).parents:
        place = root / parent
        if place == root:
            break
        try:
            place.rmdir()  # only when empty: the person's own files keep their folder
        except OSError:
            break


def remove_previous_export(path: Path, fmt: str) -> bool:
    """Remove the file at `path` if it is a previous `fmt` export of the desk (a stale part of a split
    export); anything else stays. True when it was removed."""
    if path.is_symlink() or not path.is_file() or not _is_previous_export(path, fmt):
        return False
    path.unlink(missing_ok=True)
    return True


def write_file(out: Path, data: bytes, *, library_root: Path, fmt: str) -> Path:
    """Write one export file at `out` by the rule above: temporary file beside it, then renamed over it."""
    from nejat_desk.exporters.common import atomic_write_bytes

    dest = check_destination(out, library_root=library_root, fmt=fmt, folder=False)
    remove_leftovers(dest.path)
    atomic_write_bytes(dest.path, data)
    return dest.path
