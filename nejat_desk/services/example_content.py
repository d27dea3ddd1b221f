"""The example library a new library starts with (resources/examples, written for this project):
articles in every edition, the pictures they use, a photo gallery and a PDF issue.

The articles go through the ordinary Markdown import, so they are exactly what a user's own
files would become. Their dates are moved to the day the library got its examples (scheduled
ones in the coming days, published ones in the past weeks), and that day is remembered in the
library, so loading them again changes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from nejat_desk.core.frontmatter import ArticleDocument
    from nejat_desk.storage.library import Library

MANIFEST = "examples.yaml"
DAY_KEY = "examples.day"  # library setting: the day the examples' dates were moved to


@dataclass(frozen=True)
class ExampleLoadReport:
    imported_count: int  # example articles now in the library
    problems: list[str] = field(default_factory=list)
    media_count: int = 0
    day: date | None = None  # the day the dates were moved to


def examples_dir() -> Path:
    """The folder of example files inside the installed package."""
    folder = resources.files("nejat_desk.resources") / "examples"
    # Installed as a wheel or in development mode, the package's files are plain files on disk.
    return Path(str(folder))


def example_files() -> list[Path]:
    """Every example article, originals before translations (so `translation_of` always resolves)."""
    files = sorted(examples_dir().rglob("*.md"))
    return sorted(files, key=lambda p: ("translation_of:" in p.read_text(encoding="utf-8"), str(p)))


def manifest() -> dict[str, Any]:
    """The pictures, gallery, issue and anchor day (resources/examples/examples.yaml)."""
    data = yaml.safe_load((examples_dir() / MANIFEST).read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def written_for(data: dict[str, Any]) -> date:
    value = data.get("written_for")
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def moved(when: datetime | None, days: int) -> datetime | None:
    """The same wall-clock time and offset, `days` later (the offset is the edition's, so it stays)."""
    return when + timedelta(days=days) if when is not None else None


class ExampleContentService:
    """Loads the examples into the open library; each part is its own unit of work."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def load(self, today: date | None = None) -> ExampleLoadReport:
        """Import what is missing; a bad part is reported and the rest goes on."""
        data = manifest()
        day = self._example_day(today or date.today())
        shift = (day - written_for(data)).days
        problems: list[str] = []
        media = self._load_media(data, problems)
        articles = self._load_articles(shift, media, problems)
        self._load_gallery(data.get("gallery") or {}, media, problems)
        self._load_issue(data.get("issue") or {}, shift, media, problems)
        return ExampleLoadReport(imported_count=articles, problems=problems, media_count=len(media), day=day)

    # --- the day ----------------------------------------------------------------------------

    def _example_day(self, today: date) -> date:
        """The day remembered in the library, else `today` (then remembered)."""
        from nejat_desk.storage.models import LibrarySetting

        with self.library.session() as session:
            row = session.get(LibrarySetting, DAY_KEY)
            if row is not None:
                return date.fromisoformat(str(row.value))
            session.add(LibrarySetting(key=DAY_KEY, value=today.isoformat()))
        return today

    # --- pictures and the PDF ----------------------------------------------------------------

    def _load_media(self, data: dict[str, Any], problems: list[str]) -> dict[str, tuple[int, str]]:
        """Import the shipped files; returns their manifest names -> (media id, sha256)."""
        from nejat_desk.services.media import set_media_text
        from nejat_desk.services.media_import import IMPORTED, import_media, printable
        from nejat_desk.storage.models import MediaItem

        entries = {printable(examples_dir() / str(e["file"])): e for e in data.get("media") or []
                   if isinstance(e, dict) and e.get("file")}
        report = import_media(self.library, [Path(p) for p in entries], workers=1)
        found: dict[str, tuple[int, str]] = {}
        for line in report.lines:
            entry = entries.get(line.source)
            if line.media_id is None or entry is None:
                problems.append(line.text())
                continue
            with self.library.session() as session:
                item = session.get(MediaItem, line.media_id)
                if item is None or not item.sha256:
                    continue
                found[str(entry["file"])] = (item.id, item.sha256)
                if line.outcome == IMPORTED:  # texts only once: later edits by the user stay
                    for edition, text in (entry.get("texts") or {}).items():
                        set_media_text(session, item.id, str(edition), caption=str(text.get("caption", "")),
                                       alt_text=str(text.get("alt", "")))
        return found

    # --- articles ------------------------------------------------------------------------------

    def _load_articles(self, shift: int, media: dict[str, tuple[int, str]], problems: list[str]) -> int:
        from nejat_desk.core.errors import NejatError
        from nejat_desk.core.frontmatter import render_document
        from nejat_desk.services.import_translations import link_pending_translations
        from nejat_desk.services.markdown_import import Outcome, import_document, read_document

        loaded = 0
        for path in example_files():
            try:
                doc, _digest = read_document(path)
                doc = self._dated_and_linked(doc, shift, media)
                digest = hashlib.sha256(render_document(doc).encode("utf-8")).hexdigest()
                with self.library.session() as session:
                    outcome, _article_id, message = import_document(session, doc, digest)
                    link_pending_translations(session)
            except NejatError as exc:
                problems.append(str(exc))
                continue
            if outcome is Outcome.CONFLICT:
                problems.append(f"{path.name}: {message}")
            loaded += 1
        return loaded

    @staticmethod
    def _dated_and_linked(doc: ArticleDocument, shift: int, media: dict[str, tuple[int, str]]) -> ArticleDocument:
        """Dates moved to the example day; a shipped file named by its path becomes its sha256."""
        def ref(name: str) -> str:
            return media[name][1] if name in media else name

        return replace(doc, date=moved(doc.date, shift), scheduled=moved(doc.scheduled, shift),
                       featured_image=ref(doc.featured_image) if doc.featured_image else None,
                       attachments=[ref(a) for a in doc.attachments])

    # --- the gallery and the issue ------------------------------------------------------------------

    def _load_gallery(self, spec: dict[str, Any], media: dict[str, tuple[int, str]], problems: list[str]) -> None:
        from nejat_desk.core.errors import NejatError
        from nejat_desk.services import galleries
        from nejat_desk.storage.models import GalleryText

        titles = {str(k): str(v) for k, v in (spec.get("titles") or {}).items()}
        if not titles:
            return
        try:
            with self.library.session() as session:
                from sqlalchemy import select

                if session.scalars(select(GalleryText.gallery_id).where(GalleryText.title.in_(list(titles.values())))).first():
                    return  # loaded before
                gallery = galleries.create_gallery(session, str(spec.get("kind", "photo_gallery")), titles)
                ids = [media[name][0] for name in spec.get("items") or [] if name in media]
                galleries.add_items(session, gallery.id, ids)
                cover = media.get(str(spec.get("cover", "")))
                galleries.update_gallery(session, gallery.id, cover_media_id=cover[0] if cover else None)
                galleries.set_status(session, gallery.id, str(spec.get("status", "draft")))
        except NejatError as exc:
            problems.append(str(exc))

    def _load_issue(self, spec: dict[str, Any], shift: int, media: dict[str, tuple[int, str]],
                    problems: list[str]) -> None:
        from nejat_desk.core.errors import NejatError
        from nejat_desk.services.publications import PublicationService

        series_spec = spec.get("series") or {}
        if not series_spec:
            return
        publications = PublicationService(self.library)
        try:
            if any(s.slug == series_spec.get("slug") for s in publications.series()):
                return  # loaded before
            series_id = publications.create_series(str(series_spec["kind"]), str(series_spec["edition"]),
                                                   str(series_spec["name"]), str(series_spec.get("slug", "")))
            issued = spec.get("date")
            issue_date = (issued if isinstance(issued, date) else date.fromisoformat(str(issued))) if issued else None
            with self.library.session() as session:
                article_ids = [a for a in (self._article_id(session, e) for e in spec.get("articles") or [])
                               if a is not None]
            cover, pdf = media.get(str(spec.get("cover", ""))), media.get(str(spec.get("pdf", "")))
            publications.save_issue(
                series_id=series_id, number=int(spec.get("number", 1)), title=str(spec.get("title", "")),
                issue_date=issue_date + timedelta(days=shift) if issue_date else None,
                cover_media_id=cover[0] if cover else None, pdf_media_id=pdf[0] if pdf else None,
                article_ids=article_ids)
        except NejatError as exc:
            problems.append(str(exc))

    @staticmethod
    def _article_id(session: Session, entry: dict[str, str]) -> int | None:
        from sqlalchemy import select

        from nejat_desk.storage.models import Article

        return session.scalars(select(Article.id).where(Article.edition_code == entry.get("edition"),
                                                        Article.slug == entry.get("slug"))).first()


def load_example_content(library: Library, today: date | None = None) -> ExampleLoadReport:
    """Load the examples into `library` (the command line's `init` and scripts call this)."""
    return ExampleContentService(library).load(today)
