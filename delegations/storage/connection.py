"""SQLite connections as the store needs them: safe pragmas and `BEGIN IMMEDIATE` writes.

Python 3.11's sqlite3 driver opens transactions by itself, late and in its own way
(deferred, and not around SAVEPOINTs); here the driver is told to stay out of it
(`isolation_level = None`) and every transaction is begun by SQLAlchemy's "begin" event
instead, so that a failed save, nested SAVEPOINTs included, rolls back completely and a
writer waits for the write lock up front rather than failing half-way.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy.dialects.sqlite  # noqa: F401  (else create_engine's first use: see ui.launch)
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL

BUSY_TIMEOUT_MS = 5000
#: Execution option naming how a transaction begins: "IMMEDIATE" (default) or "DEFERRED".
BEGIN = "delegations_begin"
#: Pragmas set on every connection of the store, in this order.
PRAGMAS: tuple[tuple[str, str], ...] = (
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
    ("foreign_keys", "ON"),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("trusted_schema", "OFF"),
    ("secure_delete", "ON"),
)


def set_pragmas(dbapi_conn: sqlite3.Connection, *, foreign_keys: bool = True,
                read_only: bool = False) -> None:
    """Leave transactions to us and set the store's pragmas on a fresh connection."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        for name, value in PRAGMAS:
            if name == "journal_mode" and read_only:
                continue  # a reader cannot change it; the writer has set it
            if name == "foreign_keys" and not foreign_keys:
                value = "OFF"
            cur.execute(f"PRAGMA {name} = {value}")
    finally:
        cur.close()


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any, *, foreign_keys: bool,
                read_only: bool) -> None:
    set_pragmas(dbapi_conn, foreign_keys=foreign_keys, read_only=read_only)


def _on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(BEGIN, "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def read_only_uri(path: Path) -> str:
    """The `file:` URI that opens `path` for reading only."""
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def sqlite_engine(url: URL, *, read_only: bool = False, foreign_keys: bool = True,
                  **options: Any) -> Engine:
    """An engine on an SQLite URL with the store's pragmas and transaction handling."""
    if read_only and url.database:
        uri = read_only_uri(Path(url.database))
        options["creator"] = lambda: sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    else:
        options.setdefault("connect_args", {"timeout": BUSY_TIMEOUT_MS / 1000})
    engine = create_engine(url, **options)
    event.listen(engine, "connect",
                 partial(_on_connect, foreign_keys=foreign_keys, read_only=read_only))
    event.listen(engine, "begin", _on_begin)
    return engine


def open_raw(path: Path, *, read_only: bool = True) -> sqlite3.Connection:
    """A plain sqlite3 connection (for checks and backups) with transactions left to us."""
    if read_only:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.isolation_level = None
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn
