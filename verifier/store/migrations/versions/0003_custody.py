"""Evidence that holds against an insider: the signing key unlocked by officers' passwords
(per-officer key slots, officer records signed), key rotations as chain entries, the audit log
hash-chained.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("officers") as batch:
        batch.add_column(sa.Column("box_public", sa.String(64), nullable=True))
        batch.add_column(sa.Column("box_private", sa.Text(), nullable=True))
        batch.add_column(sa.Column("wrapped_secret", sa.Text(), nullable=True))
        batch.add_column(sa.Column("record_signature", sa.String(128), nullable=True))
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="report"))
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("entry_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("officers") as batch:
        batch.drop_column("record_signature")
        batch.drop_column("wrapped_secret")
        batch.drop_column("box_private")
        batch.drop_column("box_public")
