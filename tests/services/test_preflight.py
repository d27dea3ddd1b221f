"""The pre-flight check on a real library: each finding, the gate Publish and Schedule go
through with its override kept in the history, and the list's record of blocked articles."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from PIL import Image

from nejat_desk.core.preflight import EditionRules, FindingFormats, Place, Severity
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.media import set_media_text
from nejat_desk.services.media_import import import_media
from nejat_desk.services.preflight import ArticleDraft, PreflightBlocked, PreflightService
from nejat_desk.storage.models import Gallery, GalleryItem, GalleryText, MediaItem, OutboxJob, SiteProfile

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _service(library) -> PreflightService:
    return PreflightService(library, clock=lambda: NOW)


def _codes(report, severity: Severity | None = None) -> list[str]:
    return [f.code for f in report.findings if severity is None or f.severity is severity]


def _finding(report, code: str):
    found = [f for f in report.findings if f.code == code]
    assert found, f"no {code} in {[f.code for f in report.findings]}"
    return found[0]


def _image(library, tmp_path: Path, size=(64, 48), name="photo.png") -> int:
    path = tmp_path / name
    Image.new("RGB", size, (20, 120, 60)).save(path)
    return import_media(library, [path]).media_ids[0]


def _complete(library, tmp_path: Path, edition: str = "en", **meta) -> int:
    """An article with every field and a good picture: no blocking finding, no warning about fields."""
    media_id = _image(library, tmp_path, (1600, 900), name=f"big-{edition}.png")
    with library.session() as session:
        set_media_text(session, media_id, edition, alt_text="A harbour", caption="The harbour at dawn")
        item = session.get(MediaItem, media_id)
        item.credit, item.focal_x = "Nejat", 0.4
    fields = dict(excerpt="A short excerpt.", category_path="World", byline="A. Writer",
                  featured_media_id=media_id, slug="story")
    fields.update(meta)
    body = fields.pop("body", "A body of text.")
    return ArticleService(library).create(edition, "A story", body, **fields)


def test_a_complete_article_has_no_blocking_finding_or_field_warning(library, tmp_path) -> None:
    report = _service(library).check_article(_complete(library, tmp_path))
    assert not report.blocks, report.findings
    assert not {"missing_excerpt", "missing_category", "missing_byline", "missing_featured", "missing_alt",
                "missing_caption", "missing_credit", "small_og_image", "missing_og_image"} & set(_codes(report))


def test_required_fields_warn_unless_the_edition_requires_them(library) -> None:
    article_id = ArticleService(library).create("fa", "", "متن.")
    service = _service(library)
    report = service.check_article(article_id)
    assert _finding(report, "missing_title").severity is Severity.BLOCKS
    assert _finding(report, "missing_title").location.field == "title"
    for code in ("missing_excerpt", "missing_category", "missing_byline", "missing_featured"):
        assert _finding(report, code).severity is Severity.WARNS
    service.set_rules("fa", EditionRules(required=frozenset({"excerpt", "category", "byline_or_source",
                                                             "featured_image"})))
    report = service.check_article(article_id)
    for code in ("missing_excerpt", "missing_category", "missing_byline", "missing_featured"):
        assert _finding(report, code).severity is Severity.BLOCKS
    assert _finding(report, "missing_category").location.field == "category"
    # A source stands in for a byline.
    ArticleService(library).update_meta(article_id, source_name="ایرنا")
    assert "missing_byline" not in _codes(service.check_article(article_id))


def test_pictures_alt_caption_credit_gps_and_focal_point(library, tmp_path) -> None:
    media_id = _image(library, tmp_path, (800, 400))
    with library.session() as session:
        session.get(MediaItem, media_id).has_gps = True
    article_id = ArticleService(library).create("ar", "قصة", "نص.", featured_media_id=media_id)
    report = _service(library).check_article(article_id)
    alt = _finding(report, "missing_alt")
    assert alt.severity is Severity.BLOCKS and alt.location.place is Place.MEDIA and alt.location.media_id == media_id
    assert "Arabic" in alt.message
    assert _finding(report, "missing_caption").severity is Severity.WARNS
    assert _finding(report, "missing_credit").severity is Severity.WARNS
    assert _finding(report, "gps").severity is Severity.NOTE
    assert _finding(report, "focal_not_set").severity is Severity.NOTE
    small = _finding(report, "small_og_image")
    assert "800 × 400" in small.message and "1200 × 630" in small.message
    with library.session() as session:
        set_media_text(session, media_id, "ar", alt_text="ميناء", caption="ميناء")
        item = session.get(MediaItem, media_id)
        item.credit, item.crops, item.has_gps = "نجاة", {"og": [0, 0, 760, 400]}, False
    report = _service(library).check_article(article_id)
    assert not {"missing_alt", "missing_caption", "missing_credit", "gps", "focal_not_set"} & set(_codes(report))


def test_open_graph_image_missing(library) -> None:
    report = _service(library).check_article(ArticleService(library).create("en", "Plain", "Text."))
    assert _finding(report, "missing_og_image").severity is Severity.WARNS


def test_snippets_over_their_limits_by_platform(library) -> None:
    service = _service(library)
    long_title = "Harbour " * 20  # 160 characters: over Pinterest's 100 and an email subject's 78
    article_id = ArticleService(library).create("en", long_title.strip(), "Body.", excerpt="Word " * 300)
    messages = [f.message for f in service.check_article(article_id).findings if f.code == "snippet_too_long"]
    assert any("X text would be" in m and "280" in m for m in messages)
    assert any("Telegram" in m and "1023" in m for m in messages)
    assert any("Pinterest" in m and "100" in m for m in messages)
    assert any("Pinterest" in m and "500" in m for m in messages)
    assert _finding(service.check_article(article_id), "email_subject_too_long").severity is Severity.WARNS
    # A text edited by hand goes out as it is: over the limit, it warns. X counts Persian letters as
    # one each but CJK as two (its own counting, twitter-text).
    from nejat_desk.core.domain import Platform
    from nejat_desk.services.snippets import save_edited_text

    short = ArticleService(library).create("fa", "کوتاه", "متن.", excerpt="کوتاه.")
    assert "snippet_too_long" not in _codes(service.check_article(short))
    save_edited_text(library, short, Platform.X, "ب" * 270)
    assert "snippet_too_long" not in _codes(service.check_article(short))
    save_edited_text(library, short, Platform.X, "中" * 150)  # 150 characters, 300 as X counts
    edited = _finding(service.check_article(short), "snippet_too_long")
    assert edited.severity is Severity.WARNS and "300" in edited.message and "hand" in edited.message


def test_links_to_library_articles_trashed_unpublished_and_missing_editions(library, tmp_path) -> None:
    articles = ArticleService(library)
    gone = articles.create("en", "Gone", "x", slug="gone")
    articles.trash(gone)
    articles.create("en", "Draft", "x", slug="draft-one")
    live = articles.create("en", "Live", "x", slug="live")
    with library.session() as session:
        from nejat_desk.storage.models import Article

        session.get(Article, live).status = "published"
    body = ("See [gone](https://nejat.example.org/2026/12/01/gone/) and\n"
            "[draft](https://nejat.example.org/2026/12/01/draft-one/) and\n"
            "[live](https://nejat.example.org/2026/12/01/live/) and\n"
            "[فارسی](https://nejat.example.org/fa/2026/12/01/story/).\n")
    article_id = _complete(library, tmp_path, body=body)
    report = _service(library).check_article(article_id)
    trashed = _finding(report, "link_trashed")
    assert trashed.severity is Severity.BLOCKS and trashed.location.first_line == 1
    assert trashed.location.article_id == gone
    unpublished = _finding(report, "link_unpublished")
    assert unpublished.severity is Severity.BLOCKS and unpublished.location.first_line == 2
    assert [f.location.first_line for f in report.findings if f.code.startswith("link_")] == [1, 2, 4]
    missing = _finding(report, "link_missing")
    assert "Farsi edition of this article" in missing.message and missing.severity is Severity.WARNS
    assert "(draft)" in unpublished.message  # the command line names the status as stored
    from nejat_desk.core.scheduling import plain_formats

    worded = FindingFormats(schedule=replace(plain_formats(), status=lambda status: f"«{status} in words»"))
    unpublished = _finding(_service(library).check_article(article_id, formats=worded), "link_unpublished")
    assert "(«draft in words»)" in unpublished.message  # the window, in the interface language's words


def test_a_link_to_an_article_going_out_before_this_one_is_fine(library, tmp_path) -> None:
    articles = ArticleService(library)
    first = articles.create("en", "First", "x", slug="first")
    with library.session() as session:
        from nejat_desk.storage.models import Article

        session.get(Article, first).scheduled_at = NOW + timedelta(hours=1)
    article_id = _complete(library, tmp_path, body="[first](https://nejat.example.org/2026/12/06/first/)")
    service = _service(library)
    assert "link_unpublished" in _codes(service.check_article(article_id))
    assert "link_unpublished" not in _codes(service.check_article(article_id, when=NOW + timedelta(hours=2)))


def test_translation_gaps_follow_the_edition_rules(library, tmp_path) -> None:
    service = _service(library)
    article_id = _complete(library, tmp_path, edition="fa")
    assert "translation_missing" not in _codes(service.check_article(article_id))
    service.set_rules("fa", EditionRules(translations=("en", "ar")))
    gaps = [f for f in service.check_article(article_id).findings if f.code == "translation_missing"]
    assert {f.location.edition for f in gaps} == {"en", "ar"} and all(f.location.place is Place.TRANSLATION
                                                                      for f in gaps)
    ArticleService(library).create_translation(article_id, "en")
    gaps = [f for f in service.check_article(article_id).findings if f.code == "translation_missing"]
    assert [f.location.edition for f in gaps] == ["ar"]


def test_stale_translation_warns_and_its_original_gets_a_note(library, tmp_path) -> None:
    articles = ArticleService(library)
    original = _complete(library, tmp_path)
    translation = articles.create_translation(original, "fa")
    articles.save_text(translation, title="داستان", body_md="متن ترجمه.")
    service = _service(library)
    assert not {"stale_translation", "stale_translations_of"} & set(_codes(service.check_article(translation)))
    assert "stale_translations_of" not in _codes(service.check_article(original))
    articles.save_text(original, body_md="A changed body of text.")
    stale = _finding(service.check_article(translation), "stale_translation")
    assert stale.severity is Severity.WARNS and stale.location.article_id == original  # jumps to the original
    note = _finding(service.check_article(original), "stale_translations_of")
    assert note.severity is Severity.NOTE and note.location.article_id == translation
    articles.mark_up_to_date(translation)
    assert "stale_translation" not in _codes(service.check_article(translation))


def test_scheduling_past_slot_taken_planning_rules_and_failed_job(library, tmp_path) -> None:
    articles = ArticleService(library)
    at = NOW + timedelta(days=1)
    other = articles.create("en", "Other", "x", slug="other")
    third = articles.create("en", "Third", "x", slug="third")
    with library.session() as session:
        from nejat_desk.storage.models import Article

        session.get(Article, other).scheduled_at = at
        session.get(Article, third).scheduled_at = at + timedelta(minutes=10)
    article_id = _complete(library, tmp_path)
    service = _service(library)
    report = service.check_article(article_id, when=at)
    taken = _finding(report, "slot_taken")
    assert taken.location.article_id == other and "Other" in taken.message
    rules = [f.message for f in report.findings if f.code == "planning_rule"]
    assert any("3 posts" in m for m in rules) and rules  # max 2 an hour, 20 minutes apart
    assert "schedule_past" not in _codes(report)
    past = _finding(service.check_article(article_id, when=NOW - timedelta(hours=3)), "schedule_past")
    assert past.severity is Severity.WARNS and past.location.field == "scheduled"
    assert "2026-12-06 06:00 UTC" in past.message  # the command line's words: ISO, UTC
    from nejat_desk.core.scheduling import plain_formats

    # The window writes the time, the counts and the planning rules its own way (FindingFormats).
    formats = FindingFormats(number=lambda n: f"<{n}>", moment=lambda when: f"[{when:%H:%M}]",
                             schedule=replace(plain_formats(), hour=lambda hour: f"[hour {hour:%H}]",
                                              number=lambda n: f"<{n}>"))
    report = service.check_article(article_id, when=at, formats=formats)
    rules = [f.message for f in report.findings if f.code == "planning_rule"]
    assert any("<3> posts" in m and "[hour " in m for m in rules), rules
    past = _finding(service.check_article(article_id, when=NOW - timedelta(hours=3), formats=formats),
                    "schedule_past")
    assert "[06:00]" in past.message and "2026" not in past.message
    with library.session() as session:
        site = SiteProfile(name="wp", base_url="https://example.org", username="u")
        session.add(site)
        session.flush()
        session.add(OutboxJob(site_id=site.id, object_type="article", object_id=article_id, action="push",
                              state="failed", last_error="The site said: rest_forbidden"))
    failed = _finding(service.check_article(article_id), "outbox_failed")
    assert "rest_forbidden" in failed.message and failed.location.place is Place.OUTBOX


def test_text_rules_run_on_the_editors_unsaved_text(library, tmp_path) -> None:
    service = _service(library)
    service.set_rules("fa", EditionRules(digits="persian"))
    article_id = _complete(library, tmp_path, edition="fa")
    draft = ArticleDraft("گزارش", "متن «بدون بستن\n\nيک عدد 42 و  دو فاصله.\n\n&nbsp;\n\n[x](http://a.example)\n",
                         "خلاصه")
    report = service.check_article(article_id, draft=draft)
    assert {"unbalanced", "letter_forms", "digits", "double_space", "empty_paragraph", "http_link"} <= set(
        _codes(report))
    assert _finding(report, "digits").location.first_line == 3
    assert report.label == "گزارش"
    # The window writes line numbers and counts in the interface's digits.
    farsi_digits = service.check_article(article_id, draft=draft, formats=FindingFormats(number=lambda n: f"<{n}>"))
    assert "line <3>" in _finding(farsi_digits, "digits").message
    assert not {"unbalanced", "letter_forms", "digits"} & set(_codes(service.check_article(article_id)))


def test_the_gate_blocks_until_fixed_or_overridden_with_a_reason_kept_in_history(library, tmp_path) -> None:
    articles = ArticleService(library)
    gone = articles.create("en", "Gone", "x", slug="gone")
    articles.trash(gone)
    article_id = _complete(library, tmp_path, body="[gone](https://nejat.example.org/2026/01/01/gone/)")
    service = _service(library)
    with pytest.raises(PreflightBlocked) as refused:
        service.clear_for(article_id)
    assert "in the trash" in str(refused.value)
    assert service.blocked_article_ids() == {article_id}
    with pytest.raises(PreflightBlocked):
        service.clear_for(article_id, override_reason="   ")
    [report] = service.clear_for(article_id, override_reason="The editor-in-chief wants it out now")
    assert report.blocks
    [revision] = [r for r in articles.revisions(article_id) if r.reason == "preflight-override"]
    assert "editor-in-chief" in revision.note and "in the trash" in revision.note
    articles.save_text(article_id, body_md="No link any more.")
    assert not service.clear_for(article_id)[0].blocks
    assert service.blocked_article_ids() == frozenset()


def test_a_batch_is_refused_whole_naming_every_blocked_article(library, tmp_path) -> None:
    articles = ArticleService(library)
    fine = _complete(library, tmp_path)
    first, second = articles.create("en", "", "x"), articles.create("fa", "", "y")
    service = _service(library)
    with pytest.raises(PreflightBlocked) as refused:
        service.clear_for([fine, first, second])
    assert len(refused.value.reports) == 2 and str(refused.value).count("no title") == 2
    assert not any(r.reason == "preflight-override" for a in (first, second) for r in articles.revisions(a))
    service.clear_for([fine, first, second], override_reason="Breaking news")
    assert [len([r for r in articles.revisions(a) if r.reason == "preflight-override"])
            for a in (fine, first, second)] == [0, 1, 1]


def test_record_keeps_the_list_cheap_and_check_all_finds_every_blocked_article(library, tmp_path) -> None:
    articles = ArticleService(library)
    untitled = articles.create("en", "", "x")
    fine = _complete(library, tmp_path)
    service = _service(library)
    assert service.check_all() == 1
    assert service.blocked_article_ids() == {untitled}
    from nejat_desk.services.article_list import ArticleFilter, ArticleListService

    listing = ArticleListService(library)
    assert listing.ids(ArticleFilter(preflight_blocked=True), "updated", True) == [untitled]
    assert set(listing.ids(ArticleFilter(), "updated", True)) == {untitled, fine}
    report = service.check_article(untitled)
    assert not service.record(report)  # nothing changed: no write


def test_gallery_and_issue_checks(library, tmp_path) -> None:
    media_id = _image(library, tmp_path)
    with library.session() as session:
        gallery = Gallery(kind="photo_gallery", slug="harbour")
        gallery.texts = [GalleryText(edition_code="fa", title="")]
        session.add(gallery)
        session.flush()
        gallery_id = gallery.id
    [report] = _service(library).check_gallery(gallery_id)
    assert {"missing_title", "gallery_empty"} <= set(_codes(report, Severity.BLOCKS))
    with library.session() as session:
        gallery = session.get(Gallery, gallery_id)
        gallery.items = [GalleryItem(media_id=media_id, position=0)]
        gallery.texts[0].title = "بندر"
    [report] = _service(library).check_gallery(gallery_id)
    assert _codes(report, Severity.BLOCKS) == ["missing_alt"] and report.edition == "fa"
    from nejat_desk.storage.models import IssueArticle, PublicationIssue, PublicationSeries

    draft = ArticleService(library).create("en", "Inside", "x")
    with library.session() as session:
        books = PublicationSeries(kind="books", edition_code="en", name="Books", slug="books")
        book = PublicationIssue(series=books, number=3)
        book.contents = [IssueArticle(article_id=draft, position=0)]
        weekly = PublicationSeries(kind="newsletter", edition_code="en", name="Weekly", slug="weekly")
        empty, full = PublicationIssue(series=weekly, number=1), PublicationIssue(series=weekly, number=2)
        full.contents = [IssueArticle(article_id=draft, position=0)]
        session.add_all([book, empty, full])
        session.flush()
        ids = book.id, empty.id, full.id
    report = _service(library).check_issue(ids[0])
    assert _codes(report, Severity.BLOCKS) == ["missing_pdf"]  # a book is its PDF
    assert {"missing_cover", "link_unpublished"} <= set(_codes(report, Severity.WARNS))
    assert report.label == "Books #3"
    assert _codes(_service(library).check_issue(ids[1]), Severity.BLOCKS) == ["missing_pdf"]  # nothing at all
    assert "missing_pdf" not in _codes(_service(library).check_issue(ids[2]))  # a newsletter is its contents


def test_outside_links_are_asked_only_on_request_and_only_warn(library, tmp_path) -> None:
    body = ("[ok](https://ok.example/) [gone](https://gone.example/x) [slow](https://slow.example/)\n"
            "[own](https://nejat.example.org/2026/01/01/story/)")
    article_id = _complete(library, tmp_path, body=body)
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if request.url.host == "slow.example":
            raise httpx.ReadTimeout("timed out", request=request)
        return httpx.Response(404 if request.url.host == "gone.example" else 200)

    client = httpx.Client(transport=httpx.MockTransport(answer))
    service = _service(library)
    assert "outside_link" not in _codes(service.check_article(article_id))  # never asked by itself
    assert asked == []
    found = service.check_outside_links(article_id, client=client)
    assert [f.severity for f in found] == [Severity.WARNS, Severity.WARNS]
    assert "404" in found[0].message and "ReadTimeout" in found[1].message
    assert not any("nejat.example.org" in url for url in asked)  # the library's own links are not asked


def test_the_gate_of_galleries_and_issues_keeps_overrides_in_their_history(library, tmp_path) -> None:
    from nejat_desk.storage.models import PreflightOverride, PublicationIssue, PublicationSeries

    with library.session() as session:
        gallery = Gallery(kind="photo_gallery", slug="harbour")
        gallery.texts = [GalleryText(edition_code="en", title="Harbour"), GalleryText(edition_code="fa", title="")]
        issue = PublicationIssue(series=PublicationSeries(kind="books", edition_code="ar", name="كتب",
                                                          slug="books"), number=2)
        session.add_all([gallery, issue])
        session.flush()
        gallery_id, issue_id = gallery.id, issue.id
    service = _service(library)
    with pytest.raises(PreflightBlocked) as blocked:
        service.clear_object("gallery", gallery_id, action="schedule", when=NOW + timedelta(days=1))
    assert {r.edition for r in blocked.value.reports} == {"en", "fa"}  # every edition that blocks is named
    assert "The gallery has no title in the Farsi edition." in str(blocked.value)
    with pytest.raises(PreflightBlocked):
        service.clear_object("issue", issue_id, action="publish", override_reason="   ")
    assert service.overrides("gallery", gallery_id) == [] and service.overrides("issue", issue_id) == []
    service.clear_object("gallery", gallery_id, action="schedule", override_reason="Pictures come tonight")
    service.clear_object("issue", issue_id, action="publish", override_reason="  The PDF follows  ")
    [kept] = service.overrides("gallery", gallery_id)
    assert kept.action == "schedule" and kept.reason == "Pictures come tonight"
    assert set(kept.findings) == {"The gallery has no pictures.", "The gallery has no title in the Farsi edition."}
    [kept] = service.overrides("issue", issue_id)
    assert (kept.action, kept.reason, kept.findings) == ("publish", "The PDF follows", ("The issue has no PDF.",))
    with library.session() as session:  # a fine gallery goes through and leaves no trace
        session.get(Gallery, gallery_id).items = [GalleryItem(media_id=_image(library, tmp_path), position=0)]
        session.get(Gallery, gallery_id).texts[1].title = "بندر"
    with library.session() as session:
        set_media_text(session, session.get(Gallery, gallery_id).items[0].media_id, "en", alt_text="Boats")
        set_media_text(session, session.get(Gallery, gallery_id).items[0].media_id, "fa", alt_text="قایق‌ها")
    assert not any(r.blocks for r in service.clear_object("gallery", gallery_id, action="publish"))
    assert len(service.overrides("gallery", gallery_id)) == 1
    with library.session() as session:  # the history goes with its gallery
        session.delete(session.get(Gallery, gallery_id))
    with library.session() as session:
        assert session.query(PreflightOverride).filter(PreflightOverride.gallery_id.is_not(None)).count() == 0


def test_a_check_while_typing_reuses_what_was_read_and_reads_only_new_link_targets(library, tmp_path) -> None:
    from sqlalchemy import event

    articles = ArticleService(library)
    gone = articles.create("en", "Gone", "x", slug="gone")
    articles.trash(gone)
    article_id = _complete(library, tmp_path, body="A body.")
    service = _service(library)
    facts = service.article_facts(article_id)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:
        statements.append(statement)

    event.listen(library.engine, "before_cursor_execute", count)
    try:
        typed = ArticleDraft("A story", "A body with  two spaces.", "A short excerpt.")
        report = service.check_article(article_id, draft=typed, facts=facts)
        assert statements == []  # the text changed, the library was not read
        assert _codes(report) == _codes(service.check_article(article_id, draft=typed))  # the same findings
        statements.clear()
        linked = ArticleDraft("A story", "See [it](https://nejat.example.org/2026/12/01/gone/).", "An excerpt.")
        report = service.check_article(article_id, draft=linked, facts=facts)
        assert _finding(report, "link_trashed").location.article_id == gone  # a link typed since: looked up
        assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    finally:
        event.remove(library.engine, "before_cursor_execute", count)
