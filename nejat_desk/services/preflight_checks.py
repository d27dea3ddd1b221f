"""The pre-flight checks that look things up in the library, each given an open session: links to
the library's own articles, the translation group, the schedule, the outbox, and the pictures a
post uses (read into core.preflight.PictureFacts). services/preflight.py runs them in one unit of
work; the pure rules are in core/preflight.py and core/preflight_text.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import unquote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.i18n import translate
from nejat_desk.core.preflight import (
    PLAIN_FORMATS,
    Finding,
    FindingFormats,
    Location,
    NumberFormat,
    PictureFacts,
    Place,
    Severity,
)
from nejat_desk.core.preflight_text import LineIndex, Link
from nejat_desk.core.schedule_warnings import describe_warning
from nejat_desk.core.scheduling import CalendarItem, ItemKind, ScheduleRules, evaluate_rules
from nejat_desk.storage.models import Article, Edition, Gallery, MediaItem, MediaText, OutboxJob

_UNPUBLISHED_OK = ("published",)


# --- pictures -------------------------------------------------------------------------------

def picture_facts(session: Session, media_ids: Iterable[tuple[int | None, str]], edition: str) -> list[PictureFacts]:
    """(media id, role) pairs as PictureFacts in `edition`, in the order given, each id once (None skipped)."""
    pairs: list[tuple[int, str]] = list(dict.fromkeys((m, r) for m, r in media_ids if m is not None))
    ids = list(dict.fromkeys(m for m, _ in pairs))
    if not ids:
        return []
    items = {m.id: m for m in session.scalars(select(MediaItem).where(MediaItem.id.in_(ids)))}
    texts = {t.media_id: t for t in session.scalars(select(MediaText).where(
        MediaText.media_id.in_(ids), MediaText.edition_code == edition))}
    facts: list[PictureFacts] = []
    seen: set[int] = set()
    for media_id, role in pairs:
        item = items.get(media_id)
        if item is None or media_id in seen:
            continue
        seen.add(media_id)
        text = texts.get(media_id)
        # The crop editor stores a focal point other than the middle, or a hand crop: either is a choice.
        focal_set = (item.focal_x, item.focal_y) != (0.5, 0.5) or bool(item.crops)
        facts.append(PictureFacts(
            media_id=item.id, label=item.title or item.original_filename or f"#{item.id}", kind=item.kind,
            alt=text.alt_text if text else "", caption=text.caption if text else "", credit=item.credit or "",
            has_gps=bool(item.has_gps), focal_set=focal_set, alt_flagged_from_site=bool(item.alt_missing_from_site),
            width=item.width, height=item.height, role=role))
    return facts


# --- links to the library's own articles ------------------------------------------------------

@dataclass(frozen=True)
class SiteAddress:
    edition: str
    base: str  # the edition's site address, no trailing slash


def site_addresses(session: Session, editions: Iterable[Edition] | None = None) -> list[SiteAddress]:
    """The editions' site addresses, longest first (".../fa" before the English root); `editions`:
    rows the caller already read."""
    rows = [(e.code, e.site_url) for e in editions] if editions is not None else session.execute(
        select(Edition.code, Edition.site_url)).all()
    found = [SiteAddress(code, (url or "").rstrip("/")) for code, url in rows if url]
    return sorted(found, key=lambda a: len(a.base), reverse=True)


def _edition_and_slug(url: str, addresses: list[SiteAddress]) -> tuple[str, str] | None:
    """(edition, slug) when `url` is a post address of one of the editions' sites."""
    bare = url.split("#", 1)[0].split("?", 1)[0]
    for address in addresses:
        base = address.base
        for scheme in ("https://", "http://"):
            base_alt = scheme + base.split("://", 1)[-1]
            if bare == base_alt or bare.startswith(base_alt + "/"):
                path = urlsplit(bare).path[len(urlsplit(base_alt).path):]
                parts = [p for p in path.split("/") if p]
                if parts and parts[0] not in ("category", "tag", "author", "page", "feed", "wp-content"):
                    return address.edition, unquote(parts[-1])
                return None
    return None


