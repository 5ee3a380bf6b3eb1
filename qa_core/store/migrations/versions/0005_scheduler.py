"""Scheduled scans: APScheduler's job table, the scheduler lease, and the run history.

``scheduled_jobs`` has exactly the layout APScheduler 3.x's SQLAlchemyJobStore
creates, so it finds its table made and backups and migrations carry schedules along.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scheduled_jobs",
        sa.Column("id", sa.Unicode(191), primary_key=True),
        sa.Column("next_run_time", sa.Float(25), index=True),
        sa.Column("job_state", sa.LargeBinary, nullable=False),
    )
    lease = op.create_table(
        "scheduler_lease",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("holder", sa.String(200)),
        sa.Column("expires_at", sa.Float, nullable=False),
    )
    op.bulk_insert(lease, [{"name": "scheduler", "holder": None, "expires_at": 0.0}])
    op.create_table(
        "scheduled_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("schedule", sa.String(191), nullable=False, index=True),
        sa.Column("ruleset_ref", sa.String(400), nullable=False),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("scanned", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("error", sa.String(400)),
    )


def downgrade() -> None:
    op.drop_table("scheduled_runs")
    op.drop_table("scheduler_lease")
    op.drop_table("scheduled_jobs")
