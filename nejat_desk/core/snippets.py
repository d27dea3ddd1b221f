"""Share-ready snippets: the text, link, image and share URL each platform wants.

Pure rules, no database: `build_snippet(source, platform)` gives one `Snippet`. X's weighted
length is counted by twitter-text-parser (X's own published algorithm); texts are shortened
at word boundaries, never inside a word or a grapheme cluster, with few counter calls.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from nejat_desk.core.domain import Platform
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from nejat_desk.core.render import plain_text

X_MAX_WEIGHT = 280
TELEGRAM_CAPTION_MAX = 1023  # "under 1,024"
TELEGRAM_MESSAGE_MAX = 4095  # "under 4,096"
PINTEREST_TITLE_MAX = 100
PINTEREST_DESCRIPTION_MAX = 500
ELLIPSIS = "…"

# For the person sharing (the interface language): translated where a snippet is built.
SKYPE_NOTICE = QT_TRANSLATE_NOOP(
    "core.snippets", "Consumer Skype was retired in May 2025 and its web share endpoint with it: there is no "
    "share link for Skype any more. Copy the message below and paste it into Teams or any chat.")

# Rendition each platform's image comes from (see core/renditions.py).
PLATFORM_RENDITION: dict[Platform, str | None] = {
    Platform.FACEBOOK: "og", Platform.X: "og", Platform.PINTEREST: "pinterest", Platform.WHATSAPP: "og",
    Platform.TELEGRAM: "og", Platform.SKYPE: None, Platform.EMAIL: None,
}


@dataclass(frozen=True)
class SnippetSource:
    """What a snippet is made from: one article as its edition shows it."""

    title: str
    url: str  # the canonical article URL
    edition: str
    direction: str = "ltr"
    excerpt: str = ""
    hashtags: tuple[str, ...] = ()
    # rendition name -> (file name as exported, public URL); see PLATFORM_RENDITION
    images: tuple[tuple[str, str, str], ...] = ()
    image_alt: str = ""
    campaign: str = ""  # utm_campaign; defaults to "<edition>-share"


@dataclass(frozen=True)
class Snippet:
    platform: Platform
    text: str  # what is posted or pasted
    link: str  # the UTM-tagged article link
    image: str = ""  # rendition file name ("" when the platform takes no image)
    share_url: str | None = None  # None: the platform has no share endpoint (Skype)
    title: str = ""  # Pinterest title, email subject
    description: str = ""  # Pinterest description, Telegram caption
    notice: str = ""  # something the user must be told (Skype)
    measure: dict[str, int] = field(default_factory=dict)  # the counted lengths, for tests and the preview

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "link": self.link, "image": self.image, "share_url": self.share_url,
                "title": self.title, "description": self.description, "notice": self.notice,
                "measure": dict(self.measure)}


# --- text helpers --------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
_WORD_END = re.compile(r"\S(?=\s|$)")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_line(text: str) -> str:
    """One line of core.render.plain_text (share texts are plain text everywhere): whitespace collapsed,
    control characters gone. Each platform's text escapes it for where it goes (Telegram's HTML, URLs)."""
    text = _CONTROL.sub("", plain_text(text))
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _joins_previous(ch: str) -> bool:
    """True when `ch` continues the grapheme cluster before it (marks, ZWJ, selectors, modifiers)."""
    cp = ord(ch)
    return (unicodedata.category(ch) in ("Mn", "Me", "Mc") or cp == 0x200D or 0xFE00 <= cp <= 0xFE0F
            or 0xE0100 <= cp <= 0xE01EF or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F)


def is_grapheme_boundary(text: str, index: int) -> bool:
    if index <= 0 or index >= len(text):
        return True
    if _joins_previous(text[index]) or text[index - 1] == "\u200d":
        return False
    ri = 0  # regional indicator pairs (flags) never split
    j = index - 1
    while j >= 0 and 0x1F1E6 <= ord(text[j]) <= 0x1F1FF:
        ri += 1
        j -= 1
    return not (ri % 2 == 1 and 0x1F1E6 <= ord(text[index]) <= 0x1F1FF)


def word_ends(text: str) -> list[int]:
    """Offsets just after each word (where a cut leaves whole words), ascending."""
    return [m.end() for m in _WORD_END.finditer(text)]


def cut_at_word(text: str, limit: int) -> str:
    """The longest prefix of whole words whose length is at most `limit`; graphemes if one word is too long."""
    if len(text) <= limit:
        return text
    best = 0
    for end in word_ends(text):
        if end > limit:
            break
        best = end
    if best == 0:
        best = limit
        while best > 0 and not is_grapheme_boundary(text, best):
            best -= 1
    return text[:best].rstrip(" ,;:—-–،؛.")


def shorten(text: str, limit: int, measure: Callable[[str], int] = len) -> str:
    """`text`, or its longest word-boundary prefix plus an ellipsis whose measure is at most `limit`."""
    if measure(text) <= limit:
        return text
    ends = word_ends(text)
    lo, hi, best = 0, len(ends) - 1, ""
    while lo <= hi:  # binary search over word boundaries: about log2(words) measurements
        mid = (lo + hi) // 2
        candidate = text[:ends[mid]].rstrip(" ,;:—-–،؛.") + ELLIPSIS
        if measure(candidate) <= limit:
            best, lo = candidate, mid + 1
        else:
            hi = mid - 1
    if best:
        return best
    # A single word longer than the limit: cut at a grapheme boundary.
    cut = len(text)
    while cut > 0 and measure(text[:cut] + ELLIPSIS) > limit:
        cut = max(0, cut - max(1, cut // 8))
        while cut > 0 and not is_grapheme_boundary(text, cut):
            cut -= 1
    return text[:cut] + ELLIPSIS if cut else ""


def hashtag(word: str) -> str:
    """'#Word' with spaces and punctuation a hashtag cannot hold removed (letters of every script kept)."""
    body = "".join(ch for ch in word.strip().lstrip("#") if ch.isalnum() or ch == "_" or _joins_previous(ch))
    return f"#{body}" if body else ""


def hashtags_line(words: tuple[str, ...] | list[str]) -> str:
    return " ".join(h for h in dict.fromkeys(hashtag(w) for w in words) if h)


def utm_link(url: str, platform: Platform, campaign: str) -> str:
    """The article URL with utm_source/medium/campaign added (existing query kept, fragment kept)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("utm_")]
    query += [("utm_source", platform.value), ("utm_medium", "social"), ("utm_campaign", campaign)]
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query, quote_via=quote), parts.fragment))