# (edition, slug) -> (id, status, deleted_at, scheduled_at) of the library's articles a body links to
LinkTargets = dict[tuple[str, str], tuple[int, str, datetime | None, datetime | None]]


def link_slugs(found_links: list[Link], addresses: list[SiteAddress]) -> set[str]:
    """The slugs of the library's own post addresses among `found_links`."""
    return {target[1] for target in (_edition_and_slug(link.url, addresses) for link in found_links) if target}


def link_targets(session: Session, slugs: set[str]) -> LinkTargets:
    """The articles those slugs name, in one query (a long article links dozens of times)."""
    if not slugs:
        return {}
    return {(r[0], r[1]): (r[2], r[3], r[4], r[5]) for r in session.execute(select(
        Article.edition_code, Article.slug, Article.id, Article.status, Article.deleted_at, Article.scheduled_at)
        .where(Article.slug.in_(slugs)))}


def link_findings(session: Session, article: Article, found_links: list[Link], lines: LineIndex,
                  when: datetime | None, formats: FindingFormats = PLAIN_FORMATS) -> list[Finding]:
    """Links to the library's articles that readers would find missing (see `link_findings_in`)."""
    addresses = site_addresses(session)
    rows = link_targets(session, link_slugs(found_links, addresses))
    return link_findings_in(article.edition_code, article.slug, found_links, lines, when, formats, addresses, rows)


def link_findings_in(edition: str, own_slug: str, found_links: list[Link], lines: LineIndex, when: datetime | None,
                     formats: FindingFormats, addresses: list[SiteAddress], rows: LinkTargets) -> list[Finding]:
    """Links to articles in the trash, not published (nor going out before this one), or the same
    article's edition that does not exist yet; `rows` holds every target the links name."""
    targets = [(link, _edition_and_slug(link.url, addresses)) for link in found_links]
    found: list[Finding] = []
    for link, target in targets:
        if target is None:
            continue
        code, slug = target
        at = lines.at(link.start, link.end)
        row = rows.get((code, slug))
        if row is None:
            same_article = slug == own_slug and code != edition
            if same_article:
                message = translate("services.preflight_checks", "The link {url} goes to the {edition} edition of "
                                    "this article, which does not exist yet.")
            else:
                message = translate("services.preflight_checks", "The link {url} goes to an article the {edition} "
                                    "edition of the library does not have.")
            found.append(Finding("link_missing", Severity.WARNS, message.format(
                url=link.url, edition=edition_name(code)), edition, at))
            continue
        target_id, status, deleted_at, scheduled_at = row
        at = Location(Place.BODY, start=at.start, end=at.end, first_line=at.first_line, last_line=at.last_line,
                      article_id=target_id)
        if deleted_at is not None:
            found.append(Finding("link_trashed", Severity.BLOCKS, translate(
                "services.preflight_checks", "The link {url} goes to an article in the trash.").format(url=link.url),
                edition, at))
        elif status not in _UNPUBLISHED_OK:
            goes_first = scheduled_at is not None and when is not None and scheduled_at <= when
            if not goes_first:
                found.append(Finding("link_unpublished", Severity.BLOCKS, translate(
                    "services.preflight_checks", "The link {url} goes to an article that is not published ({status})"
                    " and not scheduled to go out before this one.").format(
                    url=link.url, status=formats.schedule.status(status)),
                    edition, at))
    return found


# --- the translation group -----------------------------------------------------------------------

def translation_gaps(session: Session, article: Article, wanted: tuple[str, ...]) -> list[Finding]:
    """Editions the edition's rules plan for every article that this one has no translation in."""
    if not wanted:
        return []
    present: set[str] = {article.edition_code}
    if article.translation_group_id is not None:
        present |= set(session.scalars(select(Article.edition_code).where(
            Article.translation_group_id == article.translation_group_id, Article.deleted_at.is_(None))))
    return [Finding("translation_missing", Severity.WARNS, translate(
        "services.preflight_checks", "There is no {edition} translation yet; the {own} edition plans one for every "
        "article.").format(edition=edition_name(code), own=edition_name(article.edition_code)),
        article.edition_code, Location(Place.TRANSLATION, edition=code)) for code in wanted if code not in present]


