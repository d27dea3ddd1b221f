"""The publication calendar: gathering planned items, rescheduling, rules, and due/missed tracking.

One source of truth: *when* an item is planned lives only on its own record
(`Article.scheduled_at`, `Gallery.scheduled_at`, `PublicationIssue.scheduled_at`,
`SocialSnippet.scheduled_at`). `ScheduleEntry` rows never plan anything; they are the
due-tracking ledger for those instants: one live row per scheduled record whose `due_at`
names the instant it tracks, plus history rows (surfaced, done, cancelled). `reconcile()`
re-derives the ledger from the records in the same transaction as every reschedule and
at every sweep, so a time changed elsewhere (the article editor, an import) is picked up.

Every method opens its own session and may run on any thread.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nejat_desk.core.domain import ScheduleState
from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from nejat_desk.core.scheduling import (
    CalendarItem,
    DueVerdict,
    ItemKind,
    ScheduleRules,
    ScheduleWarning,
    action_text,
    classify_due,
    evaluate_rules,
)
from nejat_desk.core.timeutil import as_utc, utc_now
from nejat_desk.services import media as media_service
from nejat_desk.services.schedule_views import DueNotice as DueNotice
from nejat_desk.services.schedule_views import EditionInfo as EditionInfo
from nejat_desk.services.schedule_views import SweepResult as SweepResult
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    ArticleAttachment,
    Edition,
    Gallery,
    LibrarySetting,
    PublicationIssue,
    PublicationSeries,
    ScheduleEntry,
    SocialSnippet,
)

log = logging.getLogger(__name__)

RULES_KEY = "schedule.rules"
DONE_STATUSES = frozenset({"published", "posted", "sent", "done"})
OPEN_STATES = (ScheduleState.DUE.value, ScheduleState.MISSED.value)


# --- filters ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScheduleFilter:
    """What the window, the CLI and the iCalendar export show. Empty sets mean 'all'.

    Editions do not hide galleries (which belong to every edition); platforms narrow
    social posts only.
    """

    start: datetime | None = None  # UTC, inclusive
    end: datetime | None = None  # UTC, exclusive
    editions: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, as_utc(value))
        if self.start and self.end and self.end <= self.start:
            raise ValidationError(translate("services.schedule", "The end of the date range must be after its start."))
        unknown = set(self.kinds) - {k.value for k in ItemKind}
        if unknown:
            raise ValidationError(translate("services.schedule", "Unknown kind {kinds}; expected {expected}.").format(
                kinds=", ".join(sorted(unknown)), expected=", ".join(k.value for k in ItemKind)))

    def matches(self, item: CalendarItem) -> bool:
        if self.start and item.when < self.start:
            return False
        if self.end and item.when >= self.end:
            return False
        if self.kinds and item.kind.value not in self.kinds:
            return False
        if self.editions and item.edition is not None and item.edition not in self.editions:
            return False
        return not (self.platforms and item.kind is ItemKind.SOCIAL and item.platform not in self.platforms)

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "editions": sorted(self.editions), "kinds": sorted(self.kinds), "platforms": sorted(self.platforms)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ScheduleFilter:
        return cls(start=datetime.fromisoformat(data["start"]) if data.get("start") else None,
                   end=datetime.fromisoformat(data["end"]) if data.get("end") else None,
                   editions=frozenset(data.get("editions") or ()), kinds=frozenset(data.get("kinds") or ()),
                   platforms=frozenset(data.get("platforms") or ()))


def parse_key(key: str) -> tuple[ItemKind, int]:
    try:
        kind_text, _, id_text = key.partition(":")
        return ItemKind(kind_text), int(id_text)
    except ValueError:
        raise ValidationError(translate(
            "services.schedule", "{key} is not a calendar item (expected kind:id, e.g. article:12).",
        ).format(key=repr(key))) from None


_MODELS: dict[ItemKind, type[Any]] = {
    ItemKind.ARTICLE: Article, ItemKind.GALLERY: Gallery, ItemKind.ISSUE: PublicationIssue,
    ItemKind.SOCIAL: SocialSnippet,
}
# What the calendar reads of an article (never the body).
_ARTICLE_COLUMNS = (Article.id, Article.uid, Article.title, Article.slug, Article.edition_code, Article.status,
                    Article.scheduled_at, Article.featured_media_id, Article.updated_at)
# "There is no <kind> to schedule", one whole sentence per kind so each language words it itself.
_GONE = {
    ItemKind.ARTICLE: QT_TRANSLATE_NOOP("services.schedule", "There is no article {id} to schedule (it was deleted?)."),
    ItemKind.GALLERY: QT_TRANSLATE_NOOP("services.schedule", "There is no gallery {id} to schedule (it was deleted?)."),
    ItemKind.ISSUE: QT_TRANSLATE_NOOP("services.schedule", "There is no issue {id} to schedule (it was deleted?)."),
    ItemKind.SOCIAL: QT_TRANSLATE_NOOP("services.schedule", "There is no social post {id} to schedule (it was deleted?)."),
}

_ENTRY_COLUMN = {ItemKind.ARTICLE: "article_id", ItemKind.GALLERY: "gallery_id", ItemKind.ISSUE: "issue_id",
                 ItemKind.SOCIAL: "snippet_id"}


# (model, query) -> the query narrowed to the scheduled records asked for. Any: the model is one of
# four ORM classes and the query a Select of whatever columns the caller picked.
Bounded = Callable[[Any, Any], Any]


def _missing_alt(session: Session, media_ids: Sequence[int], edition: str) -> list[int]:
    """Images among `media_ids` without alt text in `edition`."""
    ids = list(dict.fromkeys(m for m in media_ids if m is not None))
    if not ids:
        return []
    # The blocking list plus the images that came from the site without alt: for the calendar
    # both deserve the warning.
    found = {m.media_id for m in media_service.missing_alt_text(session, ids, edition)}
    found |= set(media_service.flagged_from_site(session, ids, edition))
    return [m for m in ids if m in found]


class ScheduleService:
    def __init__(self, library: Library, *, clock: Callable[[], datetime] = utc_now) -> None:
        self.library = library
        self.clock = clock

    # --- editions and settings ------------------------------------------------------------------

    def editions(self) -> list[EditionInfo]:
        with self.library.session() as session:
            rows = session.scalars(select(Edition).order_by(Edition.position, Edition.code)).all()
            return [EditionInfo(e.code, e.name, e.native_name, e.time_zone, e.calendar, e.direction) for e in rows]

    def edition_zones(self) -> dict[str, str]:
        return {e.code: e.time_zone for e in self.editions()}

    def rules(self) -> ScheduleRules:
        with self.library.session() as session:
            row = session.get(LibrarySetting, RULES_KEY)
            return ScheduleRules.from_json(row.value if row else None)

    def set_rules(self, rules: ScheduleRules) -> None:
        with self.library.session() as session:
            row = session.get(LibrarySetting, RULES_KEY)
            if row is None:
                session.add(LibrarySetting(key=RULES_KEY, value=rules.to_json()))
            else:
                row.value = rules.to_json()

    # --- gathering ---------------------------------------------------------------------------

    def items(self, flt: ScheduleFilter | None = None) -> list[CalendarItem]:
        """Everything planned that the filter lets through, ordered by time."""
        flt = flt or ScheduleFilter()
        with self.library.session() as session:
            items = self._gather(session, flt)
        return sorted((i for i in items if flt.matches(i)), key=lambda i: (i.when, i.key))

    def item(self, key: str) -> CalendarItem | None:
        kind, record_id = parse_key(key)
        with self.library.session() as session:
            found = [i for i in self._gather(session, ScheduleFilter(), only=(kind, record_id))]
        return found[0] if found else None

    def _gather(self, session: Session, flt: ScheduleFilter,
                only: tuple[ItemKind, int] | None = None) -> list[CalendarItem]:
        def bounded(model: Any, query: Any) -> Any:
            query = query.where(model.scheduled_at.is_not(None))
            if only is not None:
                return query.where(model.id == only[1])
            if flt.start:
                query = query.where(model.scheduled_at >= flt.start)
            if flt.end:
                query = query.where(model.scheduled_at < flt.end)
            return query

        wanted = {only[0]} if only else ({ItemKind(k) for k in flt.kinds} or set(ItemKind))
        states = self._live_states(session)
        items: list[CalendarItem] = []
        if ItemKind.ARTICLE in wanted:
            items += self._article_items(session, bounded, states)
        if ItemKind.GALLERY in wanted:
            items += self._gallery_items(session, bounded, states)
        if ItemKind.ISSUE in wanted:
            issues = session.scalars(bounded(PublicationIssue, select(PublicationIssue).where(
                PublicationIssue.deleted_at.is_(None))).options(selectinload(PublicationIssue.series))).all()
            for i in issues:
                edition = i.series.edition_code
                title = f"{i.series.name} #{i.number}" + (f": {i.title}" if i.title else "")
                cover = [i.cover_media_id] if i.cover_media_id else []
                items.append(CalendarItem(
                    key=f"issue:{i.id}", kind=ItemKind.ISSUE, record_id=i.id, uid=i.uid, title=title,
                    when=i.scheduled_at, edition=edition, status=i.status,
                    images_missing_alt=tuple(_missing_alt(session, cover, edition)),
                    state=states.get(f"issue:{i.id}", "planned"), detail=i.series.kind, updated_at=i.updated_at))
        if ItemKind.SOCIAL in wanted:
            query = bounded(SocialSnippet, select(
                SocialSnippet.id, SocialSnippet.uid, SocialSnippet.platform, SocialSnippet.status,
                SocialSnippet.text, SocialSnippet.scheduled_at, SocialSnippet.updated_at,
                Article.id, Article.title, Article.edition_code, Article.scheduled_at,
                Article.published_at, Article.status).join(
                Article, Article.id == SocialSnippet.article_id).where(Article.deleted_at.is_(None)))
            if flt.platforms and only is None:
                query = query.where(SocialSnippet.platform.in_(flt.platforms))
            for (s_id, s_uid, platform, s_status, text, s_when, s_updated,
                 a_id, a_title, a_edition, a_when, a_published, a_status) in session.execute(query).all():
                items.append(CalendarItem(
                    key=f"social:{s_id}", kind=ItemKind.SOCIAL, record_id=s_id, uid=s_uid, title=a_title,
                    when=s_when, edition=a_edition, platform=platform, status=s_status,
                    linked_key=f"article:{a_id}", linked_when=a_when or a_published,
                    linked_status=a_status, state=states.get(f"social:{s_id}", "planned"),
                    detail=(text or "")[:200], updated_at=s_updated))
        return items

    def _article_items(self, session: Session, bounded: Bounded, states: dict[str, str]) -> list[CalendarItem]:
        items: list[CalendarItem] = []
        # Plain rows, not ORM objects: a busy month has thousands of them.
        articles = session.execute(bounded(Article, select(*_ARTICLE_COLUMNS).where(
            Article.deleted_at.is_(None)))).all()
        media_of: dict[int, list[int]] = {a.id: [a.featured_media_id] if a.featured_media_id else []
                                          for a in articles}
        attachments = session.execute(bounded(Article, select(
            ArticleAttachment.article_id, ArticleAttachment.media_id).join(
            Article, Article.id == ArticleAttachment.article_id).where(Article.deleted_at.is_(None))
            .order_by(ArticleAttachment.article_id, ArticleAttachment.position))).all()
        for article_id, media_id in attachments:
            if article_id in media_of:
                media_of[article_id].append(media_id)
        # One alt-text query per edition, not one per article.
        missing_in: dict[str, set[int]] = {}
        for edition in {a.edition_code for a in articles}:
            ids = [m for a in articles if a.edition_code == edition for m in media_of[a.id]]
            missing_in[edition] = set(_missing_alt(session, ids, edition))
        for a in articles:
            missing_here = missing_in.get(a.edition_code, set())
            items.append(CalendarItem(
                key=f"article:{a.id}", kind=ItemKind.ARTICLE, record_id=a.id, uid=a.uid, title=a.title,
                when=a.scheduled_at, edition=a.edition_code, status=a.status,
                images_missing_alt=tuple(m for m in dict.fromkeys(media_of[a.id]) if m in missing_here),
                state=states.get(f"article:{a.id}", "planned"), detail=a.slug, updated_at=a.updated_at))
        return items

    def _gallery_items(self, session: Session, bounded: Bounded, states: dict[str, str]) -> list[CalendarItem]:
        items: list[CalendarItem] = []
        galleries = session.scalars(bounded(Gallery, select(Gallery).where(Gallery.deleted_at.is_(None)))
                                    .options(selectinload(Gallery.texts), selectinload(Gallery.items))).all()
        for g in galleries:
            texts = {t.edition_code: t for t in g.texts}
            first = texts.get("en") or next(iter(texts.values()), None)
            title = (first.title if first and first.title else g.slug) or translate(
                "services.schedule", "Gallery {id}").format(id=g.id)
            media = [i.media_id for i in g.items] + ([g.cover_media_id] if g.cover_media_id else [])
            missing: list[int] = []
            for edition in texts or {"en": None}:
                missing += [m for m in _missing_alt(session, media, edition) if m not in missing]
            items.append(CalendarItem(
                key=f"gallery:{g.id}", kind=ItemKind.GALLERY, record_id=g.id, uid=g.uid, title=title,
                when=g.scheduled_at, status=g.status, images_missing_alt=tuple(missing),
                state=states.get(f"gallery:{g.id}", "planned"), detail=g.kind, updated_at=g.updated_at))
        return items

    def _live_states(self, session: Session) -> dict[str, str]:
        """The state of each record's newest ledger row (keys "kind:id")."""
        result: dict[str, str] = {}
        rows = session.execute(select(ScheduleEntry.article_id, ScheduleEntry.gallery_id, ScheduleEntry.issue_id,
                                      ScheduleEntry.snippet_id, ScheduleEntry.state).order_by(ScheduleEntry.id))
        kinds = (ItemKind.ARTICLE, ItemKind.GALLERY, ItemKind.ISSUE, ItemKind.SOCIAL)
        for *targets, state in rows:
            for kind, target in zip(kinds, targets, strict=True):
                if target is not None:
                    result[f"{kind.value}:{target}"] = state  # the newest row wins
                    break
        return result

    # --- rules ----------------------------------------------------------------------------------

    def warnings(self, flt: ScheduleFilter | None = None, *, days: Iterable[date] = (),
                 items: Sequence[CalendarItem] | None = None) -> list[ScheduleWarning]:
        """Warnings for the filtered plan; `days` are checked for editions with nothing planned."""
        flt = flt or ScheduleFilter()
        if items is None:
            # Rules look at every kind in the range, whatever the view shows.
            items = self.items(ScheduleFilter(start=flt.start, end=flt.end, editions=flt.editions))
        zones = self.edition_zones()
        if flt.editions:
            zones = {k: v for k, v in zones.items() if k in flt.editions}
        return evaluate_rules(items, self.rules(), edition_zones=zones, days=days)

    # --- planning ---------------------------------------------------------------------------

    def calendar_ics(self, flt: ScheduleFilter | None = None) -> tuple[bytes, int]:
        """The (filtered) calendar as iCalendar bytes, and the number of events in it."""
        from nejat_desk.exporters.ics import build_calendar

        flt = flt or ScheduleFilter()
        # One gathering for both: the rules look at every kind in the range, the file holds the filtered ones.
        context = self.items(ScheduleFilter(start=flt.start, end=flt.end, editions=flt.editions))
        items = [i for i in context if flt.matches(i)]
        calendar = build_calendar(items, edition_zones=self.edition_zones(), warnings=self.warnings(flt, items=context))
        return calendar.to_ical(), len(items)

    def export_ics(self, path: str | os.PathLike[str], flt: ScheduleFilter | None = None) -> int:
        """Write the (filtered) calendar to `path` atomically where the export rule allows (not into the
        library, not over a file that is not a calendar the desk wrote); returns the number of events."""
        from nejat_desk.services.export_destination import write_file

        data, count = self.calendar_ics(flt)
        write_file(Path(path), data, library_root=self.library.layout.root, fmt="ics")
        return count

    def reschedule(self, key: str, when: datetime | None) -> datetime | None:
        """Set (or with None clear) the planned instant of `key`; returns the previous one.

        The undo of a move is `reschedule(key, previous)`.
        """
        kind, record_id = parse_key(key)
        new_when = as_utc(when) if when is not None else None
        with self.library.session() as session:
            record = session.get(_MODELS[kind], record_id)
            if record is None or getattr(record, "deleted_at", None) is not None:
                raise ValidationError(translate("services.schedule", _GONE[kind]).format(id=record_id))
            previous: datetime | None = record.scheduled_at
            record.scheduled_at = new_when
            if kind is ItemKind.ARTICLE and new_when is None and record.status == "scheduled":
                record.status = "ready"
            session.flush()
            self._reconcile(session, self.clock())
        log.info("rescheduled %s", key)
        return previous

    def find_article(self, edition: str, slug: str) -> int:
        with self.library.session() as session:
            found = session.scalars(select(Article.id).where(
                Article.edition_code == edition, Article.slug == slug, Article.deleted_at.is_(None))).first()
        if found is None:
            raise ValidationError(translate("services.schedule", "There is no article {slug} in the {edition} edition.",
                                            ).format(slug=repr(slug), edition=edition_name(edition)))
        return int(found)

    def find_issue(self, series_slug: str, number: int) -> int:
        with self.library.session() as session:
            found = session.scalars(select(PublicationIssue.id).join(PublicationSeries).where(
                PublicationSeries.slug == series_slug, PublicationIssue.number == number)).first()
        if found is None:
            raise ValidationError(translate("services.schedule", "There is no issue {number} of the series {series}.",
                                            ).format(number=number, series=repr(series_slug)))
        return int(found)

    def issue_edition(self, issue_id: int) -> str | None:
        """The edition of an issue's series (None when the issue does not exist)."""
        with self.library.session() as session:
            issue = session.get(PublicationIssue, issue_id)
            return issue.series.edition_code if issue else None

    def find_gallery(self, slug: str) -> int:
        with self.library.session() as session:
            found = session.scalars(select(Gallery.id).where(Gallery.slug == slug)).first()
        if found is None:
            raise ValidationError(translate("services.schedule", "There is no gallery {slug}.").format(slug=repr(slug)))
        return int(found)

    def find_snippet(self, article_id: int, platform: str) -> int:
        with self.library.session() as session:
            found = session.scalars(select(SocialSnippet.id).where(
                SocialSnippet.article_id == article_id, SocialSnippet.platform == platform)).first()
            if found is None:
                # A share slot with no text yet is still a plan: create it empty, to be written later.
                from nejat_desk.services.articles import get_article

                get_article(session, article_id)  # says so when there is no such article
                snippet = SocialSnippet(article_id=article_id, platform=platform)
                session.add(snippet)
                session.flush()
                found = snippet.id
        return int(found)

    # --- the due ledger ---------------------------------------------------------------------------

    def reconcile(self) -> None:
        with self.library.session() as session:
            self._reconcile(session, self.clock())

    def _reconcile(self, session: Session, now: datetime) -> None:
        """Bring ScheduleEntry rows in line with the records' scheduled_at (the truth)."""
        targets = _reconcile_targets(session)
        # The newest ledger row per record, read as plain columns; a row is loaded as an object
        # only when it has to change.
        live: dict[str, tuple[int, str, datetime, str]] = {}
        kinds = (ItemKind.ARTICLE, ItemKind.GALLERY, ItemKind.ISSUE, ItemKind.SOCIAL)
        for entry_id, *ids, state, due_at, entry_title in session.execute(
                select(ScheduleEntry.id, ScheduleEntry.article_id, ScheduleEntry.gallery_id, ScheduleEntry.issue_id,
                       ScheduleEntry.snippet_id, ScheduleEntry.state, ScheduleEntry.due_at, ScheduleEntry.title)
                .order_by(ScheduleEntry.id)):
            for kind, target in zip(kinds, ids, strict=True):
                if target is not None:
                    live[f"{kind.value}:{target}"] = (entry_id, state, due_at, entry_title)
                    break
        for key, (when, status, title, edition, platform, gone) in targets.items():
            row = live.get(key)
            finished = status in DONE_STATUSES
            if row is not None and row[1] in (ScheduleState.PLANNED, *OPEN_STATES):
                entry_id, state, due_at, entry_title = row
                if finished:
                    entry = session.get_one(ScheduleEntry, entry_id)
                    entry.state, entry.done_at = ScheduleState.DONE.value, now
                    continue
                if gone or when is None:
                    entry = session.get_one(ScheduleEntry, entry_id)
                    if state == ScheduleState.PLANNED:
                        session.delete(entry)  # nothing happened yet: nothing to keep
                    else:
                        entry.state, entry.note = ScheduleState.CANCELLED.value, "unscheduled"
                    continue
                if due_at != when:
                    entry = session.get_one(ScheduleEntry, entry_id)
                    if state == ScheduleState.PLANNED:
                        entry.due_at, entry.title = when, title
                        continue
                    # Surfaced, then moved: the old notice is settled, the new time is tracked anew.
                    # The note is the ledger's own record (not shown), in English like the log.
                    entry.state, entry.note = ScheduleState.CANCELLED.value, f"moved to {when:%Y-%m-%d %H:%M} UTC"  # i18n: ok
                else:
                    if entry_title != title:
                        session.get_one(ScheduleEntry, entry_id).title = title
                    continue
            elif row is not None and row[2] == when:
                continue  # done or cancelled for this very instant
            if when is None or gone or finished:
                continue
            kind, record_id = parse_key(key)
            new = ScheduleEntry(kind=kind.value, edition_code=edition, platform=platform, title=title, due_at=when)
            setattr(new, _ENTRY_COLUMN[kind], record_id)
            session.add(new)
        session.flush()

    def sweep(self, *, watching_since: datetime | None) -> SweepResult:
        """Record every item that has come due, BEFORE anyone is told (crash-safe), and return them.

        `watching_since=None` is the start-up sweep: everything that came due is missed.
        """
        now = self.clock()
        result = SweepResult()
        with self.library.session() as session:
            self._reconcile(session, now)
            entries = session.scalars(select(ScheduleEntry).where(
                ScheduleEntry.state == ScheduleState.PLANNED.value, ScheduleEntry.due_at <= now)
                .order_by(ScheduleEntry.due_at, ScheduleEntry.id)).all()
            for entry in entries:
                verdict = classify_due(entry.due_at, now, watching_since=watching_since)
                if verdict is DueVerdict.NOT_YET:
                    continue
                entry.state = (ScheduleState.DUE if verdict is DueVerdict.DUE else ScheduleState.MISSED).value
                entry.surfaced_at = now
                notice = self._notice(entry)
                (result.due if verdict is DueVerdict.DUE else result.missed).append(notice)
        # The session has committed here: the notices can be shown now.
        if result.due or result.missed:
            log.info("schedule sweep: %d due, %d missed", len(result.due), len(result.missed))
        return result

    def attention(self) -> list[DueNotice]:
        """Everything that came due and nobody has acted on yet (due or missed), oldest first."""
        with self.library.session() as session:
            entries = session.scalars(select(ScheduleEntry).where(ScheduleEntry.state.in_(OPEN_STATES))
                                      .order_by(ScheduleEntry.due_at, ScheduleEntry.id)).all()
            return [self._notice(e) for e in entries]

    def mark_done(self, entry_id: int) -> None:
        self._settle(entry_id, ScheduleState.DONE)

    def dismiss(self, entry_id: int) -> None:
        self._settle(entry_id, ScheduleState.CANCELLED)

    def _settle(self, entry_id: int, state: ScheduleState) -> None:
        with self.library.session() as session:
            entry = session.get(ScheduleEntry, entry_id)
            if entry is None:
                raise ValidationError(translate("services.schedule", "There is no schedule entry {id}.").format(id=entry_id))
            entry.state = state.value
            if state is ScheduleState.DONE:
                entry.done_at = self.clock()

    def _notice(self, entry: ScheduleEntry) -> DueNotice:
        key = _entry_key(entry) or f"entry:{entry.id}"
        kind = ItemKind(entry.kind)
        probe = CalendarItem(key=key, kind=kind, record_id=0, uid="", title=entry.title, when=entry.due_at,
                             edition=entry.edition_code, platform=entry.platform)
        return DueNotice(entry.id, key, entry.title, entry.due_at, entry.state, action_text(probe),
                         entry.edition_code, entry.platform)


