from PySide6.QtCore import Qt

from nejat_desk.gui.articles.list_model import ARTICLE_ID_ROLE, ArticleListModel
from nejat_desk.services.article_list import ArticleFilter, ArticleListService
from nejat_desk.services.articles import ArticleService
from tests.gui.articles_helpers import seed_articles


def test_model_passes_qt_model_tester(qtmodeltester, library) -> None:
    ids = seed_articles(library)
    model = ArticleListModel(ArticleListService(library))
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    model.set_filter(ArticleFilter(editions=["fa"]))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "بحران آب در بصره"
    assert model.data(model.index(0, 0), ARTICLE_ID_ROLE) == ids["fa"]
    align = model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    # the edition and status columns name things, not codes
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.data(model.index(0, columns.index("Edition"))) == "Farsi"
    assert model.data(model.index(0, columns.index("Status"))) in {"Draft", "In review", "Ready", "Scheduled",
                                                                   "Published", "Archived"}


def test_sorting_runs_in_sql_and_search_mode_adds_match_column(qtmodeltester, library) -> None:
    ids = seed_articles(library)
    model = ArticleListModel(ArticleListService(library))
    model.set_filter(ArticleFilter(editions=["en", "sq"]))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["Annual report", "Kriza e ujit",
                                                                "Water crisis in Basra"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "Water crisis in Basra"
    model.set_search_hits([(ids["sq"], "<b>Kriza</b>"), (ids["fa"], "x"), (ids["en"], "<b>water</b>")])
    qtmodeltester.check(model)
    assert model.columnCount() == 8
    assert [model.article_id(r) for r in range(model.rowCount())] == [ids["sq"], ids["en"]]
    model.set_search_hits(None)
    assert model.columnCount() == 7


def test_rows_refresh_after_save(library) -> None:
    ids = seed_articles(library)
    model = ArticleListModel(ArticleListService(library))
    model.reload()
    row = model.row_of(ids["en"])
    assert model.data(model.index(row, 0)) == "Water crisis in Basra"
    ArticleService(library).save_text(ids["en"], title="Water crisis in Basra, day two")
    model.refresh_articles([ids["en"]])
    assert model.data(model.index(row, 0)) == "Water crisis in Basra, day two"


def test_bad_filter_reports_and_keeps_rows(library, qtbot) -> None:
    seed_articles(library)
    model = ArticleListModel(ArticleListService(library))
    model.reload()
    with qtbot.waitSignal(model.query_failed) as blocker:
        model.set_filter(ArticleFilter(date_from="31/12/2020"))
    assert "not a date" in blocker.args[0]
    assert model.rowCount() == 5


def test_first_batch_then_the_rest_from_a_worker_thread(qtmodeltester, library, qtbot, monkeypatch) -> None:
    from nejat_desk.gui.articles import list_model

    ids = seed_articles(library)
    monkeypatch.setattr(list_model, "FIRST_BATCH", 2)
    model = ArticleListModel(ArticleListService(library))
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.fully_loaded, timeout=5000):
        model.reload()
        assert model.rowCount() == 2 and not model.complete
    assert model.rowCount() == 5 and model.complete
    assert set(model.ids()) == set(ids.values())
    qtmodeltester.check(model)
