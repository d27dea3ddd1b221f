"""Where galleries and publication issues sit in the site's categories: the one rule the WXR
export and publishing to a site both follow.

Each level is (name, slug). A section of the site (Media, its gallery kinds, Publications) is
named in the edition's language (core.site_words, looked up by the edition's *language*, not
its code) and slugged from its English name, so every edition's category has the same slug and
one taxonomy serves the whole site. An issue sits under Publications in its series' own
category: the series' name is already in its edition's language, and two series of one kind
(two newsletters) stay apart.
"""

from __future__ import annotations

from nejat_desk.core.domain import GalleryKind
from nejat_desk.core.site_words import FALLBACK, site_word
from nejat_desk.core.slugs import slugify

# A gallery kind's section under Media is the site_words key of the same name.
_GALLERY_SECTIONS = frozenset(kind.value for kind in GalleryKind)

CategoryPath = list[tuple[str, str]]  # (name, slug) per level, the top first


def site_section(language: str, key: str) -> tuple[str, str]:
    """(name in `language`, slug from the English name) of one of the site's sections."""
    return site_word(language, key), slugify(site_word(FALLBACK, key))


def gallery_category_path(language: str, kind: str) -> CategoryPath:
    """Media › the kind's section; a kind this version does not know goes under Photo Gallery."""
    section = kind if kind in _GALLERY_SECTIONS else GalleryKind.PHOTO_GALLERY.value
    return [site_section(language, "media"), site_section(language, section)]


def issue_category_path(language: str, series_name: str, series_slug: str) -> CategoryPath:
    """Publications › the issue's series."""
    return [site_section(language, "publications"), (series_name, series_slug or slugify(series_name))]
