"""The web interface's accounts (analysts, administrators), the hub's settings (the session
key), and the cells' failed checks as a text to group by.

Revision ID: hub0002
Revises: hub0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "hub0002"
down_revision = "hub0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cells") as cells:
        cells.add_column(
            sa.Column("failed_key", sa.String(2048), nullable=False, server_default="")
        )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(256), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "hub_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(512), nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("cells") as cells:
        cells.drop_column("failed_key")
    op.drop_table("hub_settings")
    op.drop_table("users")
