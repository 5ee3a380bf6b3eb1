"""Tables. Plain columns hold only what reports filter on; the rest is ciphertext.

The schema itself is created and changed by Alembic migrations (``migrations/``), never
by ``create_all``, so a store made by any version can be upgraded in place.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel

FORMAT_VERSION = 1


class StoreInfo(SQLModel, table=True):
    __tablename__ = "store_info"

    id: int = Field(default=1, primary_key=True)
    store_id: str
    created_at: datetime = Field(sa_type=DateTime(timezone=True))
    format_version: int
    key_check: str  # HMAC of the store id under the store's key: a wrong key is caught
    columns_authenticated: bool = False  # rows from before column MACs were checked once


class StoredInteraction(SQLModel, table=True):
    """One interaction: filterable plain columns, everything else AES-256-GCM."""

    __tablename__ = "interactions"

    id: str = Field(primary_key=True, max_length=200)
    channel: str = Field(max_length=20)
    agent_id: str | None = Field(default=None, max_length=200, index=True)
    team: str | None = Field(default=None, max_length=200, index=True)
    started_at: datetime | None = Field(default=None, index=True, sa_type=DateTime(timezone=True))
    customer_ref: str | None = Field(default=None, max_length=64, index=True)
    content_mac: str = Field(max_length=64)
    customer_scope: str = Field(max_length=80)
    period_scope: str = Field(max_length=20, index=True)
    wrapped_key: bytes
    key_nonce: bytes
    nonce: bytes
    ciphertext: bytes
    format_version: int
    ingested_at: datetime = Field(sa_type=DateTime(timezone=True))
    columns_mac: str | None = Field(default=None, max_length=64)  # see store/columns.py


class StoredResult(SQLModel, table=True):
    """One scan result: filterable figures plain, the evaluation line encrypted."""

    __tablename__ = "results"

    id: int | None = Field(default=None, primary_key=True)
    interaction_id: str = Field(max_length=200, index=True)
    content_mac: str = Field(max_length=64)
    ruleset_id: str = Field(max_length=100)
    ruleset_version: int
    ruleset_sha256: str = Field(max_length=64, index=True)
    score: float | None = None
    passed: bool | None = None
    auto_failed: bool
    failed: bool
    error: str | None = Field(default=None, max_length=400)
    plugins: str  # JSON {plugin: version}
    scanned_at: datetime = Field(sa_type=DateTime(timezone=True), index=True)
    nonce: bytes
    ciphertext: bytes
    columns_mac: str | None = Field(default=None, max_length=64)  # see store/columns.py


class Hold(SQLModel, table=True):
    """A legal hold on one interaction or on every interaction of one customer."""

    __tablename__ = "holds"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)  # "interaction" or "customer"
    ref: str = Field(max_length=200, index=True)  # interaction id, or customer_ref (HMAC)
    reason: str
    created_at: datetime = Field(sa_type=DateTime(timezone=True))


class AuditCheckpoint(SQLModel, table=True):
    """A signature over the chain's head after entry ``seq``."""

    __tablename__ = "audit_checkpoints"

    seq: int = Field(primary_key=True)
    head_hash: str = Field(max_length=64)
    signature: str = Field(max_length=100)


class AuditEntry(SQLModel, table=True):
    """One link of the append-only, hash-chained audit trail."""

    __tablename__ = "audit_log"

    seq: int = Field(primary_key=True)
    at: str = Field(max_length=40)  # ISO 8601 UTC, hashed exactly as stored
    actor: str = Field(max_length=200)
    action: str = Field(max_length=60, index=True)
    subject: str | None = Field(default=None, max_length=400)
    details: str
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class ScheduledJob(SQLModel, table=True):
    """APScheduler 3.x's job row (its SQLAlchemyJobStore layout): a pickled job state."""

    __tablename__ = "scheduled_jobs"

    id: str = Field(primary_key=True, max_length=191)
    next_run_time: float | None = Field(default=None, index=True)
    job_state: bytes


class SchedulerLease(SQLModel, table=True):
    """Who may run the scheduler now: one row, taken over once ``expires_at`` passed."""

    __tablename__ = "scheduler_lease"

    name: str = Field(primary_key=True, max_length=40)
    holder: str | None = Field(default=None, max_length=200)
    expires_at: float  # seconds since the epoch


class ScheduledRun(SQLModel, table=True):
    """One run of a schedule: when, by which scheduler, what it did."""

    __tablename__ = "scheduled_runs"

    id: int | None = Field(default=None, primary_key=True)
    schedule: str = Field(max_length=191, index=True)
    ruleset_ref: str = Field(max_length=400)
    holder: str = Field(max_length=200)
    started_at: datetime = Field(sa_type=DateTime(timezone=True), index=True)
    finished_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    status: str = Field(max_length=20)  # running, done, failed, stopped, error
    scanned: int = 0
    failed: int = 0
    error: str | None = Field(default=None, max_length=400)


