"""Sending an article, a gallery or a publication issue to a site as a post.

One path for all three: build the post (title, HTML, excerpt, slug, status, date, terms,
featured image), then update the post the site already holds (after checking nobody changed it
there since the last sync) or create it (after checking that an earlier attempt whose answer was
lost did not create it already). What the site answers is recorded in `remote_links`.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from nejat_desk.core.domain import ArticleStatus
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.render import render_markdown
from nejat_desk.core.site_categories import CategoryPath, gallery_category_path, issue_category_path
from nejat_desk.core.site_words import site_word
from nejat_desk.core.timeutil import utc_now
from nejat_desk.services.articles import get_article
from nejat_desk.services.wordpress import body_media, companion, site_text
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.errors import Problem, SiteError
from nejat_desk.services.wordpress.media import ensure_media
from nejat_desk.services.wordpress.object_records import gallery_record, issue_record
from nejat_desk.services.wordpress.pull_media import same_origin
from nejat_desk.services.wordpress.remote import (
    decode_slug,
    find_link,
    fingerprint,
    format_gmt,
    parse_gmt,
    post_fingerprint,
    raw_field,
    readable_gmt,
    record_link,
)
from nejat_desk.services.wordpress.sites import load_site
from nejat_desk.services.wordpress.terms import ensure_category, ensure_tag, find_or_create_term
from nejat_desk.services.workflow import check_status
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    ArticleAttachment,
    Edition,
    Gallery,
    GalleryText,
    MediaItem,
    PublicationIssue,
    PublicationSeries,
    RemoteLink,
    SiteProfile,
)

log = logging.getLogger(__name__)

WP_STATUSES = ("draft", "pending", "future", "publish", "private")
DOUBT_MARGIN = timedelta(minutes=10)


@dataclass
class PushRequest:
    status: str = "draft"
    date_gmt: datetime | None = None  # for "future" (required) and back-dated "publish"
    edition: str | None = None  # galleries: which edition's texts
    # Overwrite the site's version only if it is still the one the editor saw (conflict resolved).
    overwrite_modified_gmt: str | None = None
    in_doubt_since: datetime | None = None  # an earlier attempt may have created the post


@dataclass
class PushResult:
    remote_id: int
    link: str
    slug: str
    status: str
    created: bool
    recovered: bool = False  # found the post a lost attempt had created
    uploaded_media: int = 0
    warnings: list[str] = field(default_factory=list)


class ConflictError(SiteError):
    """The site's copy changed since the last sync; `site_post` is what it holds now."""

    def __init__(self, message: str, site_post: dict[str, Any]) -> None:
        super().__init__(Problem.CONFLICT, message)
        self.site_post = site_post


@dataclass
class _Post:
    object_type: str
    local_id: int
    version: int
    edition: str
    title: str
    content: str
    excerpt: str
    slug: str
    category_ids: list[int] = field(default_factory=list)
    tag_ids: list[int] = field(default_factory=list)
    featured_media_id: int | None = None
    attachment_ids: list[int] = field(default_factory=list)
    translation_ids: dict[str, int] = field(default_factory=dict)  # edition -> local article id
    newly_uploaded: list[int] = field(default_factory=list)  # remote media ids this push uploaded
    # Said when the site's answer shows no companion plugin: which of this post's fields did not travel.
    without_plugin: str = ""
    warnings: list[str] = field(default_factory=list)  # found while building the post, said with the result


def article_status_for_site(article: Article) -> tuple[str, datetime | None]:
    """The site status an article's own workflow state implies (for updates queued by edits)."""
    if article.status == ArticleStatus.SCHEDULED.value and article.scheduled_at:
        return "future", article.scheduled_at
    if article.status in (ArticleStatus.PUBLISHED.value, ArticleStatus.ARCHIVED.value):
        return "publish", article.published_at
    return "draft", None


