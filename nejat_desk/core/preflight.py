"""The pre-flight check's vocabulary and its pure rules: what a finding is, where it points,
the per-edition rules a newsroom sets, and the checks that need no library (required fields,
pictures, share snippets). The text rules are in core/preflight_text.py; the checks that look
things up in the library (links, translations, the schedule, the outbox) in services/preflight.py.

Pure Python: no Qt, no SQLAlchemy. Every finding is a frozen value in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from nejat_desk.core.domain import EDITION_CODES, Platform
from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.schedule_warnings import WarningFormats
from nejat_desk.core.scheduling import plain_formats
from nejat_desk.core.snippets import (
    PINTEREST_DESCRIPTION_MAX,
    PINTEREST_TITLE_MAX,
    TELEGRAM_CAPTION_MAX,
    TELEGRAM_MESSAGE_MAX,
    X_MAX_WEIGHT,
    clean_line,
    hashtags_line,
    utf16_len,
    utm_link,
    x_weight,
)
from nejat_desk.core.typing_aids import DigitSystem

# Link previews (Facebook, X, WhatsApp, Telegram) want at least this, or they show a small card.
OG_MIN_SIZE = (1200, 630)
# RFC 5322 2.1.1: a header line SHOULD stay within 78 characters; mail clients cut longer subjects.
EMAIL_SUBJECT_MAX = 78
# WhatsApp refuses a message longer than this.
WHATSAPP_MESSAGE_MAX = 65536


# How numbers are written into findings: str on the command line, the interface's digits in the window.
NumberFormat = Callable[[int], str]
# How an instant (aware, UTC) is written into a finding, its zone included.
MomentFormat = Callable[[datetime], str]


def plain_moment(when: datetime) -> str:
    """The command line's way: ISO date and time in UTC, Western digits ("2026-12-06 09:30 UTC")."""
    value = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


@dataclass(frozen=True)
class FindingFormats:
    """How values are written into findings' sentences: plain on the command line (ISO, UTC, Western
    digits); the window passes the interface's digits, calendar and the user's zone."""

    number: NumberFormat = str
    moment: MomentFormat = plain_moment
    schedule: WarningFormats = field(default_factory=plain_formats)  # planning-rule sentences


PLAIN_FORMATS = FindingFormats()


class Severity(StrEnum):
    BLOCKS = "blocks"  # stops Publish and Schedule until fixed or overridden with a reason
    WARNS = "warns"
    NOTE = "note"


SEVERITY_ORDER = {Severity.BLOCKS: 0, Severity.WARNS: 1, Severity.NOTE: 2}


class Place(StrEnum):
    """What a finding's location names, so the window knows how to jump there."""

    FIELD = "field"  # a metadata field (Location.field)
    BODY = "body"  # a range of the Markdown source (start/end offsets, first/last line)
    MEDIA = "media"  # a picture or file of the media library (media_id)
    ARTICLE = "article"  # another article (article_id): a link target, a translation
    TRANSLATION = "translation"  # an edition with no translation yet (edition)
    OUTBOX = "outbox"  # a job of the outbox (job_id)


@dataclass(frozen=True)
class Location:
    place: Place
    field: str = ""  # title, slug, excerpt, category, tags, byline, source_name, featured, attachments, scheduled, ...
    media_id: int | None = None
    start: int = -1  # character offsets in the Markdown body
    end: int = -1
    first_line: int = 0  # 1-based lines of the Markdown body
    last_line: int = 0
    article_id: int | None = None
    edition: str = ""
    job_id: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "", -1, 0) or k == "place"}


@dataclass(frozen=True)
class Finding:
    code: str  # a stable name of the rule ("missing_alt", "http_link"...), for scripts and tests
    severity: Severity
    message: str  # a whole sentence in the interface language
    edition: str
    location: Location

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity.value, "message": self.message,
                "edition": self.edition, "location": self.location.as_json()}


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Blocking first, then warnings, then notes; within each, in the order they were found."""
    return tuple(sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity]))


def field_at(name: str) -> Location:
    return Location(Place.FIELD, field=name)


# --- the rules an edition sets --------------------------------------------------------------

# Fields an edition can make required (then missing blocks; otherwise it warns). The title is
# always required.
REQUIRABLE = ("excerpt", "category", "byline_or_source", "featured_image")


@dataclass(frozen=True)
class EditionRules:
    """What one edition asks of what goes out; stored in LibrarySetting 'preflight.editions'."""

    required: frozenset[str] = frozenset()  # of REQUIRABLE
    translations: tuple[str, ...] = ()  # editions every article of this one should also exist in
    digits: str = ""  # a DigitSystem the body's digits must be written in ("" = any)

    def to_json(self) -> dict[str, Any]:
        return {"required": sorted(self.required), "translations": list(self.translations), "digits": self.digits}

    @classmethod
    def from_json(cls, code: str, data: Any) -> EditionRules:
        """Rules from stored JSON, bad values refused with the edition and the key named."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ValidationError(translate("core.preflight", "The pre-flight rules of the {edition} edition must "
                                            "be a JSON object.").format(edition=edition_name(code)))
        required = data.get("required", [])
        if not isinstance(required, list) or not set(required) <= set(REQUIRABLE):
            raise ValidationError(translate("core.preflight", "The {edition} edition: required fields must be "
                                            "some of {fields}.").format(edition=edition_name(code),
                                                                        fields=", ".join(REQUIRABLE)))
        translations = data.get("translations", [])
        if (not isinstance(translations, list) or not set(translations) <= set(EDITION_CODES)
                or code in translations):
            raise ValidationError(translate("core.preflight", "The {edition} edition: translations must be other "
                                            "editions among {codes}.").format(edition=edition_name(code),
                                                                               codes=", ".join(EDITION_CODES)))
        digits = data.get("digits", "") or ""
        if digits not in ("", *(s.value for s in DigitSystem)):
            raise ValidationError(translate("core.preflight", "The {edition} edition: digits must be one of "
                                            "{systems}, or empty for any.").format(
                edition=edition_name(code), systems=", ".join(s.value for s in DigitSystem)))
        return cls(frozenset(required), tuple(dict.fromkeys(translations)), digits)