class CalibrationSession(SQLModel, table=True):
    """A calibration session: several people rated the same interactions."""

    __tablename__ = "calibration_sessions"

    name: str = Field(primary_key=True, max_length=200)
    created_at: datetime = Field(sa_type=DateTime(timezone=True), index=True)
    source: str = Field(max_length=400)  # the ratings file's name
    ratings: int


class CalibrationRating(SQLModel, table=True):
    """One person's rating of one criterion on one interaction (no transcript text)."""

    __tablename__ = "calibration_ratings"

    id: int | None = Field(default=None, primary_key=True)
    session: str = Field(max_length=200, index=True)
    item_id: str = Field(max_length=200)
    rater_id: str = Field(max_length=200)
    criterion_id: str = Field(max_length=100)
    value: str = Field(max_length=100)


class Override(SQLModel, table=True):
    """An evaluator's result for a criterion in place of the machine's, which is kept.

    The reason may quote the call, so it is sealed under the interaction's data key
    (shredded with it), like a result.
    """

    __tablename__ = "overrides"

    id: int | None = Field(default=None, primary_key=True)
    interaction_id: str = Field(max_length=200, index=True)
    ruleset_id: str = Field(max_length=100)
    criterion_id: str = Field(max_length=100)
    machine_result: str = Field(max_length=10)
    result: str = Field(max_length=10)
    actor: str = Field(max_length=200)
    at: datetime = Field(sa_type=DateTime(timezone=True), index=True)
    nonce: bytes
    ciphertext: bytes


class ParkedBatch(SQLModel, table=True):
    """A batch that failed on a worker after its retries; its interactions stay pending."""

    __tablename__ = "parked_batches"

    id: int | None = Field(default=None, primary_key=True)
    ruleset_sha256: str = Field(max_length=64, index=True)
    interaction_ids: str  # JSON list
    error: str = Field(max_length=400)  # an exception type and our own messages, no text
    worker: str = Field(max_length=200)
    at: datetime = Field(sa_type=DateTime(timezone=True))


class StoredRecording(SQLModel, table=True):
    """An interaction's recording: its chunk count plain, the rest (format, size, SHA-256)
    sealed under the interaction's data key, so it is shredded with the interaction."""

    __tablename__ = "recordings"

    interaction_id: str = Field(primary_key=True, max_length=200)
    chunks: int
    nonce: bytes
    ciphertext: bytes
    ingested_at: datetime = Field(sa_type=DateTime(timezone=True))


class RecordingChunk(SQLModel, table=True):
    """One chunk of a recording's file, AES-GCM under the interaction's data key, bound
    to the interaction, its place and the chunk count (none can be swapped or dropped)."""

    __tablename__ = "recording_chunks"

    interaction_id: str = Field(primary_key=True, max_length=200)
    seq: int = Field(primary_key=True)
    nonce: bytes
    ciphertext: bytes


class ConsoleUser(SQLModel, table=True):
    """A person who signs in to ``qa serve``: a role, and an agent id for an agent."""

    __tablename__ = "console_users"

    name: str = Field(primary_key=True, max_length=100)
    role: str = Field(max_length=20)
    agent_id: str | None = Field(default=None, max_length=200)
    password_hash: str = Field(max_length=200)  # argon2id, with its salt and parameters
    disabled: bool = False
    created_at: datetime = Field(sa_type=DateTime(timezone=True))


class ConsoleSession(SQLModel, table=True):
    """A signed-in browser: only the token's sha256 is kept, so a stolen database row
    cannot be replayed as a cookie."""

    __tablename__ = "console_sessions"

    token_hash: str = Field(primary_key=True, max_length=64)
    user: str = Field(max_length=100, index=True)
    csrf: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=DateTime(timezone=True))
    seen_at: datetime = Field(sa_type=DateTime(timezone=True))


class LoginFailure(SQLModel, table=True):
    """A failed sign-in, for the five-a-minute limit (names only, never a password)."""

    __tablename__ = "console_login_failures"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    at: datetime = Field(sa_type=DateTime(timezone=True), index=True)


class ConsoleSetting(SQLModel, table=True):
    """What an admin sets for the console (the dispute window)."""

    __tablename__ = "console_settings"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(max_length=400)


class Dispute(SQLModel, table=True):
    """An agent's challenge of one criterion, and how it was resolved.

    The comment and the resolution's reason may quote the call, so they are sealed
    under the interaction's data key (shredded with it), like an override's reason.
    """

    __tablename__ = "disputes"

    id: int | None = Field(default=None, primary_key=True)
    interaction_id: str = Field(max_length=200, index=True)
    ruleset_id: str = Field(max_length=100)
    criterion_id: str = Field(max_length=100)
    machine_result: str = Field(max_length=10)
    agent: str = Field(max_length=100)
    status: str = Field(max_length=20, index=True)  # open, upheld, overturned
    opened_at: datetime = Field(sa_type=DateTime(timezone=True))
    nonce: bytes
    ciphertext: bytes
    resolved_by: str | None = Field(default=None, max_length=100)
    resolved_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    reason_nonce: bytes | None = None
    reason_ciphertext: bytes | None = None
