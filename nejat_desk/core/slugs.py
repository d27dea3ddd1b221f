"""Slugs in the library's Unicode form (Farsi and Arabic letters kept, as WordPress keeps them)."""

from __future__ import annotations

import unicodedata

from slugify import slugify as _slugify

MAX_SLUG_CHARS = 200


def _strip_marks(text: str) -> str:
    # Harakat and other combining marks would otherwise become separators ("ك-ت-اب").
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn" or _is_latin_mark_needed(ch))
    return unicodedata.normalize("NFC", kept)


def _is_latin_mark_needed(ch: str) -> bool:
    # Latin diacritics (ë, ç) recombine under NFC and stay in the slug, as WordPress keeps them.
    return unicodedata.combining(ch) > 0 and "ARABIC" not in unicodedata.name(ch, "")


def slugify(title: str) -> str:
    """A lowercase, dash-separated slug that keeps letters of every script."""
    slug = _slugify(_strip_marks(title.replace("\u200c", " ")), allow_unicode=True, max_length=MAX_SLUG_CHARS,
                    word_boundary=True, save_order=True)
    return slug or "untitled"


def unique_slug(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`… whichever is not in `taken`."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
