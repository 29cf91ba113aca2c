"""folded sort columns of the follow-ups tracker: action, owner and city

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 01:30:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from delegations.model.sorting import refold_follow_ups

# revision identifiers, used by Alembic.
revision: str = '0016'
down_revision: str | Sequence[str] | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (column, length): each with an index (column, id), as 0014 made for trips and contacts.
COLUMNS = (("sort_action", 300), ("sort_owner", 200), ("sort_city", 200))


def _sorted(length: int) -> sa.String:
    """Compared bytewise on both engines (model.base.sorted_text)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    """Upgrade schema, then fold the stored follow-ups into the new columns."""
    for name, length in COLUMNS:
        op.add_column('follow_up', sa.Column(name, _sorted(length), nullable=False,
                                             server_default=''))
        op.create_index(f'ix_follow_up_{name}', 'follow_up', [name, 'id'], unique=False)
    refold_follow_ups(op.get_bind(), columns=[name for name, _length in COLUMNS])


def downgrade() -> None:
    """Downgrade schema."""
    for name, _length in reversed(COLUMNS):
        op.drop_index(f'ix_follow_up_{name}', table_name='follow_up')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        for name, _length in reversed(COLUMNS):
            batch_op.drop_column(name)
