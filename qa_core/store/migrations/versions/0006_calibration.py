"""Calibration sessions and their ratings, and evaluators' overrides of machine results.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calibration_sessions",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("source", sa.String(400), nullable=False),
        sa.Column("ratings", sa.Integer, nullable=False),
    )
    op.create_table(
        "calibration_ratings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("session", sa.String(200), nullable=False, index=True),
        sa.Column("item_id", sa.String(200), nullable=False),
        sa.Column("rater_id", sa.String(200), nullable=False),
        sa.Column("criterion_id", sa.String(100), nullable=False),
        sa.Column("value", sa.String(100), nullable=False),
    )
    op.create_table(
        "overrides",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("interaction_id", sa.String(200), nullable=False, index=True),
        sa.Column("ruleset_id", sa.String(100), nullable=False),
        sa.Column("criterion_id", sa.String(100), nullable=False),
        sa.Column("machine_result", sa.String(10), nullable=False),
        sa.Column("result", sa.String(10), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("nonce", sa.LargeBinary, nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("overrides")
    op.drop_table("calibration_ratings")
    op.drop_table("calibration_sessions")
