"""article list index: one narrow covering index for the Articles list

The list filters and sorts 50,000 articles by trash state, edition, status, category, dates,
byline and title. Without this index every such query reads the whole articles table (bodies
included, hundreds of megabytes); with it SQLite scans a few megabytes of index instead.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = ["deleted_at", "updated_at", "edition_code", "status", "scheduled_at", "published_at", "created_at",
           "category_id", "byline", "title"]


def upgrade() -> None:
    # IF NOT EXISTS: a library stamped back to an older revision (tests do) upgrades again cleanly.
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_articles_list ON articles ({', '.join(COLUMNS)})")
    op.execute("ANALYZE articles")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_articles_list")
