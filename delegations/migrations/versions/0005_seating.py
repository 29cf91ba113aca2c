"""seating plans: tables, guest list with ranks, seats, apart rules

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 17:48:04

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('seating_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('couples_together', sa.Boolean(), nullable=False),
    sa.Column('interpreters_at_table', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_seating_plan_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seating_plan')),
    sa.UniqueConstraint('agenda_item_id', name=op.f('uq_seating_plan_agenda_item_id'))
    )
    op.create_table('seating_table',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('shape', sa.Enum('round', 'long', 'row', name='table_shape', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('head', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['seating_plan.id'], name=op.f('fk_seating_table_plan_id_seating_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seating_table'))
    )
    with op.batch_alter_table('seating_table', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seating_table_plan_id'), ['plan_id'], unique=False)

    op.create_table('seating_guest',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('delegation', sa.String(length=200), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('interpreter', sa.Boolean(), nullable=False),
    sa.Column('serves_id', sa.Integer(), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('table_id', sa.Integer(), nullable=True),
    sa.Column('seat', sa.Integer(), nullable=True),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_seating_guest_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_seating_guest_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['seating_guest.id'], name=op.f('fk_seating_guest_partner_id_seating_guest'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['seating_plan.id'], name=op.f('fk_seating_guest_plan_id_seating_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['serves_id'], ['seating_guest.id'], name=op.f('fk_seating_guest_serves_id_seating_guest'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['table_id'], ['seating_table.id'], name=op.f('fk_seating_guest_table_id_seating_table'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seating_guest')),
    sa.UniqueConstraint('table_id', 'seat', name=op.f('uq_seating_guest_table_id_seat'))
    )
    with op.batch_alter_table('seating_guest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seating_guest_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seating_guest_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seating_guest_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seating_guest_table_id'), ['table_id'], unique=False)

    op.create_table('seating_apart',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('first_id', sa.Integer(), nullable=False),
    sa.Column('second_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['first_id'], ['seating_guest.id'], name=op.f('fk_seating_apart_first_id_seating_guest'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['seating_plan.id'], name=op.f('fk_seating_apart_plan_id_seating_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['second_id'], ['seating_guest.id'], name=op.f('fk_seating_apart_second_id_seating_guest'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seating_apart'))
    )
    with op.batch_alter_table('seating_apart', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seating_apart_plan_id'), ['plan_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('seating_apart', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seating_apart_plan_id'))

    op.drop_table('seating_apart')
    with op.batch_alter_table('seating_guest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seating_guest_table_id'))
        batch_op.drop_index(batch_op.f('ix_seating_guest_plan_id'))
        batch_op.drop_index(batch_op.f('ix_seating_guest_participant_id'))
        batch_op.drop_index(batch_op.f('ix_seating_guest_contact_id'))

    op.drop_table('seating_guest')
    with op.batch_alter_table('seating_table', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seating_table_plan_id'))

    op.drop_table('seating_table')
    op.drop_table('seating_plan')
