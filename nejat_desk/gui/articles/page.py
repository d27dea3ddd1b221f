"""The preview page: an article laid out as the site's article page shows it (category label,
title, featured image and caption, body, long-form date, share row), as HTML that
QTextBrowser's rich-text subset can show. Pure Python: the render thread calls it.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime

from nejat_desk.core.domain import RTL_EDITIONS
from nejat_desk.core.reader_format import date_line_html, join_names
from nejat_desk.core.site_words import site_word

MEDIA_SCHEME = "nejat-media"
SHARE_PLATFORMS = ("Facebook", "Twitter", "Pinterest", "WhatsApp", "Telegram", "Skype", "Email")
ARABIC_FONTS = "'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif"
LATIN_FONTS = "'Noto Serif', 'DejaVu Serif', Georgia, serif"


@dataclass(frozen=True)
class FeaturedImage:
    sha256: str
    caption: str = ""
    alt: str = ""  # the image's alt text in the edition (empty: the caption beside it says enough)
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class PageContext:
    """Everything around the body; the editor rebuilds it when the metadata changes."""

    edition: str = "en"
    title: str = ""
    category: str = ""
    byline: str = ""
    date: datetime | None = None
    source_name: str = ""
    source_url: str = ""
    featured: FeaturedImage | None = None
    dark: bool = False
    attachments: tuple[str, ...] = field(default_factory=tuple)
    image_width: int = 600  # the preview's width, so the featured image fits it
    # The edition's settings the date line follows, as on the exported page (core.reader_format).
    time_zone: str = ""  # IANA; empty: the date as given
    calendar: str = "gregorian"


def date_line(ctx: PageContext, when: datetime, direction: str) -> str:
    """The line under the title, the same the exported page shows (date and comment count in the
    edition's calendar and digits, each value isolated), then the byline joined the edition's way."""
    from zoneinfo import ZoneInfo

    if ctx.time_zone:
        aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
        when = aware.astimezone(ZoneInfo(ctx.time_zone))
    line = date_line_html(ctx.edition, direction, when, ctx.calendar, comments=True)
    names = [f"<bdi>{html.escape(n)}</bdi>" for n in re.split(r"\s*[,،;؛]\s*", ctx.byline) if n.strip()]
    if names:
        line += " · " + join_names(ctx.edition, names)
    return f'<p class="meta" dir="{direction}">{line}</p>'


@dataclass(frozen=True)
class PageColours:
    """The page's colours over the preview's background (the palette's Base); text meets 4.5 : 1."""

    text: str
    muted: str  # date line, captions, quotes, the share row
    accent: str  # category label and links
    rule: str  # table borders, the share row's line, the share buttons' fill


LIGHT_PAGE = PageColours(text="#1f2328", muted="#5d636b", accent="#b3261e", rule="#d8dbe0")
DARK_PAGE = PageColours(text="#e4e6ea", muted="#a2a7b0", accent="#7fb0ff", rule="#3a3d42")


def page_colours(dark: bool) -> PageColours:
    return DARK_PAGE if dark else LIGHT_PAGE


def _style(ctx: PageContext) -> str:
    colours = page_colours(ctx.dark)
    fg, muted, accent, rule = colours.text, colours.muted, colours.accent, colours.rule
    fonts = ARABIC_FONTS if ctx.edition in RTL_EDITIONS else LATIN_FONTS
    return (f"body {{ color: {fg}; font-family: {fonts}; font-size: 15px; }}"
            f" h1, h2, h3, h4, h5, h6, li, td, th {{ color: {fg}; }}"
            f" p.cat {{ color: {accent}; font-size: 12px; font-weight: bold; text-transform: uppercase;"
            f" margin-bottom: 4px; }}"
            f" h1.title {{ font-size: 26px; margin-top: 0px; margin-bottom: 6px; }}"
            f" p.meta {{ color: {muted}; font-size: 12px; }}"
            f" p.caption {{ color: {muted}; font-size: 12px; font-style: italic; }}"
            f" blockquote {{ color: {muted}; margin-left: 18px; margin-right: 18px; font-style: italic; }}"
            f" a {{ color: {accent}; }}"
            f" td, th {{ border: 1px solid {rule}; padding: 3px; }}"
            f" p.share {{ color: {muted}; font-size: 12px; border-top: 1px solid {rule}; margin-top: 14px; }}"
            f" span.btn {{ background-color: {rule}; color: {fg}; }}")


# Markdown that refers across blocks (reference links, footnotes, abbreviations) needs the whole text.
_CROSS_BLOCK = re.compile(r"^ {0,3}\[[^\]]+\]:|\[\^|^\*\[", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_CONTINUES = re.compile(r"^(\s|[-*+]\s|\d+[.)]\s|>)")


def render_markdown(text: str) -> str:
    from nejat_desk.core.render import render_markdown as render  # Python-Markdown loads on first use

    return render(text)


def markdown_blocks(text: str) -> list[str]:
    """The text cut at blank lines into pieces that render the same alone as together:
    fenced code, indented continuations and list items stay with what they belong to."""
    blocks: list[str] = []
    current: list[str] = []
    in_fence = False
    blank_before = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        if not in_fence and not line.strip():
            blank_before = True
            current.append(line)
            continue
        if blank_before and current and not in_fence and not _CONTINUES.match(line):
            blocks.append("\n".join(current))
            current = []
        blank_before = False
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


class BlockRenderer:
    """render_markdown block by block with a cache, so a keystroke re-renders one paragraph,
    not the article. Each block is sanitised on its own (render_markdown), so the joined
    result is as safe as a whole render. Not thread-safe: one per render thread."""

    def __init__(self, capacity: int = 4000) -> None:
        self._cache: OrderedDict[str, str] = OrderedDict()
        self.capacity = capacity

    def render_blocks(self, text: str) -> list[str]:
        """Sanitised HTML per Markdown block (one piece when blocks refer to each other)."""
        if _CROSS_BLOCK.search(text):
            return [render_markdown(text)]
        out = []
        for block in markdown_blocks(text):
            cached = self._cache.get(block)
            if cached is None:
                cached = render_markdown(block)
                self._cache[block] = cached
                if len(self._cache) > self.capacity:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end(block)
            out.append(cached)
        return out

    def render(self, text: str) -> str:
        return "\n".join(self.render_blocks(text))


@dataclass(frozen=True)
class PageParts:
    """The preview as pieces, so the browser can replace one changed paragraph in place."""

    css: str
    head: str  # from <html> to the start of the body
    blocks: tuple[str, ...]  # the body, one sanitised piece per Markdown block
    tail: str

    def html(self, *, with_style: bool = True) -> str:
        style = f"<style>{self.css}</style>" if with_style else ""
        return self.head.replace("<!--style-->", style) + "\n".join(self.blocks) + self.tail


def page_html(body_md: str, ctx: PageContext, *, now: datetime | None = None,
              renderer: BlockRenderer | None = None) -> str:
    """The full preview document; the body goes through render_markdown (sanitised)."""
    return page_parts(body_md, ctx, now=now, renderer=renderer).html()


def page_parts(body_md: str, ctx: PageContext, *, now: datetime | None = None,
               renderer: BlockRenderer | None = None) -> PageParts:
    lang = html.escape(ctx.edition)
    direction = "rtl" if ctx.edition in RTL_EDITIONS else "ltr"
    align = "right" if direction == "rtl" else "left"
    esc = html.escape
    # A complete HTML document (doctype, title), valid for the W3C checker like the exported pages;
    # QTextBrowser shows neither.
    parts = [f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
             f"<title>{esc(ctx.title) or '&nbsp;'}</title><!--style--></head>"
             f'<body lang="{lang}" dir="{direction}"><div dir="{direction}" align="{align}">']
    if ctx.category:
        parts.append(f'<p class="cat" dir="{direction}">{esc(ctx.category.replace("/", " / "))}</p>')
    parts.append(f'<h1 class="title" dir="{direction}">{esc(ctx.title) or "&nbsp;"}</h1>')
    # The site's words for its readers are in the edition's language, as on the site.
    parts.append(date_line(ctx, ctx.date or now or datetime.now(UTC), direction))
    if ctx.featured is not None:
        width = max(80, min(ctx.featured.width or ctx.image_width, ctx.image_width))
        size = f' width="{width}"'
        if ctx.featured.width and ctx.featured.height:
            size += f' height="{round(ctx.featured.height * width / ctx.featured.width)}"'
        parts.append(f'<p align="center"><img src="{MEDIA_SCHEME}:{esc(ctx.featured.sha256)}"{size} '
                     f'alt="{esc(ctx.featured.alt)}"></p>')
        if ctx.featured.caption:
            parts.append(f'<p class="caption" align="center">{esc(ctx.featured.caption)}</p>')
    head = "".join(parts) + f'<div class="body" dir="{direction}">'
    blocks = tuple(renderer.render_blocks(body_md)) if renderer else (render_markdown(body_md),)
    parts = ["</div>"]
    if ctx.source_name or ctx.source_url:
        name = esc(ctx.source_name or ctx.source_url)
        link = f'<a href="{esc(ctx.source_url)}">{name}</a>' if ctx.source_url.startswith(("http://", "https://")) \
            else name
        parts.append(f'<p class="meta">{esc(site_word(ctx.edition, "source"))} {link}</p>')
    for name in ctx.attachments:
        parts.append(f'<p class="meta">{esc(site_word(ctx.edition, "download").format(name=name))}</p>')
    # product names stay as they are; "Email" is a word, in the edition's language (as on the site)
    labels = (esc(site_word(ctx.edition, "email")) if p == "Email" else p for p in SHARE_PLATFORMS)
    buttons = " ".join(f'<span class="btn">&nbsp;{label}&nbsp;</span>' for label in labels)
    share = esc(site_word(ctx.edition, "share"))
    parts.append(f'<p class="share" dir="{direction}">{share}: {buttons}</p></div></body></html>')
    return PageParts(_style(ctx), head, blocks, "".join(parts))
