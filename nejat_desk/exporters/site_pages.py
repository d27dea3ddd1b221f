"""The exported site: for each edition a home page with the most recent posts, a page per category,
per media section (Photo Gallery, Cartoons, NewsPics, Videos) and per publication series, each paged
with Newer and Older links; a page per gallery (its pictures) and per issue (cover and PDF); and the
article pages (exporters.html_pages). `build_site` returns path -> bytes, paths from the pages' root:

    en/index.html, en/page-2.html                 the home page and its older pages
    en/category/world/iraq/index.html, page-2.html a category (its subcategories' posts included)
    en/media/index.html, en/media/photo-gallery/   every gallery; one section
    en/publications/index.html, .../the-brief/     every issue; one series
    en/gallery/SLUG.html, en/issue/SLUG.html, en/SLUG.html

The canonical address of each index page is the site's own (WordPress's /category/.../page/N/).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from nejat_desk.core.domain import GalleryKind
from nejat_desk.core.reader_format import reader_digits
from nejat_desk.core.site_categories import site_section
from nejat_desk.core.site_words import site_word
from nejat_desk.exporters import html_pages
from nejat_desk.exporters.common import clean_text, safe_filename, wp_slug
from nejat_desk.exporters.file_names import unique_names
from nejat_desk.exporters.html_pages import page_file_name
from nejat_desk.exporters.model import (
    ExArticle,
    ExCategory,
    ExEdition,
    ExGallery,
    ExIssue,
    ExMedia,
    ExportSet,
)
from nejat_desk.exporters.page_frame import (
    MENU_CATEGORIES,
    NavItem,
    PageOptions,
    SiteMap,
    alternates,
    date_line,
    document,
    esc,
    filled,
    href,
    media_path,
    picture,
)

PER_PAGE = 10
Key = tuple[object, ...]


@dataclass(frozen=True)
class Entry:
    """One post in a list: an article, a gallery or an issue."""

    key: Key  # its page's site-map key
    title: str
    when: datetime
    image: ExMedia | None
    summary_html: str  # escaped; its values isolated


@dataclass(frozen=True)
class Listing:
    """A paged list of posts: the site-map key of its first page is (*base, 1)."""

    base: Key
    folder: str  # from the pages' root, ending in "/"
    title: str
    canonical: str  # the site's address of the first page, ending in "/"
    entries: tuple[Entry, ...]
    links: tuple[Key, ...] = ()  # listings shown above the posts (a section's parts)

    def pages(self) -> int:
        return max(1, math.ceil(len(self.entries) / PER_PAGE))


def _category_chain(category: ExCategory, by_id: dict[int, ExCategory]) -> list[ExCategory]:
    chain = [category]
    while chain[0].parent_id is not None and chain[0].parent_id in by_id:
        chain.insert(0, by_id[chain[0].parent_id])
    return chain


def _newest(entries: Iterable[Entry]) -> tuple[Entry, ...]:
    return tuple(sorted(entries, key=lambda e: (e.when, str(e.key)), reverse=True))


def _entries(export: ExportSet, code: str) -> tuple[list[Entry], list[Entry], list[Entry]]:
    language = export.editions[code].language
    articles = [Entry(("article", a.id), a.title, a.date, a.featured if a.featured and a.featured.kind == "image"
                      else None, esc(clean_text(a.excerpt))) for a in export.articles if a.edition == code]
    galleries = [Entry(("gallery", g.id, code), g.title, g.date, next((m for m in g.items if m.kind == "image"), None),
                       filled(language, "photos", count=len(g.items)))
                 for g in export.galleries if g.edition == code]
    issues = [Entry(("issue", i.id), i.title, i.date, i.cover, filled(language, "issue_number", number=i.number))
              for i in export.issues if i.edition == code]
    return articles, galleries, issues


def _listings(export: ExportSet, edition: ExEdition) -> list[Listing]:
    code, language, site = edition.code, edition.language, edition.site_url.rstrip("/")
    articles, galleries, issues = _entries(export, code)
    out = [Listing(("home", code), f"{code}/", "", f"{site}/", _newest(articles + galleries + issues))]
    by_id = {c.id: c for c in export.categories if c.edition == code}
    of_article: dict[Key, ExArticle] = {("article", a.id): a for a in export.articles if a.edition == code}
    for category in sorted(by_id.values(), key=lambda c: c.id):
        chain = _category_chain(category, by_id)
        inside = [e for e in articles if _in_subtree(of_article[e.key].category_id, category.id, by_id)]
        if inside:
            slugs = [safe_filename(c.slug, default=str(c.id)) for c in chain]
            out.append(Listing(("category", code, category.id), f"{code}/category/{'/'.join(slugs)}/", category.name,
                               f"{site}/category/{'/'.join(wp_slug(c.slug) for c in chain)}/", _newest(inside)))
    media_name, media_slug = site_section(language, "media")
    sections: list[Key] = []
    for kind in GalleryKind:
        inside = [e for e, g in zip(galleries, [g for g in export.galleries if g.edition == code], strict=True)
                  if g.kind == kind.value]
        if inside:
            name, slug = site_section(language, kind.value)
            sections.append(("section", code, kind.value))
            out.append(Listing(sections[-1], f"{code}/media/{slug}/", name,
                               f"{site}/category/{media_slug}/{slug}/", _newest(inside)))
    if galleries:
        out.append(Listing(("media", code), f"{code}/media/", media_name, f"{site}/category/{media_slug}/",
                           _newest(galleries), tuple(sections)))
    publications_name, publications_slug = site_section(language, "publications")
    series: list[Key] = []
    own = [i for i in export.issues if i.edition == code]
    for category_id in dict.fromkeys(i.category_id for i in own):
        inside = [e for e, i in zip(issues, own, strict=True) if i.category_id == category_id]
        first = next(i for i in own if i.category_id == category_id)
        own_category = by_id.get(category_id) if category_id is not None else None
        slug = own_category.slug if own_category is not None else first.slug
        series.append(("series", code, category_id))
        out.append(Listing(series[-1], f"{code}/publications/{safe_filename(slug)}/", first.series_name,
                           f"{site}/category/{publications_slug}/{wp_slug(slug)}/", _newest(inside)))
    if issues:
        out.append(Listing(("publications", code), f"{code}/publications/", publications_name,
                           f"{site}/category/{publications_slug}/", _newest(issues), tuple(series)))
    return out


def _in_subtree(category_id: int | None, top: int, by_id: dict[int, ExCategory]) -> bool:
    seen = 0
    while category_id is not None and seen < 64:  # a parent cycle in a damaged table cannot hang the export
        if category_id == top:
            return True
        category_id = by_id[category_id].parent_id if category_id in by_id else None
        seen += 1
    return False


def _page_path(listing: Listing, number: int) -> str:
    return listing.folder + ("index.html" if number == 1 else f"page-{number}.html")


def _page_canonical(listing: Listing, number: int) -> str:
    return listing.canonical + ("" if number == 1 else f"page/{number}/")


def site_map(export: ExportSet, listings: dict[str, list[Listing]]) -> SiteMap:
    """Every page's path, made unique the way disks compare names (index pages first, so an
    article called "index" gives way), and each edition's menu."""
    keys: list[Key] = []
    wanted: list[str] = []
    canonical: dict[Key, str] = {}
    for lists in listings.values():
        for listing in lists:
            for number in range(1, listing.pages() + 1):
                keys.append((*listing.base, number))
                wanted.append(_page_path(listing, number))
                canonical[keys[-1]] = _page_canonical(listing, number)
    for gallery in export.galleries:
        keys.append(("gallery", gallery.id, gallery.edition))
        wanted.append(f"{gallery.edition}/gallery/{safe_filename(gallery.slug + '.html')}")
    for issue in export.issues:
        keys.append(("issue", issue.id))
        wanted.append(f"{issue.edition}/issue/{safe_filename(issue.slug + '.html')}")
    for article in export.articles:
        keys.append(("article", article.id))
        wanted.append(f"{article.edition}/{page_file_name(article)}")
    site = SiteMap(dict(zip(keys, unique_names(wanted), strict=True)), canonical)
    for code, lists in listings.items():
        site.menus[code] = _menu(export, export.editions[code], lists, site)
    return site


