"""What every exported page shares: the site map (which file each page is), relative links, the
document frame (head, header with the menu, footer) and the date line.

Links between pages are relative, so an export or a bundle opened from a USB stick is a site one can
browse; the canonical and hreflang addresses are the site's (absolute). Every value the desk inserts
into a sentence (a date, a count, a name) is isolated (`<bdi>`, or `dir` on its element) so the
bidirectional algorithm cannot pull it into its neighbour's run, and is written in the edition's
digits (core.reader_format).
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from importlib import resources
from typing import Any
from urllib.parse import quote

from nejat_desk.core.reader_format import date_line_html, reader_digits
from nejat_desk.core.render import plain_text
from nejat_desk.core.site_words import site_word
from nejat_desk.exporters.common import to_local
from nejat_desk.exporters.model import ExEdition, ExMedia, ExportSet

SITE_NAME = "Nejat"  # i18n: ok (the site's name)
FOLLOW = (("Facebook", "facebook"), ("Twitter", "x"), ("Instagram", "instagram"), ("YouTube", "youtube"))
MENU_CATEGORIES = 6  # top-level categories in the menu, the busiest first


@cache
def site_css() -> str:
    return (resources.files("nejat_desk.resources") / "site" / "site.css").read_text(encoding="utf-8")


def esc(text: str) -> str:
    return html.escape(plain_text(text), quote=True)


def filled(language: str, key: str, **values: object) -> str:
    """A sentence readers see (core.site_words) as HTML, each value filled in isolated (<bdi>), whole
    numbers in the edition's digits: "<bdi>۵</bdi> عکس"."""
    text = esc(site_word(language, key))
    for name, value in values.items():
        shown = reader_digits(language, str(value)) if isinstance(value, int) else str(value)
        text = text.replace("{" + name + "}", f"<bdi>{esc(shown)}</bdi>")
    return text


def href(from_page: str, to_path: str) -> str:
    """The relative link from the page at `from_page` to `to_path` (both from the pages' root)."""
    return _relative(posixpath.dirname(from_page), to_path)


@lru_cache(maxsize=65536)
def _relative(folder: str, to_path: str) -> str:
    # Both are clean relative paths ("en/category/world"), so the common folders are a prefix.
    here = folder.split("/") if folder else []
    there = to_path.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return quote("/".join([".."] * (len(here) - common) + there[common:]), safe="/-_.~")


@dataclass(frozen=True)
class PageOptions:
    og_image_url: Callable[..., str | None] = lambda article: None  # the 1200x630 rendition's URL
    share_links: Callable[..., list[tuple[str, str | None]]] = lambda article: []
    year_range: str = ""
    media_root: str = "media/"  # where the media's web renditions are, from the pages' root
    # The body as the page at `page` shows it: its store pictures' addresses made relative to it.
    body_pictures: Callable[[Any, str, str], str] = lambda article, page, body: body


@dataclass
class NavItem:
    key: tuple[object, ...]  # the site-map key of the section the item opens
    label: str
    path: str  # from the pages' root


@dataclass
class SiteMap:
    """Each page's path (from the pages' root) by key; the menu of each edition."""

    paths: dict[tuple[object, ...], str] = field(default_factory=dict)
    canonical: dict[tuple[object, ...], str] = field(default_factory=dict)
    menus: dict[str, list[NavItem]] = field(default_factory=dict)
    menu_html: dict[tuple[object, ...], str] = field(default_factory=dict)  # the rendered menus, by folder

    def path(self, *key: object) -> str:
        return self.paths[key]

    def has(self, *key: object) -> bool:
        return key in self.paths


def media_path(options: PageOptions, media: ExMedia) -> str:
    """The web rendition's path from the pages' root (or the media's own address when the export
    does not carry a file of it)."""
    return options.media_root + media.file_name


def picture(page: str, media: ExMedia, edition: ExEdition, options: PageOptions, *, css: str = "") -> str:
    """An <img> of the bundle's web rendition: alt text in the edition's language, width and height
    of the rendition, loaded lazily."""
    from nejat_desk.core.renditions import output_size

    src = href(page, media_path(options, media)) if media.sha256 else media.url
    size = ""
    if media.width and media.height:
        width, height = output_size("web", (media.width, media.height))
        size = f' width="{width}" height="{height}"'  # i18n: ok (markup)
    klass = f' class="{css}"' if css else ""
    return (f'<img src="{esc(src)}"{size} alt="{esc(media.alt(edition.code))}" loading="lazy" '
            f'decoding="async"{klass}>')


