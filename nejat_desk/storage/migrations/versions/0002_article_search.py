"""article search: an FTS5 index over titles, bodies, excerpts and bylines

The index holds a normalised copy of each article (see nejat_desk.core.textnorm), keyed by
the article's id; results and snippets are shown from the original text.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE article_fts USING fts5("
        "title, body, excerpt, byline, tokenize = 'unicode61 remove_diacritics 2')"
    )
    # Fill it from articles already in the library (migrating from 0001).
    from nejat_desk.core.textnorm import normalize_for_index

    bind = op.get_bind()
    rows = bind.exec_driver_sql("SELECT id, title, body_md, excerpt, byline FROM articles").fetchall()
    for row in rows:
        bind.exec_driver_sql(
            "INSERT INTO article_fts(rowid, title, body, excerpt, byline) VALUES (?, ?, ?, ?, ?)",
            (row[0], *(normalize_for_index(v or "") for v in row[1:])),
        )


def downgrade() -> None:
    op.execute("DROP TABLE article_fts")