def mailto(subject: str, body: str) -> str:
    """RFC 6068 mailto: UTF-8 percent-encoding, %20 for spaces, CRLF line breaks as %0D%0A."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    return f"mailto:?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


# --- X's counting ---------------------------------------------------------------------------

# Characters none of which can start or join an emoji: everything below U+2000 but © and ®, the
# direction and joiner marks, and general punctuation up to U+203B (dashes, quotes, "…"; ‼ is U+203C).
_NO_EMOJI = re.compile("[\u0000-\u00a8\u00aa-\u00ad\u00af-\u1fff\u200c-\u2027\u2030-\u203b]*")


def _x_count(text: str, limit: int) -> tuple[int, int]:
    """(weighted length, code points of the longest prefix within `limit`) by X's counting.

    twitter-text-parser's parse_tweet runs its emoji scan (its slowest step by far) even when emoji
    parsing is off. A text with no character that can start or join an emoji (see _NO_EMOJI) is
    counted here with the library's own pieces instead, in parse_tweet's order: its URL extractor,
    its transformed URL length and its character weights from its configuration. Any other text
    goes to parse_tweet itself. A test compares both on random texts."""
    import twitter_text
    from twitter_text.config import config

    options = config["defaults"]
    if not _NO_EMOJI.fullmatch(text):
        result = twitter_text.parse_tweet(text, dict(options, max_weighted_tweet_length=limit))
        units, count = result.validRangeEnd + 1, 0
        prefix = len(text)
        if result.weightedLength > limit:
            for i, ch in enumerate(text):
                count += 2 if ord(ch) > 0xFFFF else 1
                if count >= units:
                    prefix = i + 1
                    break
        return int(result.weightedLength), prefix
    from twitter_text.extract_urls import extract_urls_with_indices

    normalized = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if normalized != text:  # parse_tweet's offsets would be in the normalised text: let it count
        result = twitter_text.parse_tweet(text, dict(options, max_weighted_tweet_length=limit))
        return int(result.weightedLength), len(text) if result.weightedLength <= limit else 0
    scale = options["scale"]
    url_weight = options["transformed_url_length"] * scale
    cap = limit * scale
    weights = _weight_table(options)
    urls = {e["indices"][0]: e["url"] for e in extract_urls_with_indices(normalized)}
    weight, prefix, i, n = 0, 0, 0, len(normalized)
    while i < n:
        if i in urls:
            weight += url_weight
            i += len(urls[i]) - 1
        else:
            weight += weights.get(ord(normalized[i]), options["default_weight"])
        if weight <= cap:
            prefix = i + 1
        i += 1
    return int(weight / scale), prefix


_WEIGHTS: dict[int, int] = {}


def _weight_table(options: dict[str, object]) -> dict[int, int]:
    """Code point -> weight for everything below U+2040, from the library's configured ranges."""
    if not _WEIGHTS:
        from twitter_text.get_character_weight import get_character_weight

        for cp in range(0x2040):
            if not 0xD800 <= cp <= 0xDFFF:
                _WEIGHTS[cp] = get_character_weight(chr(cp), options)
    return _WEIGHTS


