"""The Markdown interchange format: YAML front matter + Markdown body.

`parse_document` reads what `render_document` writes, so a round trip changes nothing.
Unknown keys are kept in `ArticleDocument.extra` and written back after the known ones.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from nejat_desk.core.domain import EDITION_CODES, ArticleStatus
from nejat_desk.core.i18n import translate
from nejat_desk.core.timeutil import format_iso_instant, parse_iso_instant

KNOWN_KEYS: tuple[str, ...] = (
    "title", "edition", "slug", "category", "tags", "byline", "source", "source_url", "excerpt",
    "status", "date", "scheduled", "featured_image", "attachments", "translation_of",
)

# What an unknown key may store (kept in the database and written back on export).
MAX_EXTRA_BYTES = 16 * 1024
MAX_EXTRA_TOTAL_BYTES = 64 * 1024
_PLAIN_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
Day = date  # a calendar day (ArticleDocument.date, an instant, shadows the name in the class)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


class FrontMatterError(ValueError):
    """A problem with one key (or the YAML block as a whole when key is None)."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


class _StringDatesLoader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings, so we parse (and reject) them ourselves, and refuses
    aliases: front matter never needs one, and a few hundred bytes of nested aliases ("billion laughs")
    expand to gigabytes."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            raise FrontMatterError(translate("core.frontmatter",
                                             "uses a YAML alias (*{name}, line {line}); aliases are not accepted "
                                             "in front matter: write the value out")
                                   .format(name=event.anchor, line=event.start_mark.line + 1))
        return super().compose_node(parent, index)


_StringDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class ArticleDocument:
    title: str
    edition: str
    body: str = ""
    slug: str | None = None
    category: str | None = None  # a path such as "World/Iraq"
    tags: list[str] = field(default_factory=list)
    byline: str | None = None
    source: str | None = None
    source_url: str | None = None
    excerpt: str | None = None
    status: ArticleStatus = ArticleStatus.DRAFT
    date: datetime | None = None
    scheduled: datetime | None = None
    featured_image: str | None = None
    attachments: list[str] = field(default_factory=list)
    translation_of: tuple[str, str] | None = None  # (edition, slug)
    extra: dict[str, Any] = field(default_factory=dict)
    # `date`/`scheduled` given as a plain day ("2026-12-01"): the day, until the edition's zone makes it an
    # instant (resolve_plain_days); and what the import report should say about keys left out.
    plain_days: dict[str, Day] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _text(meta: dict[str, Any], key: str, *, required: bool = False) -> str | None:
    value = meta.get(key)
    if value is None:
        if required:
            raise FrontMatterError(translate("core.frontmatter", "is missing"), key)
        return None
    if isinstance(value, (dict, list)):
        raise FrontMatterError(translate("core.frontmatter", "must be text, not {type}")
                               .format(type=type(value).__name__), key)
    text = str(value).strip()
    if required and not text:
        raise FrontMatterError(translate("core.frontmatter", "is empty"), key)
    return text or None


def _plain_day(meta: dict[str, Any], key: str) -> date | None:
    """The day of a date written without a time ("2026-12-01", as Jekyll and Hugo write it), else None."""
    raw = _text(meta, key)
    if raw is None or not _PLAIN_DAY.fullmatch(raw):
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise FrontMatterError(translate("core.frontmatter", "{value} is not a valid date")
                               .format(value=repr(raw)), key) from None


def _instant(meta: dict[str, Any], key: str) -> datetime | None:
    raw = _text(meta, key)
    if raw is None or _PLAIN_DAY.fullmatch(raw):
        return None
    try:
        return parse_iso_instant(raw)
    except ValueError as exc:
        raise FrontMatterError(translate("core.frontmatter",
                                         "{value} is not a valid ISO 8601 date with a UTC offset ({problem})")
                               .format(value=repr(raw), problem=exc), key) from None


def _text_list(meta: dict[str, Any], key: str) -> list[str]:
    value = meta.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or any(isinstance(v, (dict, list)) or v is None for v in value):
        raise FrontMatterError(translate("core.frontmatter", "must be a list of text items"), key)
    return [str(v).strip() for v in value if str(v).strip()]