def _menu(export: ExportSet, edition: ExEdition, lists: list[Listing], site: SiteMap) -> list[NavItem]:
    """Home, the busiest top-level categories, Media, Publications."""
    by_base = {listing.base: listing for listing in lists}
    items = [NavItem(("home", edition.code, 1), site_word(edition.language, "home"),
                     site.path("home", edition.code, 1))]
    tops = [listing for listing in lists if listing.base[0] == "category"
            and next(c for c in export.categories if c.id == listing.base[2]).parent_id is None]
    tops.sort(key=lambda listing: -len(listing.entries))
    for listing in tops[:MENU_CATEGORIES]:
        items.append(NavItem((*listing.base, 1), listing.title, site.path(*listing.base, 1)))
    for base in (("media", edition.code), ("publications", edition.code)):
        if base in by_base:
            items.append(NavItem((*base, 1), by_base[base].title, site.path(*base, 1)))
    return items


def _entry_html(page: str, entry: Entry, export: ExportSet, edition: ExEdition, site: SiteMap,
                options: PageOptions) -> str:
    link = href(page, site.path(*entry.key))
    thumb = (f'<a class="thumb" href="{link}" tabindex="-1">{picture(page, entry.image, edition, options)}</a>'
             if entry.image is not None else "")
    summary = f"<p>{entry.summary_html}</p>" if entry.summary_html else ""
    return (f"<li>{thumb}<div><h2><a href=\"{link}\">{esc(entry.title)}</a></h2>"
            f"{date_line(edition, entry.when)}{summary}</div></li>")


