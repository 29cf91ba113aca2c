"""folded sort columns for every text column a list sorts by: trip title and
destinations; contact function, organisation, city, e-mail and phone

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 23:45:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from delegations.model.sorting import refold_contacts, refold_trips

# revision identifiers, used by Alembic.
revision: str = '0014'
down_revision: str | Sequence[str] | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, column, length, the index's columns after the sort column)
COLUMNS = (
    ("trip", "sort_title", 300, ("id",)),
    ("trip", "sort_destinations", 300, ("id",)),
    ("contact", "sort_function", 200, ("sort_name", "name", "id")),
    ("contact", "sort_organisation", 200, ("sort_name", "name", "id")),
    ("contact", "sort_city", 200, ("sort_name", "name", "id")),
    ("contact", "sort_email", 200, ("sort_name", "name", "id")),
    ("contact", "sort_phone", 100, ("sort_name", "name", "id")),
)


def _sorted(length: int) -> sa.String:
    """Compared bytewise on both engines (model.base.sorted_text)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    """Upgrade schema, then fold the stored data into the new columns (the same Python
    fold as new rows get)."""
    for table, name, length, rest in COLUMNS:
        # A plain ADD COLUMN (no table rebuild on SQLite); the default only fills existing rows.
        op.add_column(table, sa.Column(name, _sorted(length), nullable=False,
                                       server_default=''))
        op.create_index(f'ix_{table}_{name}', table, [name, *rest], unique=False)
    conn = op.get_bind()
    refold_trips(conn, columns=[n for t, n, *_ in COLUMNS if t == "trip"])
    refold_contacts(conn, columns=[n for t, n, *_ in COLUMNS if t == "contact"])


def downgrade() -> None:
    """Downgrade schema."""
    for table, name, _length, _rest in reversed(COLUMNS):
        op.drop_index(f'ix_{table}_{name}', table_name=table)
    for table in ("contact", "trip"):  # one rebuild of each table on SQLite
        with op.batch_alter_table(table, schema=None) as batch_op:
            for owner, name, _length, _rest in reversed(COLUMNS):
                if owner == table:
                    batch_op.drop_column(name)
