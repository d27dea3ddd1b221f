from datetime import UTC, datetime, timedelta

import pytest

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.textnorm import normalize_query_text
from nejat_desk.services.articles import ArticleService


@pytest.fixture
def svc(library):
    return ArticleService(library)


def test_create_renders_html_and_indexes(svc, library):
    aid = svc.create("fa", "سلام دنیا", "متن **مهم**", category_path="جهان/عراق", tags=["یک", "دو"])
    article = svc.get(aid)
    assert article.slug == "سلام-دنیا" and "<strong>مهم</strong>" in article.body_html
    assert article.category_path == "جهان/عراق" and article.tags == ("یک", "دو")
    conn = library.raw()
    try:
        term = normalize_query_text("دنیا")  # the index holds the folded copy
        assert conn.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH ?", (term,)).fetchall() == [(aid,)]
    finally:
        conn.close()


def test_slug_is_unique_per_edition(svc):
    a = svc.create("en", "Same title")
    b = svc.create("en", "Same title")
    c = svc.create("sq", "Same title")
    assert [svc.get(i).slug for i in (a, b, c)] == ["same-title", "same-title-2", "same-title"]
    with pytest.raises(ValidationError, match="already used"):
        svc.update_meta(b, slug="same-title")
    with pytest.raises(ValidationError, match="may not contain"):
        svc.update_meta(b, slug="has space")


def test_source_url_is_validated(svc):
    aid = svc.create("en", "T")
    with pytest.raises(ValidationError, match="not a valid http"):
        svc.update_meta(aid, source_url="javascript:alert(1)")
    svc.update_meta(aid, source_url="https://example.org/story")
    assert svc.get(aid).source_url == "https://example.org/story"


def test_autosave_bumps_version_only_on_change(svc):
    aid = svc.create("en", "T", "one")
    v1 = svc.get(aid).version
    assert svc.save_text(aid, body_md="one") == v1
    assert svc.save_text(aid, body_md="two") == v1 + 1
    assert "two" in svc.get(aid).body_html


def test_status_workflow(svc):
    aid = svc.create("en", "T")
    with pytest.raises(ValidationError, match="needs a date"):
        svc.set_status(aid, "scheduled")
    when = datetime.now(UTC) + timedelta(days=1)
    svc.set_status(aid, "scheduled", scheduled_at=when)
    assert svc.get(aid).scheduled_at == when
    svc.set_status(aid, "published")
    published = svc.get(aid).published_at
    assert published is not None
    svc.set_status(aid, "archived")
    svc.set_status(aid, "published")
    assert svc.get(aid).published_at == published  # keeps its published time
    reasons = [r.reason for r in svc.revisions(aid)]
    assert reasons.count("status") == 4


def test_naive_datetime_is_refused(svc):
    aid = svc.create("en", "T")
    with pytest.raises(ValueError, match="UTC offset"):
        svc.set_status(aid, "scheduled", scheduled_at=datetime(2030, 1, 1, 10, 0))


def test_revisions_restore_makes_a_revision(svc):
    aid = svc.create("en", "T", "first text")
    rev = svc.snapshot(aid)
    svc.save_text(aid, body_md="second text")
    svc.restore_revision(rev)
    assert svc.get(aid).body_md == "first text"
    revisions = svc.revisions(aid)
    assert revisions[0].reason == "restore" and revisions[0].body_md == "second text"


def test_translations_copy_metadata_not_text(svc):
    aid = svc.create("en", "Original", "English text", byline="Ann", source_name="Agency",
                     category_path="World", tags=["Iraq"])
    fa = svc.create_translation(aid, "fa")
    copy = svc.get(fa)
    assert copy.body_md == "" and copy.title == "" and copy.byline == "Ann" and copy.source_name == "Agency"
    assert copy.tags == ("Iraq",)
    infos = {t.edition_code: t for t in svc.translations(fa)}
    assert set(infos) == {"en", "fa"} and infos["en"].is_original
    with pytest.raises(ValidationError, match="already has a translation"):
        svc.create_translation(aid, "fa")
    with pytest.raises(ValidationError, match="another edition"):
        svc.create_translation(aid, "en")


