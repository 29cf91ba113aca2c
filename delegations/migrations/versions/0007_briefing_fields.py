"""briefing fields: English texts, key messages, logistics, who's who, emergency numbers,
whether received gifts were thanked for

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 18:40:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sa.Text()
COLUMNS: dict[str, list[tuple[str, sa.types.TypeEngine]]] = {
    'trip': [('title_en', sa.String(length=300)), ('purpose_en', _TEXT),
             ('objectives_en', _TEXT), ('key_messages', _TEXT), ('logistics', _TEXT)],
    'participant': [('function_en', sa.String(length=200))],
    'agenda_item': [('title_en', sa.String(length=300)), ('objectives_en', _TEXT),
                    ('talking_points_en', _TEXT), ('expected_asks', _TEXT),
                    ('press_line', _TEXT)],
    'city': [('emergency', _TEXT)],
    'contact': [('name_latin', sa.String(length=200)),
                ('address_spoken', sa.String(length=200)),
                ('photo_path', sa.String(length=500)),
                ('function_en', sa.String(length=200)), ('bio_en', _TEXT)],
}


def upgrade() -> None:
    """Upgrade schema: text columns, empty in existing rows."""
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, kind in columns:
                batch_op.add_column(sa.Column(name, kind, nullable=False, server_default=''))
    with op.batch_alter_table('gift', schema=None) as batch_op:  # kept_at came with 0006
        batch_op.add_column(sa.Column('thanked', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('gift', schema=None) as batch_op:
        batch_op.drop_column('thanked')
    for table, columns in reversed(COLUMNS.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _ in reversed(columns):
                batch_op.drop_column(name)
