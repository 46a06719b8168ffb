"""Exam integrity: how an attempt ended, and further attempts a trainer granted.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("training_attempts") as batch:
        batch.add_column(sa.Column("outcome", sa.String(16), nullable=True))
    op.execute("UPDATE training_attempts SET outcome = 'finished' WHERE finished_at IS NOT NULL")
    op.create_table(
        "training_grants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("training_sessions.id"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "trainee_id", sa.Integer(), sa.ForeignKey("officers.id"), nullable=False, index=True
        ),
        sa.Column("granted_by", sa.Integer(), sa.ForeignKey("officers.id"), nullable=True),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("training_grants")
    with op.batch_alter_table("training_attempts") as batch:
        batch.drop_column("outcome")