def rules_from_json(data: Any) -> dict[str, EditionRules]:
    """Every edition's rules from the stored JSON ({code: {...}}); editions not named have none."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValidationError(translate("core.preflight", "preflight.editions must be a JSON object."))
    return {code: EditionRules.from_json(code, value) for code, value in data.items() if code in EDITION_CODES}


# --- required fields --------------------------------------------------------------------------

@dataclass(frozen=True)
class ArticleFields:
    """The fields of one article (or of the editor's unsaved text) the pre-flight check reads."""

    edition: str
    title: str
    excerpt: str
    body_md: str
    category: str
    byline: str
    source_name: str
    featured_media_id: int | None


def required_fields(fields: ArticleFields, rules: EditionRules) -> list[Finding]:
    edition = fields.edition
    found: list[Finding] = []

    def missing(code: str, name: str, where: str, message: str) -> None:
        severity = Severity.BLOCKS if name in rules.required else Severity.WARNS
        found.append(Finding(code, severity, message.format(edition=edition_name(edition)), edition, field_at(where)))

    if not fields.title.strip():
        found.append(Finding("missing_title", Severity.BLOCKS, translate(
            "core.preflight", "The article has no title."), edition, field_at("title")))
    if not fields.excerpt.strip():
        missing("missing_excerpt", "excerpt", "excerpt", translate(
            "core.preflight", "There is no excerpt: share snippets and the site's lists will use the first "
            "paragraph."))
    if not fields.category.strip():
        missing("missing_category", "category", "category", translate(
            "core.preflight", "The article has no category in the {edition} edition."))
    if not fields.byline.strip() and not fields.source_name.strip():
        missing("missing_byline", "byline_or_source", "byline", translate(
            "core.preflight", "The article names neither a byline nor a source."))
    if fields.featured_media_id is None:
        missing("missing_featured", "featured_image", "featured", translate(
            "core.preflight", "The article has no featured image: the site shows none and link previews have no "
                              "picture."))
    return found


# --- pictures -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PictureFacts:
    """One picture (or file) a post uses, as the check needs it, in the post's edition."""

    media_id: int
    label: str
    kind: str  # MediaKind
    alt: str
    caption: str
    credit: str
    has_gps: bool
    focal_set: bool  # a focal point or a hand crop was chosen
    alt_flagged_from_site: bool = False
    width: int | None = None
    height: int | None = None
    role: str = "attachment"  # "featured", "attachment", "gallery", "cover"


def picture_findings(pictures: Iterable[PictureFacts], edition: str) -> list[Finding]:
    found: list[Finding] = []
    name = edition_name(edition)
    for p in pictures:
        if p.kind != "image":
            continue
        at = Location(Place.MEDIA, media_id=p.media_id, field=p.role)
        if not p.alt.strip():
            if p.alt_flagged_from_site:
                found.append(Finding("missing_alt", Severity.WARNS, translate(
                    "core.preflight", "The picture {picture} came from the site without alt text in the {edition} "
                    "edition.").format(picture=p.label, edition=name), edition, at))
            else:
                found.append(Finding("missing_alt", Severity.BLOCKS, translate(
                    "core.preflight", "The picture {picture} has no alt text in the {edition} edition.").format(
                    picture=p.label, edition=name), edition, at))
        if not p.caption.strip():
            found.append(Finding("missing_caption", Severity.WARNS, translate(
                "core.preflight", "The picture {picture} has no caption in the {edition} edition.").format(
                picture=p.label, edition=name), edition, at))
        if not p.credit.strip():
            found.append(Finding("missing_credit", Severity.WARNS, translate(
                "core.preflight", "The picture {picture} has no credit.").format(picture=p.label), edition, at))
        if p.has_gps:
            found.append(Finding("gps", Severity.NOTE, translate(
                "core.preflight", "The original of {picture} records where it was taken (GPS); the copies that go "
                "out leave it out.").format(picture=p.label), edition, at))
        if not p.focal_set:
            found.append(Finding("focal_not_set", Severity.NOTE, translate(
                "core.preflight", "No focal point was set for {picture}: its crops for each platform are taken "
                "from the middle.").format(picture=p.label), edition, at))
    return found


def open_graph_findings(featured: PictureFacts | None, edition: str, number: NumberFormat = str) -> list[Finding]:
    """The link preview's picture: there must be one, an image, at least 1200 × 630."""
    if featured is None:
        return [Finding("missing_og_image", Severity.WARNS, translate(
            "core.preflight", "There is no Open Graph image: link previews on Facebook, X, WhatsApp and Telegram "
            "show no picture."), edition, field_at("featured"))]
    at = Location(Place.MEDIA, media_id=featured.media_id, field="featured")
    if featured.kind != "image":
        return [Finding("missing_og_image", Severity.WARNS, translate(
            "core.preflight", "The featured file {picture} is not an image, so link previews show no picture.")
            .format(picture=featured.label), edition, at)]
    width, height = featured.width or 0, featured.height or 0
    if width < OG_MIN_SIZE[0] or height < OG_MIN_SIZE[1]:
        return [Finding("small_og_image", Severity.WARNS, translate(
            "core.preflight", "The featured image {picture} is {width} × {height} pixels; link previews want at "
            "least {min_width} × {min_height}.").format(picture=featured.label, width=number(width),
                                                        height=number(height), min_width=number(OG_MIN_SIZE[0]),
                                                        min_height=number(OG_MIN_SIZE[1])),
            edition, at)]
    return []


# --- share snippets -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ShareFacts:
    title: str
    excerpt: str  # the excerpt, or the first paragraph the snippets fall back to
    url: str
    edition: str
    hashtags: tuple[str, ...] = ()
    edited: Mapping[str, str] = field(default_factory=dict)  # platform -> a text staff edited by hand


def _platform_name(platform: Platform) -> str:
    return {Platform.X: "X", Platform.PINTEREST: "Pinterest", Platform.TELEGRAM: "Telegram",  # i18n: ok (names)
            Platform.WHATSAPP: "WhatsApp", Platform.EMAIL: "Email", Platform.FACEBOOK: "Facebook",  # i18n: ok
            Platform.SKYPE: "Skype"}[platform]  # i18n: ok (product names)


def snippet_findings(share: ShareFacts, number: NumberFormat = str) -> list[Finding]:
    """Each share text over its platform's limit. A text the desk writes is shortened at a word (a
    note says so); one staff edited by hand goes out as it is (a warning)."""
    edition = share.edition
    title, excerpt = clean_line(share.title), clean_line(share.excerpt)
    tags = hashtags_line(share.hashtags)
    link = utm_link(share.url, Platform.X, f"{edition}-share") if share.url else ""
    found: list[Finding] = []
    at = Location(Place.FIELD, field="excerpt")

    def over(platform: Platform, measured: int, limit: int, *, edited: bool) -> None:
        if measured <= limit:
            return
        if edited:
            message = translate("core.preflight", "The {platform} text edited by hand is {count} long where "
                                "{platform} allows {limit}.")
        else:
            message = translate("core.preflight", "The {platform} text would be {count} long where {platform} "
                                "allows {limit}; the desk shortens it at a word.")
        found.append(Finding("snippet_too_long", Severity.WARNS if edited else Severity.NOTE,
                             message.format(platform=_platform_name(platform), count=number(measured),
                                            limit=number(limit)),
                             edition, at))

    body = f"{title}\n\n{excerpt}" if excerpt else title
    generated_x = body + "\n\n" + " ".join(p for p in (tags, link) if p)
    over(Platform.X, x_weight(share.edited.get("x", generated_x)), X_MAX_WEIGHT, edited="x" in share.edited)
    visible = "\n\n".join(p for p in (title, excerpt, share.url, tags) if p)
    if "telegram" in share.edited:
        over(Platform.TELEGRAM, utf16_len(share.edited["telegram"]), TELEGRAM_MESSAGE_MAX, edited=True)
    else:
        over(Platform.TELEGRAM, utf16_len(visible), TELEGRAM_CAPTION_MAX, edited=False)
    over(Platform.PINTEREST, len(title), PINTEREST_TITLE_MAX, edited=False)
    description = share.edited.get("pinterest", " ".join(p for p in (excerpt or title, tags) if p))
    over(Platform.PINTEREST, len(description), PINTEREST_DESCRIPTION_MAX, edited="pinterest" in share.edited)
    over(Platform.WHATSAPP, len(share.edited.get("whatsapp", visible)), WHATSAPP_MESSAGE_MAX,
         edited="whatsapp" in share.edited)
    if len(title) > EMAIL_SUBJECT_MAX:
        found.append(Finding("email_subject_too_long", Severity.WARNS, translate(
            "core.preflight", "The title is {count} characters long; as an email subject, mail clients cut it "
            "after about {limit}.").format(count=number(len(title)), limit=number(EMAIL_SUBJECT_MAX)), edition,
            field_at("title")))
    return found
