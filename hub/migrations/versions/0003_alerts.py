"""Fraud alerts published by the hub (issue 20): each alert's newest version and its signed
package.

Revision ID: hub0003
Revises: hub0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "hub0003"
down_revision = "hub0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(100), nullable=False, index=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("issued", sa.DateTime(), nullable=False),
        sa.Column("expires", sa.Date(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("published_by", sa.String(64), nullable=False),
        sa.Column("package", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("alerts")
