"""The first tables: store info, encrypted interactions, audit trail.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_info",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("store_id", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("format_version", sa.Integer, nullable=False),
        sa.Column("key_check", sa.String(64), nullable=False),
    )
    op.create_table(
        "interactions",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("agent_id", sa.String(200), index=True),
        sa.Column("team", sa.String(200), index=True),
        sa.Column("started_at", sa.DateTime(timezone=True), index=True),
        sa.Column("customer_ref", sa.String(64), index=True),
        sa.Column("content_mac", sa.String(64), nullable=False),
        sa.Column("customer_scope", sa.String(80), nullable=False),
        sa.Column("period_scope", sa.String(20), nullable=False, index=True),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("key_nonce", sa.LargeBinary, nullable=False),
        sa.Column("nonce", sa.LargeBinary, nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
        sa.Column("format_version", sa.Integer, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(60), nullable=False, index=True),
        sa.Column("subject", sa.String(400)),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_log")
    op.drop_table("interactions")
    op.drop_table("store_info")
