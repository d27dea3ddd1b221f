"""The application layer's front door: one Desk per open library, services made on first use."""

from __future__ import annotations

import subprocess
import sys

from keyring.backends import null

from nejat_desk.services.article_list import ArticleListService
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.desk import Desk
from nejat_desk.services.wordpress.credentials import CredentialStore


def test_each_service_is_made_once_and_bound_to_the_library(library) -> None:
    desk = Desk(library)
    assert "articles" not in vars(desk)  # nothing is built before it is asked for
    assert isinstance(desk.articles, ArticleService) and desk.articles is desk.articles
    assert isinstance(desk.article_list, ArticleListService)
    for service in (desk.articles, desk.article_list, desk.search, desk.editions, desk.schedule,
                    desk.publications, desk.sync):
        assert service.library is library


def test_sync_keeps_the_passwords_it_was_given(library) -> None:
    credentials = CredentialStore(backend=null.Keyring())
    desk = Desk(library, credentials=credentials)
    assert desk.sync.credentials is credentials
    assert desk.sites is desk.sync.sites and desk.sync.outbox.sites is desk.sites


PROBE = """
import sys
from pathlib import Path
from nejat_desk.services.desk import Desk
from nejat_desk.storage.library import Library
library = Library.open(Path(sys.argv[1]))
desk = Desk(library)
ids = desk.article_list.ids(__import__("nejat_desk.services.article_list", fromlist=["x"]).ArticleFilter())
rows = desk.article_list.rows(ids)
hits = desk.search.search("water")
print(len(rows), "sqlalchemy.orm" in sys.modules)
library.close()
"""


def test_the_list_and_search_open_without_the_orm(library) -> None:
    """The Articles list's first rows must not wait for SQLAlchemy's ORM (start-up time)."""
    ArticleService(library).create("en", "Water in Basra", "Rivers and water.")
    root = library.root
    library.close()
    result = subprocess.run([sys.executable, "-c", PROBE, str(root)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "False"]