def _paging(page: str, listing: Listing, number: int, edition: ExEdition, site: SiteMap) -> str:
    if listing.pages() == 1:
        return ""
    language = edition.language
    parts = []
    if number > 1:
        parts.append(f'<a rel="prev" href="{href(page, site.path(*listing.base, number - 1))}">'
                     f"{esc(site_word(language, 'newer_posts'))}</a>")
    where = site_word(language, "page_of").format(page=reader_digits(language, str(number)),
                                                   pages=reader_digits(language, str(listing.pages())))
    parts.append(f'<span class="here">{filled(language, "page_of", page=number, pages=listing.pages())}</span>')
    if number < listing.pages():
        parts.append(f'<a rel="next" href="{href(page, site.path(*listing.base, number + 1))}">'
                     f"{esc(site_word(language, 'older_posts'))}</a>")
    return f'<nav class="paging" aria-label="{esc(where)}">{"".join(parts)}</nav>'


def _alternate_links(listing: Listing, number: int, all_listings: dict[str, list[Listing]], site: SiteMap,
                     export: ExportSet) -> list[str]:
    """The same section in the other editions (home, media, a media section, publications)."""
    if listing.base[0] not in ("home", "media", "section", "publications"):
        return []
    links = []
    for code in all_listings:
        key = (listing.base[0], code, *listing.base[2:], number)
        if key in site.canonical:
            links.append((code, site.canonical[key]))
    return alternates(links, export)


def _listing_pages(listing: Listing, edition: ExEdition, export: ExportSet, site: SiteMap, options: PageOptions,
                   all_listings: dict[str, list[Listing]]) -> dict[str, bytes]:
    files = {}
    by_base = {item.base: item for item in all_listings[edition.code]}
    for number in range(1, listing.pages() + 1):
        page = site.path(*listing.base, number)
        entries = listing.entries[(number - 1) * PER_PAGE:number * PER_PAGE]
        heading = listing.title or site_word(edition.language, "recent_posts")
        links = "".join(f'<li><a href="{href(page, site.path(*key, 1))}">{esc(by_base[key].title)}</a></li>'
                        for key in listing.links)
        main = (f"<h1>{esc(heading)}</h1>\n" + (f'<ul class="sections">{links}</ul>\n' if links else "")
                + '<ul class="posts">' + "".join(_entry_html(page, e, export, edition, site, options) for e in entries)
                + "</ul>\n" + _paging(page, listing, number, edition, site))
        title = listing.title or "Nejat"
        if number > 1:
            title += " – " + site_word(edition.language, "page_of").format(
                page=reader_digits(edition.language, str(number)),
                pages=reader_digits(edition.language, str(listing.pages())))
        head = [f'<link rel="canonical" href="{esc(site.canonical[(*listing.base, number)])}">',
                *_alternate_links(listing, number, all_listings, site, export)]
        top = listing.base if listing.base[0] != "section" else ("media", edition.code)
        if listing.base[0] == "series":
            top = ("publications", edition.code)
        files[page] = document(page=page, edition=edition, export=export, site=site, options=options, title=title,
                               head=head, main=main, here=(*top, 1))
    return files


