"""The hub's first schema: workstations, bundles, cells, days, audit.

Revision ID: hub0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "hub0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workstations",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "bundles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "workstation_id", sa.String(64), sa.ForeignKey("workstations.id"), nullable=False
        ),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("reports_from", sa.Integer(), nullable=False),
        sa.Column("reports_to", sa.Integer(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("created", sa.Date(), nullable=False),
        sa.Column("application_version", sa.String(64), nullable=False),
        sa.Column("library_version", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("workstation_id", "seq"),
    )
    op.create_index("ix_bundles_workstation_id", "bundles", ["workstation_id"])
    op.create_table(
        "cells",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.Integer(), sa.ForeignKey("bundles.id"), nullable=False),
        sa.Column("workstation_id", sa.String(64), nullable=False),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("point_of_entry", sa.String(64), nullable=False),
        sa.Column("issuing_state", sa.String(3), nullable=False),
        sa.Column("document_code", sa.String(2), nullable=False),
        sa.Column("template", sa.String(64), nullable=False),
        sa.Column("failed_checks", sa.JSON(), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("decision", sa.String(32), nullable=False),
        sa.Column("inspections", sa.Integer(), nullable=False),
    )
    op.create_index("ix_cells_bundle_id", "cells", ["bundle_id"])
    op.create_index("ix_cells_week", "cells", ["week"])
    op.create_index("ix_cells_state_week", "cells", ["issuing_state", "week"])
    op.create_table(
        "days",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.Integer(), sa.ForeignKey("bundles.id"), nullable=False),
        sa.Column("workstation_id", sa.String(64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("inspections", sa.Integer(), nullable=False),
    )
    op.create_index("ix_days_bundle_id", "days", ["bundle_id"])
    op.create_index("ix_days_workstation_id", "days", ["workstation_id"])
    op.create_table(
        "hub_audit",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
    )
    op.create_index("ix_hub_audit_at", "hub_audit", ["at"])
    op.create_index("ix_hub_audit_action", "hub_audit", ["action"])


def downgrade() -> None:
    for table in ("hub_audit", "days", "cells", "bundles", "workstations"):
        op.drop_table(table)
