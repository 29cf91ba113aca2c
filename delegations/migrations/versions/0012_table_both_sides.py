"""long tables seated on both sides: the host in the middle of one side, the principal
guest opposite

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 21:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0012'
down_revision: str | Sequence[str] | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: existing tables stay seated on one side."""
    with op.batch_alter_table('seating_table', schema=None) as batch_op:
        batch_op.add_column(sa.Column('both_sides', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('seating_table', schema=None) as batch_op:
        batch_op.drop_column('both_sides')
