"""`nejat-desk preflight`, `preflight-rules`, and the gate `publish` and `schedule` go through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nejat_desk.cli.main import main
from nejat_desk.services.articles import ArticleService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, OutboxJob, SiteProfile


@pytest.fixture
def lib_dir(tmp_path: Path) -> str:
    with Library.open(tmp_path / "lib", create=True) as library:
        articles = ArticleService(library)
        articles.create("fa", "گزارش", "متنی با يک حرف عربی.", slug="report", byline="نویسنده",
                        category_path="ایران", excerpt="خلاصه")
        articles.create("en", "", "No title here.", slug="untitled")
        gone = articles.create("en", "Gone", "x", slug="gone")
        articles.trash(gone)
        articles.create("en", "Links", "See [it](https://nejat.example.org/2026/01/01/gone/).", slug="links")
    return str(tmp_path / "lib")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_preflight_prints_findings_and_exits_1_only_when_something_blocks(lib_dir: str, capsys) -> None:
    code, out, _ = run(capsys, "preflight", "report", "--library", lib_dir)
    assert code == 0
    assert "[fa] گزارش" in out and "warns" in out and "Arabic form of yeh" in out and "(line 1)" in out
    code, out, _ = run(capsys, "preflight", "untitled", "--edition", "en", "--library", lib_dir)
    assert code == 1 and "BLOCKS  The article has no title. (field title)" in out
    assert "checked: 1; blocked: 1" in out
    code, out, _ = run(capsys, "preflight", "--library", lib_dir)  # every article
    assert code == 1 and "checked: 3; blocked: 2" in out and "in the trash" in out


def test_preflight_json_is_one_object_per_article(lib_dir: str, capsys) -> None:
    code, out, _ = run(capsys, "preflight", "links", "report", "--json", "--library", lib_dir)
    assert code == 1
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["edition"] == "en" and first["blocks"] is True
    trashed = [f for f in first["findings"] if f["code"] == "link_trashed"][0]
    assert trashed["severity"] == "blocks" and trashed["location"]["place"] == "body"
    assert trashed["location"]["first_line"] == 1
    assert second["label"] == "گزارش" and second["blocks"] is False


def test_a_missing_slug_is_named_and_nothing_checked(lib_dir: str, capsys) -> None:
    code, _, err = run(capsys, "preflight", "nope", "--library", lib_dir)
    assert code == 1 and "There is no article 'nope'" in err


def test_preflight_rules_make_fields_block_and_ask_for_digits(lib_dir: str, capsys) -> None:
    code, out, _ = run(capsys, "preflight-rules", "fa", "--require", "featured_image", "--translations", "en",
                       "--digits", "persian", "--library", lib_dir)
    assert code == 0 and "featured_image" in out and "translations planned: en" in out and "persian" in out
    code, out, _ = run(capsys, "preflight", "report", "--library", lib_dir)
    assert code == 1 and "BLOCKS  The article has no featured image" in out
    assert "There is no English translation yet" in out
    code, _, err = run(capsys, "preflight-rules", "fa", "--translations", "fa", "--library", lib_dir)
    assert code == 1 and "translations must be other editions" in err


def test_schedule_move_and_publish_go_through_the_gate(lib_dir: str, capsys) -> None:
    base = ("--edition", "en", "--slug", "untitled", "--at", "2027-01-05 09:00", "--library", lib_dir)
    code, _, err = run(capsys, "schedule", "add", "article", *base)
    assert code == 1 and "cannot go out yet" in err and "no title" in err
    with Library.open(Path(lib_dir)) as library, library.session() as session:
        assert session.query(Article).filter_by(slug="untitled").one().scheduled_at is None
    code, out, err = run(capsys, "schedule", "add", "article", *base, "--override-preflight", "Placeholder slot")
    assert code == 0, err
    with Library.open(Path(lib_dir)) as library:
        article_id = ArticleService(library).find_by_slug("en", "untitled")
        notes = [r.note for r in ArticleService(library).revisions(article_id) if r.reason == "preflight-override"]
        assert len(notes) == 1 and "Placeholder slot" in notes[0]
        with library.session() as session:
            session.add(SiteProfile(name="wp", base_url="https://wp.example.org", username="desk", editions=["en"]))

    publish = ("publish", "untitled", "links", "--edition", "en", "--status", "publish", "--queue-only",
               "--library", lib_dir)
    code, _, err = run(capsys, *publish)
    assert code == 1 and err.count("cannot go out yet") == 2
    with Library.open(Path(lib_dir)) as library, library.session() as session:
        assert session.query(OutboxJob).count() == 0  # nothing queued
    code, _, err = run(capsys, "publish", "untitled", "--edition", "en", "--status", "draft", "--queue-only",
                       "--library", lib_dir)
    assert code == 0, err  # a draft on the site reaches no reader: no gate
    code, out, err = run(capsys, *publish, "--override-preflight", "Corrections follow")
    assert code == 0 and "Queued 2 article(s)" in out, err


def test_galleries_and_issues_are_checked_too(lib_dir: str, capsys) -> None:
    from nejat_desk.storage.models import Gallery, GalleryText, PublicationIssue, PublicationSeries

    with Library.open(Path(lib_dir)) as library, library.session() as session:
        gallery = Gallery(kind="photo_gallery", slug="harbour")
        gallery.texts = [GalleryText(edition_code="ar", title="الميناء")]
        session.add(gallery)
        session.add(PublicationIssue(series=PublicationSeries(kind="brief", edition_code="sq", name="Përmbledhja",
                                                              slug="brief"), number=4))
    code, out, _ = run(capsys, "preflight", "--gallery", "harbour", "--issue", "brief/4", "--library", lib_dir)
    assert code == 1
    assert "gallery 1 [ar] الميناء" in out and "The gallery has no pictures." in out
    assert "issue 1 [sq] Përmbledhja #4" in out and "BLOCKS  The issue has neither a PDF nor any article" in out
    code, _, err = run(capsys, "preflight", "--issue", "brief", "--library", lib_dir)
    assert code == 1 and "is not SERIES/NUMBER" in err


def test_schedule_of_galleries_and_issues_goes_through_the_gate(lib_dir: str, capsys) -> None:
    from nejat_desk.services.preflight import PreflightService
    from nejat_desk.storage.models import Gallery, GalleryText, PublicationIssue, PublicationSeries

    with Library.open(Path(lib_dir)) as library, library.session() as session:
        gallery = Gallery(kind="photo_gallery", slug="harbour")
        gallery.texts = [GalleryText(edition_code="ar", title="الميناء")]
        session.add(gallery)
        session.add(PublicationIssue(series=PublicationSeries(kind="books", edition_code="sq", name="Libra",
                                                              slug="books"), number=1))
    gallery_args = ("schedule", "add", "gallery", "--slug", "harbour", "--at", "2027-01-05 09:00", "--tz", "UTC",
                    "--library", lib_dir)
    issue_args = ("schedule", "add", "issue", "--series", "books", "--number", "1", "--at", "2027-01-06 09:00",
                  "--library", lib_dir)
    code, _, err = run(capsys, *gallery_args)
    assert code == 1 and "cannot go out yet" in err and "The gallery has no pictures." in err
    code, _, err = run(capsys, *issue_args)
    assert code == 1 and "The issue has no PDF." in err
    with Library.open(Path(lib_dir)) as library, library.session() as session:
        assert session.query(Gallery).one().scheduled_at is None  # nothing planned
        assert session.query(PublicationIssue).one().scheduled_at is None
    code, out, err = run(capsys, *gallery_args, "--override-preflight", "Pictures come tonight")
    assert code == 0 and "scheduled gallery:1" in out, err
    code, out, err = run(capsys, *issue_args, "--override-preflight", "The printer sends the PDF on Monday")
    assert code == 0, err
    with Library.open(Path(lib_dir)) as library:
        with library.session() as session:
            assert session.query(Gallery).one().scheduled_at is not None
            assert session.query(PublicationIssue).one().scheduled_at is not None
        [gallery_override] = PreflightService(library).overrides("gallery", 1)
        [issue_override] = PreflightService(library).overrides("issue", 1)
    assert gallery_override.action == "schedule" and gallery_override.reason == "Pictures come tonight"
    assert gallery_override.findings == ("The gallery has no pictures.",)
    assert issue_override.reason == "The printer sends the PDF on Monday"


def test_publishing_galleries_and_issues_goes_through_the_gate_as_one_batch(lib_dir: str, capsys) -> None:
    from nejat_desk.services.preflight import PreflightService
    from nejat_desk.storage.models import Gallery, GalleryText, PublicationIssue, PublicationSeries

    with Library.open(Path(lib_dir)) as library, library.session() as session:
        gallery = Gallery(kind="photo_gallery", slug="harbour")
        gallery.texts = [GalleryText(edition_code="en", title="Harbour")]
        session.add(gallery)
        session.add(PublicationIssue(series=PublicationSeries(kind="books", edition_code="en", name="Books",
                                                              slug="books"), number=1))
        session.add(SiteProfile(name="wp", base_url="https://wp.example.org", username="desk", editions=["en"]))
    publish = ("publish", "--gallery", "harbour", "--issue", "books/1", "--edition", "en", "--status", "publish",
               "--queue-only", "--library", lib_dir)
    code, _, err = run(capsys, *publish)
    assert code == 1 and "The gallery has no pictures." in err and "The issue has no PDF." in err  # both named
    code, _, err = run(capsys, "publish", "links", *publish[1:])
    assert code == 1 and err.count("cannot go out yet") == 3  # with an article: the whole batch, refused whole
    with Library.open(Path(lib_dir)) as library, library.session() as session:
        assert session.query(OutboxJob).count() == 0
    code, out, err = run(capsys, "publish", "--gallery", "harbour", "--edition", "en", "--status", "draft",
                         "--queue-only", "--library", lib_dir)
    assert code == 0 and "Queued 1 galleries and issues" in out, err  # a draft reaches no reader: no gate
    code, out, err = run(capsys, *publish, "--override-preflight", "Pictures and PDF follow")
    assert code == 0 and "Queued 2 galleries and issues" in out, err
    with Library.open(Path(lib_dir)) as library:
        with library.session() as session:
            queued = {(j.object_type, j.options.get("status")) for j in session.query(OutboxJob)}
        assert {("gallery", "publish"), ("issue", "publish")} <= queued
        service = PreflightService(library)
        assert [(o.action, o.reason) for o in service.overrides("gallery", 1)] == [("publish",
                                                                                     "Pictures and PDF follow")]
        assert [o.findings for o in service.overrides("issue", 1)] == [("The issue has no PDF.",)]
    code, _, err = run(capsys, "publish", "--edition", "en", "--status", "draft", "--library", lib_dir)
    assert code == 1 and "Name at least one article" in err
    code, out, _ = run(capsys, "preflight", "--gallery", "harbour", "--library", lib_dir)  # the history is shown
    assert "gallery 1: blocking findings overridden on " in out and "(publish): Pictures and PDF follow" in out
    code, out, _ = run(capsys, "preflight", "--issue", "books/1", "--json", "--library", lib_dir)
    [kept] = json.loads(out)["overrides"]
    assert kept["action"] == "publish" and kept["findings"] == ["The issue has no PDF."]
