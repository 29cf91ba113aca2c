"""names sorted bytewise on PostgreSQL (collation "C"), as on SQLite, whatever the
server's own collation

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 22:15:00

"""
from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0013'
down_revision: str | Sequence[str] | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The columns lists are sorted by in the database (their indexes are rebuilt with them).
COLUMNS = (("contact", "sort_name"), ("contact", "name"), ("city", "name"))


def upgrade() -> None:
    """Upgrade schema: on a server, these columns compare bytewise (an SQLite file
    already does)."""
    _collate('"C"')


def downgrade() -> None:
    """Downgrade schema: back to the database's own collation."""
    _collate('"default"')


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in COLUMNS:
        op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE VARCHAR(200) '
                   f'COLLATE {collation}')
