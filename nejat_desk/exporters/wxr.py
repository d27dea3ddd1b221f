"""WordPress eXtended RSS (WXR 1.2), written for every parser of WordPress's importer.

The importer's parsers are stricter than XML: one reads the file line by line with regular
expressions, another looks elements up by their literal prefixes. So this writer emits text,
not a tree: the five namespaces with core's prefixes, a bare wxr_version, every item and term
starting on a line of its own, authors on one line, every field holding text in CDATA (the
line parser decodes no entities outside CDATA), `]]>` split across CDATA sections as core
does, `<category>` with domain then nicename, parents before children, no DOCTYPE, no BOM.

Post ids are global so that per-edition files agree on the translation links Polylang reads:
articles keep their library id; attachments, galleries and issues use fixed offsets.

Warnings are for the person exporting (the interface language); the words written into posts for
the site's readers ("Download ... (PDF)") are in the edition's language (core.site_words).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

from nejat_desk.core.domain import EDITION_CODES, MediaKind
from nejat_desk.core.i18n import translate
from nejat_desk.core.render import render_markdown
from nejat_desk.core.site_words import site_word
from nejat_desk.exporters.common import clean_html, clean_text, plain_text, to_local, wp_datetime, wp_slug
from nejat_desk.exporters.model import (
    ExArticle,
    ExCategory,
    ExEdition,
    ExGallery,
    ExIssue,
    ExMedia,
    ExportSet,
)
from nejat_desk.version import __version__

WXR_VERSION = "1.2"
NAMESPACES = (
    ("excerpt", "http://wordpress.org/export/1.2/excerpt/"),
    ("content", "http://purl.org/rss/1.0/modules/content/"),
    ("wfw", "http://wellformedweb.org/CommentAPI/"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
    ("wp", "http://wordpress.org/export/1.2/"),
)
ATTACHMENT_ID_BASE = 20_000_000
GALLERY_ID_BASE = 30_000_000
ISSUE_ID_BASE = 40_000_000
TAG_TERM_BASE = 1_000_000
EXTRA_CATEGORY_BASE = 2_000_000
LANGUAGE_TERM_BASE = 3_000_000
TRANSLATION_TERM_BASE = 3_100_000
DEFAULT_AUTHOR = "admin"
REGEX_PARSER_LINE_BYTES = 8191  # the importer's line parser reads at most this many bytes a line

STATUS_MAP = {"in_review": "pending", "scheduled": "future", "published": "publish"}
POLYLANG_LOCALES = {"en": ("en_US", "us"), "ar": ("ar", "arab"), "fa": ("fa_IR", "ir"), "sq": ("sq", "al")}


def wp_status(status: str) -> str:
    return STATUS_MAP.get(status, "draft")


def cdata(text: str, *, cleaned: bool = False) -> str:
    """CDATA as core's wxr_cdata writes it: a `]]>` inside ends one section and starts the next.
    `cleaned`: the text has already lost the characters XML forbids."""
    return "<![CDATA[" + (text if cleaned else clean_text(text)).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def html_text(text: str) -> str:
    """Plain text as WordPress stores titles and term names (HTML-escaped), in CDATA."""
    return cdata(html.escape(plain_text(text), quote=False))


def php_serialize(value: dict[str, object]) -> str:
    """PHP's serialize() for a flat array of strings and ints (Polylang's term descriptions)."""
    parts = []
    for key, item in value.items():
        parts.append(f's:{len(key.encode())}:"{key}";')
        if isinstance(item, (bool, int)):
            parts.append(f"i:{int(item)};")
        else:
            text = str(item)
            parts.append(f's:{len(text.encode())}:"{text}";')
    return f"a:{len(value)}:{{{''.join(parts)}}}"


def attachment_id(media_id: int, edition: str) -> int:
    return ATTACHMENT_ID_BASE + media_id * 10 + EDITION_CODES.index(edition)


def gallery_post_id(gallery_id: int, edition: str) -> int:
    return GALLERY_ID_BASE + gallery_id * 10 + EDITION_CODES.index(edition)


def issue_post_id(issue_id: int) -> int:
    return ISSUE_ID_BASE + issue_id


@dataclass
class WxrResult:
    data: bytes
    posts: int = 0
    attachments: int = 0
    categories: int = 0
    tags: int = 0
    terms: int = 0
    warnings: list[str] = field(default_factory=list)


class _Writer:
    def __init__(self, export: ExportSet, now: datetime | None) -> None:
        self.export = export
        self.now = now
        self.out: list[str] = []
        self.result = WxrResult(b"")
        self.nicenames: dict[int, str] = {}
        self.tag_nicenames: dict[int, str] = {}
        self.categories = {c.id: c for c in export.categories}
        self.tags = {t.id: t for t in export.tags}
        self.written_attachments: set[int] = set()

    # --- terms -------------------------------------------------------------------------------

    def _term_slugs(self) -> None:
        """Nicenames unique across editions (one site, one taxonomy): later editions get '-code'."""
        order = {code: i for i, code in enumerate(EDITION_CODES)}
        taken: set[str] = set()
        for cat in sorted(self.export.categories, key=lambda c: (order.get(c.edition, 9), c.id)):
            slug = wp_slug(cat.slug) or str(cat.id)
            if slug in taken:
                slug = wp_slug(f"{cat.slug}-{cat.edition}")
            taken.add(slug)
            self.nicenames[cat.id] = slug
        taken = set()
        for tag in sorted(self.export.tags, key=lambda t: (order.get(t.edition, 9), t.id)):
            slug = wp_slug(tag.slug) or str(tag.id)
            if slug in taken:
                slug = wp_slug(f"{tag.slug}-{tag.edition}")
            taken.add(slug)
            self.tag_nicenames[tag.id] = slug

    def _category_order(self) -> list[ExCategory]:
        def depth(cat: ExCategory) -> int:
            d, node, seen = 0, cat, set()
            while node.parent_id is not None and node.parent_id in self.categories and node.id not in seen:
                seen.add(node.id)
                node = self.categories[node.parent_id]
                d += 1
            return d

        return sorted(self.export.categories, key=lambda c: (depth(c), c.edition, c.id))

    def term_id(self, cat: ExCategory) -> int:
        return cat.id if cat.id > 0 else EXTRA_CATEGORY_BASE - cat.id

    def write_terms(self) -> None:
        w = self.out.append
        for cat in self._category_order():
            parent = self.nicenames.get(cat.parent_id, "") if cat.parent_id is not None else ""
            w("\t<wp:category>\n"
              f"\t\t<wp:term_id>{self.term_id(cat)}</wp:term_id>\n"
              f"\t\t<wp:category_nicename>{cdata(self.nicenames[cat.id])}</wp:category_nicename>\n"
              f"\t\t<wp:category_parent>{cdata(parent)}</wp:category_parent>\n"
              f"\t\t<wp:cat_name>{html_text(cat.name)}</wp:cat_name>\n"
              + (f"\t\t<wp:category_description>{cdata(cat.description)}</wp:category_description>\n"
                 if cat.description else "")
              + "\t</wp:category>\n")
            self.result.categories += 1
        for tag in sorted(self.export.tags, key=lambda t: t.id):
            w("\t<wp:tag>\n"
              f"\t\t<wp:term_id>{TAG_TERM_BASE + tag.id}</wp:term_id>\n"
              f"\t\t<wp:tag_slug>{cdata(self.tag_nicenames[tag.id])}</wp:tag_slug>\n"
              f"\t\t<wp:tag_name>{html_text(tag.name)}</wp:tag_name>\n"
              "\t</wp:tag>\n")
            self.result.tags += 1
        for code in self._editions_used():
            ed = self.export.editions[code]
            locale, flag = POLYLANG_LOCALES.get(code, (code, ""))
            description = php_serialize({"locale": locale, "rtl": 1 if ed.direction == "rtl" else 0,
                                         "flag_code": flag})
            self._term(LANGUAGE_TERM_BASE + EDITION_CODES.index(code), "language", code, ed.native_name,
                       description)
        for group, members in self._translation_groups():
            self._term(TRANSLATION_TERM_BASE + len(self._seen_groups), "post_translations", f"pll_{group}",
                       f"pll_{group}", php_serialize(dict(members)))
            self._seen_groups.add(group)

    def _term(self, term_id: int, taxonomy: str, slug: str, name: str, description: str) -> None:
        self.out.append("\t<wp:term>\n"
                        f"\t\t<wp:term_id>{term_id}</wp:term_id>\n"
                        f"\t\t<wp:term_taxonomy>{cdata(taxonomy)}</wp:term_taxonomy>\n"
                        f"\t\t<wp:term_slug>{cdata(slug)}</wp:term_slug>\n"
                        f"\t\t<wp:term_parent>{cdata('')}</wp:term_parent>\n"
                        f"\t\t<wp:term_name>{html_text(name)}</wp:term_name>\n"
                        f"\t\t<wp:term_description>{cdata(description)}</wp:term_description>\n"
                        "\t</wp:term>\n")
        self.result.terms += 1

    _seen_groups: set[str]

    def _editions_used(self) -> list[str]:
        used = {a.edition for a in self.export.articles} | {g.edition for g in self.export.galleries} \
            | {i.edition for i in self.export.issues}
        return [code for code in EDITION_CODES if code in used]

    def _translation_groups(self) -> list[tuple[str, list[tuple[str, int]]]]:
        self._seen_groups = set()
        groups: dict[str, list[tuple[str, int]]] = {}
        for article in self.export.articles:
            if article.translation_group and article.translations:
                members = sorted([(article.edition, article.id), *article.translations])
                groups[article.translation_group] = members
        return sorted(groups.items())

    # --- items --------------------------------------------------------------------------------

    # Dates, the slug (ASCII after wp_slug), statuses and types are written by this module and hold
    # nothing to escape, so they go into CDATA without the general cleaning.
    def _item(self, *, title: str, link: str, post_id: int, author: str, guid: str, content: str,
              excerpt: str, date_local: str, date_gmt: str, pub_date: datetime | None, modified_local: str,
              modified_gmt: str, name: str, status: str, parent: int, post_type: str,
              categories: list[tuple[str, str, str]], meta: list[tuple[str, str]],
              attachment_url: str = "", menu_order: int = 0) -> None:
        lines = [
            "\t<item>",
            f"\t\t<title>{html_text(title)}</title>",
            f"\t\t<link>{html.escape(link, quote=False)}</link>",
            f"\t\t<pubDate>{format_datetime(pub_date, usegmt=True) if pub_date else ''}</pubDate>",
            f"\t\t<dc:creator>{cdata(author)}</dc:creator>",
            f'\t\t<guid isPermaLink="false">{html.escape(guid, quote=False)}</guid>',
            "\t\t<description></description>",
            f"\t\t<content:encoded>{cdata(content, cleaned=True)}</content:encoded>",
            f"\t\t<excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>",
            f"\t\t<wp:post_id>{post_id}</wp:post_id>",
            f"\t\t<wp:post_date><![CDATA[{date_local}]]></wp:post_date>",
            f"\t\t<wp:post_date_gmt><![CDATA[{date_gmt}]]></wp:post_date_gmt>",
            f"\t\t<wp:post_modified><![CDATA[{modified_local}]]></wp:post_modified>",
            f"\t\t<wp:post_modified_gmt><![CDATA[{modified_gmt}]]></wp:post_modified_gmt>",
            f"\t\t<wp:comment_status><![CDATA[{'closed' if post_type == 'attachment' else 'open'}]]></wp:comment_status>",
            "\t\t<wp:ping_status><![CDATA[closed]]></wp:ping_status>",
            f"\t\t<wp:post_name><![CDATA[{name}]]></wp:post_name>",
            f"\t\t<wp:status><![CDATA[{status}]]></wp:status>",
            f"\t\t<wp:post_parent>{parent}</wp:post_parent>",
            f"\t\t<wp:menu_order>{menu_order}</wp:menu_order>",
            f"\t\t<wp:post_type><![CDATA[{post_type}]]></wp:post_type>",
            "\t\t<wp:post_password><![CDATA[]]></wp:post_password>",
            "\t\t<wp:is_sticky>0</wp:is_sticky>",
        ]
        if attachment_url:
            lines.append(f"\t\t<wp:attachment_url>{cdata(attachment_url)}</wp:attachment_url>")
        for domain, nicename, label in categories:
            lines.append(f'\t\t<category domain="{html.escape(domain)}" nicename="{html.escape(nicename)}">'
                         f"{html_text(label)}</category>")
        for key, value in meta:
            lines.append(f"\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>{cdata(key)}</wp:meta_key>\n"
                         f"\t\t\t<wp:meta_value>{cdata(value)}</wp:meta_value>\n\t\t</wp:postmeta>")
        lines.append("\t</item>\n")
        text = "\n".join(lines)
        lines_of = text.split("\n") if len(text) > REGEX_PARSER_LINE_BYTES // 4 else []
        if lines_of and max(map(len, lines_of)) > REGEX_PARSER_LINE_BYTES // 4 and any(
                len(line.encode()) > REGEX_PARSER_LINE_BYTES for line in lines_of):
            self.result.warnings.append(translate(
                "exporters.wxr", "“{title}” has a line longer than {bytes} bytes; WordPress's fallback "
                "line parser (used only when PHP has no XML extension) would split it.")
                .format(title=title, bytes=REGEX_PARSER_LINE_BYTES))
        self.out.append(text)

    def _dates(self, instant: datetime, zone: str, floating: bool) -> tuple[str, str]:
        local = wp_datetime(to_local(instant, zone))
        return local, ("0000-00-00 00:00:00" if floating else wp_datetime(instant.astimezone(UTC)))

    def _category_terms(self, edition: str, category_id: int | None, tag_ids: tuple[int, ...] = (),
                        group: str = "") -> list[tuple[str, str, str]]:
        terms: list[tuple[str, str, str]] = []
        if category_id is not None and category_id in self.categories:
            terms.append(("category", self.nicenames[category_id], self.categories[category_id].name))
        for tag_id in tag_ids:
            if tag_id in self.tags:
                terms.append(("post_tag", self.tag_nicenames[tag_id], self.tags[tag_id].name))
        terms.append(("language", edition, self.export.editions[edition].native_name))
        if group:
            terms.append(("post_translations", f"pll_{group}", f"pll_{group}"))
        return terms

    def write_attachment(self, media: ExMedia, edition: ExEdition, parent: int, when: datetime,
                         author: str) -> int:
        post_id = attachment_id(media.id, edition.code)
        if post_id in self.written_attachments:
            return post_id
        self.written_attachments.add(post_id)
        local, gmt = self._dates(media.created_at, edition.time_zone, False)
        meta = [("_nejat_media_uid", media.uid)]
        if media.alt(edition.code):
            meta.append(("_wp_attachment_image_alt", plain_text(media.alt(edition.code))))
        self._item(title=media.title or media.file_name, link=media.url, post_id=post_id, author=author,
                   guid=media.url, content="", excerpt=html.escape(plain_text(media.caption(edition.code)),
                                                                 quote=False), date_local=local,
                   date_gmt=gmt, pub_date=media.created_at, modified_local=local, modified_gmt=gmt,
                   name=wp_slug(media.file_name.rsplit(".", 1)[0]), status="inherit", parent=parent,
                   post_type="attachment", categories=[("language", edition.code, edition.native_name)],
                   meta=meta, attachment_url=media.url)
        self.result.attachments += 1
        return post_id

    def article_content(self, article: ExArticle) -> str:
        body = article.body_html if article.body_html or not article.body_md else render_markdown(article.body_md)
        content = clean_html(body)
        videos = [m.source_url or m.url for m in article.attachments
                  if m.kind in (MediaKind.REMOTE_VIDEO.value, MediaKind.VIDEO.value) and (m.source_url or m.url)]
        for url in videos:  # WordPress turns a URL on a line of its own into a player
            content += f"\n\n{clean_text(url)}\n"
        return content

    def write_article(self, article: ExArticle) -> None:
        edition = self.export.editions[article.edition]
        status = wp_status(article.status)
        when = (article.scheduled_at if status == "future" else article.published_at) or article.date
        floating = status in ("draft", "pending") and article.published_at is None and article.scheduled_at is None
        local, gmt = self._dates(when, edition.time_zone, floating)
        mod_local, mod_gmt = self._dates(article.updated_at, edition.time_zone, False)
        if status == "future" and self.now is not None and article.scheduled_at and article.scheduled_at <= self.now:
            self.result.warnings.append(translate(
                "exporters.wxr", "“{title}” ({edition}) is scheduled for {time} UTC, which has passed: "
                "WordPress will publish it as soon as it is imported.")
                .format(title=article.title, edition=article.edition, time=gmt))
        meta: list[tuple[str, str]] = [("_nejat_uid", article.uid)]
        thumbnail = None
        author = article.author or DEFAULT_AUTHOR
        if article.featured is not None:
            thumbnail = attachment_id(article.featured.id, edition.code)
            meta.append(("_thumbnail_id", str(thumbnail)))
        for key, value in (("_nejat_byline", article.byline), ("_nejat_source_name", article.source_name),
                           ("_nejat_source_url", article.source_url)):
            if value:
                meta.append((key, value))
        if article.translation_group:
            meta.append(("_nejat_translation_group", article.translation_group))
            if article.translations:
                meta.append(("_nejat_translations",
                             json.dumps(dict(article.translations), sort_keys=True, separators=(",", ":"))))
        self._item(title=article.title, link=article.url, post_id=article.id, author=author,
                   guid=f"urn:uuid:{_uuid(article.uid)}", content=self.article_content(article),
                   excerpt=html.escape(plain_text(article.excerpt), quote=False) if article.excerpt else "",
                   date_local=local, date_gmt=gmt, pub_date=when, modified_local=mod_local,
                   modified_gmt=mod_gmt, name=wp_slug(article.slug), status=status, parent=0, post_type="post",
                   categories=self._category_terms(article.edition, article.category_id, article.tag_ids,
                                                   article.translation_group if article.translations else ""),
                   meta=meta)
        self.result.posts += 1
        media = ([article.featured] if article.featured else []) + list(article.attachments)
        for item in media:
            if item.kind == MediaKind.REMOTE_VIDEO.value:
                continue  # travels as its URL in the body
            self.write_attachment(item, edition, article.id, when, author)

    def write_gallery(self, gallery: ExGallery) -> None:
        edition = self.export.editions[gallery.edition]
        post_id = gallery_post_id(gallery.id, gallery.edition)
        status = wp_status(gallery.status)
        local, gmt = self._dates(gallery.date, edition.time_zone, status in ("draft", "pending"))
        parts = []
        if gallery.description:
            parts.append(f"<!-- wp:paragraph -->\n<p>{html.escape(clean_text(gallery.description))}</p>\n"
                         "<!-- /wp:paragraph -->")
        images = [m for m in gallery.items if m.kind == MediaKind.IMAGE.value]
        videos = [m for m in gallery.items if m.kind in (MediaKind.REMOTE_VIDEO.value, MediaKind.VIDEO.value)]
        if images:
            figures = []
            for m in images:
                att = attachment_id(m.id, edition.code)
                caption = m.caption(edition.code)
                figcaption = (f'<figcaption class="wp-element-caption">{html.escape(clean_text(caption))}'
                              "</figcaption>") if caption else ""
                figures.append(f'<!-- wp:image {{"id":{att},"sizeSlug":"large","linkDestination":"none"}} -->\n'
                               f'<figure class="wp-block-image size-large"><img src="{html.escape(m.url)}" '
                               f'alt="{html.escape(clean_text(m.alt(edition.code)))}" class="wp-image-{att}"/>'
                               f"{figcaption}</figure>\n<!-- /wp:image -->")
            parts.append('<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-'
                         'images columns-default is-cropped">' + "\n\n".join(figures) + "</figure>\n"
                         "<!-- /wp:gallery -->")
        for m in videos:
            url = m.source_url or m.url
            parts.append(f"\n{clean_text(url)}\n")
        meta = [("_nejat_gallery_uid", gallery.uid), ("_nejat_gallery_kind", gallery.kind)]
        cover = images[0] if images else None
        if cover is not None:
            meta.append(("_thumbnail_id", str(attachment_id(cover.id, edition.code))))
        self._item(title=gallery.title, link=gallery.url, post_id=post_id, author=DEFAULT_AUTHOR,
                   guid=f"urn:uuid:{_uuid(gallery.uid)}-{gallery.edition}", content=clean_text("\n\n".join(parts)),
                   excerpt="", date_local=local, date_gmt=gmt, pub_date=gallery.date, modified_local=local,
                   modified_gmt=gmt, name=wp_slug(gallery.slug), status=status, parent=0, post_type="post",
                   categories=self._category_terms(gallery.edition, gallery.category_id), meta=meta)
        self.result.posts += 1
        for m in gallery.items:
            if m.kind != MediaKind.REMOTE_VIDEO.value:
                self.write_attachment(m, edition, post_id, gallery.date, DEFAULT_AUTHOR)

    def write_issue(self, issue: ExIssue) -> None:
        edition = self.export.editions[issue.edition]
        post_id = issue_post_id(issue.id)
        status = wp_status(issue.status)
        local, gmt = self._dates(issue.date, edition.time_zone, status in ("draft", "pending"))
        parts = []
        meta = [("_nejat_issue_uid", issue.uid)]
        if issue.cover is not None:
            meta.append(("_thumbnail_id", str(attachment_id(issue.cover.id, edition.code))))
        if issue.pdf is not None:
            label = html.escape(clean_text(site_word(edition.language, "download_pdf").format(title=issue.title)))
            parts.append(f'<p><a href="{html.escape(issue.pdf.url)}">{label}</a></p>')
        self._item(title=issue.title, link=issue.url, post_id=post_id, author=DEFAULT_AUTHOR,
                   guid=f"urn:uuid:{_uuid(issue.uid)}", content=clean_text("\n".join(parts)), excerpt="", date_local=local,
                   date_gmt=gmt, pub_date=issue.date, modified_local=local, modified_gmt=gmt,
                   name=wp_slug(issue.slug), status=status, parent=0, post_type="post",
                   categories=self._category_terms(issue.edition, issue.category_id), meta=meta)
        self.result.posts += 1
        for m in (issue.cover, issue.pdf):
            if m is not None:
                self.write_attachment(m, edition, post_id, issue.date, DEFAULT_AUTHOR)

    # --- the whole file -------------------------------------------------------------------------

    def write(self, progress: Callable[[int, int], None] | None) -> WxrResult:
        self._term_slugs()
        editions = self._editions_used() or list(self.export.editions)[:1]
        first = self.export.editions[editions[0]]
        site = first.site_url.rstrip("/")
        latest = max([a.updated_at for a in self.export.articles] or [datetime(2003, 1, 1, tzinfo=UTC)])
        w = self.out.append
        w('<?xml version="1.0" encoding="UTF-8" ?>\n')
        w(f'<!-- generator="Nejat Desk/{__version__}" -->\n')
        w('<rss version="2.0"\n' + "".join(f'\txmlns:{p}="{u}"\n' for p, u in NAMESPACES) + ">\n\n")  # i18n: ok (XML)
        w("<channel>\n")
        w(f"\t<title>{html_text('Nejat')}</title>\n")
        w(f"\t<link>{html.escape(site)}</link>\n")
        w("\t<description></description>\n")
        w(f"\t<pubDate>{format_datetime(latest.astimezone(UTC), usegmt=True)}</pubDate>\n")
        w(f"\t<language>{first.language}</language>\n")
        w(f"\t<wp:wxr_version>{WXR_VERSION}</wp:wxr_version>\n")
        w(f"\t<wp:base_site_url>{html.escape(site)}</wp:base_site_url>\n")
        w(f"\t<wp:base_blog_url>{html.escape(site)}</wp:base_blog_url>\n\n")
        authors = sorted({a.author or DEFAULT_AUTHOR for a in self.export.articles}
                         | ({DEFAULT_AUTHOR} if self.export.galleries or self.export.issues else set()))
        for n, login in enumerate(authors, start=1):  # one line: the line parser reads authors so
            w(f"\t<wp:author><wp:author_id>{n}</wp:author_id><wp:author_login>{cdata(login)}</wp:author_login>"
              f"<wp:author_email>{cdata('')}</wp:author_email><wp:author_display_name>{cdata(login)}"
              f"</wp:author_display_name><wp:author_first_name>{cdata('')}</wp:author_first_name>"
              f"<wp:author_last_name>{cdata('')}</wp:author_last_name></wp:author>\n")
        w("\n")
        self.write_terms()
        w("\n")
        total = len(self.export.articles) + len(self.export.galleries) + len(self.export.issues)
        done = 0
        for article in self.export.articles:
            self.write_article(article)
            done += 1
            if progress and done % 500 == 0:
                progress(done, total)
        for gallery in self.export.galleries:
            self.write_gallery(gallery)
            done += 1
        for issue in self.export.issues:
            self.write_issue(issue)
            done += 1
        if progress:
            progress(done, total)
        w("</channel>\n</rss>\n")
        self.result.data = "".join(self.out).encode("utf-8")
        return self.result


def _uuid(uid_hex: str) -> str:
    h = (uid_hex + "0" * 32)[:32]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def build_wxr(export: ExportSet, *, now: datetime | None = None,
              progress: Callable[[int, int], None] | None = None) -> WxrResult:
    """The WXR file for `export`. `now` is used only to warn about scheduled dates that passed."""
    return _Writer(export, now).write(progress)
