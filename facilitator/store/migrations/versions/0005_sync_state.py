"""sync state and merge conflicts: what each laptop knows of a convening's other copies

Device-local bookkeeping for merging (issue 8): the version vector per convening,
the team-folder change files already applied, and the true conflicts to settle.
None of these tables is syncable.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("convening_uuid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("kept_stamp", sa.String(length=64), nullable=False),
        sa.Column("other_value", sa.JSON(), nullable=True),
        sa.Column("other_stamp", sa.String(length=64), nullable=False),
        sa.Column("found_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("merge_conflict", schema=None) as batch_op:
        batch_op.create_index(
            "ix_merge_conflict_field",
            ["convening_uuid", "record_uuid", "field", "other_stamp"],
            unique=True,
        )

    op.create_table(
        "sync_applied_file",
        sa.Column("convening_uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("applied_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("convening_uuid", "name"),
    )
    op.create_table(
        "sync_state",
        sa.Column("convening_uuid", sa.String(length=36), nullable=False),
        sa.Column("knowledge", sa.JSON(), nullable=False),
        sa.Column("pushed", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("convening_uuid"),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    op.drop_table("sync_applied_file")
    with op.batch_alter_table("merge_conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_merge_conflict_field")

    op.drop_table("merge_conflict")
