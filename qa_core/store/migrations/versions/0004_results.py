"""Scan results: one per interaction content and ruleset hash, encrypted.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "results",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("interaction_id", sa.String(200), nullable=False, index=True),
        sa.Column("content_mac", sa.String(64), nullable=False),
        sa.Column("ruleset_id", sa.String(100), nullable=False),
        sa.Column("ruleset_version", sa.Integer, nullable=False),
        sa.Column("ruleset_sha256", sa.String(64), nullable=False, index=True),
        sa.Column("score", sa.Float),
        sa.Column("passed", sa.Boolean),
        sa.Column("auto_failed", sa.Boolean, nullable=False),
        sa.Column("failed", sa.Boolean, nullable=False),
        sa.Column("error", sa.String(400)),
        sa.Column("plugins", sa.Text, nullable=False),
        sa.Column("scanned_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("nonce", sa.LargeBinary, nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint(
            "interaction_id", "ruleset_sha256", "content_mac", name="uq_results_once"
        ),
    )


def downgrade() -> None:
    op.drop_table("results")
