"""A Newsletter issue as email-ready HTML and plain text, for the staff's mail tool.

Email clients ignore <style> blocks and cannot reach the library's files, so every style is
inline and every image is an absolute URL (the site's copy of the file, else the media item's
own source URL; an image with neither is left out and reported). Output is a multipart/alternative
.eml (text + HTML) or, for any other suffix, two files: NAME.html and NAME.txt.

The email is read by the edition's subscribers, so its own words ("Read more") are in the
edition's language (core.site_words); the problems reported to the editor are in the interface's.
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.site_words import site_word
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    Edition,
    IssueArticle,
    MediaItem,
    MediaText,
    PublicationIssue,
    RemoteLink,
)

FONT = "font-family:Georgia,'Times New Roman',serif"  # i18n: ok (CSS)
SANS = "font-family:Helvetica,Arial,sans-serif"
EXCERPT_CHARS = 320
# Carried by the HTML (meta generator) and the .eml (X-Mailer), so a later export knows the file as its own.
GENERATOR = "Nejat Desk"  # i18n: ok (product name)


@dataclass
class NewsletterRender:
    subject: str
    html: str
    text: str
    problems: list[str] = field(default_factory=list)


def _media_url(session: Session, media_id: int | None) -> str | None:
    if media_id is None:
        return None
    link = session.scalars(select(RemoteLink.remote_link).where(
        RemoteLink.object_type == "media", RemoteLink.local_id == media_id, RemoteLink.remote_link != "")).first()
    if link:
        return link
    media = session.get(MediaItem, media_id)
    if media and re.match(r"^https?://", media.source_url or ""):
        return media.source_url
    return None


def _alt(session: Session, media_id: int, edition: str) -> str:
    text = session.get(MediaText, (media_id, edition))
    return text.alt_text if text else ""


def article_url(session: Session, article: Article, edition: Edition, fallback_day: date | None) -> str:
    """The article's address on the site: its synced link, else the edition's permalink pattern."""
    link = session.scalars(select(RemoteLink.remote_link).where(
        RemoteLink.object_type == "article", RemoteLink.local_id == article.id,
        RemoteLink.remote_link != "")).first()
    if link:
        return link
    when: datetime | date | None = article.published_at or article.scheduled_at or fallback_day
    day = when.date() if isinstance(when, datetime) else when
    path = edition.permalink_pattern or "/%postname%/"
    values = {"%postname%": quote(article.slug, safe=""), "%post_id%": str(article.id),
              "%year%": f"{day:%Y}" if day else "", "%monthnum%": f"{day:%m}" if day else "",
              "%day%": f"{day:%d}" if day else ""}
    for token, value in values.items():
        path = path.replace(token, value)
    path = re.sub(r"/{2,}", "/", path)
    return edition.site_url.rstrip("/") + path


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
        read_more = html.escape(site_word(edition.language, "read_more"))
        problems: list[str] = []
        subject = f"{issue.series.name} #{issue.number}" + (f": {issue.title}" if issue.title else "")
        d = issue.issue_date
        dated = f"{d:%B} {d.day}, {d:%Y}" if d else ""

        parts: list[str] = []
        text_parts: list[str] = [subject, dated, ""] if dated else [subject, ""]
        cover = _media_url(session, issue.cover_media_id)
        if issue.cover_media_id and cover is None:
            problems.append(translate("exporters.newsletter", "The cover (media {id}) has no web address yet; "
                                      "it was left out.").format(id=issue.cover_media_id))
        if cover:
            alt = html.escape(_alt(session, issue.cover_media_id or 0, edition.code) or subject, quote=True)
            parts.append(f'<tr><td style="padding:0"><img src="{html.escape(cover, quote=True)}" alt="{alt}" '
                         'width="600" style="display:block;width:100%;max-width:600px;height:auto;border:0"></td></tr>')
        parts.append(f'<tr><td style="padding:24px 24px 8px;{FONT};text-align:{align}">'
                     f'<h1 style="margin:0;font-size:26px;line-height:1.25;color:#1a1a1a">{html.escape(subject)}</h1>'
                     + (f'<p style="margin:6px 0 0;{SANS};font-size:13px;color:#666666">{html.escape(dated)}</p>'
                        if dated else "") + "</td></tr>")
        for entry in issue.contents:
            article = entry.article
            if article.deleted_at is not None:
                problems.append(translate("exporters.newsletter", "'{title}' is in the trash; it was left out.")
                                .format(title=article.title))
                continue
            art_edition = session.get(Edition, article.edition_code) or edition
            url = article_url(session, article, art_edition, issue.issue_date)
            teaser = _teaser(article)
            image_html = ""
            image = _media_url(session, article.featured_media_id)
            if article.featured_media_id and image is None:
                problems.append(translate("exporters.newsletter", "The image of '{title}' has no web address yet; "
                                          "it was left out.").format(title=article.title))
            if image:
                alt = html.escape(_alt(session, article.featured_media_id or 0, article.edition_code), quote=True)
                image_html = (f'<a href="{html.escape(url, quote=True)}"><img src="{html.escape(image, quote=True)}" '
                              f'alt="{alt}" width="552" style="display:block;width:100%;max-width:552px;'
                              'height:auto;border:0;margin:0 0 10px"></a>')
            art_dir = art_edition.direction
            art_align = "right" if art_dir == "rtl" else "left"
            parts.append(
                f'<tr><td dir="{art_dir}" style="padding:16px 24px;border-top:1px solid #e5e5e5;'
                f'text-align:{art_align}">{image_html}'
                f'<h2 style="margin:0 0 6px;{FONT};font-size:20px;line-height:1.3">'
                f'<a href="{html.escape(url, quote=True)}" style="color:#0b4f8a;text-decoration:none">'
                f'{html.escape(article.title)}</a></h2>'
                + (f'<p style="margin:0 0 8px;{FONT};font-size:15px;line-height:1.5;color:#333333">'
                   f'{html.escape(teaser)}</p>' if teaser else "")
                + f'<p style="margin:0;{SANS};font-size:13px"><a href="{html.escape(url, quote=True)}" '
                f'style="color:#0b4f8a">{read_more}</a></p></td></tr>')
            text_parts += [article.title, *([teaser] if teaser else []), url, ""]
        site = edition.site_url
        parts.append(f'<tr><td style="padding:16px 24px;{SANS};font-size:12px;color:#888888;'
                     f'border-top:1px solid #e5e5e5;text-align:{align}">'
                     f'<a href="{html.escape(site, quote=True)}" style="color:#888888">{html.escape(site)}</a>'
                     "</td></tr>")
        text_parts += ["--", site]
        body = (
            "<!DOCTYPE html>\n"
            f'<html lang="{html.escape(edition.language)}" dir="{direction}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="generator" content="{GENERATOR}">'
            f"<title>{html.escape(subject)}</title></head>"
            '<body style="margin:0;padding:0;background:#f2f2f2">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
            'style="background:#f2f2f2"><tr><td align="center" style="padding:16px 8px">'
            f'<table role="presentation" dir="{direction}" width="600" cellpadding="0" cellspacing="0" border="0" '
            'style="width:100%;max-width:600px;background:#ffffff">'
            + "".join(parts) + "</table></td></tr></table></body></html>\n")
        return NewsletterRender(subject, body, "\n".join(text_parts).strip() + "\n", problems)


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
        message.set_content(rendered.text)
        message.add_alternative(rendered.html, subtype="html")
        return {target: message.as_bytes()}, rendered
    stem = target.with_suffix("") if target.suffix.lower() in (".html", ".htm", ".txt") else target
    return {stem.with_suffix(".html"): rendered.html.encode("utf-8"),
            stem.with_suffix(".txt"): rendered.text.encode("utf-8")}, rendered
