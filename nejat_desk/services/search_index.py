"""Keeps the FTS5 index (`article_fts`, rowid = article id) in step with articles.

Called inside the same transaction as the article change, so the index never disagrees
with the library after a crash. Trashed articles are not indexed.
"""

from __future__ import annotations

from typing import Any

from nejat_desk.core.textnorm import normalize_for_index


def index_article(connection: Any, article_id: int, title: str, body: str, excerpt: str, byline: str) -> None:
    """`connection`: a SQLAlchemy Connection/Session or a sqlite3 connection (exec_driver_sql or execute)."""
    _run(connection, "DELETE FROM article_fts WHERE rowid = ?", (article_id,))
    _run(connection, "INSERT INTO article_fts(rowid, title, body, excerpt, byline) VALUES (?, ?, ?, ?, ?)",
         (article_id, normalize_for_index(title), normalize_for_index(body), normalize_for_index(excerpt),
          normalize_for_index(byline)))


def remove_article(connection: Any, article_id: int) -> None:
    _run(connection, "DELETE FROM article_fts WHERE rowid = ?", (article_id,))


def _run(connection: Any, sql: str, params: tuple[Any, ...]) -> None:
    if hasattr(connection, "connection") and hasattr(connection, "get_bind"):  # ORM Session
        connection.connection().exec_driver_sql(sql, params)
    elif hasattr(connection, "exec_driver_sql"):  # Core Connection
        connection.exec_driver_sql(sql, params)
    else:  # sqlite3
        connection.execute(sql, params)
