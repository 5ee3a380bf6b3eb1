"""Keyed MACs over the plain columns of interactions and results.

Revision ID: 0008
Revises: 0007

The plain columns (agent, team, score, verdict) exist so reports can filter in SQL;
a MAC under the store's key lets reports and ``qa audit verify`` notice a forged one.
Rows stored before this revision are authenticated once, on the first open with the
keys (``Store.open``), against their encrypted content.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.add_column(sa.Column("columns_mac", sa.String(64), nullable=True))
    with op.batch_alter_table("results") as batch:
        batch.add_column(sa.Column("columns_mac", sa.String(64), nullable=True))
    with op.batch_alter_table("store_info") as batch:
        batch.add_column(
            sa.Column(
                "columns_authenticated", sa.Boolean, nullable=False, server_default=sa.false()
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("store_info") as batch:
        batch.drop_column("columns_authenticated")
    with op.batch_alter_table("results") as batch:
        batch.drop_column("columns_mac")
    with op.batch_alter_table("interactions") as batch:
        batch.drop_column("columns_mac")
