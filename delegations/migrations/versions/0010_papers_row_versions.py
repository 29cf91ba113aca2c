"""papers' row versions: a version counter on a person's forms of address and on a
visit's cars, so their editors detect another planner's change like every other editor

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 21:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0010'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('address_form', 'vehicle')


def upgrade() -> None:
    """Every existing row starts at version 1."""
    for table in TABLES:
        op.add_column(table, sa.Column('row_version', sa.Integer(), nullable=False,
                                       server_default=sa.text('1')))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('row_version')
