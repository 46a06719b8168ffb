"""The experts' fraud classifications in the cells, corrections of inspections sent before
(kept as they came, for federation; their moves are cells of kind ``correction``), and the
workstations' start-ups per day.

Revision ID: hub0004
Revises: hub0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "hub0004"
down_revision = "hub0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cells") as cells:
        cells.add_column(
            sa.Column("classification", sa.String(32), nullable=False, server_default="")
        )
        cells.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="count"))
    with op.batch_alter_table("days") as days:
        days.add_column(sa.Column("startups", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "bundle_id", sa.Integer(), sa.ForeignKey("bundles.id"), nullable=False, index=True
        ),
        sa.Column("workstation_id", sa.String(64), nullable=False),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("point_of_entry", sa.String(64), nullable=False),
        sa.Column("issuing_state", sa.String(3), nullable=False),
        sa.Column("document_code", sa.String(2), nullable=False),
        sa.Column("template", sa.String(64), nullable=False),
        sa.Column("failed_key", sa.String(2048), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("decision", sa.String(32), nullable=False),
        sa.Column("classification", sa.String(32), nullable=False),
        sa.Column("decision_was", sa.String(32), nullable=False),
        sa.Column("classification_was", sa.String(32), nullable=False),
        sa.Column("inspections", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("corrections")
    with op.batch_alter_table("days") as days:
        days.drop_column("startups")
    with op.batch_alter_table("cells") as cells:
        cells.drop_column("kind")
        cells.drop_column("classification")
