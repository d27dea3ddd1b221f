"""Static HTML: one page per article with the site's look, valid HTML5.

Each page has `lang` and `dir`, its canonical URL, `hreflang` links to its translations (and
itself), Open Graph and X card meta (the 1200 x 630 rendition with width, height and alt) and
the site's share row. The body is the sanitised HTML kept at save, cleaned again. The words the
page shows its readers (menu, share row, "Back To Top") are in the edition's language
(core.site_words), not the interface's.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from nejat_desk.core.render import render_markdown
from nejat_desk.core.site_words import site_word
from nejat_desk.exporters.common import (
    clean_html,
    clean_text,
    html_to_text,
    plain_text,
    safe_filename,
    to_local,
)
from nejat_desk.exporters.model import ExArticle, ExportSet

OG_WIDTH, OG_HEIGHT = 1200, 630

NAV = ("home", "articles", "media", "publications", "about_us", "contact_us")  # keys of core.site_words
STYLE = """
:root{--ink:#1d232b;--muted:#5b6673;--accent:#b3261e;--rule:#e3e6ea;--bg:#fff}
*{box-sizing:border-box}body{margin:0;font:17px/1.6 "Noto Sans","Noto Naskh Arabic","Vazirmatn",system-ui,sans-serif;
color:var(--ink);background:var(--bg)}a{color:var(--accent)}
header.site{border-bottom:3px solid var(--accent);padding:.8rem 1.2rem;display:flex;flex-wrap:wrap;gap:1rem;
align-items:center}header.site .brand{font-weight:700;font-size:1.4rem;text-decoration:none;color:var(--ink)}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.9rem;margin:0;padding:0}nav a{text-decoration:none;
color:var(--ink)}main{max-width:46rem;margin:2rem auto;padding:0 1.2rem}
.category{text-transform:uppercase;font-size:.8rem;letter-spacing:.06em;color:var(--accent);font-weight:700}
h1{font-size:2rem;line-height:1.25;margin:.3rem 0 1rem}figure{margin:0 0 1.2rem}figure img{width:100%;height:auto}
figcaption{color:var(--muted);font-size:.9rem}.meta{color:var(--muted);font-size:.9rem;margin-top:2rem}
.share{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:1.2rem 0}
.share a,.share span{display:inline-block;padding:.3rem .7rem;border:1px solid var(--rule);border-radius:3px;
text-decoration:none;font-size:.85rem}footer.site{border-top:1px solid var(--rule);margin-top:3rem;
padding:1.2rem;color:var(--muted);font-size:.85rem;display:flex;flex-wrap:wrap;gap:1rem;justify-content:space-between}
blockquote{border-inline-start:3px solid var(--rule);margin-inline:0;padding-inline-start:1rem;color:var(--muted)}
"""


@dataclass(frozen=True)
class PageOptions:
    og_image_url: Callable[[ExArticle], str | None] = lambda article: None  # the 1200x630 rendition's URL
    share_links: Callable[[ExArticle], list[tuple[str, str | None]]] = lambda article: []
    year_range: str = ""


def _e(text: str) -> str:
    return html.escape(plain_text(text), quote=True)


def long_date(article: ExArticle, zone: str) -> tuple[str, str]:
    local = to_local(article.date, zone).replace(microsecond=0)  # HTML allows at most 3 digits of a second
    return local.isoformat(), f"{local:%B} {local.day}, {local.year}"


def page_file_name(article: ExArticle) -> str:
    return safe_filename(f"{article.slug}.html")


def render_page(article: ExArticle, export: ExportSet, options: PageOptions) -> bytes:
    edition = export.editions[article.edition]

    def word(key: str) -> str:
        return _e(site_word(edition.language, key))

    categories = {c.id: c for c in export.categories}
    category = categories.get(article.category_id) if article.category_id is not None else None
    body = clean_html(article.body_html or render_markdown(article.body_md))
    description = clean_text(article.excerpt) or html_to_text(body)[:300]
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(article.title)}</title>",
        f'<meta name="description" content="{_e(description)}">',
        f'<link rel="canonical" href="{_e(article.url)}">',
    ]
    alternates = [(article.edition, article.url)] + [
        (code, export.article_index[other][2]) for code, other in article.translations if other in export.article_index]
    if len(alternates) > 1:
        for code, url in sorted(alternates):
            head.append(f'<link rel="alternate" hreflang="{_e(export.editions[code].language)}" href="{_e(url)}">')
        default = next((u for c, u in alternates if c == "en"), article.url)
        head.append(f'<link rel="alternate" hreflang="x-default" href="{_e(default)}">')
    og = [("og:type", "article"), ("og:title", article.title), ("og:description", description),
          ("og:url", article.url), ("og:site_name", "Nejat"), ("og:locale", edition.language.replace("-", "_"))]
    image = options.og_image_url(article)
    alt = article.featured.alt(article.edition) if article.featured else ""
    if image:
        og += [("og:image", image), ("og:image:width", str(OG_WIDTH)), ("og:image:height", str(OG_HEIGHT)),
               ("og:image:alt", alt)]
    if article.published_at:
        og.append(("article:published_time", article.published_at.replace(microsecond=0).isoformat()))
    if category is not None:
        og.append(("article:section", category.name))
    head += [f'<meta property="{k}" content="{_e(v)}">' for k, v in og]
    card = [("twitter:card", "summary_large_image" if image else "summary"), ("twitter:title", article.title),
            ("twitter:description", description)]
    if image:
        card += [("twitter:image", image), ("twitter:image:alt", alt)]
    head += [f'<meta name="{k}" content="{_e(v)}">' for k, v in card]
    head.append(f"<style>{STYLE}</style>")

    iso, shown = long_date(article, edition.time_zone)
    figure = ""
    if article.featured is not None and image:
        caption = article.featured.caption(article.edition)
        figure = (f'<figure><img src="{_e(image)}" width="{OG_WIDTH}" height="{OG_HEIGHT}" alt="{_e(alt)}">'
                  + (f"<figcaption>{_e(caption)}</figcaption>" if caption else "") + "</figure>")
    shares = []
    for label, share_url in options.share_links(article):
        if share_url:
            shares.append(f'<li><a href="{_e(share_url)}" rel="noopener">{_e(label)}</a></li>')
        else:  # Skype: the button stays, its share endpoint is gone
            shares.append(f'<li><span title="{word("no_skype_link")}">'
                          f"{_e(label)}</span></li>")
    byline = ""
    if article.byline or article.source_name:
        source = (f'<a href="{_e(article.source_url)}">{_e(article.source_name or article.source_url)}</a>'
                  if article.source_url else _e(article.source_name))
        byline = f"<p>{word('author')} " + ", ".join(p for p in (_e(article.byline), source) if p) + "</p>"
    nav = "".join(f'<li><a href="{_e(edition.site_url)}/">{word(n)}</a></li>' for n in NAV)
    editions = "".join(f'<li><a href="{_e(e.site_url)}/" lang="{_e(e.language)}" dir="{e.direction}">'
                       f"{_e(e.native_name)}</a></li>" for e in export.editions.values() if e.code != edition.code)
    page = (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(edition.language)}" dir="{edition.direction}">\n<head>\n' + "\n".join(head) + "\n</head>\n"
        '<body id="top">\n'
        f'<header class="site"><a class="brand" href="{_e(edition.site_url)}/">Nejat</a>'
        f'<nav aria-label="{word("main_menu")}"><ul>{nav}<li>{word("editions")}<ul>{editions}</ul></li></ul></nav>'
        "</header>\n"
        "<main>\n<article>\n"
        + (f'<p class="category">{_e(category.name)}</p>\n' if category is not None else "")
        + f"<h1>{_e(article.title)}</h1>\n{figure}\n<div class=\"body\">\n{body}\n</div>\n{byline}\n"
        f'<p class="meta"><time datetime="{iso}">{shown}</time> · {word("comments").format(count=0)}</p>\n'
        + (f'<ul class="share" aria-label="{word("share")}">{"".join(shares)}</ul>\n' if shares else "")
        + "</article>\n</main>\n"
        f'<footer class="site"><ul class="share" aria-label="{word("follow")}">'
        + "".join(f'<li><a href="https://www.{d}.com/">{n}</a></li>'
                  for n, d in (("Facebook", "facebook"), ("Twitter", "x"), ("Instagram", "instagram"),
                               ("YouTube", "youtube")))
        + f"</ul><p>© {_e(options.year_range)} Nejat</p><p><a href=\"#top\">{word('back_to_top')}</a></p></footer>\n"
        "</body>\n</html>\n")
    return page.encode("utf-8")


def year_range(export: ExportSet) -> str:
    years = sorted({a.date.year for a in export.articles})
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