def test_trash_and_restore(svc, library):
    aid = svc.create("en", "Gone soon", "findable words")
    svc.trash(aid)
    assert svc.count() == 0 and svc.trashed()[0][0] == aid
    conn = library.raw()
    try:
        assert conn.execute("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'findable'").fetchone()[0] == 0
    finally:
        conn.close()
    svc.restore_from_trash(aid)
    assert svc.count() == 1
    with pytest.raises(ValidationError, match="Only articles in the trash"):
        svc.purge(aid)
    svc.trash(aid)
    svc.purge(aid)
    assert svc.trashed() == []


def test_trash_of_article_in_use_says_where(svc, library):
    from nejat_desk.core.errors import InUseError
    from nejat_desk.storage.models import IssueArticle, PublicationIssue, PublicationSeries

    aid = svc.create("en", "In the brief")
    with library.session() as s:
        series = PublicationSeries(kind="brief", edition_code="en", name="The Brief", slug="brief")
        issue = PublicationIssue(series=series, number=7, title="Brief 7")
        s.add_all([series, issue])
        s.flush()
        s.add(IssueArticle(issue_id=issue.id, article_id=aid, position=0))
    with pytest.raises(InUseError, match="publication issue"):
        svc.trash(aid)
    assert svc.count() == 1


def _media(library, title: str, filename: str, captions: dict[str, str]) -> int:
    from nejat_desk.storage.models import MediaItem, MediaText

    with library.session() as session:
        item = MediaItem(kind="image", sha256=f"{abs(hash(title)):x}".rjust(64, "0")[:64], original_filename=filename,
                         width=40, height=20, title=title)
        session.add(item)
        session.flush()
        for edition, caption in captions.items():
            session.add(MediaText(media_id=item.id, edition_code=edition, caption=caption, alt_text="alt"))
        return item.id


def test_get_returns_plain_values_read_in_one_unit_of_work(svc, library):
    """No ORM object leaves the service: the detail is frozen and holds its relations as values."""
    import dataclasses

    river = _media(library, "River", "river.png", {"fa": "رود", "en": "The river"})
    brief = _media(library, "", "brief.pdf", {})
    aid = svc.create("fa", "رود", "متن", category_path="جهان/عراق", tags=["آب"], featured_media_id=river,
                     attachment_ids=[brief, river])
    article = svc.get(aid)
    assert dataclasses.is_dataclass(article) and dataclasses.fields(article)
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "changed"  # type: ignore[misc]
    assert article.category_path == "جهان/عراق" and article.tags == ("آب",)
    assert article.featured is not None and article.featured.caption == "رود"  # in the article's edition
    assert article.featured.alt == "alt"
    assert (article.featured.media_id, article.featured.sha256 is not None, article.featured.width) == (river, True, 40)
    assert [(a.media_id, a.label) for a in article.attachments] == [(brief, "brief.pdf"), (river, "River")]
    assert svc.media_ref(river, "en").caption == "The river" and svc.media_ref(999, "en") is None


def test_free_slug_skips_those_taken_in_the_edition(svc):
    first = svc.create("en", "Same title")
    svc.create("en", "Same title")
    svc.create("fa", "Same title")
    assert svc.free_slug("en", "same-title") == "same-title-3"
    assert svc.free_slug("en", "same-title", exclude_id=first) == "same-title"  # its own slug stays free
    assert svc.free_slug("sq", "same-title") == "same-title"


def test_revisions_are_plain_values_newest_first(svc):
    aid = svc.create("en", "Title", "one")
    svc.snapshot(aid, "manual", note="first")
    svc.save_text(aid, body_md="two")
    svc.snapshot(aid, "manual", note="second")
    revisions = svc.revisions(aid)
    assert [(r.note, r.body_md) for r in revisions] == [("second", "two"), ("first", "one")]
    assert all(r.article_id == aid for r in revisions)
