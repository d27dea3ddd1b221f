"""What every export shares: safe file names, atomic writes, WordPress slugs, permalinks, local dates.

Nothing here reads the clock: every date in an export comes from the library, so the same
library exported twice gives the same bytes.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from nejat_desk.core import valid_markup
from nejat_desk.core.render import XML_FORBIDDEN, sanitize_html, strip_forbidden_chars
from nejat_desk.core.render import plain_text as plain_text  # re-exported: the one plain-text rule
from nejat_desk.core.safe_markdown import sanitize_markdown as sanitize_markdown  # re-exported
from nejat_desk.core.url_safety import IGNORED_IN_URLS

WP_SLUG_MAX = 200
FILENAME_MAX_BYTES = 120  # well under every file system's 255, leaving room for suffixes and temp names
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10)), "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"}
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# A fixed instant for things that have no date of their own (zip entries of undated files).
EPOCH_FALLBACK = datetime(2003, 1, 1, tzinfo=UTC)


# --- file names -------------------------------------------------------------------------------

def safe_filename(name: str, *, default: str = "untitled", max_bytes: int = FILENAME_MAX_BYTES) -> str:
    """A file name valid on Windows, macOS and Linux: no reserved names, illegal characters,
    trailing dots or spaces, bidi controls; at most `max_bytes` UTF-8 bytes (extension kept)."""
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
                   or ch == "\u200c")  # ZWNJ is part of Farsi spelling; bidi and other format marks go
    name = _ILLEGAL.sub("-", name).strip().strip(".")
    name = re.sub(r"\s+", " ", name)
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 10:
        stem, ext = name, ""
    stem = stem.rstrip(" .")
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    suffix = f".{ext}" if ext else ""
    budget = max_bytes - len(suffix.encode())
    while len(stem.encode()) > budget:
        stem = stem[:-1]
    stem = stem.rstrip(" .")
    if not stem:
        stem = default
    return stem + suffix


# --- atomic writes -----------------------------------------------------------------------------

def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, fsync, then rename over it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- WordPress forms -----------------------------------------------------------------------------

_WP_SAFE = re.compile(r"[a-z0-9_-]*")


def wp_slug(slug: str, limit: int = WP_SLUG_MAX) -> str:
    """WordPress's stored slug: lowercase, UTF-8 percent-encoded with lowercase hex, at most `limit`
    characters encoded, never cutting a character's bytes (as sanitize_title_with_dashes does)."""
    lowered = slug.lower()
    if lowered.isascii() and _WP_SAFE.fullmatch(lowered) and len(lowered) <= limit:
        return lowered.strip("-")
    encoded = quote(lowered, safe="-_").lower().replace(".", "%2e").replace("~", "%7e")
    if len(encoded) <= limit:
        return encoded.strip("-")
    out: list[str] = []
    length = 0
    for ch in slug.lower():
        piece = ch if (ch.isascii() and (ch.isalnum() or ch in "-_")) else "".join(
            f"%{b:02x}" for b in ch.encode("utf-8"))
        if length + len(piece) > limit:
            break
        out.append(piece)
        length += len(piece)
    return "".join(out).strip("-")


def to_local(instant: datetime, zone: str) -> datetime:
    return instant.astimezone(ZoneInfo(zone))


def wp_datetime(instant: datetime | None) -> str:
    """'2024-03-01 09:30:00', or WordPress's zero date for none."""
    if instant is None:
        return "0000-00-00 00:00:00"
    return instant.strftime("%Y-%m-%d %H:%M:%S")


def permalink(site_url: str, pattern: str, *, slug: str, when: datetime | None, zone: str,
              post_id: int = 0, category: str = "", author: str = "") -> str:
    """The post's URL as the site builds it (WordPress's permalink tags), with the slug encoded."""
    local = to_local(when or EPOCH_FALLBACK, zone)
    values = {
        "%year%": f"{local.year:04d}", "%monthnum%": f"{local.month:02d}", "%day%": f"{local.day:02d}",
        "%hour%": f"{local.hour:02d}", "%minute%": f"{local.minute:02d}", "%second%": f"{local.second:02d}",
        "%postname%": wp_slug(slug), "%post_id%": str(post_id), "%category%": category or "uncategorized",
        "%author%": wp_slug(author) if author else "admin",
    }
    path = pattern or "/%postname%/"
    for token, value in values.items():
        path = path.replace(token, value)
    return site_url.rstrip("/") + "/" + path.lstrip("/")


def article_address(synced_link: str | None, site_url: str, pattern: str, *, slug: str, when: datetime | None,
                    zone: str, post_id: int = 0) -> str:
    """An article's one address, for its exported page and for the newsletter alike: the link the
    site gave it when synced, else the permalink its edition's pattern makes of its own date."""
    return synced_link or permalink(site_url, pattern, slug=slug, when=when, zone=zone, post_id=post_id)


def absolute_url(base: str, name: str) -> str:
    """`base` joined with a (file) name, encoded as a URI."""
    parts = urlsplit(base.rstrip("/") + "/" + quote(name))
    return urlunsplit(parts)


# --- cleaning ------------------------------------------------------------------------------------

def clean_text(text: str) -> str:
    """Plain text safe for XML and for any file: forbidden characters gone."""
    return strip_forbidden_chars(text or "")


_ANY_TAG = re.compile(r"<[^>]*>?")
_SUSPECT_TAG = re.compile(
    r"<\s*/?\s*(?:script|style|iframe|object|embed|noscript|template|form|frame|frameset|applet|base|meta|link|"
    r"svg|math|input|button|textarea|select)\b|<\s*!|[\s/\"']on[a-z]+\s*=|[\s/\"'](?:style|srcdoc)\s*="
    r"|(?:java|vb|live)script\s*:|data\s*:"
    # A character reference inside a tag can spell a scheme ("javascript&#58;"): let the sanitiser decode it.
    r"|&(?!amp;)")


def _suspect(html: str) -> bool:
    """A quick scan of the tags only (text between them cannot carry markup)."""
    tags = IGNORED_IN_URLS.sub("", "".join(_ANY_TAG.findall(html))).lower()  # "java<TAB>script:" is javascript:
    return bool(_SUSPECT_TAG.search(tags))


def clean_html(html: str) -> str:
    """Sanitised on the way out: no script, handler, javascript: URL or embed leaves the app.

    The body HTML kept at save already went through the sanitiser; HTML whose tags a quick scan finds
    nothing suspect in is passed as it is, less characters XML forbids (the sanitiser costs about half a
    millisecond an article); any other goes through the sanitiser again."""
    html = html or ""
    if not XML_FORBIDDEN.search(html) and not _suspect(html):
        return valid_markup.repair(html)  # kept by an older sanitiser: a link or image may lack what HTML needs
    return sanitize_html(strip_forbidden_chars(html))


def html_to_text(html: str) -> str:
    """Visible text of sanitised HTML (for descriptions), whitespace collapsed."""
    import lxml.html

    if not html.strip():
        return ""
    try:
        text = lxml.html.fragment_fromstring(html, create_parent="div").text_content()
    except Exception:  # noqa: BLE001 - text that is not HTML at all
        text = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", text).strip()
