"""search folding: re-index every article with the Arabic/Farsi/Latin folding of textnorm

The FTS5 table itself is unchanged; its contents were folded by the foundation's stub
(NFKC + casefold only). This fills it again with the full folding (letter forms, harakat,
digits, ZWNJ parts), and leaves trashed articles out as the article service does.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from nejat_desk.core.textnorm import normalize_for_index

    bind = op.get_bind()
    bind.exec_driver_sql("DELETE FROM article_fts")
    rows = bind.exec_driver_sql(
        "SELECT id, title, body_md, excerpt, byline FROM articles WHERE deleted_at IS NULL").fetchall()
    for row in rows:
        bind.exec_driver_sql(
            "INSERT INTO article_fts(rowid, title, body, excerpt, byline) VALUES (?, ?, ?, ?, ?)",
            (row[0], *(normalize_for_index(v or "") for v in row[1:])),
        )


def downgrade() -> None:
    pass  # the folded copy is still a valid (if better) index for 0002
