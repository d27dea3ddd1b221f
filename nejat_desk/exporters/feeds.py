"""RSS 2.0 and Atom feeds per edition, with feedgen.

Dates come from the articles (the feed's build date is its newest article's), so the same library
gives the same bytes. Bodies are the sanitised HTML, cleaned again; characters XML forbids are gone.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from feedgen.feed import FeedGenerator

from nejat_desk.exporters.common import clean_html, html_to_text, plain_text
from nejat_desk.exporters.model import ExportSet

FEED_ITEMS = 50  # newest articles a feed carries
FEED_STATUSES = ("published",)


def build_feed(export: ExportSet, edition_code: str, kind: str, *, limit: int = FEED_ITEMS,
               feed_url: str = "") -> bytes:
    """`kind` is "rss" or "atom". Only published articles appear, newest first."""
    if kind not in ("rss", "atom"):
        raise ValueError(kind)
    edition = export.editions[edition_code]
    categories = {c.id: c for c in export.categories}
    articles = [a for a in export.articles if a.edition == edition_code and a.status in FEED_STATUSES]
    articles = sorted(articles, key=lambda a: (a.date, a.id))[-limit:] if limit else articles
    site = edition.site_url.rstrip("/") + "/"
    fg = FeedGenerator()
    fg.id(site)
    fg.title(f"Nejat — {edition.native_name}")
    fg.link(href=site, rel="alternate")
    if feed_url:
        fg.link(href=feed_url, rel="self")
    fg.description(f"Nejat — {edition.native_name}")
    fg.subtitle(f"Nejat — {edition.native_name}")
    fg.language(edition.language)
    fg.generator("Nejat Desk")  # i18n: ok (product name)
    newest = max((a.updated_at for a in articles), default=datetime(2003, 1, 1, tzinfo=UTC))
    fg.lastBuildDate(newest)
    fg.updated(newest)
    for article in articles:  # feedgen prepends: oldest first gives newest at the top
        fe = fg.add_entry()
        fe.id(f"urn:uuid:{article.uid[:8]}-{article.uid[8:12]}-{article.uid[12:16]}-{article.uid[16:20]}-"
              f"{article.uid[20:32]}")
        fe.guid(article.url, permalink=True)
        fe.title(plain_text(article.title))
        fe.link(href=article.url, rel="alternate")
        body = clean_html(article.body_html)
        summary = plain_text(article.excerpt) or html_to_text(body)[:300]
        # RSS readers take <description> as HTML: the plain text is escaped once more ("a<b" stays text).
        fe.description(html.escape(summary, quote=False) if kind == "rss" else summary)
        fe.content(body, type="CDATA" if kind == "rss" else "html")
        fe.published(article.date)
        fe.updated(article.updated_at)
        if article.byline or article.author:
            fe.author({"name": plain_text(article.byline or article.author)})
        category = categories.get(article.category_id) if article.category_id is not None else None
        if category is not None:
            fe.category(term=plain_text(category.name))
    data: bytes = fg.rss_str(pretty=True) if kind == "rss" else fg.atom_str(pretty=True)
    return data
