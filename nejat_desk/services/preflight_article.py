"""The pre-flight check of one article in two halves, so the panel can refresh while typing:

- `read_facts` reads, in one unit of work, everything the check needs from the library that the
  editor's text does not change: the fields, the edition's rules, the pictures, the share
  snippets' address and hand-edited texts, the link targets of the saved body, and the findings
  that need no text (translations, staleness, the schedule, the outbox);
- `text_findings_of` runs every rule that reads the text (fields, snippets, the text rules, links)
  against those facts; only a link to a slug the facts have not looked up needs the library again.

`PreflightService.check_article` (services/preflight.py) does both; the window keeps the facts
between keystrokes and reads them again when the article or the library changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nejat_desk.core.preflight import (
    ArticleFields,
    EditionRules,
    Finding,
    FindingFormats,
    PictureFacts,
    ShareFacts,
    open_graph_findings,
    picture_findings,
    required_fields,
    snippet_findings,
)
from nejat_desk.core.preflight_text import LineIndex, links, text_findings
from nejat_desk.core.scheduling import ScheduleRules
from nejat_desk.services import preflight_checks as checks
from nejat_desk.storage.models import Article, Category, Edition, SocialSnippet


@dataclass(frozen=True)
class ArticleDraft:
    """The editor's text not saved yet: checked instead of what the library holds."""

    title: str
    body_md: str
    excerpt: str


@dataclass(frozen=True)
class ArticleFacts:
    """What one check of an article read from the library (see the module's docstring)."""

    article_id: int
    version: int  # the article's version read, for the list's badge
    slug: str
    saved: ArticleDraft  # the text as the library holds it
    fields: ArticleFields  # with the saved text; a draft's text replaces it
    rules: EditionRules
    pictures: tuple[PictureFacts, ...]
    share: ShareFacts  # with the saved title and excerpt; a draft's replace them
    addresses: tuple[checks.SiteAddress, ...]
    link_targets: checks.LinkTargets
    looked_up: frozenset[str]  # slugs whose targets were asked for (found or not)
    when: datetime | None  # the planned time checked
    text_free: tuple[Finding, ...]  # the findings no text changes
    formats: FindingFormats = field(compare=False, default_factory=FindingFormats)


def read_facts(session: Session, article_id: int, *, rules: Callable[[str], EditionRules], when: datetime | None,
               now: datetime, schedule_rules: ScheduleRules, formats: FindingFormats) -> ArticleFacts:
    """`rules`: the rules of an edition; `when`: the time to check (None: the planned time, if any)."""
    from nejat_desk.services.articles import get_article

    # Only what the rules read (not tags or the translation group).
    article = get_article(session, article_id, options=[
        selectinload(Article.category).selectinload(Category.parent), selectinload(Article.attachments)])
    edition = article.edition_code
    if when is None and article.status != "published":
        when = article.scheduled_at
    editions = {row.code: row for row in session.scalars(select(Edition))}  # one query for the three uses
    saved = ArticleDraft(article.title, article.body_md, article.excerpt)
    fields = ArticleFields(edition, article.title, article.excerpt, article.body_md,
                           article.category.path() if article.category else "", article.byline,
                           article.source_name, article.featured_media_id)
    pictures = checks.picture_facts(session, [(article.featured_media_id, "featured"),
                                              *((a.media_id, "attachment") for a in article.attachments)], edition)
    addresses = checks.site_addresses(session, editions.values())
    slugs = checks.link_slugs(links(article.body_md), addresses)
    edition_rules = rules(edition)
    from nejat_desk.services.preflight import stale_findings

    text_free = checks.translation_gaps(session, article, edition_rules.translations)
    text_free += stale_findings(session, article, formats.number)
    if when is not None:
        zones = {code: row.time_zone for code, row in editions.items()}
        text_free += checks.schedule_findings(session, article, when, now, schedule_rules, zones, formats)
    text_free += checks.outbox_findings(session, "article", article.id, edition, formats.number)
    return ArticleFacts(article.id, article.version, article.slug, saved, fields, edition_rules, tuple(pictures),
                        _share_facts(session, article, editions.get(edition), now), tuple(addresses),
                        checks.link_targets(session, slugs), frozenset(slugs), when, tuple(text_free), formats)


def text_findings_of(facts: ArticleFacts, draft: ArticleDraft | None,
                     look_up: Callable[[set[str]], checks.LinkTargets]) -> list[Finding]:
    """Every finding of the article with `draft`'s text (None: the saved text). `look_up` is asked
    only for link targets the facts lack."""
    text = draft or facts.saved
    fields, rules, formats = facts.fields, facts.rules, facts.formats
    edition, number = fields.edition, formats.number
    found = required_fields(replace(fields, title=text.title, excerpt=text.excerpt, body_md=text.body_md), rules)
    found += picture_findings(facts.pictures, edition)
    featured = next((p for p in facts.pictures if p.role == "featured"), None)
    if fields.featured_media_id is not None or "featured_image" not in rules.required:
        found += open_graph_findings(featured, edition, number)
    share = replace(facts.share, title=text.title, excerpt=text.excerpt or _first_paragraph(text.body_md))
    found += snippet_findings(share, number)
    found += text_findings(text.body_md, edition=edition, title=text.title, excerpt=text.excerpt,
                           digits=rules.digits, number=number)
    body_links = links(text.body_md)
    addresses = list(facts.addresses)
    targets = facts.link_targets
    missing = checks.link_slugs(body_links, addresses) - facts.looked_up
    if missing:  # a link typed since the facts were read
        targets = {**targets, **look_up(missing)}
    found += checks.link_findings_in(edition, facts.slug, body_links, LineIndex(text.body_md), facts.when, formats,
                                     addresses, targets)
    return found + list(facts.text_free)


def _share_facts(session: Session, article: Article, row: Edition | None, now: datetime) -> ShareFacts:
    from nejat_desk.exporters.common import permalink

    url = ""
    if row is not None and row.site_url:
        url = permalink(row.site_url, row.permalink_pattern, slug=article.slug,
                        when=article.published_at or article.scheduled_at or now, zone=row.time_zone,
                        post_id=article.id)
    rows = session.execute(select(SocialSnippet.platform, SocialSnippet.text).where(
        SocialSnippet.article_id == article.id, SocialSnippet.edited.is_(True)))
    edited = {platform: text for platform, text in rows}
    return ShareFacts(article.title, article.excerpt, url, article.edition_code,
                      tuple(row.hashtags or ()) if row else (), edited)


def _first_paragraph(body: str) -> str:
    for block in body.split("\n\n"):
        if block.strip() and not block.lstrip().startswith(("#", "!", "```", "<")):
            return block.strip()
    return ""
