"""pre-flight overrides: the reasons blocking findings of a gallery or an issue were let go out

An article keeps a pre-flight override as a revision; galleries and publication issues have no
revisions, so their overrides (when, what was done, the reason, the blocking findings) are rows of
their own, removed with the gallery or issue.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # IF NOT EXISTS: a library stamped back to an older revision (tests do) upgrades again.
    op.execute(
        "CREATE TABLE IF NOT EXISTS preflight_overrides ("
        "id INTEGER NOT NULL, gallery_id INTEGER, issue_id INTEGER, created_at DATETIME NOT NULL, "
        "action VARCHAR(20) NOT NULL, reason TEXT NOT NULL, findings TEXT NOT NULL, "
        "CONSTRAINT pk_preflight_overrides PRIMARY KEY (id), "
        "CONSTRAINT fk_preflight_overrides_gallery_id_galleries FOREIGN KEY(gallery_id) "
        "REFERENCES galleries (id) ON DELETE CASCADE, "
        "CONSTRAINT fk_preflight_overrides_issue_id_publication_issues FOREIGN KEY(issue_id) "
        "REFERENCES publication_issues (id) ON DELETE CASCADE)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_preflight_overrides_gallery_id ON preflight_overrides (gallery_id)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_preflight_overrides_issue_id ON preflight_overrides (issue_id)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS preflight_overrides")
