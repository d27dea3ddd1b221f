"""Importing files into the content-addressed media store.

For each file, on a worker thread: check it is a readable regular file, sniff its real type
from its first bytes, copy it into a temporary file inside the store folder while hashing it
(SHA-256), fsync, then decode it from that copy (so what was checked is exactly what is stored)
to read its metadata and make its thumbnail and perceptual hash. Then, on the coordinating
thread, one at a time: rename the copy to `media/ab/<sha256>`, fsync the folder, and insert
the row (and gallery membership) in one transaction. A file is either fully imported or not at
all: any failure or a cancel removes its temporary copy (and a stored file whose row was not
written). Threads, not processes: Pillow, hashlib and file I/O release the GIL, and a forked
process pool is unsafe next to Qt.

`import_media` runs wherever it is called (the CLI's main thread, a GUI background task); it
reports progress through a callback and stops at the next file boundary when `cancel` is set.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from nejat_desk.core.domain import MediaKind
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from nejat_desk.core.media_types import SNIFF_BYTES, FileType, sniff, type_for_extension, type_label
from nejat_desk.services.media_probe import Probe, ProbeError, probe_file
from nejat_desk.services.media_store import Claims, clean_stale_parts, fsync_dir, incoming_dir, open_source
from nejat_desk.services.thumbnails import save_thumbnail, thumb_path
from nejat_desk.services.writes import WriteUnits, inline
from nejat_desk.storage.layout import LibraryLayout

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from nejat_desk.storage.library import Library

log = logging.getLogger(__name__)

CHUNK = 1 << 20
NEAR_DUPLICATE_DISTANCE = 4  # of 64 phash bits: resized or re-encoded copies are 0-2 apart
WORKER_NICENESS = 5

ProgressCallback = Callable[[int, int, str], None]


class ImportCancelled(Exception):
    pass


# --- the report ---------------------------------------------------------------------------------

IMPORTED, DUPLICATE, FAILED, SKIPPED, CANCELLED = "imported", "duplicate", "failed", "skipped", "cancelled"

# The word that starts each report line, in the interface language (the outcome itself stays an identifier).
OUTCOME_WORDS = {
    IMPORTED: QT_TRANSLATE_NOOP("services.media_import", "imported"),
    DUPLICATE: QT_TRANSLATE_NOOP("services.media_import", "duplicate"),
    FAILED: QT_TRANSLATE_NOOP("services.media_import", "failed"),
    SKIPPED: QT_TRANSLATE_NOOP("services.media_import", "skipped"),
    CANCELLED: QT_TRANSLATE_NOOP("services.media_import", "cancelled"),
}


def outcome_word(outcome: str) -> str:
    word = OUTCOME_WORDS.get(outcome)
    return translate("services.media_import", word) if word else outcome


@dataclass
class ImportLine:
    source: str  # the path as the user gave it, printable
    outcome: str  # IMPORTED, DUPLICATE, FAILED, SKIPPED, CANCELLED
    message: str
    media_id: int | None = None
    notes: list[str] = field(default_factory=list)
    in_trash: bool = False  # a duplicate of an item in the trash (never added to a gallery or used)

    def text(self) -> str:
        """One line for the person who imported: what happened, to which file, and why."""
        message = self.message
        for note in self.notes:
            message = translate("services.media_import", "{message}; {note}").format(message=message, note=note)
        return translate("services.media_import", "{outcome}: {file}: {message}").format(
            outcome=outcome_word(self.outcome), file=self.source, message=message)


@dataclass
class ImportReport:
    lines: list[ImportLine] = field(default_factory=list)
    cancelled: bool = False
    elapsed_s: float = 0.0

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def media_ids(self) -> list[int]:
        return [line.media_id for line in self.lines
                if line.media_id is not None and line.outcome in (IMPORTED, DUPLICATE)]

    @property
    def ok(self) -> bool:
        return not self.cancelled and self.count(FAILED) == 0

    def summary(self) -> str:
        counts = {"imported": self.count(IMPORTED), "duplicates": self.count(DUPLICATE),
                  "failed": self.count(FAILED), "skipped": self.count(SKIPPED)}
        if self.cancelled:
            return translate("services.media_import", "{imported} imported, {duplicates} already in the library, "
                             "{failed} failed, {skipped} skipped, cancelled ({cancelled} not imported)").format(
                cancelled=self.count(CANCELLED), **counts)
        return translate("services.media_import", "{imported} imported, {duplicates} already in the library, "
                         "{failed} failed, {skipped} skipped").format(**counts)

    def text(self) -> str:
        return "\n".join([line.text() for line in self.lines] + [self.summary()])


def printable(path: Path | str) -> str:
    """A file name as text even when it is not valid UTF-8 (Linux names are bytes)."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "replace")


