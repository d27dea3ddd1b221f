"""Static HTML: one page per article with the site's look, valid HTML5.

Each page has `lang` and `dir`, its canonical URL, `hreflang` links to its translations (and
itself), Open Graph and X card meta (the 1200 x 630 rendition with width, height and alt) and
the site's share row. The body is the sanitised HTML kept at save, cleaned again. The words the
page shows its readers (menu, share row, "Back To Top") are in the edition's language
(core.site_words), its dates and numbers in the edition's calendar and digits (core.reader_format);
the frame, the menu and the links to the other pages are exporters.page_frame's.
"""

from __future__ import annotations

import re

from nejat_desk.core.reader_format import join_names, reader_digits
from nejat_desk.core.render import render_markdown
from nejat_desk.core.site_words import site_word
from nejat_desk.exporters.common import clean_html, clean_text, html_to_text, safe_filename
from nejat_desk.exporters.model import ExArticle, ExCategory, ExEdition, ExportSet
from nejat_desk.exporters.page_frame import (
    PageOptions,
    SiteMap,
    alternates,
    date_line,
    document,
    esc,
    href,
    picture,
)

__all__ = ["OG_WIDTH", "OG_HEIGHT", "PageOptions", "page_file_name", "render_page", "year_range"]

OG_WIDTH, OG_HEIGHT = 1200, 630
# Several names in one byline or source field: "A, B", "A، B", "A; B".
_NAME_SEPARATORS = re.compile(r"\s*[,،;؛]\s*")


def page_file_name(article: ExArticle) -> str:
    return safe_filename(f"{article.slug}.html")


def _head(article: ExArticle, export: ExportSet, description: str, image: str | None, alt: str) -> list[str]:
    edition = export.editions[article.edition]
    head = [f'<meta name="description" content="{esc(description)}">',
            f'<link rel="canonical" href="{esc(article.url)}">']
    head += alternates([(article.edition, article.url)] + [
        (code, export.article_index[other][2]) for code, other in article.translations if other in export.article_index],
        export)
    og = [("og:type", "article"), ("og:title", article.title), ("og:description", description),
          ("og:url", article.url), ("og:site_name", "Nejat"), ("og:locale", edition.language.replace("-", "_"))]
    if image:
        og += [("og:image", image), ("og:image:width", str(OG_WIDTH)), ("og:image:height", str(OG_HEIGHT)),
               ("og:image:alt", alt)]
    if article.published_at:
        og.append(("article:published_time", article.published_at.replace(microsecond=0).isoformat()))
    head += [f'<meta property="{k}" content="{esc(v)}">' for k, v in og]
    card = [("twitter:card", "summary_large_image" if image else "summary"), ("twitter:title", article.title),
            ("twitter:description", description)]
    if image:
        card += [("twitter:image", image), ("twitter:image:alt", alt)]
    head += [f'<meta name="{k}" content="{esc(v)}">' for k, v in card]
    return head


def _share_row(article: ExArticle, edition: ExEdition, options: PageOptions) -> str:
    shares = []
    for label, share_url in options.share_links(article):
        if share_url:
            shares.append(f'<li><a href="{esc(share_url)}" rel="noopener">{esc(label)}</a></li>')
        else:  # Skype has no share address: the explanation shows on a tap (touch has no tooltips), and the
            # text to paste sits in a read-only box one can select and copy (exported pages carry no script)
            explain = reader_digits(edition.language, site_word(edition.language, "no_skype_link"))
            shares.append(
                f'<li class="skype"><details><summary>{esc(label)}</summary><p>{esc(explain)}</p>'
                f'<p><textarea class="copy-text" readonly rows="3" dir="auto" '
                f'aria-label="{esc(site_word(edition.language, "copy"))}">'
                f"{esc(article.title)} {esc(article.url)}</textarea></p></details></li>")
    if not shares:
        return ""
    return f'<ul class="share" aria-label="{esc(site_word(edition.language, "share"))}">{"".join(shares)}</ul>\n'


def _names(edition: ExEdition, text: str) -> str:
    """Each name isolated, joined the edition's way."""
    return join_names(edition.language, [f"<bdi>{esc(n)}</bdi>" for n in _NAME_SEPARATORS.split(text) if n.strip()])


def _credits(article: ExArticle, edition: ExEdition) -> str:
    lines = []
    if article.byline:
        lines.append(f'<p class="byline">{esc(site_word(edition.language, "author"))} '
                     f"{_names(edition, article.byline)}</p>")
    if article.source_name or article.source_url:
        names = _names(edition, article.source_name) if article.source_name else f"<bdi>{esc(article.source_url)}</bdi>"
        if article.source_url:
            names = f'<a href="{esc(article.source_url)}">{names}</a>'
        lines.append(f'<p class="byline">{esc(site_word(edition.language, "source"))} {names}</p>')
    return "\n".join(lines)


def render_page(article: ExArticle, export: ExportSet, options: PageOptions, site: SiteMap | None = None,
                page: str = "") -> bytes:
    """The article's page at `page` (its path from the pages' root, for the relative links)."""
    edition = export.editions[article.edition]
    site = site or SiteMap()
    page = page or f"{article.edition}/{page_file_name(article)}"
    categories = {c.id: c for c in export.categories}
    category = categories.get(article.category_id) if article.category_id is not None else None
    body = options.body_pictures(article, page, clean_html(article.body_html or render_markdown(article.body_md)))
    description = clean_text(article.excerpt) or html_to_text(body)[:300]
    image = options.og_image_url(article)
    alt = article.featured.alt(article.edition) if article.featured else ""
    head = _head(article, export, description, image, alt)
    if category is not None:
        head.append(f'<meta property="article:section" content="{esc(category.name)}">')

    figure = ""
    if article.featured is not None and article.featured.kind == "image":
        caption = article.featured.caption(article.edition)
        figure = (f"<figure>{picture(page, article.featured, edition, options)}"
                  + (f"<figcaption>{esc(caption)}</figcaption>" if caption else "") + "</figure>\n")
    label = ""
    if category is not None:
        name = esc(category.name)
        if site.has("category", edition.code, category.id, 1):
            name = f'<a href="{href(page, site.path("category", edition.code, category.id, 1))}">{name}</a>'
        label = f'<p class="category">{name}</p>\n'
    main = ("<article>\n" + label + f"<h1>{esc(article.title)}</h1>\n"
            + date_line(edition, article.date, comments=True) + "\n" + figure
            + f'<div class="body">\n{body}\n</div>\n' + _credits(article, edition) + "\n"
            + _share_row(article, edition, options) + "</article>")
    here = ("category", edition.code, _top(export, category), 1) if category is not None else None
    return document(page=page, edition=edition, export=export, site=site, options=options, title=article.title,
                    head=head, main=main, here=here)


def _top(export: ExportSet, category: ExCategory) -> int:
    """The id of the top-level category above `category` (the menu item to mark)."""
    by_id = {c.id: c for c in export.categories}
    while category.parent_id is not None and category.parent_id in by_id:
        category = by_id[category.parent_id]
    return category.id


def year_range(export: ExportSet) -> str:
    years = sorted({a.date.year for a in export.articles})
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