# A record the ledger follows: (scheduled time, status, title, edition, platform, deleted).
Target = tuple[datetime | None, str, str, str | None, str | None, bool]


def _reconcile_targets(session: Session) -> dict[str, Target]:
    """Scheduled records, and records the ledger already tracks (to settle them), by "kind:id"."""
    targets: dict[str, Target] = {}

    def relevant(model: Any, kind: ItemKind) -> Any:
        # Scheduled records, and records the ledger already tracks (to settle them).
        column = getattr(ScheduleEntry, _ENTRY_COLUMN[kind])
        return model.scheduled_at.is_not(None) | model.id.in_(select(column).where(column.is_not(None)))

    edition: str | None  # a gallery has no edition of its own, only a social post has a platform
    platform: str | None
    # Plain column queries: the sweep runs every 30 s and must not load article bodies.
    for rid, when, status, title, edition, deleted in session.execute(
            select(Article.id, Article.scheduled_at, Article.status, Article.title, Article.edition_code,
                   Article.deleted_at).where(relevant(Article, ItemKind.ARTICLE))):
        targets[f"article:{rid}"] = (when, status, title, edition, None, deleted is not None)
    for rid, when, status, slug, deleted in session.execute(
            select(Gallery.id, Gallery.scheduled_at, Gallery.status, Gallery.slug, Gallery.deleted_at)
            .where(relevant(Gallery, ItemKind.GALLERY))):
        label = slug or translate("services.schedule", "Gallery {id}").format(id=rid)
        targets[f"gallery:{rid}"] = (when, status, label, None, None, deleted is not None)
    for rid, when, status, number, name, edition, deleted in session.execute(
            select(PublicationIssue.id, PublicationIssue.scheduled_at, PublicationIssue.status,
                   PublicationIssue.number, PublicationSeries.name, PublicationSeries.edition_code,
                   PublicationIssue.deleted_at).join(PublicationSeries)
            .where(relevant(PublicationIssue, ItemKind.ISSUE))):
        targets[f"issue:{rid}"] = (when, status, f"{name} #{number}", edition, None, deleted is not None)
    for rid, when, status, platform, title, edition, deleted in session.execute(
            select(SocialSnippet.id, SocialSnippet.scheduled_at, SocialSnippet.status, SocialSnippet.platform,
                   Article.title, Article.edition_code, Article.deleted_at)
            .join(Article, Article.id == SocialSnippet.article_id)
            .where(relevant(SocialSnippet, ItemKind.SOCIAL))):
        targets[f"social:{rid}"] = (when, status, title, edition, platform, deleted is not None)
    return targets


def _entry_key(entry: ScheduleEntry) -> str | None:
    for kind, column in _ENTRY_COLUMN.items():
        value = getattr(entry, column)
        if value is not None:
            return f"{kind.value}:{value}"
    return None