def _gallery_page(gallery: ExGallery, export: ExportSet, site: SiteMap, options: PageOptions) -> bytes:
    edition = export.editions[gallery.edition]
    page = site.path("gallery", gallery.id, gallery.edition)
    pictures = []
    for item in gallery.items:
        caption = item.caption(edition.code)
        if item.kind == "image":
            body = picture(page, item, edition, options)
        else:  # a video: its address (hosted) or the file the export carries
            target = esc(item.source_url or item.url) if not item.sha256 else href(page, media_path(options, item))
            body = f'<a href="{target}">{esc(item.title or item.file_name)}</a>'
        pictures.append(f"<figure>{body}" + (f"<figcaption>{esc(caption)}</figcaption>" if caption else "")
                        + "</figure>")
    main = (f"<article>\n<h1>{esc(gallery.title)}</h1>\n{date_line(edition, gallery.date)}\n"
            + (f"<p>{esc(gallery.description)}</p>\n" if gallery.description.strip() else "")
            + f'<div class="pictures">{"".join(pictures)}</div>\n</article>')
    head = [f'<link rel="canonical" href="{esc(gallery.url)}">']
    head += alternates([(g.edition, g.url) for g in export.galleries if g.id == gallery.id], export)
    return document(page=page, edition=edition, export=export, site=site, options=options, title=gallery.title,
                    head=head, main=main, here=("media", edition.code, 1))


def _issue_page(issue: ExIssue, export: ExportSet, site: SiteMap, options: PageOptions) -> bytes:
    edition = export.editions[issue.edition]
    page = site.path("issue", issue.id)
    number = filled(edition.language, "issue_number", number=issue.number)
    parts = [f"<article>\n<p class=\"category\">{esc(issue.series_name)} · {number}</p>\n"
             f"<h1>{esc(issue.title)}</h1>\n{date_line(edition, issue.date)}\n"]
    if issue.cover is not None and issue.cover.kind == "image":
        parts.append(f"<figure>{picture(page, issue.cover, edition, options)}</figure>\n")
    if issue.pdf is not None:
        target = href(page, media_path(options, issue.pdf)) if issue.pdf.sha256 else esc(issue.pdf.url)
        label = filled(edition.language, "download_pdf", title=issue.title)
        parts.append(f'<p class="pdf"><a href="{target}" type="application/pdf">{label}</a></p>\n')
    parts.append(_contents(page, issue, export, site))
    main = "".join(parts) + "</article>"
    return document(page=page, edition=edition, export=export, site=site, options=options, title=issue.title,
                    head=[f'<link rel="canonical" href="{esc(issue.url)}">'], main=main,
                    here=("publications", edition.code, 1))


def _contents(page: str, issue: ExIssue, export: ExportSet, site: SiteMap) -> str:
    """The issue's table of contents: its articles' pages in this export, else their site addresses."""
    items = []
    for article_id in issue.article_ids:
        if article_id not in export.article_index:  # in the trash: not listed
            continue
        code, _slug, url, title = export.article_index[article_id]
        target = href(page, site.path("article", article_id)) if site.has("article", article_id) else esc(url)
        lang = export.editions[code]
        items.append(f'<li><a href="{target}" lang="{esc(lang.language)}" dir="{lang.direction}">{esc(title)}</a></li>')
    return f'<ol class="contents">{"".join(items)}</ol>\n' if items else ""


def build_site(export: ExportSet, options: PageOptions, tick: Callable[[int, int], None] | None = None
               ) -> dict[str, bytes]:
    """Every page of the export (path from the pages' root -> bytes)."""
    codes = [code for code in export.editions if any(a.edition == code for a in export.articles)
             or any(g.edition == code for g in export.galleries) or any(i.edition == code for i in export.issues)]
    listings = {code: _listings(export, export.editions[code]) for code in codes}
    site = site_map(export, listings)
    files: dict[str, bytes] = {}
    for code, lists in listings.items():
        for listing in lists:
            files.update(_listing_pages(listing, export.editions[code], export, site, options, listings))
    for gallery in export.galleries:
        files[site.path("gallery", gallery.id, gallery.edition)] = _gallery_page(gallery, export, site, options)
    for issue in export.issues:
        files[site.path("issue", issue.id)] = _issue_page(issue, export, site, options)
    total = len(export.articles)
    for n, article in enumerate(export.articles, start=1):
        page = site.path("article", article.id)
        files[page] = html_pages.render_page(article, export, options, site, page)
        if tick is not None and n % 100 == 0:
            tick(n, total)
    return files
