"""Import Markdown files with YAML front matter (the interchange format) into the library.

Identity: an article is matched by (edition, slug). Re-importing an unchanged file changes
nothing; if the library's copy was edited since the last import, the local text is kept,
the incoming one is stored as a revision and the conflict is reported. Files are stored in
batches, each batch one transaction (a kill leaves it whole or absent) and each file inside it
a savepoint: a bad file stops only itself, never half-written, and the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from nejat_desk.core.errors import ImportFileError, NejatError
from nejat_desk.core.frontmatter import (
    ArticleDocument,
    FrontMatterError,
    parse_document,
    render_document,
    resolve_plain_days,
)
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, join_list, translate
from nejat_desk.core.render import rendered_as_plain_text
from nejat_desk.core.slugs import slugify
from nejat_desk.services.articles import (
    article_to_document,
    load_article,
    make_revision,
    refresh_derived,
    set_tags,
    validate_slug,
)
from nejat_desk.services.articles import category_for_path as _category_for_path
from nejat_desk.services.import_translations import PendingTranslations
from nejat_desk.services.workflow import settle_imported_status
from nejat_desk.services.writes import WriteUnits, inline
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, ArticleAttachment, Edition, MediaItem

log = logging.getLogger(__name__)

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
MAX_FILE_BYTES = 20 * 1024 * 1024
# A batch is one transaction: it ends after this many files or this much reading, whichever comes
# first, so a save typed during a long import waits for one short batch, and the commit (an fsync)
# is paid once per batch instead of once per file.
BATCH_FILES = 100
BATCH_SECONDS = 0.2
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    SKIPPED = "skipped"
    FAILED = "failed"


# The word that starts each report line, in the interface language (the outcome itself stays an identifier).
OUTCOME_WORDS: dict[Outcome, str] = {
    Outcome.CREATED: QT_TRANSLATE_NOOP("services.markdown_import", "created"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("services.markdown_import", "updated"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("services.markdown_import", "unchanged"),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP("services.markdown_import", "conflict"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("services.markdown_import", "skipped"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("services.markdown_import", "failed"),
}
# How many files had each outcome, for the report's last line.
OUTCOME_COUNTS: dict[Outcome, str] = {
    Outcome.CREATED: QT_TRANSLATE_NOOP("services.markdown_import", "{count} created"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("services.markdown_import", "{count} updated"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("services.markdown_import", "{count} unchanged"),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP("services.markdown_import", "{count} conflict"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("services.markdown_import", "{count} skipped"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("services.markdown_import", "{count} failed"),
}


def outcome_word(outcome: Outcome) -> str:
    return translate("services.markdown_import", OUTCOME_WORDS[outcome])


@dataclass(frozen=True)
class FileResult:
    """One file's outcome; `message` never repeats the path (each front end shows it its own way)."""

    path: Path
    outcome: Outcome
    message: str = ""
    article_id: int | None = None


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome is Outcome.FAILED]

    def summary(self) -> str:
        parts = [translate("services.markdown_import", OUTCOME_COUNTS[o]).format(count=self.count(o))
                 for o in Outcome if self.count(o)]
        return join_list(parts) or translate("services.markdown_import", "nothing to import")


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[FileResult]]:
    """Markdown files under the given files and folders (sorted), and what was skipped."""
    files: list[Path] = []
    skipped: list[FileResult] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in MARKDOWN_SUFFIXES:
                    files.append(child)
                elif not any(part.startswith(".") for part in child.relative_to(path).parts):
                    skipped.append(FileResult(child, Outcome.SKIPPED,
                                              translate("services.markdown_import", "not a Markdown file")))
        elif path.is_file():
            if path.suffix.lower() in MARKDOWN_SUFFIXES:
                files.append(path)
            else:
                skipped.append(FileResult(path, Outcome.SKIPPED,
                                          translate("services.markdown_import", "not a Markdown file")))
        else:
            skipped.append(FileResult(path, Outcome.FAILED,
                                      translate("services.markdown_import", "no such file or folder")))
    return files, skipped


