"""Batches parked by queueing executors after their retries failed.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parked_batches",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ruleset_sha256", sa.String(64), nullable=False, index=True),
        sa.Column("interaction_ids", sa.Text, nullable=False),
        sa.Column("error", sa.String(400), nullable=False),
        sa.Column("worker", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("parked_batches")
