"""The preview page: an article laid out as the site's article page shows it (category label,
title, featured image and caption, body, long-form date, share row), as HTML that
QTextBrowser's rich-text subset can show. Pure Python: the render thread calls it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime

from nejat_desk.core.domain import RTL_EDITIONS
from nejat_desk.core.render import render_markdown

MEDIA_SCHEME = "nejat-media"
SHARE_PLATFORMS = ("Facebook", "Twitter", "Pinterest", "WhatsApp", "Telegram", "Skype", "Email")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
ARABIC_FONTS = "'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif"
LATIN_FONTS = "'Noto Serif', 'DejaVu Serif', Georgia, serif"


@dataclass(frozen=True)
class FeaturedImage:
    sha256: str
    caption: str = ""
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


def long_date(when: datetime) -> str:
    """'July 25, 2012', the form the site prints under every post."""
    return f"{_MONTHS[when.month - 1]} {when.day}, {when.year}"


def _style(ctx: PageContext) -> str:
    fg, muted, accent, rule = (("#e4e6ea", "#a2a7b0", "#7fb0ff", "#3a3d42") if ctx.dark
                               else ("#1f2328", "#6b717a", "#b3261e", "#d8dbe0"))
    fonts = ARABIC_FONTS if ctx.edition in RTL_EDITIONS else LATIN_FONTS
    return (f"body {{ color: {fg}; font-family: {fonts}; font-size: 15px; }}"
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


def page_html(body_md: str, ctx: PageContext, *, now: datetime | None = None) -> str:
    """The full preview document; the body goes through render_markdown (sanitised)."""
    lang = html.escape(ctx.edition)
    direction = "rtl" if ctx.edition in RTL_EDITIONS else "ltr"
    align = "right" if direction == "rtl" else "left"
    esc = html.escape
    parts = [f'<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
             f"<style>{_style(ctx)}</style></head>"
             f'<body lang="{lang}" dir="{direction}"><div dir="{direction}" align="{align}">']
    if ctx.category:
        parts.append(f'<p class="cat" dir="{direction}">{esc(ctx.category.replace("/", " / "))}</p>')
    parts.append(f'<h1 class="title" dir="{direction}">{esc(ctx.title) or "&nbsp;"}</h1>')
    when = ctx.date or now or datetime.now()
    meta = [long_date(when), "0 comments"]
    if ctx.byline:
        meta.append(esc(ctx.byline))
    parts.append(f'<p class="meta" dir="ltr">{" · ".join(meta)}</p>')
    if ctx.featured is not None:
        width = min(ctx.featured.width or 600, 600)
        size = f' width="{width}"'
        if ctx.featured.width and ctx.featured.height:
            size += f' height="{round(ctx.featured.height * width / ctx.featured.width)}"'
        parts.append(f'<p align="center"><img src="{MEDIA_SCHEME}:{esc(ctx.featured.sha256)}"{size}></p>')
        if ctx.featured.caption:
            parts.append(f'<p class="caption" align="center">{esc(ctx.featured.caption)}</p>')
    parts.append(f'<div class="body" dir="{direction}">{render_markdown(body_md)}</div>')
    if ctx.source_name or ctx.source_url:
        name = esc(ctx.source_name or ctx.source_url)
        link = f'<a href="{esc(ctx.source_url)}">{name}</a>' if ctx.source_url.startswith(("http://", "https://")) \
            else name
        parts.append(f'<p class="meta">Source: {link}</p>')
    for name in ctx.attachments:
        parts.append(f'<p class="meta">Download {esc(name)}</p>')
    buttons = " ".join(f'<span class="btn">&nbsp;{p}&nbsp;</span>' for p in SHARE_PLATFORMS)
    parts.append(f'<p class="share" dir="ltr">Share: {buttons}</p></div></body></html>')
    return "".join(parts)