# --- collecting the files -----------------------------------------------------------------------

@dataclass
class Candidate:
    index: int
    path: Path  # what is opened (a link inside the folder is resolved)
    display: str


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def _broken_link() -> str:
    return translate("services.media_import", "is a broken link; not imported")


def collect_files(paths: Iterable[Path], *, exclude: Path | None = None) -> tuple[list[Candidate], list[ImportLine]]:
    """Files named directly, and every file under folders named; links that lead out of a named
    folder are reported and not followed. Hidden files (".name") inside folders are passed over,
    and so is the library's own folder (`exclude`)."""
    found: list[tuple[Path, str]] = []
    lines: list[ImportLine] = []
    exclude = exclude.resolve() if exclude else None
    for given in paths:
        given = Path(given)
        shown = printable(given)
        if exclude and given.exists() and _inside(given.resolve(), exclude):
            lines.append(ImportLine(shown, SKIPPED, translate("services.media_import",
                                                              "is inside the library's own folder; not imported")))
            continue
        if given.is_dir():
            root = given.resolve()
            for dirpath, dirnames, filenames in os.walk(given, followlinks=False):
                here = Path(dirpath)
                dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                     and not (exclude and (here / d).resolve() == exclude))
                for d in list(dirnames):
                    sub = here / d
                    if sub.is_symlink():
                        dirnames.remove(d)  # never descended: inside targets are walked anyway
                        if not _inside(sub.resolve(), root):
                            lines.append(ImportLine(printable(sub), SKIPPED, translate(
                                "services.media_import",
                                "is a link to a folder outside the imported folder; not followed")))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    path = here / name
                    if path.is_symlink():
                        try:
                            target = path.resolve(strict=True)
                        except (OSError, RuntimeError):
                            lines.append(ImportLine(printable(path), FAILED, _broken_link()))
                            continue
                        if not _inside(target, root):
                            lines.append(ImportLine(printable(path), SKIPPED, translate(
                                "services.media_import",
                                "is a link to a file outside the imported folder; not followed")))
                            continue
                        found.append((target, printable(path)))
                    else:
                        found.append((path, printable(path)))
        elif given.exists():
            found.append((given, shown))
        elif given.is_symlink():
            lines.append(ImportLine(shown, FAILED, _broken_link()))
        else:
            lines.append(ImportLine(shown, FAILED, translate("services.media_import", "does not exist")))
    candidates = [Candidate(i, p, d) for i, (p, d) in enumerate(found)]
    return candidates, lines


@dataclass
class Prepared:
    candidate: Candidate
    file_type: FileType
    sha256: str
    size: int
    temp: Path
    probe: Probe
    notes: list[str]


@dataclass
class Duplicate:
    candidate: Candidate
    sha256: str
    notes: list[str]


class _Failure(Exception):
    def __init__(self, outcome: str, message: str) -> None:
        super().__init__(message)
        self.outcome = outcome
        self.message = message


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return translate("services.media_import", "cannot be read: permission denied")
    return translate("services.media_import", "cannot be read: {reason}").format(reason=exc.strerror or exc)


def _real_type(head: bytes, candidate: Candidate, notes: list[str]) -> FileType:
    """The type the file's first bytes say it is; a note when its name says otherwise."""
    file_type = sniff(head)
    named = type_for_extension(candidate.path.suffix) or type_for_extension(Path(candidate.display).suffix)
    if file_type is None:
        if named:
            raise _Failure(FAILED, translate(
                "services.media_import", "is named like a {type} but its content is not one (nor any image, "
                "PDF or video we import): damaged or mislabelled; not imported").format(type=type_label(named)))
        raise _Failure(SKIPPED, translate("services.media_import", "is not an image, PDF or video we can import"))
    if named is not None and named != file_type:
        suffix = Path(candidate.display).suffix
        if suffix:
            notes.append(translate("services.media_import", "named {extension} but it is really a {type}; "
                                   "imported as one").format(extension=suffix, type=type_label(file_type)))
        else:
            notes.append(translate("services.media_import", "has no extension but it is really a {type}; "
                                   "imported as one").format(type=type_label(file_type)))
    return file_type