def x_weight(text: str) -> int:
    return _x_count(text, X_MAX_WEIGHT)[0]


def _x_valid_prefix(text: str, budget: int) -> int:
    """How many code points of `text` fit in `budget` by X's counting (one counter call)."""
    if budget <= 0:
        return 0
    return _x_count(text, budget)[1]


def _cap_for_counting(body: str, chars: int = 320) -> str:
    """Whole words of `body` up to about `chars` code points outside links: more could never fit in 280,
    and the counter's cost grows with the text. Only optimality depends on this, never validity."""
    total = 0
    end = 0
    for match in re.finditer(r"\S+", body):
        word = match.group()
        if not word.lower().startswith(("http://", "https://", "www.")):
            total += len(word) + 1
        if total > chars:
            break
        end = match.end()
    return body if end >= len(body.rstrip()) else body[:end]


def fit_x(body: str, suffix: str, limit: int = X_MAX_WEIGHT) -> tuple[str, int]:
    """`body + suffix` within X's limit, shortening `body` at a word boundary; returns (text, weight).

    Usually three counter calls: the suffix, the longest prefix of the body that fits (one call, read
    from the counter's valid range), and the final check."""
    body = unicodedata.normalize("NFC", body)
    suffix = unicodedata.normalize("NFC", suffix)
    capped = _cap_for_counting(body)
    if capped == body:
        whole = x_weight(body + suffix)
        if whole <= limit:
            return body + suffix, whole
    budget = limit - x_weight(ELLIPSIS + suffix)
    fits = _x_valid_prefix(capped, budget)
    guess = cut_at_word(capped, fits)
    if guess:
        candidate = guess + ELLIPSIS + suffix
        weight = x_weight(candidate)
        if weight <= limit:
            return candidate, weight
    # A cut inside a URL can change how it counts: fall back to the binary search over word ends.
    short = shorten(capped, limit, lambda t: x_weight(t + suffix))
    text = (short + suffix) if short else suffix.lstrip()
    return text, x_weight(text)


# --- Telegram's HTML subset -----------------------------------------------------------------

