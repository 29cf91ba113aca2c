"""protocol papers: forms of address, passport/rooming/badge fields, cars, gift decisions

Self-contained (new tables, added columns only), so that it can be re-chained behind
any other revision by changing `down_revision` alone.

Revision ID: 0006_protocol_papers
Revises: 0004
Create Date: 2026-12-06 17:50:00.000000

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTICIPANT_COLUMNS = (('honorific', 100), ('title', 200), ('passport_name', 200),
                       ('nationality', 100), ('passport_number', 50), ('room_type', 100),
                       ('room_share', 200), ('room_requests', 300), ('billing', 200),
                       ('delegation', 200), ('liaison', 200))
DECISIONS = ('kept', 'handed_over', 'returned', 'declined')


def upgrade() -> None:
    """Upgrade schema."""
    _address_form()
    _vehicles()
    with op.batch_alter_table('participant', schema=None) as batch_op:
        for name, size in PARTICIPANT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=size), nullable=False,
                                          server_default=''))
    with op.batch_alter_table('gift', schema=None) as batch_op:
        batch_op.add_column(sa.Column('our_person', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('kept_at', sa.String(length=300), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('decision', sa.Enum(
            *DECISIONS, name='gift_decision', native_enum=False, create_constraint=True,
            length=20), nullable=True))
    _drop_server_defaults()


def _drop_server_defaults() -> None:
    """The model gives the defaults; the server defaults only filled the old rows."""
    with op.batch_alter_table('participant', schema=None) as batch_op:
        for name, size in PARTICIPANT_COLUMNS:
            batch_op.alter_column(name, existing_type=sa.String(length=size),
                                  server_default=None)
    with op.batch_alter_table('gift', schema=None) as batch_op:
        batch_op.alter_column('our_person', existing_type=sa.String(length=200),
                              server_default=None)
        batch_op.alter_column('kept_at', existing_type=sa.String(length=300),
                              server_default=None)


def _address_form() -> None:
    op.create_table('address_form',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('envelope', sa.Text(), nullable=False),
    sa.Column('salutation', sa.String(length=300), nullable=False),
    sa.Column('spoken', sa.String(length=300), nullable=False),
    sa.CheckConstraint("(contact_id IS NULL) <> (participant_id IS NULL)", name=op.f('ck_address_form_one_owner')),
    sa.CheckConstraint("language IN ('de', 'en')", name=op.f('ck_address_form_language')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_address_form_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_address_form_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_address_form')),
    sa.UniqueConstraint('contact_id', 'language', name=op.f('uq_address_form_contact_id_language')),
    sa.UniqueConstraint('participant_id', 'language', name=op.f('uq_address_form_participant_id_language'))
    )
    with op.batch_alter_table('address_form', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_address_form_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_address_form_participant_id'), ['participant_id'], unique=False)


def _vehicles() -> None:
    op.create_table('vehicle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trip_id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('driver', sa.String(length=200), nullable=False),
    sa.Column('driver_phone', sa.String(length=100), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint('seats >= 1', name=op.f('ck_vehicle_seats_positive')),
    sa.ForeignKeyConstraint(['trip_id'], ['trip.id'], name=op.f('fk_vehicle_trip_id_trip'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicle')),
    sa.UniqueConstraint('trip_id', 'ref', name=op.f('uq_vehicle_trip_id_ref'))
    )
    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vehicle_trip_id'), ['trip_id'], unique=False)
    op.create_table('vehicle_ride',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_vehicle_ride_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_vehicle_ride_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_vehicle_ride_vehicle_id_vehicle'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicle_ride')),
    sa.UniqueConstraint('agenda_item_id', 'participant_id', name=op.f('uq_vehicle_ride_agenda_item_id_participant_id'))
    )
    with op.batch_alter_table('vehicle_ride', schema=None) as batch_op:
        for column in ('vehicle_id', 'agenda_item_id', 'participant_id'):
            batch_op.create_index(batch_op.f(f'ix_vehicle_ride_{column}'), [column], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('gift', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_gift_gift_decision'), type_='check')
        for name in ('decision', 'kept_at', 'our_person'):
            batch_op.drop_column(name)
    with op.batch_alter_table('participant', schema=None) as batch_op:
        for name, _size in reversed(PARTICIPANT_COLUMNS):
            batch_op.drop_column(name)
    op.drop_table('vehicle_ride')
    op.drop_table('vehicle')
    op.drop_table('address_form')
