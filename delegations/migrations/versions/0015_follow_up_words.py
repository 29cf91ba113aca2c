"""follow-up words: the index of words by which the tracker's search is answered

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 23:40:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from delegations.model.follow_up_words import reindex_follow_ups

# revision identifiers, used by Alembic.
revision: str = '0015'
down_revision: str | Sequence[str] | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WORD = sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql")


def upgrade() -> None:
    """Upgrade schema, then fill the words of the stored follow-ups."""
    op.create_table('follow_up_word',
    sa.Column('follow_up_id', sa.Integer(), nullable=False),
    sa.Column('word', WORD, nullable=False),
    sa.ForeignKeyConstraint(['follow_up_id'], ['follow_up.id'], name=op.f('fk_follow_up_word_follow_up_id_follow_up'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('follow_up_id', 'word', name=op.f('pk_follow_up_word'))
    )
    op.create_index('ix_follow_up_word_word', 'follow_up_word', ['word', 'follow_up_id'], unique=False)
    reindex_follow_ups(op.get_bind())


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_follow_up_word_word', table_name='follow_up_word')
    op.drop_table('follow_up_word')
