"""trip counterparts: the counterparts of a trip in the order the planners gave them

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 21:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: str | Sequence[str] | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A new, empty list: the counterparts met in a trip's programme are still shown
    beside it (derived from the programme, as before)."""
    op.create_table('trip_counterpart',
    sa.Column('trip_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_trip_counterpart_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trip_id'], ['trip.id'], name=op.f('fk_trip_counterpart_trip_id_trip'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('trip_id', 'contact_id', name=op.f('pk_trip_counterpart'))
    )
    with op.batch_alter_table('trip_counterpart', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trip_counterpart_contact_id'), ['contact_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('trip_counterpart', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trip_counterpart_contact_id'))
    op.drop_table('trip_counterpart')
