"""Two desks, one site (issue #16): desk A pushes, desk B pulls, B pushes back, A pulls; with the
companion plugin every field the desk keeps survives unchanged (right-to-left text and ZWNJ
included) and the pictures come with it; without the plugin the desk says what did not travel
and loses nothing else."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pypdfium2 as pdfium
import pytest
from PIL import Image
from wp_helpers import import_image, jpeg_with_gps, unique

from nejat_desk.core.slugs import slugify
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.galleries import add_items, create_gallery, update_gallery
from nejat_desk.services.media_import import import_media
from nejat_desk.services.publications import PublicationService
from nejat_desk.services.wordpress.companion import missing_plugin_line
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.outbox import Outbox
from nejat_desk.services.wordpress.pull import Puller, PullReport
from nejat_desk.services.wordpress.sites import SiteService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    Gallery,
    MediaItem,
    MediaText,
    PublicationIssue,
    RemoteLink,
    TranslationBase,
    TranslationGroup,
)

pytestmark = pytest.mark.wordpress

ZWNJ = "\u200c"
FA_TITLE = "گزارش ویژه: می‌خواهم «نجات» را ببینم"
FA_BODY = """## گزارش ویژه

این **متن آزمایشی** است با [پیوند](https://example.org/fa) و فاصلهٔ مجازی: می‌خواهم.

- بند اول
- بند دوم ۱۲۳

> نقل قولی کوتاه\\* با نشانه‌ها
"""
EN_BODY = "A *test* text with a [link](https://example.org/en) and an escaped \\* star.\n"
AR_BODY = "هذا نصٌّ **تجريبي** بالعربية مع تشكيل: كِتَابٌ.\n\n1. أولاً\n2. ثانياً\n"
SQ_BODY = "Një tekst *provë* në shqip: çështje, ëndërr.\n"
SCHEDULED = datetime(2031, 3, 21, 8, 30, tzinfo=UTC)


@dataclass
class Desk:
    library: Library
    sites: SiteService
    site_id: int
    outbox: Outbox

    def pull(self, edition: str = "fa") -> PullReport:
        with self.sites.client(self.site_id) as client:
            return Puller(client, self.library, self.site_id, edition).pull()

    def push(self, kind: str, object_id: int, status: str = "draft", **options: Any) -> list[str]:
        """Send one object; returns what the push says about the companion plugin (what did not travel)."""
        job = self.outbox.enqueue(self.site_id, kind, object_id, status=status, **options)
        report = self.outbox.flush(job_ids=[job])
        assert report.ok and report.done, report
        return [w for _job, result in report.done for w in result.warnings if "Companion" in w]

    def remote_id(self, kind: str, local_id: int) -> int:
        with self.library.session() as s:
            link = s.query(RemoteLink).filter_by(site_id=self.site_id, object_type=kind, local_id=local_id).one()
            return link.remote_id


def _desk(folder: Path, site, keyring) -> Desk:
    library = Library.open(folder, create=True)
    sites = SiteService(library, CredentialStore(backend=keyring), timeout=30)
    site_id = sites.add("Newsroom", site.url(), site.admin_user, ["fa", "en", "ar", "sq"],
                        password=site.admin_app_password)
    return Desk(library, sites, site_id, Outbox(library, sites))


@pytest.fixture
def desks(wordpress_site, tmp_path, memory_keyring):
    a, b = _desk(tmp_path / "desk-a", wordpress_site, memory_keyring), _desk(tmp_path / "desk-b", wordpress_site,
                                                                              memory_keyring)
    try:
        yield a, b
    finally:
        a.library.close()
        b.library.close()


def _pdf(path: Path) -> Path:
    doc = pdfium.PdfDocument.new()
    doc.new_page(300, 400)
    doc.save(str(path))
    doc.close()
    return path


def _write_farsi_article_with_translation(a: Desk, tmp_path: Path) -> tuple[int, int, int]:
    """Desk A's work: a Farsi article (picture, PDF, every field) and its English translation, whose
    source then changed (so the translation is stale on A)."""
    picture = import_image(a.library, jpeg_with_gps(tmp_path / "harbour.jpg"), "fa", alt=f"بندر در{ZWNJ}سپیده",
                           caption="عکس: *بندر*", credit="Photo: Leila M.")
    with a.library.session() as s:
        s.add(MediaText(media_id=picture, edition_code="en", alt_text="The harbour at dawn", caption="The harbour"))
        s.add(MediaText(media_id=picture, edition_code="ar", alt_text="الميناء فجراً", caption="الميناء"))
        s.add(MediaText(media_id=picture, edition_code="sq", alt_text="Porti në agim", caption="Porti"))
    pdf = import_media(a.library, [_pdf(tmp_path / "report.pdf")]).media_ids[0]
    articles = ArticleService(a.library)
    marker = unique()
    fa = articles.create("fa", f"{FA_TITLE} {marker}", FA_BODY, excerpt=f"چکیدهٔ کوتاه{ZWNJ}ها",
                         category_path=f"جهان {marker}/ایران {marker}", tags=[f"برچسب {marker}", "سیاست"],
                         byline="نویسنده: مریم", source_name="خبرگزاری نمونه",
                         source_url="https://example.org/منبع?id=1", featured_media_id=picture,
                         attachment_ids=[pdf], featured_image_ref="harbour", scheduled_at=SCHEDULED)
    articles.set_status(fa, "ready")
    en = articles.create_translation(fa, "en")
    articles.save_text(en, title=f"Special report {marker}", body_md=EN_BODY, excerpt="A short excerpt.")
    articles.save_text(fa, body_md=FA_BODY + "\nبند افزوده.\n")  # the source moves on: en is stale
    assert articles.is_stale(en)
    return fa, en, picture


def _more_translations(a: Desk, fa: int) -> dict[str, int]:
    """The Arabic and Albanian translations, the Albanian one published (its date travels too)."""
    articles = ArticleService(a.library)
    ar, sq = articles.create_translation(fa, "ar"), articles.create_translation(fa, "sq")
    articles.save_text(ar, title=f"تقرير خاص {unique()}", body_md=AR_BODY, excerpt="مقتطف قصير")
    articles.save_text(sq, title=f"Raport i veçantë {unique()}", body_md=SQ_BODY, excerpt="Përmbledhje.")
    articles.set_status(sq, "published")
    return {"ar": ar, "sq": sq}


def _media_state(session, media_id: int | None) -> dict[str, Any] | None:
    if media_id is None:
        return None
    item = session.get(MediaItem, media_id)
    texts = {t.edition_code: (t.alt_text, t.caption) for t in session.query(MediaText).filter_by(media_id=media_id)}
    return {"kind": item.kind, "credit": item.credit, "texts": texts, "has_file": bool(item.sha256)}


def _article_state(library: Library, article_id: int) -> dict[str, Any]:
    """Every field the desk keeps for an article, as values comparable between libraries."""
    with library.session() as s:
        a = s.get(Article, article_id)
        group = s.get(TranslationGroup, a.translation_group_id) if a.translation_group_id else None
        base = s.get(TranslationBase, a.id)
        source = s.get(Article, base.source_id) if base else None
        category = []
        node = a.category
        while node is not None:
            category.insert(0, (node.name, node.slug))
            node = node.parent
        return {
            "edition": a.edition_code, "uid": a.uid, "title": a.title, "slug": a.slug, "body_md": a.body_md,
            "excerpt": a.excerpt, "category": category, "tags": [(t.name, t.slug) for t in a.tags],
            "byline": a.byline, "source_name": a.source_name, "source_url": a.source_url, "status": a.status,
            "scheduled_at": a.scheduled_at, "published_at": a.published_at, "featured_image_ref": a.featured_image_ref,
            "featured": _media_state(s, a.featured_media_id),
            "attachments": [_media_state(s, x.media_id) for x in a.attachments],
            "group": group.uid if group else None,
            "original": s.get(Article, group.original_article_id).uid if group and group.original_article_id else None,
            "follows": (source.uid, base.source_text_version) if base else None, "text_version": a.text_version,
        }


def _is_stale(library: Library, article_id: int) -> bool:
    return ArticleService(library).is_stale(article_id)


def test_two_desks_round_trip_every_article_field_with_the_companion(companion, desks, tmp_path) -> None:
    a, b = desks
    assert a.sites.test(a.site_id).companion_line.startswith("The Nejat Desk Companion plugin")
    fa, en, _picture = _write_farsi_article_with_translation(a, tmp_path)
    others = _more_translations(a, fa)
    assert a.push("article", fa) == [] and a.push("article", en) == [] and a.push("article", others["ar"]) == []
    assert a.push("article", others["sq"], status="publish",
                  date_gmt=datetime(2026, 11, 2, 9, 15, tzinfo=UTC)) == []
    ids = {"fa": fa, "en": en, **others}
    on_a = {edition: _article_state(a.library, i) for edition, i in ids.items()}
    assert on_a["sq"]["status"] == "published" and on_a["sq"]["published_at"]

    report = b.pull()  # the site's other posts (other tests') come too
    assert not report.skipped and missing_plugin_line() not in report.warnings
    with b.library.session() as s:
        on_b_ids = {edition: s.query(Article.id).filter_by(uid=state["uid"]).scalar() for edition, state in on_a.items()}
    assert set(on_b_ids.values()) <= set(report.created)
    for edition, state in on_a.items():  # every field, in all four editions
        assert _article_state(b.library, on_b_ids[edition]) == state, edition
    b_fa, b_en = on_b_ids["fa"], on_b_ids["en"]
    assert _is_stale(b.library, b_en) and not _is_stale(b.library, b_fa)

    # B sees the picture offline: the file is in its media store, and no connection can be made.
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise httpx.ConnectError("offline")

    original_send = httpx.Client.send
    httpx.Client.send = refuse  # type: ignore[method-assign]
    try:
        with b.library.session() as s:
            item = s.get(MediaItem, s.get(Article, b_fa).featured_media_id)
            with Image.open(io.BytesIO(b.library.layout.media_path(item.sha256).read_bytes())) as img:
                assert img.size == (640, 480)
    finally:
        httpx.Client.send = original_send  # type: ignore[method-assign]

    # B changes the translation's byline and sends both back; A pulls: B's change, nothing else.
    ArticleService(b.library).update_meta(b_en, byline="Translated by Sara")
    for edition, article_id in on_b_ids.items():
        options = {"status": "publish", "date_gmt": datetime(2026, 11, 2, 9, 15, tzinfo=UTC)} if edition == "sq" else {}
        assert b.push("article", article_id, **options) == []
    back = a.pull()
    assert back.updated == [en] and not back.conflicts, back
    for edition, state in on_a.items():
        assert _article_state(a.library, ids[edition]) == (
            {**state, "byline": "Translated by Sara"} if edition == "en" else state), edition
    assert _is_stale(a.library, en)


def test_galleries_and_issues_come_back_as_themselves(companion, desks, tmp_path) -> None:
    a, b = desks
    pictures = [import_image(a.library, jpeg_with_gps(tmp_path / f"g{n}.jpg", (40 * n, 90, 20)), "fa",
                             alt=f"تصویر {n}{ZWNJ}ها", credit=f"Photographer {n}") for n in range(2)]
    marker = unique()
    with a.library.session() as s:
        gallery = create_gallery(s, "photo_gallery", {"fa": f"بندر {marker}", "en": f"Harbour {marker}"},
                                 descriptions={"fa": "تصویرهای *بندر*", "en": "Pictures of the *harbour*."})
        add_items(s, gallery.id, list(reversed(pictures)))
        update_gallery(s, gallery.id, cover_media_id=pictures[0])
        gallery_id = gallery.id
    articles = ArticleService(a.library)
    lead = articles.create("fa", f"سرمقاله {marker}", "متن.")
    a.push("article", lead)
    publications = PublicationService(a.library)
    name = f"ماهنامه {marker}"
    series = publications.create_series("newsletter", "fa", name, slug=slugify(f"monthly {marker}"))
    cover = pictures[1]
    pdf = import_media(a.library, [_pdf(tmp_path / "issue.pdf")]).media_ids[0]
    issue = publications.save_issue(series_id=series, number=12, issue_date=date(2026, 12, 1), title="پاییز",
                                    cover_media_id=cover, pdf_media_id=pdf, article_ids=[lead])
    assert a.push("gallery", gallery_id, edition="fa") == []
    a.push("issue", issue)

    report = b.pull()
    assert len(report.galleries) >= 1 and len(report.issues) >= 1 and not report.skipped, report
    with a.library.session() as sa, b.library.session() as sb:
        ga = sa.get(Gallery, gallery_id)
        gb = sb.query(Gallery).filter_by(uid=ga.uid).one()
        assert gb.id in report.galleries
        assert (gb.kind, gb.slug, gb.status) == (ga.kind, ga.slug, ga.status)
        assert {t.edition_code: (t.title, t.description) for t in gb.texts} == \
            {t.edition_code: (t.title, t.description) for t in ga.texts}
        assert [_media_state(sb, i.media_id) for i in gb.items] == [_media_state(sa, i.media_id) for i in ga.items]
        assert _media_state(sb, gb.cover_media_id) == _media_state(sa, ga.cover_media_id)
        ia = sa.get(PublicationIssue, issue)
        ib = sb.query(PublicationIssue).filter_by(uid=ia.uid).one()
        assert (ib.number, ib.title, ib.issue_date, ib.status) == (ia.number, ia.title, ia.issue_date, ia.status)
        assert (ib.series.uid, ib.series.name, ib.series.slug, ib.series.kind, ib.series.edition_code) == \
            (ia.series.uid, ia.series.name, ia.series.slug, ia.series.kind, ia.series.edition_code)
        assert [e.article.uid for e in ib.contents] == [e.article.uid for e in ia.contents]
        assert _media_state(sb, ib.cover_media_id) == _media_state(sa, ia.cover_media_id)
        pdf_a, pdf_b = sa.get(MediaItem, ia.pdf_media_id), sb.get(MediaItem, ib.pdf_media_id)
        assert pdf_b.sha256 == pdf_a.sha256  # a PDF is sent as it is: the same bytes, deduplicated by hash
        b_gallery, b_issue = gb.id, ib.id
    b.push("gallery", b_gallery, edition="fa")
    b.push("issue", b_issue)
    back = a.pull()
    assert gallery_id not in back.galleries and issue not in back.issues and not back.skipped, back  # unchanged


def test_without_the_plugin_the_desk_says_what_did_not_travel(desks, tmp_path) -> None:
    a, b = desks
    line = a.sites.test(a.site_id).companion_line
    assert line == missing_plugin_line()
    fa, en, _picture = _write_farsi_article_with_translation(a, tmp_path)
    warnings = a.push("article", fa)
    assert any("byline" in w and "source name" in w and "translation links" in w and "picture credit" in w
               and "attachments list" in w for w in warnings), warnings
    a.push("article", en)
    a_fa = _article_state(a.library, fa)
    with a.library.session() as s:
        gallery = create_gallery(s, "photo_gallery", {"fa": f"بندر {unique()}", "en": "Harbour"})
        add_items(s, gallery.id, [_picture])
        gallery_id = gallery.id
    said = a.push("gallery", gallery_id, edition="fa")
    assert len(said) == 1 and "gallery's kind, its other editions' titles" in said[0]

    report = b.pull()
    assert missing_plugin_line() in report.warnings
    with b.library.session() as s:
        b_fa = s.query(Article.id).filter_by(edition_code="fa", slug=a_fa["slug"]).scalar()
    assert b_fa in report.created
    got = _article_state(b.library, b_fa)
    # What core WordPress carries arrives: text, slug, excerpt, terms, the picture with the edition's alt text.
    for name in ("title", "slug", "excerpt", "category", "tags"):
        assert got[name] == a_fa[name], name
    assert got["body_md"].startswith("## گزارش ویژه") and f"می{ZWNJ}خواهم" in got["body_md"]
    assert got["featured"]["has_file"] and got["featured"]["texts"]["fa"][0] == a_fa["featured"]["texts"]["fa"][0]
    # What it does not carry stays behind, as said.
    assert (got["byline"], got["source_name"], got["group"], got["attachments"]) == ("", "", None, [])
    assert got["status"] == "draft" and got["uid"] != a_fa["uid"]

    # Desk A loses nothing: pulling its own posts back changes none of its fields.
    back = a.pull()
    assert fa not in back.updated and en not in back.updated and not back.conflicts
    assert _article_state(a.library, fa) == a_fa
