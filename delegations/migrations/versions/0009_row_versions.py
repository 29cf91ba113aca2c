"""row versions: a version counter on every row planners edit (lost updates on a shared database); calendar UIDs of any length

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 19:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: str | Sequence[str] | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('home', 'city', 'contact', 'goal', 'setting', 'outcome', 'outcome_attachment',
          'follow_up', 'gift', 'budget_line', 'seating_plan', 'seating_table', 'seating_guest',
          'trip', 'participant', 'agenda_item', 'travel_leg', 'accommodation')


def upgrade() -> None:
    """Every existing row starts at version 1; a calendar's UID may exceed 300 characters
    (PostgreSQL enforced the old VARCHAR(300), SQLite never did)."""
    for table in TABLES:
        op.add_column(table, sa.Column('row_version', sa.Integer(), nullable=False,
                                       server_default=sa.text('1')))
    with op.batch_alter_table('agenda_item') as batch:
        batch.alter_column('external_uid', type_=sa.Text(),
                           existing_type=sa.String(length=300), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('agenda_item') as batch:
        batch.alter_column('external_uid', type_=sa.String(length=300),
                           existing_type=sa.Text(), existing_nullable=False)
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('row_version')
