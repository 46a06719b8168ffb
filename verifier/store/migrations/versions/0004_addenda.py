"""Signed addenda: a chain entry that corrects or completes a report names it in ``amends``.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("amends", sa.Integer(), nullable=True))
        batch.create_index("ix_reports_amends", ["amends"])


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_index("ix_reports_amends")
        batch.drop_column("amends")
