"""Databases on the test cluster for the tests marked both_engines.

Making a database per test (CREATE DATABASE … TEMPLATE) takes over a second; instead each
pytest worker migrates one database once and puts it back between tests: every table
emptied and refilled from a snapshot (a schema holding a copy of the tables: `empty`, or
`demo` with the demo office), the id sequences set past the rows. That takes a few
hundredths of a second. Tests that need databases of their own (two processes, a fresh
migration) make them with create_database/drop_database.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import URL, make_url

_counter = itertools.count()


def _worker() -> str:
    """pytest-xdist's worker name, so parallel workers never share a database name."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def fresh_name(stem: str) -> str:
    return f"{stem}_{_worker()}_{os.getpid()}_{next(_counter)}"


def database_url(server: str, name: str) -> URL:
    return make_url(server).set(database=name)


def connect(url: str | URL) -> Any:
    """A plain psycopg connection in autocommit mode (for set-up and checks)."""
    import psycopg

    url = make_url(url)
    return psycopg.connect(host=url.host, port=url.port, user=url.username,
                           dbname=url.database, autocommit=True)


def create_database(server: str, name: str) -> URL:
    """A new, empty database `name`; its URL."""
    with connect(server) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return database_url(server, name)


def run_sql(server: str | URL, sql: str) -> None:
    with connect(server) as conn:
        conn.execute(sql)


def drop_database(server: str, name: str) -> None:
    with connect(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_TABLES = ("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
           "AND tablename <> 'alembic_version' ORDER BY tablename")
_SEQUENCES = """
SELECT s.relname, t.relname, a.attname FROM pg_class s
JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
JOIN pg_class t ON t.oid = d.refobjid
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
WHERE s.relkind = 'S' AND t.relnamespace = 'public'::regnamespace
"""


class Workspace:
    """One migrated database per worker, put back to a snapshot before each test."""

    def __init__(self, server: str, prepare: Callable[[URL], None]) -> None:
        self.server = server
        self.name = fresh_name("work")
        self.url = create_database(server, self.name)
        prepare(self.url)  # migrate
        with connect(self.url) as conn:
            self.tables = [row[0] for row in conn.execute(_TABLES)]
            self.sequences = list(conn.execute(_SEQUENCES))
        self.snapshots: set[str] = set()
        self.take("empty")

    def take(self, snapshot: str) -> None:
        """Keep the tables' present rows as `snapshot`."""
        with connect(self.url) as conn, conn.transaction():
            conn.execute(f'DROP SCHEMA IF EXISTS "{snapshot}" CASCADE')
            conn.execute(f'CREATE SCHEMA "{snapshot}"')
            for table in self.tables:
                conn.execute(f'CREATE TABLE "{snapshot}"."{table}" AS TABLE public."{table}"')
        self.snapshots.add(snapshot)

    def reset(self, snapshot: str) -> URL:
        """Every table back to `snapshot`, the sequences past its rows; the URL."""
        sql = ["SET LOCAL session_replication_role = replica", "SET LOCAL lock_timeout = '20s'"]
        sql += [f'DELETE FROM public."{table}"' for table in self.tables]
        sql += [f'INSERT INTO public."{table}" SELECT * FROM "{snapshot}"."{table}"'
                for table in self.tables]
        sql += [f"SELECT setval('public.\"{seq}\"', COALESCE(MAX(\"{column}\"), 0) + 1, false) "
                f'FROM public."{table}"' for seq, table, column in self.sequences]
        with connect(self.url) as conn, conn.transaction():
            conn.execute(";\n".join(sql))
        return self.url

    def close(self) -> None:
        drop_database(self.server, self.name)
