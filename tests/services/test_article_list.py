import pytest

from nejat_desk.core.errors import LibraryError, ValidationError
from nejat_desk.services.article_list import ArticleFilter, ArticleListService
from tests.gui.articles_helpers import seed_articles


@pytest.fixture
def seeded(library):
    ids = seed_articles(library)
    return library, ids, ArticleListService(library)


def test_filters_by_edition_status_category_tag(seeded) -> None:
    _library, ids, svc = seeded
    assert set(svc.ids(ArticleFilter(editions=["fa", "ar"]))) == {ids["fa"], ids["ar"]}
    assert svc.ids(ArticleFilter(statuses=["scheduled"])) == [ids["en2"]]
    # A parent category matches its sub-categories.
    assert svc.ids(ArticleFilter(category="World")) == [ids["en"]]
    assert svc.ids(ArticleFilter(tag="IRAQ")) == [ids["en"]]
    assert len(svc.ids(ArticleFilter())) == 5


def test_date_range_and_bad_dates(seeded) -> None:
    _library, ids, svc = seeded
    flt = ArticleFilter(date_field="scheduled", date_from="2030-01-02", date_to="2030-01-02")
    assert svc.ids(flt) == [ids["en2"]]
    assert svc.ids(ArticleFilter(date_field="scheduled", date_to="2029-12-31")) == []
    # Typed on a Farsi or Arabic keyboard: the same dates in their digits.
    assert svc.ids(ArticleFilter(date_field="scheduled", date_from="۲۰۳۰-۰۱-۰۲", date_to="٢٠٣٠-٠١-٠٢")) == [ids["en2"]]
    with pytest.raises(ValidationError, match="not a date"):
        svc.ids(ArticleFilter(date_from="yesterday"))
    with pytest.raises(ValidationError, match="before the start"):
        svc.ids(ArticleFilter(date_from="2030-02-01", date_to="2030-01-01"))


def test_sort_and_restricted_order(seeded) -> None:
    _library, ids, svc = seeded
    titles = [svc.rows([i])[i].title for i in svc.ids(ArticleFilter(editions=["en", "sq"]),
                                                               "title", descending=False)]
    assert titles == ["Annual report", "Kriza e ujit", "Water crisis in Basra"]
    ranked = [ids["sq"], ids["fa"], ids["en"]]
    assert svc.ids(ArticleFilter(editions=["sq", "en"]), restrict_to=ranked) == [ids["sq"], ids["en"]]
    rows = svc.rows([ids["en"]])
    assert rows[ids["en"]].category == "World/Iraq"


def test_saved_filters_round_trip(seeded) -> None:
    _library, _ids, svc = seeded
    svc.save_filter("Farsi drafts", ArticleFilter(editions=["fa"], statuses=["draft"]))
    svc.save_filter("Farsi drafts", ArticleFilter(editions=["fa"], statuses=["ready"]))
    assert [(f.name, f.filter) for f in svc.saved_filters()] == [
        ("Farsi drafts", ArticleFilter(editions=["fa"], statuses=["ready"]))]
    with pytest.raises(ValidationError, match="needs a name"):
        svc.save_filter("  ", ArticleFilter())
    with pytest.raises(ValidationError):
        svc.save_filter("broken", ArticleFilter(date_from="nope"))
    svc.delete_filter("Farsi drafts")
    assert svc.saved_filters() == []


def test_completion_lists(seeded) -> None:
    _library, _ids, svc = seeded
    assert svc.category_paths("en") == ["Reports", "World", "World/Iraq"]
    assert svc.tag_names("en") == ["iraq", "report", "water"]


def test_a_picker_finds_articles_by_title_or_slug(seeded) -> None:
    library, ids, svc = seeded
    assert [c.id for c in svc.matching("basra")] == [ids["en"]]
    assert [c.id for c in svc.matching("بحران")] == [ids["fa"]]
    assert {c.id for c in svc.matching("", "en")} == {ids["en"], ids["en2"]}
    assert len(svc.matching("", limit=2)) == 2
    choice = svc.matching("annual")[0]
    assert (choice.edition, choice.slug, choice.title, choice.status) == ("en", "annual-report", "Annual report",
                                                                          "scheduled")
    from nejat_desk.services.articles import ArticleService

    ArticleService(library).trash(ids["en2"])
    assert svc.matching("annual") == []  # not what is in the trash


def test_an_unreadable_database_is_a_library_error(seeded, tmp_path) -> None:
    library, _ids, svc = seeded
    moved = tmp_path / "elsewhere.sqlite3"
    library.db_path.rename(moved)
    try:
        with pytest.raises(LibraryError):
            svc.ids(ArticleFilter())
        with pytest.raises(LibraryError):
            svc.category_paths("en")
    finally:
        moved.rename(library.db_path)
    assert len(svc.ids(ArticleFilter())) == 5


def test_the_command_lines_listing(seeded) -> None:
    library, ids, svc = seeded
    listed = svc.listing()
    assert len(listed) == 5 and {a.id for a in listed} == set(ids.values())
    assert [a.id for a in svc.listing(edition="en", status="scheduled")] == [ids["en2"]]
    assert len(svc.listing(limit=2)) == 2
    from nejat_desk.services.articles import ArticleService

    ArticleService(library).trash(ids["sq"])
    assert [a.id for a in svc.listing(trash=True)] == [ids["sq"]]
    assert ids["sq"] not in {a.id for a in svc.listing()}
    first = svc.listing(edition="en", status="scheduled")[0]
    assert first.scheduled_at is not None and first.scheduled_at.startswith("2030-01-02 09:00")
