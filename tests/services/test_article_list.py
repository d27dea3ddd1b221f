import pytest

from nejat_desk.core.errors import ValidationError
from nejat_desk.services.article_list import (
    ArticleFilter,
    category_paths,
    delete_filter,
    fetch_rows,
    query_ids,
    save_filter,
    saved_filters,
    tag_names,
)
from tests.gui.articles_helpers import seed_articles


@pytest.fixture
def seeded(library):
    ids = seed_articles(library)
    conn = library.raw(readonly=False)
    yield library, ids, conn
    conn.close()


def test_filters_by_edition_status_category_tag(seeded) -> None:
    _library, ids, conn = seeded
    assert set(query_ids(conn, ArticleFilter(editions=["fa", "ar"]))) == {ids["fa"], ids["ar"]}
    assert query_ids(conn, ArticleFilter(statuses=["scheduled"])) == [ids["en2"]]
    # A parent category matches its sub-categories.
    assert query_ids(conn, ArticleFilter(category="World")) == [ids["en"]]
    assert query_ids(conn, ArticleFilter(tag="IRAQ")) == [ids["en"]]
    assert len(query_ids(conn, ArticleFilter())) == 5


def test_date_range_and_bad_dates(seeded) -> None:
    _library, ids, conn = seeded
    flt = ArticleFilter(date_field="scheduled", date_from="2030-01-02", date_to="2030-01-02")
    assert query_ids(conn, flt) == [ids["en2"]]
    assert query_ids(conn, ArticleFilter(date_field="scheduled", date_to="2029-12-31")) == []
    with pytest.raises(ValidationError, match="not a date"):
        query_ids(conn, ArticleFilter(date_from="yesterday"))
    with pytest.raises(ValidationError, match="before the start"):
        query_ids(conn, ArticleFilter(date_from="2030-02-01", date_to="2030-01-01"))


def test_sort_and_restricted_order(seeded) -> None:
    _library, ids, conn = seeded
    titles = [fetch_rows(conn, [i])[i].title for i in query_ids(conn, ArticleFilter(editions=["en", "sq"]),
                                                               "title", descending=False)]
    assert titles == ["Annual report", "Kriza e ujit", "Water crisis in Basra"]
    ranked = [ids["sq"], ids["fa"], ids["en"]]
    assert query_ids(conn, ArticleFilter(editions=["sq", "en"]), restrict_to=ranked) == [ids["sq"], ids["en"]]
    rows = fetch_rows(conn, [ids["en"]])
    assert rows[ids["en"]].category == "World/Iraq"


def test_saved_filters_round_trip(seeded) -> None:
    _library, _ids, conn = seeded
    save_filter(conn, "Farsi drafts", ArticleFilter(editions=["fa"], statuses=["draft"]))
    save_filter(conn, "Farsi drafts", ArticleFilter(editions=["fa"], statuses=["ready"]))
    assert saved_filters(conn) == [("Farsi drafts", ArticleFilter(editions=["fa"], statuses=["ready"]))]
    with pytest.raises(ValidationError, match="needs a name"):
        save_filter(conn, "  ", ArticleFilter())
    with pytest.raises(ValidationError):
        save_filter(conn, "broken", ArticleFilter(date_from="nope"))
    delete_filter(conn, "Farsi drafts")
    assert saved_filters(conn) == []


def test_completion_lists(seeded) -> None:
    _library, _ids, conn = seeded
    assert category_paths(conn, "en") == ["Reports", "World", "World/Iraq"]
    assert tag_names(conn, "en") == ["iraq", "report", "water"]
