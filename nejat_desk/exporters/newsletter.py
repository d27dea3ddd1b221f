"""A Newsletter issue as email-ready HTML and plain text, for the staff's mail tool.

Email clients ignore <style> blocks and cannot reach the library's files, so the layout is tables,
every style is inline, there is no script, form or external style sheet, and every image is an
absolute URL with its width, height and alt text (the site's copy of the file, else the media
item's own source URL; an image with neither is left out and reported). The 600-pixel column
shrinks to a phone's width (width:100%, max-width:600px). Output is a multipart/alternative .eml
(text + HTML) or, for any other suffix, two files: NAME.html and NAME.txt.

An article is linked at the address of its exported page (its synced link, else its edition's
permalink on its own date: exporters.common.article_address). The foot of the email is the
series' footer (sender, postal address, unsubscribe line), as mail clients and email law expect.

The email is read by the edition's subscribers, so its own words ("Read more") are in the
edition's language (core.site_words) and its dates and numbers in the edition's calendar and
digits (core.reader_format); the problems reported to the editor are in the interface's.
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.reader_format import reader_date, reader_digits
from nejat_desk.core.site_words import site_word
from nejat_desk.exporters.common import article_address
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    Edition,
    IssueArticle,
    MediaItem,
    MediaText,
    PublicationIssue,
    PublicationSeries,
    RemoteLink,
)

FONT = "font-family:Georgia,'Times New Roman',serif"  # i18n: ok (CSS)
SANS = "font-family:Helvetica,Arial,sans-serif"
EXCERPT_CHARS = 320
COLUMN = 600  # the email's width in pixels; an article's picture is the column less its padding
PICTURE = COLUMN - 48
# Carried by the HTML (meta generator) and the .eml (X-Mailer), so a later export knows the file as its own.
GENERATOR = "Nejat Desk"  # i18n: ok (product name)
_ADDRESS = re.compile(r"(https?://[^\s<>\"]+|mailto:[^\s<>\"]+)")


@dataclass
class NewsletterRender:
    subject: str
    html: str
    text: str
    problems: list[str] = field(default_factory=list)
    unsubscribe_address: str = ""  # the footer's unsubscribe URL or mailto:, for the List-Unsubscribe header


@dataclass(frozen=True)
class _Picture:
    url: str
    alt: str
    width: int | None
    height: int | None

    def tag(self, shown_width: int, *, margin: str = "0") -> str:
        height = f' height="{round(self.height * shown_width / self.width)}"' if self.width and self.height else ""
        return (f'<img src="{html.escape(self.url, quote=True)}" alt="{html.escape(self.alt, quote=True)}" '
                f'width="{shown_width}"{height} style="display:block;width:100%;max-width:{shown_width}px;'
                f'height:auto;border:0;margin:{margin}">')


def _synced_link(session: Session, object_type: str, local_id: int) -> str | None:
    """The address a site gave the record (the first site's, when several know it)."""
    return session.scalars(select(RemoteLink.remote_link).where(
        RemoteLink.object_type == object_type, RemoteLink.local_id == local_id, RemoteLink.remote_link != "")
        .order_by(RemoteLink.site_id, RemoteLink.id)).first()


def _picture(session: Session, media_id: int | None, edition: str, fallback_alt: str) -> _Picture | None:
    if media_id is None:
        return None
    media = session.get(MediaItem, media_id)
    url = _synced_link(session, "media", media_id)
    if not url and media and re.match(r"^https?://", media.source_url or ""):
        url = media.source_url
    if not url or media is None:
        return None
    text = session.get(MediaText, (media_id, edition))
    return _Picture(url, (text.alt_text if text else "") or fallback_alt, media.width, media.height)


def article_url(session: Session, article: Article, edition: Edition) -> str:
    """The article's address: the same as its exported page's (exporters.common.article_address)."""
    return article_address(_synced_link(session, "article", article.id), edition.site_url, edition.permalink_pattern,
                           slug=article.slug, when=article.published_at or article.scheduled_at or article.created_at,
                           zone=edition.time_zone, post_id=article.id)


_MD_NOISE = re.compile(r"(!?\[([^\]]*)\]\([^)]*\))|[*_`>#]+")


def _teaser(article: Article) -> str:
    text = article.excerpt.strip()
    if not text:
        for paragraph in article.body_md.split("\n\n"):
            cleaned = _MD_NOISE.sub(lambda m: m.group(2) or "", paragraph).strip()
            if cleaned:
                text = cleaned
                break
    text = " ".join(text.split())
    if len(text) > EXCERPT_CHARS:
        text = text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + "…"
    return text


def _article_row(session: Session, article: Article, edition: Edition, problems: list[str]) -> tuple[str, list[str]]:
    """The article's table row and its lines in the text part."""
    art_edition = session.get(Edition, article.edition_code) or edition
    url = html.escape(article_url(session, article, art_edition), quote=True)
    teaser = _teaser(article)
    image_html = ""
    image = _picture(session, article.featured_media_id, article.edition_code, article.title)
    if article.featured_media_id and image is None:
        problems.append(translate("exporters.newsletter", "The image of '{title}' has no web address yet; "
                                  "it was left out.").format(title=article.title))
    if image:
        image_html = f'<a href="{url}" style="text-decoration:none">{image.tag(PICTURE, margin="0 0 10px")}</a>'
    direction = art_edition.direction
    align = "right" if direction == "rtl" else "left"
    read_more = html.escape(site_word(art_edition.language, "read_more"))
    row = (f'<tr><td dir="{direction}" lang="{html.escape(art_edition.language)}" style="padding:16px 24px;'
           f'border-top:1px solid #e5e5e5;text-align:{align}">{image_html}'
           f'<h2 style="margin:0 0 6px;{FONT};font-size:20px;line-height:1.3">'
           f'<a href="{url}" style="color:#0b4f8a;text-decoration:none">{html.escape(article.title)}</a></h2>'
           + (f'<p style="margin:0 0 8px;{FONT};font-size:15px;line-height:1.5;color:#333333">'
              f'{html.escape(teaser)}</p>' if teaser else "")
           + f'<p style="margin:0;{SANS};font-size:13px"><a href="{url}" style="color:#0b4f8a">{read_more}</a>'
           "</p></td></tr>")
    return row, [article.title, *([teaser] if teaser else []), html.unescape(url), ""]


def _linked(text: str) -> str:
    """`text` escaped, with its web and mailto: addresses as links."""
    return "".join(f'<a href="{html.escape(part, quote=True)}" style="color:#666666">{html.escape(part)}</a>'
                   if n % 2 else html.escape(part) for n, part in enumerate(_ADDRESS.split(text)))


def _footer(series: PublicationSeries, edition: Edition, align: str, problems: list[str]) -> tuple[str, list[str]]:
    """The series' footer (sender, postal address, unsubscribe line) and the site's address."""
    sender, address, unsubscribe = (series.sender_name or "").strip(), (series.postal_address or "").strip(), \
        (series.unsubscribe or "").strip()
    if not (sender and address and unsubscribe):
        problems.append(translate(
            "exporters.newsletter", "The series {series} has no complete footer (sender name, postal address and "
            "unsubscribe line), which mail clients and email law expect; set it in the issue editor or with "
            "'nejat-desk schedule footer'.").format(series=series.name))
    para = f'<p style="margin:0 0 6px;{SANS};font-size:12px;line-height:1.5;color:#666666">'
    lines = []
    if sender:
        lines.append(para + html.escape(site_word(edition.language, "newsletter_sent_by").format(sender=sender))
                     + "</p>")
    if address:
        lines.append(para + "<br>".join(html.escape(line) for line in address.splitlines()) + "</p>")
    if unsubscribe:
        lines.append(para + _linked(unsubscribe) + "</p>")
    site = edition.site_url
    lines.append(para + f'<a href="{html.escape(site, quote=True)}" style="color:#666666">{html.escape(site)}</a></p>')
    row = (f'<tr><td style="padding:16px 24px;border-top:1px solid #e5e5e5;text-align:{align}">'
           + "".join(lines) + "</td></tr>")
    text = ["--", *([site_word(edition.language, "newsletter_sent_by").format(sender=sender)] if sender else []),
            *address.splitlines(), *([unsubscribe] if unsubscribe else []), site]
    return row, text


def render_newsletter(library: Library, issue_id: int) -> NewsletterRender:
    with library.session() as session:
        issue = session.get(PublicationIssue, issue_id, options=[
            selectinload(PublicationIssue.series),
            selectinload(PublicationIssue.contents).selectinload(IssueArticle.article)])
        if issue is None:
            raise ValidationError(translate("exporters.newsletter", "There is no publication issue {id}.")
                                  .format(id=issue_id))
        if issue.series.kind != "newsletter":
            raise ValidationError(translate("exporters.newsletter", "{series} is not a Newsletter series; only "
                                            "Newsletter issues render to email.").format(series=issue.series.name))
        edition = session.get(Edition, issue.series.edition_code)
        assert edition is not None
        direction = edition.direction
        align = "right" if direction == "rtl" else "left"
        problems: list[str] = []
        number = reader_digits(edition.language, str(issue.number))
        subject = f"{issue.series.name} #{number}" + (f": {issue.title}" if issue.title else "")
        dated = reader_date(edition.language, issue.issue_date, edition.calendar) if issue.issue_date else ""

        parts: list[str] = []
        text_parts: list[str] = [subject, dated, ""] if dated else [subject, ""]
        cover = _picture(session, issue.cover_media_id, edition.code, subject)
        if issue.cover_media_id and cover is None:
            problems.append(translate("exporters.newsletter", "The cover (media {id}) has no web address yet; "
                                      "it was left out.").format(id=issue.cover_media_id))
        if cover:
            parts.append(f'<tr><td style="padding:0">{cover.tag(COLUMN)}</td></tr>')
        parts.append(f'<tr><td style="padding:24px 24px 8px;{FONT};text-align:{align}">'
                     f'<h1 style="margin:0;font-size:26px;line-height:1.25;color:#1a1a1a">{html.escape(subject)}</h1>'
                     + (f'<p style="margin:6px 0 0;{SANS};font-size:13px;color:#666666">'
                        f'<time datetime="{issue.issue_date.isoformat()}" dir="{direction}">{html.escape(dated)}'
                        "</time></p>" if issue.issue_date else "") + "</td></tr>")
        for entry in issue.contents:
            if entry.article.deleted_at is not None:
                problems.append(translate("exporters.newsletter", "'{title}' is in the trash; it was left out.")
                                .format(title=entry.article.title))
                continue
            row, lines = _article_row(session, entry.article, edition, problems)
            parts.append(row)
            text_parts += lines
        footer, footer_text = _footer(issue.series, edition, align, problems)
        parts.append(footer)
        text_parts += footer_text
        found = _ADDRESS.search(issue.series.unsubscribe or "")
        body = (
            "<!DOCTYPE html>\n"
            f'<html lang="{html.escape(edition.language)}" dir="{direction}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="generator" content="{GENERATOR}">'
            f"<title>{html.escape(subject)}</title></head>"
            '<body style="margin:0;padding:0;background:#f2f2f2">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
            'style="background:#f2f2f2"><tr><td align="center" style="padding:16px 8px">'
            f'<table role="presentation" dir="{direction}" width="{COLUMN}" cellpadding="0" cellspacing="0" '
            f'border="0" style="width:100%;max-width:{COLUMN}px;background:#ffffff">'
            + "".join(parts) + "</table></td></tr></table></body></html>\n")
        return NewsletterRender(subject, body, "\n".join(text_parts).strip() + "\n", problems,
                                found.group(0) if found else "")


def newsletter_files(library: Library, issue_id: int, path: str | os.PathLike[str], *,
                     sender: str = "", to: str = "") -> tuple[dict[Path, bytes], NewsletterRender]:
    """The issue as PATH.eml (multipart/alternative), or as PATH.html + PATH.txt: path -> bytes, for
    the service to write where the export rule allows."""
    rendered = render_newsletter(library, issue_id)
    target = Path(path)
    if target.suffix.lower() == ".eml":
        message = EmailMessage(policy=SMTP)
        message["Subject"] = rendered.subject
        message["X-Mailer"] = GENERATOR
        if sender:
            message["From"] = sender
        if to:
            message["To"] = to
        if rendered.unsubscribe_address:  # mail clients show their own Unsubscribe button for it
            message["List-Unsubscribe"] = f"<{rendered.unsubscribe_address}>"
        message.set_content(rendered.text)
        message.add_alternative(rendered.html, subtype="html")
        return {target: message.as_bytes()}, rendered
    stem = target.with_suffix("") if target.suffix.lower() in (".html", ".htm", ".txt") else target
    return {stem.with_suffix(".html"): rendered.html.encode("utf-8"),
            stem.with_suffix(".txt"): rendered.text.encode("utf-8")}, rendered