def check_request(request: PushRequest, now: datetime | None = None) -> None:
    if request.status not in WP_STATUSES:
        raise ValidationError(translate("services.wordpress.push", "Unknown site status {status}; use one of "
                                        "{statuses}.").format(status=repr(request.status),
                                                               statuses=", ".join(WP_STATUSES)))
    if request.status == "future":
        if request.date_gmt is None:
            raise ValidationError(translate("services.wordpress.push", "A scheduled post needs a date and time."))
        if request.date_gmt <= (now or utc_now()):
            raise ValidationError(translate("services.wordpress.push", "The scheduled time {time} UTC has passed; "
                                            "choose a later time or publish now.").format(
                time=format_gmt(request.date_gmt)))


# --- reading what to send ----------------------------------------------------------------------

def _language(session: Any, edition: str) -> str:
    """The edition's language: what core.site_words is asked in (an edition's code is not a language)."""
    row = session.get(Edition, edition)
    return row.language if row is not None else edition


def _article_post(session: Any, article_id: int) -> _Post:
    article = get_article(session, article_id, options=[
        selectinload(Article.tags), selectinload(Article.attachments).selectinload(ArticleAttachment.media)])
    if article.deleted_at is not None:
        raise ValidationError(translate("services.wordpress.push", "The article {slug} is in the trash; restore it "
                                        "before publishing.").format(slug=repr(article.slug)))
    if not article.title.strip():
        raise ValidationError(translate("services.wordpress.push", "The article {slug} has no title.").format(
            slug=repr(article.slug)))
    siblings: dict[str, int] = {}
    if article.translation_group_id:
        for other_id, other_edition in session.execute(select(Article.id, Article.edition_code).where(
                Article.translation_group_id == article.translation_group_id, Article.id != article.id)):
            siblings[other_edition] = other_id
    return _Post("article", article.id, article.version, article.edition_code, article.title,
                 article.body_html or render_markdown(article.body_md), article.excerpt, article.slug,
                 featured_media_id=article.featured_media_id,
                 attachment_ids=[a.media_id for a in article.attachments], translation_ids=siblings)


def _gallery_post(session: Any, gallery_id: int, edition: str) -> _Post:
    gallery = session.get(Gallery, gallery_id)
    if gallery is None or gallery.deleted_at is not None:
        raise ValidationError(translate("services.wordpress.push", "There is no gallery with id {id}.").format(
            id=gallery_id))
    text = session.get(GalleryText, (gallery_id, edition))
    if text is None or not text.title.strip():
        raise ValidationError(translate("services.wordpress.push", "The gallery has no title in the {edition} "
                                        "edition.").format(edition=edition))
    return _Post("gallery", gallery.id, gallery.version, edition, text.title, render_markdown(text.description),
                 "", gallery.slug or "", featured_media_id=gallery.cover_media_id,
                 attachment_ids=[i.media_id for i in gallery.items])


def _issue_post(session: Any, issue_id: int) -> _Post:
    issue = session.get(PublicationIssue, issue_id)
    if issue is None or issue.deleted_at is not None:
        raise ValidationError(translate("services.wordpress.push", "There is no publication issue with id "
                                        "{id}.").format(id=issue_id))
    series: PublicationSeries = issue.series
    title = f"{series.name} {issue.number}" + (f": {issue.title}" if issue.title else "")
    version = int(issue.updated_at.timestamp()) if issue.updated_at else 0
    return _Post("issue", issue.id, version, series.edition_code, title, "", "",
                 f"{series.slug}-{issue.number}", featured_media_id=issue.cover_media_id,
                 attachment_ids=[issue.pdf_media_id] if issue.pdf_media_id else [])


# --- sending ---------------------------------------------------------------------------------------