def read_document(path: Path) -> tuple[ArticleDocument, str]:
    """Parse one file; raises ImportFileError naming the file, the key and the problem."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(str(path), translate(
                "services.markdown_import", "the file is {size} MB, larger than the 20 MB an article may be")
                .format(size=size // 1_048_576))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(str(path), translate("services.markdown_import", "cannot be read ({problem})")
                              .format(problem=exc.strerror)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFileError(str(path), translate("services.markdown_import", "is not UTF-8 text (byte {offset})")
                              .format(offset=exc.start)) from None
    try:
        doc = parse_document(text)
    except FrontMatterError as exc:
        raise ImportFileError(str(path), str(exc), key=exc.key or None) from None
    if doc.slug:
        try:
            doc.slug = validate_slug(doc.slug)
        except NejatError as exc:
            raise ImportFileError(str(path), str(exc), key="slug") from None
    else:
        doc.slug = slugify(doc.title)
    return doc, hashlib.sha256(data).hexdigest()


def _resolve_media(session: Session, ref: str) -> int | None:
    if _SHA256.match(ref):
        return session.scalars(select(MediaItem.id).where(MediaItem.sha256 == ref)).first()
    return None


def _apply_document(session: Session, article: Article, doc: ArticleDocument) -> None:
    """Write every field of `doc` onto `article` (translation links are resolved separately)."""
    article.title = doc.title
    article.body_md = doc.body
    article.excerpt = doc.excerpt or ""
    article.byline = doc.byline or ""
    article.source_name = doc.source or ""
    article.source_url = doc.source_url or ""
    article.status = doc.status.value
    article.published_at = doc.date
    article.scheduled_at = doc.scheduled
    article.category = _category_for_path(session, doc.edition, doc.category) if doc.category else None
    extra = dict(doc.extra)
    featured = doc.featured_image or ""
    article.featured_image_ref = featured
    article.featured_media_id = _resolve_media(session, featured) if featured else None
    resolved = [_resolve_media(session, ref) for ref in doc.attachments]
    if all(m is not None for m in resolved):
        article.attachments = [ArticleAttachment(media_id=m, position=i) for i, m in enumerate(resolved) if m]
    else:  # kept as given until the media are in the library
        article.attachments = []
        extra["attachments"] = list(doc.attachments)
    if doc.translation_of:
        extra["translation_of"] = {"edition": doc.translation_of[0], "slug": doc.translation_of[1]}
    article.extra = extra
    session.flush()
    set_tags(session, article, doc.tags)


def mark_imported(session: Session, article: Article, source_hash: str | None = None) -> None:
    """Record that the article now equals its import source (version_id_col bumps on each flush)."""
    if source_hash is not None:
        article.import_hash = source_hash
    session.flush()
    article.import_version = article.version + 1
    session.flush()


def is_clean_import(article: Article) -> bool:
    return bool(article.import_hash) and article.version == article.import_version


def import_document(session: Session, doc: ArticleDocument, source_hash: str, *, source: str = "markdown"
                    ) -> tuple[Outcome, int, str]:
    """Create, update or keep one article from a parsed document (inside the caller's transaction)."""
    if doc.plain_days:  # "date: 2026-12-01" is the start of that day in the edition's time zone
        edition = session.get(Edition, doc.edition)
        resolve_plain_days(doc, edition.time_zone if edition is not None else "UTC")
    existing = session.scalars(select(Article).where(Article.edition_code == doc.edition,
                                                     Article.slug == doc.slug)).first()
    if existing is None:
        article = Article(edition_code=doc.edition, title=doc.title, slug=doc.slug or slugify(doc.title))
        session.add(article)
        session.flush()
        _apply_document(session, article, doc)
        refresh_derived(session, article)
        article.import_source = source
        note = settle_imported_status(session, article)  # before marking: the draft is what was imported
        mark_imported(session, article, source_hash)
        return Outcome.CREATED, article.id, note
    if existing.import_hash == source_hash:
        return Outcome.UNCHANGED, existing.id, ""
    existing = load_article(session, existing.id)
    edited_locally = not existing.import_hash or existing.version != existing.import_version
    incoming = render_document(doc)
    if incoming == render_document(article_to_document(existing)):
        if not edited_locally:  # same content, different bytes: remember the new source
            mark_imported(session, existing, source_hash)
        return Outcome.UNCHANGED, existing.id, ""
    if edited_locally:
        revision = make_revision(session, existing, "import-conflict",
                                 note=translate("services.markdown_import",
                                                "incoming text from an import; the library's copy was kept"))
        revision.title, revision.body_md, revision.excerpt = doc.title, doc.body, doc.excerpt or ""
        revision.status = doc.status.value
        existing.import_hash = source_hash
        return (Outcome.CONFLICT, existing.id,
                translate("services.markdown_import",
                          "edited in the library since the last import: kept the library's text, stored the "
                          "incoming text as a revision"))
    _apply_document(session, existing, doc)
    refresh_derived(session, existing)
    note = settle_imported_status(session, existing)
    mark_imported(session, existing, source_hash)
    return Outcome.UPDATED, existing.id, note


@dataclass(frozen=True)
class _Parsed:
    path: Path
    doc: ArticleDocument
    digest: str


def _failure(path: Path, exc: Exception) -> FileResult:
    """The result of a file that could not be stored; the message says what is wrong, not where."""
    if isinstance(exc, ImportFileError):  # the result names the file: the message says only what is wrong
        return FileResult(path, Outcome.FAILED, f"{exc.key}: {exc.problem}" if exc.key else exc.problem)
    if isinstance(exc, NejatError):
        return FileResult(path, Outcome.FAILED, str(exc))
    if isinstance(exc, IntegrityError):  # a rule of the database the checks above missed: said without the SQL
        log.error("import of one file broke a database constraint", exc_info=exc)
        return FileResult(path, Outcome.FAILED, translate(
            "services.markdown_import",
            "could not be stored: it clashes with something already in the library (details in the log)"))
    log.error("import of one file failed", exc_info=exc)  # a bug: this file only, the batch goes on
    message = translate("services.markdown_import", "could not be stored ({problem})")
    return FileResult(path, Outcome.FAILED, message.format(problem=exc))


def _stored(item: _Parsed, outcome: Outcome, article_id: int, message: str) -> FileResult:
    if outcome in (Outcome.CREATED, Outcome.UPDATED) and rendered_as_plain_text():  # this thread rendered it
        plain = translate("services.markdown_import",
                          "the body is too complex to format in time: it is kept as written and shown as plain "
                          "text")
        message = join_list([m for m in (message, plain) if m])
    # What the front matter lost (an unknown key too big to keep) is said even when the file went in.
    return FileResult(item.path, outcome, join_list([*item.doc.notes, message] if message else item.doc.notes),
                      article_id)


def begin_batch(session: Session) -> None:
    """Open the batch's transaction before its first savepoint. The sqlite3 module begins one only
    before a data change, and a SAVEPOINT outside a transaction is itself a transaction that its
    RELEASE commits: each file would be committed alone. IMMEDIATE: the batch writes anyway."""
    connection = session.connection()
    dbapi = connection.connection.dbapi_connection
    if dbapi is not None and not dbapi.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _store(library: Library, batch: list[_Parsed], pending: PendingTranslations
           ) -> tuple[list[FileResult], PendingTranslations]:
    """One batch's unit of work: one transaction, each file in a savepoint of its own (a bad file
    is rolled back alone). Returns the results and the waiting translations once it is committed."""
    results: list[FileResult] = []
    after = pending.copy()  # the caller keeps it only if the batch commits
    with library.session() as session:
        begin_batch(session)
        touched: list[Article] = []
        for item in batch:
            try:
                with session.begin_nested():
                    outcome, article_id, message = import_document(session, item.doc, item.digest)
            except DBAPIError as exc:
                if not isinstance(exc, IntegrityError):  # the library itself (read-only, damaged, full): the
                    raise  # batch fails and library.session() names why, for each of its files
                results.append(_failure(item.path, exc))
                continue
            except Exception as exc:  # noqa: BLE001 (_failure names each kind)
                results.append(_failure(item.path, exc))
                continue
            if outcome in (Outcome.CREATED, Outcome.UPDATED):
                touched.append(session.get_one(Article, article_id))
            results.append(_stored(item, outcome, article_id, message))
        after.link(session, touched)
    return results, after


def _waiting(library: Library) -> PendingTranslations:
    """The run's first unit: which translations wait for an original (one pass over the table); those
    whose original is there already (a run that was killed between batches) are linked now."""
    with library.session() as session:
        pending = PendingTranslations.scan(session)
        pending.link_ready(session)
    return pending


def _read_batch(files: list[Path], start: int, progress: Callable[[int, int, Path], None] | None,
                cancelled: Callable[[], bool] | None) -> tuple[list[FileResult | _Parsed], int, bool]:
    """Read files from `start` until a batch is full: (each file parsed or failed, in order; the
    index of the next file; whether the import was cancelled)."""
    slots: list[FileResult | _Parsed] = []
    began = time.monotonic()
    index = start
    while index < len(files) and len(slots) < BATCH_FILES and time.monotonic() - began < BATCH_SECONDS:
        if cancelled is not None and cancelled():
            return slots, index, True
        path = files[index]
        if progress is not None:
            progress(index, len(files), path)
        index += 1
        try:
            doc, digest = read_document(path)
        except ImportFileError as exc:
            slots.append(_failure(path, exc))
            continue
        slots.append(_Parsed(path, doc, digest))
    return slots, index, False


def import_paths(library: Library, paths: Iterable[Path], *,
                 progress: Callable[[int, int, Path], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, write: WriteUnits = inline) -> ImportReport:
    """Files are read here and stored in batches by `write` (the window's writer thread, or right here)."""
    files, skipped = expand_paths(Path(p) for p in paths)
    report = ImportReport(results=list(skipped))
    pending = PendingTranslations()
    if files:
        try:
            pending = write(lambda: _waiting(library))
        except Exception:  # noqa: BLE001 (a library that cannot be written: each batch says so for its files)
            log.warning("could not link the translations waiting before this import", exc_info=True)
    index = 0
    while index < len(files) and not report.cancelled:
        slots, index, report.cancelled = _read_batch(files, index, progress, cancelled)
        batch = [slot for slot in slots if isinstance(slot, _Parsed)]
        results: list[FileResult] = []
        if batch:
            try:
                results, after = write(lambda: _store(library, batch, pending))  # noqa: B023 (called at once)
                pending = after
            except Exception as exc:  # noqa: BLE001 (the batch's transaction failed: none of it is stored)
                results = [_failure(item.path, exc) for item in batch]
        in_order = iter(results)  # one result per parsed file, in the batch's order
        report.results.extend(next(in_order) if isinstance(slot, _Parsed) else slot for slot in slots)
    if progress is not None:
        progress(len(files), len(files), Path())
    log.info("markdown import: %s", report.summary())
    return report
