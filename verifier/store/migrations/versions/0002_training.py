"""Training and mentoring: samples with answer keys, sessions, attempts, answers.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_samples",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False, unique=True),
        sa.Column("folder", sa.String(512), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("anomalies", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
    )
    op.create_table(
        "training_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("course", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sample_ids", sa.JSON(), nullable=False),
        sa.Column("time_limit_s", sa.Integer(), nullable=True),
        sa.Column("hide_verdict", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("officers.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_training_sessions_course", "training_sessions", ["course"])
    op.create_table(
        "training_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id", sa.Integer(), sa.ForeignKey("training_sessions.id"), nullable=False
        ),
        sa.Column("trainee_id", sa.Integer(), sa.ForeignKey("officers.id"), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_training_attempts_session_id", "training_attempts", ["session_id"])
    op.create_index("ix_training_attempts_trainee_id", "training_attempts", ["trainee_id"])
    op.create_table(
        "training_answers",
        sa.Column(
            "attempt_id", sa.Integer(), sa.ForeignKey("training_attempts.id"), primary_key=True
        ),
        sa.Column(
            "sample_id", sa.Integer(), sa.ForeignKey("training_samples.id"), primary_key=True
        ),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("anomalies", sa.JSON(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
    )


def downgrade() -> None:
    for table in ("training_answers", "training_attempts", "training_sessions"):
        op.drop_table(table)
    op.drop_table("training_samples")