class Pusher:
    """Pushes to one site with one client. Runs on whichever thread calls it (blocking I/O)."""

    def __init__(self, client: WordPressClient, library: Library, site_id: int) -> None:
        self.client = client
        self.library = library
        self.site_id = site_id
        with library.session() as session:
            profile = load_site(session, site_id)
            self.polylang = bool((profile.capabilities or {}).get("polylang"))
            self.site_name = profile.name
        self._me: int | None = None

    def push(self, object_type: str, local_id: int, request: PushRequest) -> PushResult:
        check_request(request)
        if object_type == "article":
            return self.push_article(local_id, request)
        if object_type == "gallery":
            return self.push_gallery(local_id, request)
        if object_type == "issue":
            return self.push_issue(local_id, request)
        raise ValidationError(translate("services.wordpress.push", "Cannot publish a {kind}.").format(
            kind=repr(object_type)))

    def push_article(self, article_id: int, request: PushRequest) -> PushResult:
        uploaded = 0
        with self.library.session() as session:
            post = _article_post(session, article_id)
            article = session.get(Article, article_id)
            assert article is not None
            if request.status in ("publish", "future"):  # going out to readers: the ready rules hold
                check_status(session, article, ArticleStatus.READY)
            category_id, tag_ids = article.category_id, [t.id for t in article.tags]
        if category_id is not None:
            post.category_ids = [ensure_category(self.client, self.library, self.site_id, category_id)]
        post.tag_ids = [ensure_tag(self.client, self.library, self.site_id, t) for t in tag_ids]
        inline = self._body_media(post, request)
        data = self._base_data(post, request)
        featured, uploaded = self._media(post, request)
        post.newly_uploaded += inline
        uploaded += len(inline)
        if featured:
            data["featured_media"] = featured
        self._article_meta(post, data, request)
        return self._send(post, data, request, uploaded)

    def push_gallery(self, gallery_id: int, request: PushRequest) -> PushResult:
        with self.library.session() as session:
            gallery = session.get(Gallery, gallery_id)
            edition = request.edition or self._first_edition_with_text(session, gallery_id)
            post = _gallery_post(session, gallery_id, edition)
            path = gallery_category_path(_language(session, edition), gallery.kind if gallery else "")
        post.category_ids = [self._category_at(path)]
        featured, uploaded = self._media(post, request)
        remote_items = [self._remote_media_id(m) for m in post.attachment_ids]
        ids = ",".join(str(i) for i in remote_items if i)
        if ids:
            post.content += f'\n[gallery ids="{ids}" link="file"]'  # i18n: ok (shortcode)
        data = self._base_data(post, request)
        if featured:
            data["featured_media"] = featured
        with self.library.session() as session:
            record = gallery_record(session, gallery_id, data, request.status, featured, remote_items)
        data["meta"] = companion.object_meta("gallery", record["uid"], edition, record)
        post.without_plugin = companion.object_fields_lost("gallery")
        return self._send(post, data, request, uploaded)

    def push_issue(self, issue_id: int, request: PushRequest) -> PushResult:
        with self.library.session() as session:
            post = _issue_post(session, issue_id)
            issue = session.get(PublicationIssue, issue_id)
            assert issue is not None
            series = issue.series
            toc = [(entry.article.title, find_link(session, self.site_id, "article", entry.article_id))
                   for entry in issue.contents]
            language = _language(session, post.edition)
            path = issue_category_path(language, series.name, series.slug)
            date_text = issue.issue_date.isoformat() if issue.issue_date else ""
            series_category = series.category_id
        category_ids = ([ensure_category(self.client, self.library, self.site_id, series_category)]
                        if series_category else [])
        if not category_ids:
            category_ids = [self._category_at(path)]
        post.category_ids = category_ids
        featured, uploaded = self._media(post, request)
        parts = [f"<p><time datetime=\"{date_text}\">{date_text}</time></p>"] if date_text else []
        if toc:
            items = "".join(
                f'<li><a href="{html.escape(link.remote_link)}">{html.escape(title)}</a></li>' if link and link.remote_link
                else f"<li>{html.escape(title)}</li>" for title, link in toc)
            parts.append(f"<ol>{items}</ol>")
        pdf_url = self._remote_media_url(post.attachment_ids[0]) if post.attachment_ids else ""
        if pdf_url:
            label = site_word(language, "download_pdf").format(title=post.title)
            parts.append(f'<p><a href="{html.escape(pdf_url)}">{html.escape(label)}</a></p>')
        post.content = "\n".join(parts)
        data = self._base_data(post, request)
        if featured:
            data["featured_media"] = featured
        pdf = self._remote_media_id(post.attachment_ids[0]) if post.attachment_ids else None
        with self.library.session() as session:
            record = issue_record(session, issue_id, data, request.status, featured, pdf)
        data["meta"] = companion.object_meta("issue", record["uid"], post.edition, record)
        post.without_plugin = companion.object_fields_lost("issue")
        return self._send(post, data, request, uploaded)

    def _article_meta(self, post: _Post, data: dict[str, Any], request: PushRequest) -> None:
        """The article's own fields as the plugin's meta (a site without it ignores them), and the
        sentence to say if the answer shows they stayed behind."""
        attachments = [self._remote_media_id(m) for m in post.attachment_ids]
        with self.library.session() as session:
            article = session.get(Article, post.local_id)
            assert article is not None
            record = companion.article_record(article, data, request.status, attachments)
            data["meta"] = companion.article_meta(session, article, record)
            media_ids = [m for m in [post.featured_media_id, *post.attachment_ids] if m]
            credits = any((session.get(MediaItem, m) or MediaItem()).credit for m in media_ids)
            post.without_plugin = companion.article_fields_lost(article, credits)

    # --- pieces ------------------------------------------------------------------------------

    def _category_at(self, path: CategoryPath) -> int:
        """The site's category at the end of `path`, each level found by slug or created."""
        parent: int | None = None
        for name, slug in path:
            parent = find_or_create_term(self.client, "category", name, slug, parent)[0]
        assert parent is not None
        return parent

    def _first_edition_with_text(self, session: Any, gallery_id: int) -> str:
        profile = session.get(SiteProfile, self.site_id)
        for edition in (profile.editions if profile else []) or []:
            if session.get(GalleryText, (gallery_id, edition)) is not None:
                return str(edition)
        raise ValidationError(translate("services.wordpress.push", "The gallery has no texts in an edition this site serves."))

    def _remote_media_id(self, media_id: int) -> int | None:
        with self.library.session() as session:
            link = find_link(session, self.site_id, "media", media_id)
            return link.remote_id if link else None

    def _remote_media_url(self, media_id: int) -> str:
        with self.library.session() as session:
            link = find_link(session, self.site_id, "media", media_id)
            return link.remote_link if link else ""

    def _media(self, post: _Post, request: PushRequest) -> tuple[int | None, int]:
        uploaded = 0
        featured = None
        post.newly_uploaded = []
        if post.featured_media_id:
            remote = ensure_media(self.client, self.library, self.site_id, post.featured_media_id, post.edition,
                                  in_doubt_since=request.in_doubt_since)
            featured = remote.remote_id
            uploaded += remote.uploaded
            if remote.uploaded:
                post.newly_uploaded.append(remote.remote_id)
        for media_id in post.attachment_ids:
            remote = ensure_media(self.client, self.library, self.site_id, media_id, post.edition,
                                  in_doubt_since=request.in_doubt_since)
            uploaded += remote.uploaded
        return featured, uploaded

    def _body_media(self, post: _Post, request: PushRequest) -> list[int]:
        """Pictures of the media store in the body go out as the site's files, uploaded once as a featured
        image is: the site's address and `wp-image-<id>` (services.wordpress.body_media). A copy pulled
        from this site by address only goes back to that address. Returns the remote ids uploaded."""
        wanted = {sha for image in body_media.images(post.content) if (sha := body_media.local_sha(image.src))}
        if not wanted:
            return []
        with self.library.session() as session:
            items = [(m.sha256, m.id, m.source_url, find_link(session, self.site_id, "media", m.id) is not None)
                     for m in session.scalars(select(MediaItem).where(MediaItem.sha256.in_(wanted)))]
        for sha in sorted(wanted - {str(sha) for sha, *_rest in items}):
            post.warnings.append(translate("services.wordpress.push", "The body shows a picture the media store "
                                           "does not hold ({ref}); it was sent as written, so the site will not "
                                           "show it.").format(ref=body_media.local_ref(sha)))
        targets: dict[str, tuple[str, int | None]] = {}
        uploaded: list[int] = []
        for sha, media_id, address, linked in items:
            if not linked and address and same_origin(address, self.client.base_url):
                targets[str(sha)] = (address, None)
                continue
            remote = ensure_media(self.client, self.library, self.site_id, media_id, post.edition,
                                  in_doubt_since=request.in_doubt_since)
            targets[str(sha)] = (remote.url, remote.remote_id)
            if remote.uploaded:
                uploaded.append(remote.remote_id)

        def site_tag(_index: int, image: body_media.BodyImage) -> str | None:
            target = targets.get(body_media.local_sha(image.src) or "")
            if target is None:
                return None  # not in the library: sent as written
            url, remote_id = target
            kept = {k: v for k, v in image.attrs.items() if k not in ("src", "alt", "class", "srcset", "sizes")}
            classes = " ".join(c for c in [image.attrs.get("class", ""), f"wp-image-{remote_id}" if remote_id else ""] if c)
            return body_media.image_tag(url, image.attrs.get("alt", ""), {**kept, **({"class": classes} if classes else {})})

        post.content = body_media.rewrite(post.content, site_tag)
        return uploaded

    def _media_meta(self, post: _Post) -> None:
        """Every edition's alt text and caption and the credit, on the site's files (the plugin is there)."""
        for media_id in dict.fromkeys(m for m in [post.featured_media_id, *post.attachment_ids] if m):
            remote_id = self._remote_media_id(media_id)
            with self.library.session() as session:
                meta = companion.media_meta(session, media_id)
            if remote_id and meta:
                self.client.post(f"/wp/v2/media/{remote_id}", {"meta": meta})

    def _base_data(self, post: _Post, request: PushRequest) -> dict[str, Any]:
        # Title and excerpt are text in the desk, HTML on the site (services.wordpress.site_text).
        data: dict[str, Any] = {"title": site_text.to_site(post.title), "content": post.content,
                                "excerpt": site_text.to_site(post.excerpt), "status": request.status,
                                "categories": post.category_ids, "tags": post.tag_ids}
        if post.slug:
            data["slug"] = post.slug
        if request.status in ("future", "publish", "private") and request.date_gmt is not None:
            data["date_gmt"] = format_gmt(request.date_gmt)
        if self.polylang:
            with self.library.session() as session:
                edition = session.get(Edition, post.edition)
                language = edition.language if edition else post.edition
                data["lang"] = language.split("-")[0]
                translations: dict[str, int] = {}
                for other_edition, other_id in post.translation_ids.items():
                    link = find_link(session, self.site_id, "article", other_id)
                    other = session.get(Edition, other_edition)
                    if link and other:
                        translations[other.language.split("-")[0]] = link.remote_id
                if translations:
                    data["translations"] = translations
        return data

    def _send(self, post: _Post, data: dict[str, Any], request: PushRequest, uploaded: int) -> PushResult:
        with self.library.session() as session:
            link = find_link(session, self.site_id, post.object_type, post.local_id)
            link_id, synced_hash = (link.remote_id, link.synced_hash) if link else (None, "")
        created = recovered = False
        warnings: list[str] = list(post.warnings)
        existing: dict[str, Any] | None = None
        if link_id is not None:
            try:
                existing = self.client.get(f"/wp/v2/posts/{link_id}", {"context": "edit"})
            except SiteError as exc:
                if exc.problem is not Problem.NOT_FOUND:
                    raise
                warnings.append(translate("services.wordpress.push", "The site no longer had post {post_id}; it was "
                                          "created again.").format(post_id=link_id))
                existing = None
            if existing is not None:
                self._check_conflict(existing, synced_hash, request)
        elif request.in_doubt_since is not None:
            existing = self._find_lost_post(post, data, request.in_doubt_since)
            recovered = existing is not None
        if existing is not None:
            answer = self.client.post(f"/wp/v2/posts/{existing['id']}", data, {"context": "edit"})
        else:
            answer = self.client.post("/wp/v2/posts", data, {"context": "edit"})
            created = True
        remote_id = int(answer["id"])
        # Attachments belong to the post; a featured image too when this push uploaded it.
        to_attach = [self._remote_media_id(m) for m in post.attachment_ids] + post.newly_uploaded
        for media_remote in dict.fromkeys(m for m in to_attach if m):
            self.client.post(f"/wp/v2/media/{media_remote}", {"post": remote_id})
        if companion.kept_meta(answer):
            self._media_meta(post)
        elif post.without_plugin:
            warnings.append(post.without_plugin)
        if raw_field(answer, "content") != data["content"] or raw_field(answer, "title") != data["title"]:
            warnings.append(translate("services.wordpress.push", "The site changed the title or content while saving "
                                      "it (a filter or plugin on the site); the site's version was recorded."))
        slug = decode_slug(str(answer.get("slug") or answer.get("generated_slug") or ""))
        with self.library.session() as session:
            record_link(session, self.site_id, post.object_type, post.local_id, remote_id,
                        link=str(answer.get("link", "")), slug=slug,
                        modified_gmt=parse_gmt(answer.get("modified_gmt")), synced_hash=companion.sync_fingerprint(answer),
                        synced_version=post.version)
        log.info("%s %s pushed to site %s as post %s (%s)", post.object_type, post.local_id, self.site_id,
                 remote_id, "created" if created else "updated")
        return PushResult(remote_id, str(answer.get("link", "")), slug, str(answer.get("status", "")), created,
                          recovered=recovered, uploaded_media=uploaded, warnings=warnings)

    def _check_conflict(self, site_post: dict[str, Any], synced_hash: str, request: PushRequest) -> None:
        if companion.sync_fingerprint(site_post) == synced_hash:
            return  # the site holds what was last synced (perhaps re-saved, but unchanged)
        if request.overwrite_modified_gmt and request.overwrite_modified_gmt == site_post.get("modified_gmt"):
            return  # the editor saw this very version and chose to replace it
        raise ConflictError(
            translate("services.wordpress.push", "The post was edited on the site ({when}) since the last sync; "
                      "compare the two versions and choose which to keep.").format(
                when=readable_gmt(site_post.get("modified_gmt"))), site_post)

    def _my_id(self) -> int:
        if self._me is None:
            self._me = int(self.client.get("/wp/v2/users/me")["id"])
        return self._me

    def _find_lost_post(self, post: _Post, data: dict[str, Any], since: datetime) -> dict[str, Any] | None:
        """A post an earlier, unanswered attempt created: same text, or same title and slug, by this user,
        modified since that attempt, and not linked to anything else."""
        want = fingerprint(data["title"], data["content"], data["excerpt"])
        params = {"context": "edit", "status": "any", "author": self._my_id(), "orderby": "modified",
                  "modified_after": format_gmt(since.astimezone(UTC) - DOUBT_MARGIN)}
        for candidate in self.client.paginate("/wp/v2/posts", params):
            same_text = post_fingerprint(candidate) == want
            slug = decode_slug(str(candidate.get("slug") or candidate.get("generated_slug") or ""))
            same_title_slug = (raw_field(candidate, "title") == data["title"] and post.slug != ""
                               and (slug == post.slug or slug.startswith(post.slug + "-")))
            if not (same_text or same_title_slug):
                continue
            with self.library.session() as session:
                taken = session.scalars(select(RemoteLink).where(
                    RemoteLink.site_id == self.site_id, RemoteLink.remote_id == int(candidate["id"]),
                    RemoteLink.object_type.in_(("article", "gallery", "issue")))).first()
            if taken is None:
                log.info("found post %s created by an earlier attempt", candidate["id"])
                return dict(candidate)
        return None