def prepare_file(layout: LibraryLayout, candidate: Candidate, claims: Claims,
                 cancel: threading.Event) -> Prepared | Duplicate:
    """Worker-thread step: check, copy+hash into the store's temp folder, probe, thumbnail."""
    path = candidate.path
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _Failure(FAILED, _reason(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise _Failure(SKIPPED, translate("services.media_import",
                                          "is not a regular file (a device, pipe or socket); not imported"))
    if st.st_size == 0:
        raise _Failure(FAILED, translate("services.media_import", "the file is empty (0 bytes); not imported"))
    try:
        fd = open_source(path)
    except OSError as exc:
        raise _Failure(FAILED, _reason(exc)) from None
    notes: list[str] = []
    temp = incoming_dir(layout) / f"{uuid.uuid4().hex}.part"
    claimed = ""
    try:
        with os.fdopen(fd, "rb") as src:
            try:
                head = src.read(SNIFF_BYTES)
            except OSError as exc:
                raise _Failure(FAILED, _reason(exc)) from None
            file_type = _real_type(head, candidate, notes)
            temp.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256(head)
            size = len(head)
            with open(temp, "wb") as out:
                out.write(head)
                while True:
                    if cancel.is_set():
                        raise ImportCancelled()
                    try:
                        chunk = src.read(CHUNK)
                    except OSError as exc:
                        raise _Failure(FAILED, _reason(exc)) from None
                    if not chunk:
                        break
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
        sha = digest.hexdigest()
        if not claims.claim(sha):
            temp.unlink(missing_ok=True)
            return Duplicate(candidate, sha, notes)
        claimed = sha
        try:
            probe = probe_file(temp, file_type)
        except ProbeError as exc:
            raise _Failure(FAILED, str(exc)) from None
        except MemoryError:
            raise _Failure(FAILED, translate("services.media_import", "the file needs more memory to decode than "
                                             "there is; not imported")) from None
        if probe.thumbnail is not None:
            save_thumbnail(probe.thumbnail, thumb_path(layout, sha))
            probe.thumbnail = None  # the worker's memory goes back before the row is written
        notes.extend(probe.warnings)
        return Prepared(candidate, file_type, sha, size, temp, probe, notes)
    except BaseException:
        temp.unlink(missing_ok=True)
        if claimed:
            claims.release(claimed)
        raise


# --- the import ---------------------------------------------------------------------------------

ARABIC_FARSI_ONLY = set("پچژگکی")


def guess_edition(text: str) -> str:
    """Which edition an embedded caption is likely written for: Farsi letters -> fa, other
    Arabic script -> ar, else en (Albanian cannot be told from English by script alone)."""
    if any(ch in ARABIC_FARSI_ONLY for ch in text):
        return "fa"
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        return "ar"
    return "en"


def _phash_int(value: str) -> int | None:
    try:
        return int(value, 16) if value else None
    except ValueError:
        return None


def _lower_priority() -> None:
    """Worker threads run a little 'nicer' than the GUI thread so a busy import never delays a paint
    (Linux schedules threads separately; elsewhere this is a no-op)."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)


def default_workers() -> int:
    return max(2, min(4, (os.cpu_count() or 2) + 1))


def import_media(library: Library, paths: Iterable[Path], *, gallery_id: int | None = None,
                 progress: ProgressCallback | None = None, cancel: threading.Event | None = None,
                 workers: int | None = None, write: WriteUnits = inline) -> ImportReport:
    """Import files and folders; never raises for a bad file (each gets a report line). Files are
    read and hashed by a pool; each one is stored (moved into the store, recorded) by `write`."""
    library.require_writable()  # a read-only library: one refusal with the reason, not one per file
    from sqlalchemy import select

    from nejat_desk.storage.models import MediaItem

    started = time.perf_counter()
    cancel = cancel or threading.Event()
    layout: LibraryLayout = library.layout
    clean_stale_parts(layout)
    candidates, early = collect_files(paths, exclude=layout.root)
    report = ImportReport()
    results: dict[int, ImportLine] = {}
    with library.session() as session:
        known: dict[str, int] = {}
        trashed: set[int] = set()
        for mid, sha, deleted in session.execute(select(MediaItem.id, MediaItem.sha256, MediaItem.deleted_at)
                                                 .where(MediaItem.sha256.is_not(None))):
            if sha is None:
                continue  # excluded by the query; says so to the type checker
            known[sha] = mid
            if deleted is not None:
                trashed.add(mid)
        hashes = [(mid, h) for mid, ph in session.execute(
            select(MediaItem.id, MediaItem.phash).where(MediaItem.phash != "")) if (h := _phash_int(ph)) is not None]
        if gallery_id is not None:
            from nejat_desk.services.galleries import get_gallery

            get_gallery(session, gallery_id)  # says so when there is no such gallery
    claims = Claims(known)
    total = len(candidates)
    done = 0

    def tick(name: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total, name)

    pool = ThreadPoolExecutor(max_workers=workers or default_workers(), thread_name_prefix="media-import",
                              initializer=_lower_priority)
    pending: dict[Future[Prepared | Duplicate], Candidate] = {}
    queue = list(reversed(candidates))
    window = (workers or default_workers()) * 2
    try:
        while queue or pending:
            while queue and len(pending) < window and not cancel.is_set():
                c = queue.pop()
                pending[pool.submit(prepare_file, layout, c, claims, cancel)] = c
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                c = pending.pop(fut)
                results[c.index] = write(partial(_finish, library, layout, fut, c, known, hashes, claims,
                                                 gallery_id, cancel, trashed))
                tick(c.display)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for fut in pending:  # only reached when the loop itself failed
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                prepared = fut.result()
                if isinstance(prepared, Prepared):
                    prepared.temp.unlink(missing_ok=True)
    for c in candidates:
        if c.index not in results:
            results[c.index] = ImportLine(c.display, CANCELLED, _cancelled())
    report.lines = early + [results[i] for i in sorted(results)]
    report.cancelled = cancel.is_set()
    report.elapsed_s = time.perf_counter() - started
    log.info("media import: %d imported, %d duplicate, %d failed, %d skipped, %d cancelled in %.1f s",
             report.count(IMPORTED), report.count(DUPLICATE), report.count(FAILED), report.count(SKIPPED),
             report.count(CANCELLED), report.elapsed_s)
    return report


def _cancelled() -> str:
    return translate("services.media_import", "not imported: the import was cancelled")


def _finish(library: Library, layout: LibraryLayout, fut: Future[Prepared | Duplicate], c: Candidate,
            known: dict[str, int], hashes: list[tuple[int, int]], claims: Claims, gallery_id: int | None,
            cancel: threading.Event, trashed: set[int] | None = None) -> ImportLine:
    """Coordinating-thread step: store the prepared file and write its row in one transaction."""
    try:
        result = fut.result()
    except ImportCancelled:
        return ImportLine(c.display, CANCELLED, _cancelled())
    except _Failure as exc:
        return ImportLine(c.display, exc.outcome, exc.message)
    except OSError as exc:
        return ImportLine(c.display, FAILED, translate("services.media_import", "could not be copied into the "
                                                       "library: {reason}").format(reason=exc.strerror or exc))
    except Exception as exc:  # a bug or a library's surprise: reported, the batch goes on
        log.exception("unexpected failure importing file #%d", c.index)
        return ImportLine(c.display, FAILED, translate("services.media_import", "unexpected error ({error}); "
                                                       "not imported").format(error=type(exc).__name__))
    if isinstance(result, Duplicate):
        existing = known.get(result.sha256)
        if existing is None:
            return ImportLine(c.display, DUPLICATE, translate("services.media_import", "the same file appears "
                                                              "earlier in this import; kept once"),
                              notes=result.notes)
        if existing in (trashed or set()):
            message = translate("services.media_import", "already in the library (media #{id}, in the trash: "
                                "restore it from there); kept one copy").format(id=existing)
        else:
            message = translate("services.media_import", "already in the library (media #{id}); kept one copy"
                                ).format(id=existing)
        line = ImportLine(c.display, DUPLICATE, message, media_id=existing, notes=result.notes,
                          in_trash=existing in (trashed or set()))
        if gallery_id is not None and line.in_trash:
            # A live gallery must not show a picture from the trash; restoring it is the editor's choice.
            line.notes.append(translate("services.media_import", "not added to the gallery while it is in the trash"))
        elif gallery_id is not None:
            try:
                with library.session() as session:
                    if add_to_gallery(session, gallery_id, existing):
                        line.notes.append(translate("services.media_import", "added to the gallery"))
            except Exception as exc:
                line.notes.append(translate("services.media_import", "could not be added to the gallery ({reason})")
                                  .format(reason=exc))
        return line
    if cancel.is_set():
        result.temp.unlink(missing_ok=True)
        thumb_path(layout, result.sha256).unlink(missing_ok=True)
        claims.release(result.sha256)
        return ImportLine(c.display, CANCELLED, _cancelled())
    return _store(library, layout, result, known, hashes, claims, gallery_id)


def add_to_gallery(session: Session, gallery_id: int, media_id: int) -> bool:
    """Append the item to the gallery unless it is there already (a service-layer helper)."""
    from sqlalchemy import func, select

    from nejat_desk.storage.models import GalleryItem

    if session.get(GalleryItem, (gallery_id, media_id)) is not None:
        return False
    last = session.scalar(select(func.max(GalleryItem.position)).where(GalleryItem.gallery_id == gallery_id))
    session.add(GalleryItem(gallery_id=gallery_id, media_id=media_id, position=(last if last is not None else -1) + 1))
    return True


def _store(library: Library, layout: LibraryLayout, p: Prepared, known: dict[str, int],
           hashes: list[tuple[int, int]], claims: Claims, gallery_id: int | None) -> ImportLine:
    from nejat_desk.storage.models import MediaItem, MediaText

    final = layout.media_path(p.sha256)
    created = False
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            p.temp.unlink(missing_ok=True)  # same content, left by an earlier crash: keep it
        else:
            os.replace(p.temp, final)
            created = True
            fsync_dir(final.parent)
        probe = p.probe
        notes = list(p.notes)
        near = None
        ph = _phash_int(probe.phash)
        if ph is not None and probe.kind is MediaKind.IMAGE:
            near = min(((mid, (ph ^ other).bit_count()) for mid, other in hashes), key=lambda t: t[1],
                       default=None)
            if near is not None and near[1] > NEAR_DUPLICATE_DISTANCE:
                near = None
        raw = dict(probe.raw)
        if near is not None:
            raw["near_duplicate_of"] = near[0]
            notes.append(translate("services.media_import", "looks like a near-duplicate of media #{id} (a resized "
                                   "or re-encoded copy?)").format(id=near[0]))
        if probe.caption:
            raw["embedded_caption"] = probe.caption
        with library.session() as session:
            item = MediaItem(kind=probe.kind.value, sha256=p.sha256, original_filename=p.candidate.display
                             .rsplit("/", 1)[-1][:1000], mime_type=p.file_type.mime, size_bytes=p.size,
                             width=probe.width, height=probe.height, duration_s=probe.duration_s,
                             taken_at=probe.taken_at, camera=probe.camera, orientation=probe.orientation,
                             has_gps=probe.has_gps, phash=probe.phash, title=probe.title, credit=probe.credit,
                             copyright=probe.copyright, tags=list(dict.fromkeys(probe.keywords))[:50],
                             raw_metadata=raw)
            if probe.caption:
                item.texts.append(MediaText(edition_code=guess_edition(probe.caption), caption=probe.caption))
            session.add(item)
            session.flush()
            if gallery_id is not None:
                add_to_gallery(session, gallery_id, item.id)
            media_id = item.id
    except Exception as exc:
        p.temp.unlink(missing_ok=True)
        if created:
            final.unlink(missing_ok=True)
            thumb_path(layout, p.sha256).unlink(missing_ok=True)
        claims.release(p.sha256)
        log.exception("storing an imported file failed")
        return ImportLine(p.candidate.display, FAILED, translate("services.media_import", "could not be stored: "
                                                                 "{reason}; not imported").format(reason=exc))
    known[p.sha256] = media_id
    if ph is not None and probe.kind is MediaKind.IMAGE:
        hashes.append((media_id, ph))
    if probe.width and probe.kind is MediaKind.IMAGE:
        message = translate("services.media_import", "{type}, {width} x {height} (media #{id})").format(
            type=type_label(p.file_type), width=probe.width, height=probe.height, id=media_id)
    else:
        message = translate("services.media_import", "{type} (media #{id})").format(
            type=type_label(p.file_type), id=media_id)
    return ImportLine(p.candidate.display, IMPORTED, message, media_id=media_id, notes=notes)
