"""For every Alembic revision, a database at that revision with data in every table
upgrades to head with the same data: the same rows, with the same contents.

The fixture databases are built here rather than kept as files, so that a new migration
is covered without anyone making one: the file is upgraded one revision at a time, and
after each revision every table gets a row valid at that revision (values from the
column's type, the first word an enumeration allows, references to the newest row of
the table referred to). Rows of a revision thus meet the columns and defaults the later
migrations add. Killing the process during an upgrade is tested in test_crash.py.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from delegations.storage import migrate
from delegations.storage.store import open_store

REVISIONS = [s.revision for s in reversed(list(
    ScriptDirectory.from_config(migrate.config()).walk_revisions()))]
#: Values for columns whose rules a value from the type alone would break: (table,
#: column) -> value. Add here when a new migration's rule needs it.
OVERRIDES: dict[tuple[str, str], Any] = {
    ("address_form", "participant_id"): None,  # a contact's or a participant's, not both
}
TEXTS = ["Kämpfer", "Århus", "Tõnismägi", "Gdańsk", "İskenderun", "Калининград", "杭州"]


def tables(conn: sqlite3.Connection) -> list[str]:
    """The data tables, parents before the tables that refer to them."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' ORDER BY name")]
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [t for t in names if t not in ordered and all(
            p in ordered or p == t for p in _parents(conn, t))]
        assert ready, f"circular references among {set(names) - set(ordered)}"
        ordered += ready
    return ordered


def _parents(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}


def _value(conn: sqlite3.Connection, table: str, column: tuple, serial: int) -> Any:
    """A value for `column` (a PRAGMA table_info row) valid under the usual rules."""
    _cid, name, kind, _notnull, _default, pk = column
    if (table, name) in OVERRIDES:
        return OVERRIDES[(table, name)]
    refs = {r[3]: (r[2], r[4]) for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
    if name in refs:
        parent, key = refs[name]
        if parent == table:
            return None
        return conn.execute(f'SELECT "{key}" FROM "{parent}" ORDER BY rowid DESC').fetchone()[0]
    if pk and kind.upper() == "INTEGER":
        return None  # the database numbers the row
    allowed = re.search(rf"\b{re.escape(name)}\s+IN\s*\(\s*'([^']*)'", _sql(conn, table))
    if allowed:
        return allowed.group(1)
    return _typed(kind.upper(), name, serial)


def _typed(kind: str, name: str, serial: int) -> Any:
    if kind.startswith(("INTEGER", "BOOLEAN")):
        return 1 if kind == "BOOLEAN" else 2000 + serial  # a year, a rank, an amount
    if kind == "DATE":
        return f"2026-02-{serial % 28 + 1:02d}"
    if kind == "DATETIME":
        return f"2026-02-{serial % 28 + 1:02d} 10:00:00.000000"
    if kind.startswith(("FLOAT", "NUMERIC", "REAL", "DECIMAL")):
        return serial + 0.5
    if "zone" in name:
        return "Europe/Berlin"
    size = re.search(r"\((\d+)\)", kind)
    text = f"{TEXTS[serial % len(TEXTS)]} {serial}"
    return text[-int(size.group(1)):] if size else text


def _sql(conn: sqlite3.Connection, table: str) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]


def add_rows(conn: sqlite3.Connection, serial: int) -> None:
    """One new row in every table (single-row tables, already filled, are left as they are)."""
    for table in tables(conn):
        columns = list(conn.execute(f'PRAGMA table_info("{table}")'))
        values = {c[1]: _value(conn, table, c, serial) for c in columns}
        names = ", ".join(f'"{n}"' for n in values)
        conn.execute("SAVEPOINT row")
        try:
            conn.execute(f'INSERT INTO "{table}" ({names}) VALUES '
                         f'({", ".join("?" for _ in values)})', list(values.values()))
        except sqlite3.IntegrityError as err:
            conn.execute("ROLLBACK TO row")
            count = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            assert count, (f"no row valid in table {table!r} could be made ({err}): add the "
                           f"value its rule needs to OVERRIDES in {Path(__file__).name}")
        conn.execute("RELEASE row")


def snapshot(conn: sqlite3.Connection) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table's columns and rows, in a fixed order."""
    result = {}
    for table in tables(conn):
        columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')]
        result[table] = (columns, _rows(conn, table, columns))
    return result


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple]:
    names = ", ".join(f'"{c}"' for c in columns)
    return conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {names}').fetchall()


@pytest.fixture
def connect() -> Iterator[Any]:
    opened: list[sqlite3.Connection] = []

    def open_(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        opened.append(conn)
        return conn

    yield open_
    for conn in opened:
        conn.close()


def build_fixture(path: Path, target: str, connect) -> None:
    """A database at `target` with rows added after each revision up to it."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        for serial, revision in enumerate(REVISIONS[: REVISIONS.index(target) + 1], 1):
            migrate.upgrade(engine, revision)
            with closing(connect(path)) as conn:
                conn.execute("BEGIN")
                add_rows(conn, serial)
                conn.execute("COMMIT")
                assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        engine.dispose()


def test_revisions_are_found_and_end_at_head():
    assert REVISIONS and REVISIONS[0] == "0001"
    assert REVISIONS[-1] == migrate.head()


@pytest.mark.parametrize("revision", REVISIONS)
def test_data_at_each_revision_survives_the_upgrade_to_head(tmp_path, connect, revision):
    path = tmp_path / f"at-{revision}.sqlite"
    build_fixture(path, revision, connect)
    with closing(connect(path)) as conn:
        assert migrate.current_revision(create_engine(f"sqlite:///{path}")) == revision
        before = snapshot(conn)
    assert all(rows for _columns, rows in before.values()), "every table has data"

    open_store(path).close()  # as a user's program does: upgrade on open

    with closing(connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        after = {t: c for t, (c, _rows) in snapshot(conn).items()}
        for table, (columns, rows) in before.items():
            assert table in after, f"table {table!r} was dropped by an upgrade"
            missing = set(columns) - set(after[table])
            assert not missing, f"{table}: columns {missing} were dropped by an upgrade"
            assert _rows(conn, table, columns) == rows, f"{table}: rows changed"
