"""translation bases: which revision of its source each translation follows (stale translations)

`articles.text_version` counts changes of an article's title, body and excerpt. A translation's
row in `translation_bases` names its source, the source's revision it was made from or last
brought up to date with (to diff against), and the source's text_version then: when the source's
counter passes it, the translation is stale.

A library from before this revision cannot know what its translations were made from: each
translation follows its source's text as it is now (a "translation-base" revision of the source is
taken here, so the diff has a "then"), and becomes stale at the source's next change.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("articles")}
    if "text_version" not in columns:  # a library stamped back to an older revision (tests do) upgrades again
        op.add_column("articles", sa.Column("text_version", sa.Integer(), nullable=False, server_default="1"))
    op.execute(
        "CREATE TABLE IF NOT EXISTS translation_bases ("
        "article_id INTEGER NOT NULL, source_id INTEGER NOT NULL, revision_id INTEGER, "
        "source_text_version INTEGER NOT NULL, followed_at DATETIME NOT NULL, "
        "CONSTRAINT pk_translation_bases PRIMARY KEY (article_id), "
        "CONSTRAINT fk_translation_bases_article_id_articles FOREIGN KEY(article_id) "
        "REFERENCES articles (id) ON DELETE CASCADE, "
        "CONSTRAINT fk_translation_bases_source_id_articles FOREIGN KEY(source_id) "
        "REFERENCES articles (id) ON DELETE CASCADE, "
        "CONSTRAINT fk_translation_bases_revision_id_revisions FOREIGN KEY(revision_id) "
        "REFERENCES revisions (id) ON DELETE SET NULL)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_translation_bases_source_id ON translation_bases (source_id)")
    _follow_current_sources(bind)


def _follow_current_sources(bind: sa.engine.Connection) -> None:
    """Every translation without a base follows its group's original as it is now."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    pairs = bind.exec_driver_sql(
        "SELECT a.id, g.original_article_id FROM articles a JOIN translation_groups g ON g.id = a.translation_group_id "
        "WHERE g.original_article_id IS NOT NULL AND a.id != g.original_article_id "
        "AND a.id NOT IN (SELECT article_id FROM translation_bases)").fetchall()
    revisions: dict[int, int] = {}
    for article_id, source_id in pairs:
        if source_id not in revisions:
            bind.exec_driver_sql(
                "INSERT INTO revisions (article_id, created_at, reason, note, title, body_md, excerpt, status, "
                "meta, article_version, uid) SELECT id, ?, 'translation-base', '', title, body_md, excerpt, status, "
                "'{}', version, ? FROM articles WHERE id = ?", (now, uuid.uuid4().hex, source_id))
            revisions[source_id] = int(bind.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())
        bind.exec_driver_sql(
            "INSERT INTO translation_bases (article_id, source_id, revision_id, source_text_version, followed_at) "
            "SELECT ?, id, ?, text_version, ? FROM articles WHERE id = ?",
            (article_id, revisions[source_id], now, source_id))


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS translation_bases")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("text_version")
