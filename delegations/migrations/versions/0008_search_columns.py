"""search columns: the index of words for contacts and trips, contacts' sort name

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 18:55:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from delegations.model.search import index_words
from delegations.model.sorting import refold_contacts

# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WORD = sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql")


def upgrade() -> None:
    """Upgrade schema, then fill the words and sort names of the stored data."""
    for owner in ("contact", "trip"):
        op.create_table(f'{owner}_word',
        sa.Column(f'{owner}_id', sa.Integer(), nullable=False),
        sa.Column('word', WORD, nullable=False),
        sa.ForeignKeyConstraint([f'{owner}_id'], [f'{owner}.id'], name=op.f(f'fk_{owner}_word_{owner}_id_{owner}'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint(f'{owner}_id', 'word', name=op.f(f'pk_{owner}_word'))
        )
        op.create_index(f'ix_{owner}_word_word', f'{owner}_word', ['word', f'{owner}_id'], unique=False)
    # A plain ADD COLUMN (no table rebuild on SQLite); the default only fills existing rows.
    op.add_column('contact', sa.Column('sort_name', sa.String(length=200), nullable=False, server_default=''))
    op.create_index('ix_contact_sort_name', 'contact', ['sort_name', 'name', 'id'], unique=False)
    index_words(op.get_bind())
    refold_contacts(op.get_bind(), columns=("sort_name",))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_contact_sort_name', table_name='contact')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('sort_name')
    for owner in ("trip", "contact"):
        op.drop_index(f'ix_{owner}_word_word', table_name=f'{owner}_word')
        op.drop_table(f'{owner}_word')