def date_line(edition: ExEdition, when: datetime, *, comments: bool = False) -> str:
    """The line under a title, in the edition's zone, calendar and digits (core.reader_format)."""
    line = date_line_html(edition.language, edition.direction, to_local(when, edition.time_zone), edition.calendar,
                          comments=comments)
    return f'<p class="meta">{line}</p>'


def _menu(page: str, edition: ExEdition, site: SiteMap, export: ExportSet, here: tuple[object, ...] | None) -> str:
    """The menu as seen from `page`'s folder, made once per folder and current section."""
    key = (edition.code, posixpath.dirname(page), here)
    found = site.menu_html.get(key)
    if found is None:
        found = site.menu_html[key] = _menu_html(page, edition, site, export, here)
    return found


def _menu_html(page: str, edition: ExEdition, site: SiteMap, export: ExportSet,
               here: tuple[object, ...] | None) -> str:
    items = []
    for item in site.menus.get(edition.code, []):
        current = ' aria-current="page"' if here is not None and item.key == here else ""
        items.append(f'<li><a href="{href(page, item.path)}"{current}>{esc(item.label)}</a></li>')
    others = []
    for other in export.editions.values():
        if other.code == edition.code:
            continue
        target = href(page, site.path("home", other.code, 1)) if site.has("home", other.code, 1) \
            else esc(other.site_url.rstrip("/") + "/")
        others.append(f'<li><a href="{target}" lang="{esc(other.language)}" dir="{other.direction}">'
                      f"{esc(other.native_name)}</a></li>")
    editions = (f'<li class="editions">{esc(site_word(edition.language, "editions"))}<ul>{"".join(others)}</ul></li>'
                if others else "")
    return f'<nav aria-label="{esc(site_word(edition.language, "main_menu"))}"><ul>{"".join(items)}{editions}</ul></nav>'


def document(*, page: str, edition: ExEdition, export: ExportSet, site: SiteMap, options: PageOptions, title: str,
             head: Sequence[str], main: str, here: tuple[object, ...] | None = None) -> bytes:
    """A whole page: `head` lines (canonical, meta) inside the head, `main` inside <main>."""
    home = href(page, site.path("home", edition.code, 1)) if site.has("home", edition.code, 1) \
        else esc(edition.site_url.rstrip("/") + "/")
    lines = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{esc(title)}</title>", *head, f"<style>{site_css()}</style>"]
    text = (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(edition.language)}" dir="{edition.direction}">\n<head>\n' + "\n".join(lines) + "\n</head>\n"
        '<body id="top">\n'
        f'<header class="site"><a class="brand" href="{home}">{SITE_NAME}</a>'
        f"{_menu(page, edition, site, export, here)}</header>\n"
        f"<main>\n{main}\n</main>\n{_footer(edition, options.year_range)}"
        "</body>\n</html>\n")
    return text.encode("utf-8")


@lru_cache(maxsize=64)
def _footer(edition: ExEdition, year_range: str) -> str:
    """The same on every page of an edition."""
    follow = "".join(f'<li><a href="https://www.{domain}.com/">{name}</a></li>' for name, domain in FOLLOW)
    years = f"<bdi>{esc(reader_digits(edition.language, year_range))}</bdi>"
    return (f'<footer class="site"><ul class="share" aria-label="{esc(site_word(edition.language, "follow"))}">'
            f"{follow}</ul><p>© {years} {SITE_NAME}</p>"
            f'<p><a href="#top">{esc(site_word(edition.language, "back_to_top"))}</a></p></footer>\n')


def alternates(links: Sequence[tuple[str, str]], export: ExportSet, default_code: str = "en") -> list[str]:
    """hreflang links for (edition code, address) of one page in several editions (none for one)."""
    if len(links) < 2:
        return []
    out = [f'<link rel="alternate" hreflang="{esc(export.editions[code].language)}" href="{esc(url)}">'
           for code, url in sorted(links)]
    default = next((u for c, u in links if c == default_code), links[0][1])
    out.append(f'<link rel="alternate" hreflang="x-default" href="{esc(default)}">')
    return out
