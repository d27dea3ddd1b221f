"""series footer: the newsletter's sender name, postal address and unsubscribe line, per series

Mail clients and email law (CAN-SPAM, the EU's ePrivacy rules) expect a newsletter to say who sends
it, a postal address and how to unsubscribe; each publication series keeps its own.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = ("sender_name", "postal_address", "unsubscribe")


def upgrade() -> None:
    existing = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("publication_series")}
    for name in COLUMNS:
        if name not in existing:  # a library stamped back to an older revision (tests do) upgrades again
            op.add_column("publication_series", sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("publication_series") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