def parse_document(text: str) -> ArticleDocument:
    """Parse a Markdown file with YAML front matter. Raises FrontMatterError naming the key."""
    if text.startswith("\ufeff"):
        text = text[1:]
    match = _FRONT_MATTER.match(text)
    if not match:
        raise FrontMatterError(translate("core.frontmatter",
                                         "has no YAML front matter block (a first line of '---')"))
    try:
        meta = yaml.load(match.group(1), Loader=_StringDatesLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        raise FrontMatterError(translate("core.frontmatter", "the YAML front matter is broken: {problem}")
                               .format(problem=exc).replace("\n", " ")) from None
    if not isinstance(meta, dict):
        raise FrontMatterError(translate("core.frontmatter",
                                         "the YAML front matter must be a mapping of keys to values"))
    meta = {str(k): v for k, v in meta.items()}
    body = text[match.end():]
    extra, notes = _kept_extra(meta)

    edition = _text(meta, "edition", required=True)
    assert edition is not None
    if edition not in EDITION_CODES:
        raise FrontMatterError(translate("core.frontmatter",
                                         "{edition} is not an edition; expected one of {codes}")
                               .format(edition=repr(edition), codes=", ".join(EDITION_CODES)), "edition")
    status_text = _text(meta, "status") or ArticleStatus.DRAFT.value
    try:
        status = ArticleStatus(status_text.replace(" ", "_").replace("-", "_").lower())
    except ValueError:
        allowed = ", ".join(s.value for s in ArticleStatus)
        raise FrontMatterError(translate("core.frontmatter",
                                         "{status} is not a status; expected one of {allowed}")
                               .format(status=repr(status_text), allowed=allowed), "status") from None

    translation_of = None
    raw_translation = meta.get("translation_of")
    if raw_translation is not None:
        if not isinstance(raw_translation, dict) or not raw_translation.get("slug") \
                or raw_translation.get("edition") not in EDITION_CODES:
            raise FrontMatterError(translate("core.frontmatter",
                                             "must be a mapping with 'edition' (en, ar, fa or sq) and 'slug'"),
                                   "translation_of")
        translation_of = (str(raw_translation["edition"]), str(raw_translation["slug"]))

    source_url = _text(meta, "source_url")
    if source_url is not None and not re.match(r"^https?://[^\s/]+", source_url):
        raise FrontMatterError(translate("core.frontmatter", "{url} is not an http(s) URL")
                               .format(url=repr(source_url)), "source_url")

    scheduled = _instant(meta, "scheduled")
    plain_days = {key: day for key in ("date", "scheduled") if (day := _plain_day(meta, key)) is not None}
    if status is ArticleStatus.SCHEDULED and scheduled is None and "scheduled" not in plain_days:
        raise FrontMatterError(translate("core.frontmatter", "a scheduled article needs a 'scheduled' date"),
                               "scheduled")

    return ArticleDocument(
        title=_text(meta, "title", required=True) or "",
        edition=edition,
        body=body,
        slug=_text(meta, "slug"),
        category=_text(meta, "category"),
        tags=_text_list(meta, "tags"),
        byline=_text(meta, "byline"),
        source=_text(meta, "source"),
        source_url=source_url,
        excerpt=_text(meta, "excerpt"),
        status=status,
        date=_instant(meta, "date"),
        scheduled=scheduled,
        featured_image=_text(meta, "featured_image"),
        attachments=_text_list(meta, "attachments"),
        translation_of=translation_of,
        extra=extra,
        plain_days=plain_days,
        notes=notes,
    )


def _kept_extra(meta: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Unknown keys to keep (written back on export) and a note for each one left out: only plain JSON
    values (text, numbers, lists, mappings) of at most MAX_EXTRA_BYTES each, MAX_EXTRA_TOTAL_BYTES in all."""
    kept: dict[str, Any] = {}
    notes: list[str] = []
    total = 0
    for key, value in meta.items():
        if key in KNOWN_KEYS:
            continue
        try:
            size = len(json.dumps(value, ensure_ascii=False, allow_nan=False).encode())
        except (TypeError, ValueError):
            notes.append(translate("core.frontmatter",
                                   "the unknown key {key} holds a value that is not plain text, numbers, lists "
                                   "or mappings; it was not kept").format(key=repr(key)))
            continue
        if size > MAX_EXTRA_BYTES or total + size > MAX_EXTRA_TOTAL_BYTES:
            notes.append(translate("core.frontmatter",
                                   "the unknown key {key} holds {size} KB, more than the {limit} KB unknown keys "
                                   "may store; it was not kept")
                         .format(key=repr(key), size=-(-size // 1024), limit=MAX_EXTRA_BYTES // 1024))
            continue
        kept[key] = value
        total += size
    return kept, notes


def resolve_plain_days(doc: ArticleDocument, zone: str) -> None:
    """Make each plain day the start of that day in `zone` (the edition's), as Jekyll and Hugo read it."""
    for key, day in doc.plain_days.items():
        instant = datetime.combine(day, time(0, 0), ZoneInfo(zone)).astimezone(UTC)
        if key == "date":
            doc.date = instant
        else:
            doc.scheduled = instant
    doc.plain_days = {}


# libyaml's emitter: the same text as PyYAML's own for everything else, ten times faster (it was 80 % of a
# Markdown export), and it keeps a NEL (U+0085) that PyYAML's turns into a space.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def render_document(doc: ArticleDocument) -> str:
    """Front matter in a fixed key order, then the body exactly as stored."""
    meta: dict[str, Any] = {"title": doc.title, "edition": doc.edition}
    optional: list[tuple[str, Any]] = [
        ("slug", doc.slug), ("category", doc.category), ("tags", doc.tags or None), ("byline", doc.byline),
        ("source", doc.source), ("source_url", doc.source_url), ("excerpt", doc.excerpt),
        ("status", doc.status.value),
        ("date", format_iso_instant(doc.date) if doc.date else None),
        ("scheduled", format_iso_instant(doc.scheduled) if doc.scheduled else None),
        ("featured_image", doc.featured_image), ("attachments", doc.attachments or None),
        ("translation_of", {"edition": doc.translation_of[0], "slug": doc.translation_of[1]}
         if doc.translation_of else None),
    ]
    meta.update((k, v) for k, v in optional if v is not None)
    meta.update(doc.extra)
    block = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, default_flow_style=False,
                      width=1000)
    return f"---\n{block}---\n{doc.body}"