def telegram_escape(text: str) -> str:
    """Telegram's HTML parse mode accepts only &lt; &gt; &amp; &quot; as named entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _telegram(title: str, excerpt: str, link: str, tags: str, limit: int) -> tuple[str, int]:
    def visible(exc: str) -> str:
        return "\n\n".join(p for p in (title, exc, link, tags) if p)

    excerpt = shorten(excerpt, limit, lambda e: utf16_len(visible(e))) if excerpt else ""
    if utf16_len(visible(excerpt)) > limit:  # even the title is too long
        excerpt = ""
        title = shorten(title, limit - utf16_len(visible("")) + utf16_len(title), utf16_len)
    parts = [f"<b>{telegram_escape(title)}</b>"]
    if excerpt:
        parts.append(telegram_escape(excerpt))
    parts.append(f'<a href="{html.escape(link, quote=True)}">{telegram_escape(link)}</a>')
    if tags:
        parts.append(telegram_escape(tags))
    return "\n\n".join(parts), utf16_len(visible(excerpt))


# --- WhatsApp ---------------------------------------------------------------------------------

def whatsapp_bold(text: str) -> str:
    """WhatsApp's *bold*; asterisks inside would end it early, so they are dropped."""
    inner = text.replace("*", "").strip()
    return f"*{inner}*" if inner else ""


# --- the platforms --------------------------------------------------------------------------

def build_snippet(source: SnippetSource, platform: Platform) -> Snippet:
    title = clean_line(source.title)
    excerpt = clean_line(source.excerpt)
    campaign = source.campaign or f"{source.edition}-share"
    link = utm_link(source.url, platform, campaign)
    tags = hashtags_line(source.hashtags)
    rendition = PLATFORM_RENDITION[platform]
    image, image_url = next(((f, u) for r, f, u in source.images if r == rendition), ("", ""))

    if platform is Platform.X:
        body = f"{title}\n\n{excerpt}" if excerpt else title
        suffix = "\n\n" + " ".join(p for p in (tags, link) if p)
        text, weight = fit_x(body, suffix)
        share = f"https://x.com/intent/post?text={quote(text, safe='')}"
        return Snippet(platform, text, link, image, share, measure={"x_weight": weight})

    if platform is Platform.FACEBOOK:
        text = "\n\n".join(p for p in (title, excerpt, tags) if p)
        share = f"https://www.facebook.com/sharer/sharer.php?u={quote(link, safe='')}"
        return Snippet(platform, text, link, image, share)

    if platform is Platform.PINTEREST:
        pin_title = shorten(title, PINTEREST_TITLE_MAX)
        description = shorten(" ".join(p for p in (excerpt or title, tags) if p), PINTEREST_DESCRIPTION_MAX)
        query = [("url", link), ("description", description)]
        if image_url:
            query.insert(1, ("media", image_url))
        share = "https://www.pinterest.com/pin/create/button/?" + urlencode(query, quote_via=quote)
        return Snippet(platform, description, link, image, share, title=pin_title, description=description,
                       measure={"title": len(pin_title), "description": len(description)})

    if platform is Platform.WHATSAPP:
        text = "\n\n".join(p for p in (whatsapp_bold(title), excerpt, link, tags) if p)
        share = f"https://wa.me/?text={quote(text, safe='')}"
        return Snippet(platform, text, link, image, share)

    if platform is Platform.TELEGRAM:
        message, message_len = _telegram(title, excerpt, link, tags, TELEGRAM_MESSAGE_MAX)
        caption, caption_len = _telegram(title, excerpt, link, tags, TELEGRAM_CAPTION_MAX)
        share = "https://t.me/share/url?" + urlencode([("url", link), ("text", title)], quote_via=quote)
        return Snippet(platform, message, link, image, share, description=caption,
                       measure={"message": message_len, "caption": caption_len})

    if platform is Platform.SKYPE:
        text = "\n".join(p for p in (title, link) if p)
        return Snippet(platform, text, link, "", None, notice=translate("core.snippets", SKYPE_NOTICE))

    if platform is Platform.EMAIL:
        body = "\n\n".join(p for p in (excerpt, link) if p)
        return Snippet(platform, body, link, "", mailto(title, body), title=title)

    raise ValueError(f"unknown platform {platform!r}")


def build_all(source: SnippetSource) -> dict[Platform, Snippet]:
    return {platform: build_snippet(source, platform) for platform in Platform}