# --- the schedule and the outbox -------------------------------------------------------------------

def past_time(when: datetime, now: datetime, edition: str, formats: FindingFormats) -> list[Finding]:
    """A planned time already gone: it warns (back-dating is legitimate; the site publishes at once)."""
    if when >= now:
        return []
    return [Finding("schedule_past", Severity.WARNS, translate(
        "services.preflight_checks", "The planned time {when} is in the past: the site publishes it at once.").format(
        when=formats.moment(when)), edition, Location(Place.FIELD, field="scheduled"))]


def schedule_findings(session: Session, article: Article, when: datetime, now: datetime, rules: ScheduleRules,
                      zones: dict[str, str], formats: FindingFormats = PLAIN_FORMATS) -> list[Finding]:
    """A time in the past, a slot another post of the edition already has, and the planning rules."""
    edition = article.edition_code
    at = Location(Place.FIELD, field="scheduled")
    found = past_time(when, now, edition, formats)
    minute = when.replace(second=0, microsecond=0)
    window_start, window_end = when - timedelta(days=1), when + timedelta(days=1)
    rows = session.execute(select(Article.id, Article.title, Article.slug, Article.scheduled_at, Article.status,
                                  Article.uid).where(
        Article.edition_code == edition, Article.deleted_at.is_(None), Article.id != article.id,
        Article.scheduled_at.is_not(None), Article.scheduled_at >= window_start,
        Article.scheduled_at < window_end)).all()
    planned = [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows if r[3] is not None]  # the query made sure
    for other_id, title, slug, other_when, _status, _uid in planned:
        if other_when.replace(second=0, microsecond=0) == minute:
            found.append(Finding("slot_taken", Severity.WARNS, translate(
                "services.preflight_checks", "“{title}” is already planned in the {edition} edition at the same time."
                ).format(title=title or slug, edition=edition_name(edition)), edition,
                Location(Place.ARTICLE, article_id=other_id)))
    items = [CalendarItem(key=f"article:{r[0]}", kind=ItemKind.ARTICLE, record_id=r[0], uid=r[5], title=r[1],
                          when=r[3], edition=edition, status=r[4]) for r in planned]
    key = f"article:{article.id}"
    items.append(CalendarItem(key=key, kind=ItemKind.ARTICLE, record_id=article.id, uid=article.uid,
                              title=article.title, when=when, edition=edition, status="scheduled"))
    # Only crowding: readiness and alt text are this check's own findings, empty days are the calendar's.
    crowding = ScheduleRules(max_posts_per_hour=rules.max_posts_per_hour, min_gap_minutes=rules.min_gap_minutes,
                             warn_empty_days=False, warn_not_ready=False, warn_social_before_article=False,
                             warn_missing_alt=False)
    for warning in evaluate_rules(items, crowding, edition_zones={edition: zones.get(edition, "UTC")}):
        if key in warning.item_keys:
            found.append(Finding("planning_rule", Severity.WARNS, describe_warning(warning, formats.schedule),
                                 edition, at))
    return found


def outbox_findings(session: Session, object_type: str, object_id: int, edition: str,
                    number: NumberFormat = str) -> list[Finding]:
    found: list[Finding] = []
    for job in session.scalars(select(OutboxJob).where(
            OutboxJob.object_type == object_type, OutboxJob.object_id == object_id,
            OutboxJob.state.in_(("failed", "conflict")))):
        if job.state == "conflict":
            message = translate("services.preflight_checks", "Outbox job {job} is in conflict with the site: "
                                "resolve it in Sites before this goes out.")
        else:
            message = translate("services.preflight_checks", "Outbox job {job} failed: {error}")
        found.append(Finding("outbox_failed", Severity.WARNS, message.format(
            job=number(job.id), error=(job.last_error or "").strip()[:300]), edition, Location(Place.OUTBOX, job_id=job.id)))
    return found


def gallery_cover_and_items(gallery: Gallery) -> list[tuple[int | None, str]]:
    pairs: list[tuple[int | None, str]] = [(gallery.cover_media_id, "cover")] if gallery.cover_media_id else []
    return pairs + [(item.media_id, "gallery") for item in gallery.items]
