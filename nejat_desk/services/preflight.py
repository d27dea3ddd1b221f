"""The pre-flight check (`desk.preflight`): before an article, gallery or publication issue goes
out, what in it blocks, warns or is worth a note, edition by edition, each finding pointing at
the place to fix it.

- `check_article` reads the article (or the editor's unsaved text over it) in one unit of work
  and runs every rule: core/preflight.py (fields, pictures, snippets), core/preflight_text.py
  (the text), services/preflight_checks.py (links, translations, schedule, outbox).
- `clear_for` is the gate Publish and Schedule go through: blocking findings refuse with
  `PreflightBlocked` unless a reason to override is given, which is kept in the article's
  history (a revision with reason "preflight-override").
- `record` keeps which articles have blocking findings (LibrarySetting 'preflight.blocking':
  article id -> the version checked), so the Articles list shows a badge and filters them with
  one indexed lookup instead of checking 50,000 articles.
- `check_outside_links` asks outside addresses, only when the user asks, with a timeout; its
  findings only ever warn.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.errors import NejatError, ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.preflight import (
    PLAIN_FORMATS,
    EditionRules,
    Finding,
    FindingFormats,
    Location,
    NumberFormat,
    Place,
    Severity,
    field_at,
    picture_findings,
    rules_from_json,
    sort_findings,
)
from nejat_desk.core.preflight_text import LineIndex, links
from nejat_desk.core.scheduling import ScheduleRules
from nejat_desk.core.timeutil import as_utc, utc_now
from nejat_desk.services import preflight_checks as checks
from nejat_desk.services.preflight_article import ArticleDraft, ArticleFacts, read_facts, text_findings_of
from nejat_desk.services.preflight_overrides import OverrideRecord, keep_override, overrides_of
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    Edition,
    Gallery,
    GalleryText,
    LibrarySetting,
    PublicationIssue,
    TranslationBase,
)

log = logging.getLogger(__name__)

RULES_KEY = "preflight.editions"
BLOCKING_KEY = "preflight.blocking"
SCHEDULE_RULES_KEY = "schedule.rules"
OVERRIDE_REASON = "preflight-override"  # the revision's reason when blocking findings were overridden


@dataclass(frozen=True)
class PreflightReport:
    kind: str  # "article", "gallery", "issue"
    record_id: int
    edition: str
    label: str  # the title, else the slug
    version: int  # the record's version checked (articles), for the list's badge
    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.BLOCKS)

    @property
    def blocks(self) -> bool:
        return bool(self.blocking)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.record_id, "edition": self.edition, "label": self.label,
                "blocks": self.blocks, "findings": [f.as_json() for f in self.findings]}


class PreflightBlocked(NejatError):
    """Publish or Schedule refused: every blocking finding of every report, named in the message."""

    def __init__(self, reports: Sequence[PreflightReport]) -> None:
        parts = []
        for report in reports:
            lines = "\n".join(f"- {f.message}" for f in report.blocking)
            parts.append(translate("services.preflight", "“{title}” cannot go out yet; fix these or override them "
                                   "with a reason:\n{findings}").format(title=report.label, findings=lines))
        super().__init__("\n".join(parts))
        self.reports = tuple(reports)


class PreflightService:
    """Methods may run on any thread; each is one unit of work (`record` and `clear_for` write)."""

    def __init__(self, library: Library, *, clock: Callable[[], datetime] = utc_now) -> None:
        self.library = library
        self.clock = clock

    # --- the editions' rules ------------------------------------------------------------------

    def rules(self) -> dict[str, EditionRules]:
        with self.library.session() as session:
            row = session.get(LibrarySetting, RULES_KEY)
            return rules_from_json(row.value if row else None)

    def set_rules(self, edition: str, rules: EditionRules) -> None:
        EditionRules.from_json(edition, rules.to_json())  # the same checks as stored rules get
        with self.library.session() as session:
            if session.get(Edition, edition) is None:
                raise ValidationError(translate("services.preflight", "There is no edition {code}.")
                                      .format(code=repr(edition)))
            row = session.get(LibrarySetting, RULES_KEY)
            stored = dict(row.value or {}) if row else {}
            stored[edition] = rules.to_json()
            if row is None:
                session.add(LibrarySetting(key=RULES_KEY, value=stored))
            else:
                row.value = stored

    # --- articles ----------------------------------------------------------------------------------

    def check_article(self, article_id: int, *, draft: ArticleDraft | None = None,
                      when: datetime | None = None, formats: FindingFormats = PLAIN_FORMATS,
                      facts: ArticleFacts | None = None) -> PreflightReport:
        """Every finding for one article in its edition. `when`: the time it would be scheduled
        for (default: its planned time, if any). `formats`: how counts, line numbers and times are
        written (the window passes the interface's digits, calendar and zone). `facts`: what an
        earlier `article_facts` read, so a check while typing reads the library only for links to
        slugs it has not looked up (`when` and `formats` are then the facts')."""
        if facts is None or facts.article_id != article_id:
            facts = self.article_facts(article_id, when=when, formats=formats)

        def look_up(slugs: set[str]) -> checks.LinkTargets:
            with self.library.session() as session:
                return checks.link_targets(session, slugs)

        findings = text_findings_of(facts, draft, look_up)
        title = (draft or facts.saved).title
        return PreflightReport("article", article_id, facts.fields.edition, title or facts.slug, facts.version,
                               sort_findings(findings))

    def article_facts(self, article_id: int, *, when: datetime | None = None,
                      formats: FindingFormats = PLAIN_FORMATS) -> ArticleFacts:
        """What the check of an article reads from the library, in one unit of work
        (services/preflight_article.py)."""
        with self.library.session() as session:
            settings = {row.key: row.value for row in session.scalars(select(LibrarySetting).where(
                LibrarySetting.key.in_((RULES_KEY, SCHEDULE_RULES_KEY))))}  # one query for both
            rules = rules_from_json(settings.get(RULES_KEY))
            return read_facts(session, article_id, rules=lambda code: rules.get(code, EditionRules()),
                              when=as_utc(when) if when else None, now=self.clock(),
                              schedule_rules=ScheduleRules.from_json(settings.get(SCHEDULE_RULES_KEY)),
                              formats=formats)

    @staticmethod
    def _planned(record: Article | Gallery | PublicationIssue) -> datetime | None:
        if record.status == "published" or record.scheduled_at is None:
            return None
        return record.scheduled_at

    # --- galleries and publication issues -------------------------------------------------------------

    def check_gallery(self, gallery_id: int, *, when: datetime | None = None,
                      formats: FindingFormats = PLAIN_FORMATS) -> list[PreflightReport]:
        """One report per edition the gallery has words in (English when it has none). `when`: the
        time it would be planned for (default: its planned time, unless it is published)."""
        with self.library.session() as session:
            gallery = session.get(Gallery, gallery_id, options=[selectinload(Gallery.texts),
                                                               selectinload(Gallery.items)])
            if gallery is None:
                raise ValidationError(translate("services.preflight", "There is no gallery with id {id}.")
                                      .format(id=gallery_id))
            texts: dict[str, GalleryText | None] = {t.edition_code: t for t in gallery.texts} or {"en": None}
            reports = []
            for edition, text in sorted(texts.items()):
                found: list[Finding] = []
                title = (text.title if text else "") or ""
                if not title.strip():
                    found.append(Finding("missing_title", Severity.BLOCKS, translate(
                        "services.preflight", "The gallery has no title in the {edition} edition.").format(
                        edition=edition_name(edition)), edition, field_at("title")))
                if not gallery.items:
                    found.append(Finding("gallery_empty", Severity.BLOCKS, translate(
                        "services.preflight", "The gallery has no pictures."), edition, field_at("items")))
                if gallery.cover_media_id is None:
                    found.append(Finding("missing_cover", Severity.WARNS, translate(
                        "services.preflight", "The gallery has no cover picture."), edition, field_at("cover")))
                pictures = checks.picture_facts(session, checks.gallery_cover_and_items(gallery), edition)
                found += picture_findings(pictures, edition)
                planned = as_utc(when) if when else self._planned(gallery)
                if planned is not None:
                    found += checks.past_time(planned, self.clock(), edition, formats)
                found += checks.outbox_findings(session, "gallery", gallery.id, edition, formats.number)
                reports.append(PreflightReport("gallery", gallery.id, edition, title or gallery.slug,
                                               gallery.version, sort_findings(found)))
            return reports

    def check_issue(self, issue_id: int, *, when: datetime | None = None,
                    formats: FindingFormats = PLAIN_FORMATS) -> PreflightReport:
        """The issue's findings in its series' edition; `when` as for galleries."""
        with self.library.session() as session:
            issue = session.get(PublicationIssue, issue_id, options=[selectinload(PublicationIssue.series),
                                                                     selectinload(PublicationIssue.contents)])
            if issue is None:
                raise ValidationError(translate("services.preflight", "There is no publication issue with id {id}.")
                                      .format(id=issue_id))
            edition = issue.series.edition_code
            found: list[Finding] = []
            # A book is its PDF; a newsletter is made of its contents; a brief may be either.
            if issue.pdf_media_id is None and (issue.series.kind == "books" or not issue.contents):
                found.append(Finding("missing_pdf", Severity.BLOCKS, translate(
                    "services.preflight", "The issue has no PDF.") if issue.series.kind == "books" else translate(
                    "services.preflight", "The issue has neither a PDF nor any article in its table of contents."),
                    edition, field_at("pdf")))
            elif issue.pdf_media_id is None and issue.series.kind == "brief":
                found.append(Finding("missing_pdf", Severity.WARNS, translate(
                    "services.preflight", "The issue has no PDF."), edition, field_at("pdf")))
            if issue.cover_media_id is None:
                found.append(Finding("missing_cover", Severity.WARNS, translate(
                    "services.preflight", "The issue has no cover picture."), edition, field_at("cover")))
            found += picture_findings(checks.picture_facts(session, [(issue.cover_media_id, "cover")], edition),
                                      edition)
            for entry in issue.contents:
                article = entry.article
                if article.deleted_at is not None:
                    found.append(Finding("link_trashed", Severity.BLOCKS, translate(
                        "services.preflight", "“{title}” in the table of contents is in the trash.").format(
                        title=article.title or article.slug), edition,
                        Location(Place.ARTICLE, article_id=article.id)))
                elif article.status != "published":
                    found.append(Finding("link_unpublished", Severity.WARNS, translate(
                        "services.preflight", "“{title}” in the table of contents is not published ({status}).")
                        .format(title=article.title or article.slug, status=formats.schedule.status(article.status)),
                        edition,
                        Location(Place.ARTICLE, article_id=article.id)))
            planned = as_utc(when) if when else self._planned(issue)
            if planned is not None:
                found += checks.past_time(planned, self.clock(), edition, formats)
            found += checks.outbox_findings(session, "issue", issue.id, edition, formats.number)
            label = f"{issue.series.name} #{formats.number(issue.number)}"
            return PreflightReport("issue", issue.id, edition, label, 0, sort_findings(found))

    # --- the gate ---------------------------------------------------------------------------------------

    def clear_for(self, article_ids: int | Sequence[int], *, when: datetime | None = None,
                  override_reason: str = "", formats: FindingFormats = PLAIN_FORMATS) -> list[PreflightReport]:
        """The check Publish and Schedule go through, for one article or a batch. Blocking findings in
        any of them raise PreflightBlocked (naming every one, nothing written) unless `override_reason`
        says why they go out anyway; the reason is then kept as a revision note of each blocked one."""
        ids = [article_ids] if isinstance(article_ids, int) else list(article_ids)
        reports = [self.check_article(article_id, when=when, formats=formats) for article_id in ids]
        for report in reports:
            self.record(report)
        blocked = [r for r in reports if r.blocks]
        if not blocked:
            return reports
        reason = override_reason.strip()
        if not reason:
            raise PreflightBlocked(blocked)
        from nejat_desk.services.articles import load_article, make_revision

        with self.library.session() as session:
            for report in blocked:
                note = translate("services.preflight", "Pre-flight overridden: {reason} (blocking: {findings})")
                make_revision(session, load_article(session, report.record_id), OVERRIDE_REASON, note=note.format(
                    reason=reason, findings="; ".join(f.message for f in report.blocking)))
                log.info("pre-flight overridden for article %s (%d blocking findings)", report.record_id,
                         len(report.blocking))
        return reports

    def clear_object(self, kind: str, record_id: int, *, action: str, when: datetime | None = None,
                     override_reason: str = "", formats: FindingFormats = PLAIN_FORMATS) -> list[PreflightReport]:
        """The gate for a gallery ("gallery") or a publication issue ("issue") before it is planned
        (`action` "schedule", at `when`) or sent to the site to go out ("publish"). As `clear_for`;
        an override is kept in the record's override history (they have no revisions)."""
        if kind == "gallery":
            reports = self.check_gallery(record_id, when=when, formats=formats)
        elif kind == "issue":
            reports = [self.check_issue(record_id, when=when, formats=formats)]
        else:
            raise ValueError(f"no pre-flight gate for {kind!r}")
        blocked = [r for r in reports if r.blocks]
        if not blocked:
            return reports
        reason = override_reason.strip()
        if not reason:
            raise PreflightBlocked(blocked)
        with self.library.session() as session:
            keep_override(session, kind, record_id, action, reason, [f.message for r in blocked for f in r.blocking])
        log.info("pre-flight overridden for %s %s (%s)", kind, record_id, action)
        return reports

    def overrides(self, kind: str, record_id: int) -> list[OverrideRecord]:
        """A gallery's or an issue's pre-flight overrides, newest first."""
        with self.library.session() as session:
            return overrides_of(session, kind, record_id)

    # --- the list's badge ---------------------------------------------------------------------------------

    def record(self, report: PreflightReport) -> bool:
        """Remember whether an article has blocking findings; True when that changed (a write)."""
        if report.kind != "article" or self.library.read_only is not None:
            return False
        key = str(report.record_id)
        with self.library.session() as session:
            row = session.get(LibrarySetting, BLOCKING_KEY)
            stored: dict[str, int] = dict(row.value or {}) if row else {}
            if report.blocks == (key in stored) and (not report.blocks or stored[key] == report.version):
                return False
            if report.blocks:
                stored[key] = report.version
            else:
                stored.pop(key, None)
            if row is None:
                session.add(LibrarySetting(key=BLOCKING_KEY, value=stored))
            else:
                row.value = stored
            return True

    def blocked_article_ids(self) -> frozenset[int]:
        """Articles whose last check found blocking findings."""
        with self.library.session() as session:
            row = session.get(LibrarySetting, BLOCKING_KEY)
            return frozenset(int(k) for k in (row.value or {})) if row else frozenset()

    def check_all(self, *, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  record: Callable[[PreflightReport], object] | None = None) -> int:
        """Check every article not in the trash and record each result (`record`: how, e.g. handed to
        the window's writer thread; default `self.record`); returns how many block."""
        with self.library.session() as session:
            ids = list(session.scalars(select(Article.id).where(Article.deleted_at.is_(None)).order_by(Article.id)))
        keep = record or self.record
        blocking = 0
        for n, article_id in enumerate(ids, start=1):
            if cancelled is not None and cancelled():
                break
            try:
                report = self.check_article(article_id)
            except ValidationError:  # deleted meanwhile: nothing to check
                continue
            blocking += report.blocks
            keep(report)
            if progress is not None and (n % 50 == 0 or n == len(ids)):
                progress(n, len(ids))
        return blocking

    # --- outside links, on request -------------------------------------------------------------------------

    def check_outside_links(self, article_id: int, *, timeout: float = 5.0, client: Any = None,
                            number: NumberFormat = str) -> list[Finding]:
        """Ask each outside address the article links to (HEAD, else GET) with `timeout` seconds each.
        Only warnings: an address that does not answer may be down for a minute."""
        import httpx

        with self.library.session() as session:
            article = session.get(Article, article_id)
            if article is None:
                raise ValidationError(translate("services.preflight", "There is no article with id {article_id}.")
                                      .format(article_id=article_id))
            body, edition = article.body_md, article.edition_code
            addresses = checks.site_addresses(session)
        lines = LineIndex(body, number)
        outside = [link for link in links(body) if link.url.lower().startswith(("http://", "https://"))
                   and not any(link.url.split("://", 1)[1].startswith(a.base.split("://", 1)[-1]) for a in addresses)]
        found: list[Finding] = []
        own = client is None
        http = client or httpx.Client(timeout=timeout, follow_redirects=True,
                                      headers={"User-Agent": "NejatDesk-preflight"})  # i18n: ok (protocol)
        try:
            for link in outside:
                try:
                    answer = http.head(link.url)
                    if answer.status_code in (405, 501):  # servers that refuse HEAD
                        answer = http.get(link.url)
                    problem = "" if answer.status_code < 400 else str(answer.status_code)
                except httpx.HTTPError as exc:
                    problem = type(exc).__name__
                if problem:
                    found.append(Finding("outside_link", Severity.WARNS, translate(
                        "services.preflight", "The link {url} on line {line} did not answer well ({problem}).").format(
                        url=link.url, line=lines.line_words(link.start), problem=problem), edition,
                        lines.at(link.start, link.end)))
        finally:
            if own:
                http.close()
        return found


def stale_findings(session: Session, article: Article, number: Callable[[int], str]) -> list[Finding]:
    """A translation whose original changed since it was made or marked up to date warns; an
    original with such translations gets a note naming how many (services/translation_bases.py)."""
    from nejat_desk.services import translation_bases

    edition = article.edition_code
    found: list[Finding] = []
    if translation_bases.stale_ids(session, [article.id]):
        base = session.get(TranslationBase, article.id)
        found.append(Finding("stale_translation", Severity.WARNS, translate(
            "services.preflight", "The original of this translation changed since it was translated; bring it "
            "up to date, or mark it as up to date."), edition,
            Location(Place.ARTICLE, article_id=base.source_id if base else None)))
    stale = translation_bases.stale_translations_of(session, article.id)
    if stale:
        found.append(Finding("stale_translations_of", Severity.NOTE, translate(
            "services.preflight", "Translations of this article made before its last changes: {count}.").format(
            count=number(len(stale))), edition, Location(Place.ARTICLE, article_id=stale[0])))
    return found
