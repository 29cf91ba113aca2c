"""Opening stores: new, ours, foreign, newer, damaged — and the pragmas on every connection."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError

from delegations.errors import StoreError
from delegations.model import City, Trip
from delegations.storage import migrate
from delegations.storage.integrity import DamagedStoreError
from delegations.storage.store import APPLICATION_ID, open_store


def test_new_file_is_created_at_head_with_pragmas(tmp_path):
    store = open_store(tmp_path / "new.sqlite")
    try:
        with store.engine.connect() as conn:
            pragma = conn.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() >= 1000
            assert pragma("PRAGMA application_id").scalar() == APPLICATION_ID
        assert migrate.current_revision(store.engine) == migrate.head()
        assert store.path == (tmp_path / "new.sqlite").resolve()
    finally:
        store.close()


def test_reopening_keeps_data(tmp_path):
    store = open_store(tmp_path / "o.sqlite")
    with store.transaction() as s:
        s.add(City(ref="sf", name="San Francisco", relation="partner",
                   timezone="America/Los_Angeles"))
    store.close()
    store = open_store(tmp_path / "o.sqlite")
    with store.read() as s:
        assert s.query(City).one().name == "San Francisco"
    store.close()


def test_text_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Kiel \xe2\x80\x94 not a database\n" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Delegations database"):
        open_store(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "notes.sqlite-wal").exists()


def test_other_apps_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="other tables"):
        open_store(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_and_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version") as err:
        open_store(path)
    assert "9999" in str(err.value)
    assert "neueren Version" in err.value.message("de")
    assert path.read_bytes() == before


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nowhere" / "x.sqlite")


def test_transaction_rolls_back_all_nested_work(tmp_path):
    store = open_store(tmp_path / "t.sqlite")
    with pytest.raises(RuntimeError), store.transaction() as outer:
        outer.add(City(ref="a", name="Aarhus", relation="partner",
                       timezone="Europe/Copenhagen"))
        with store.transaction() as inner:
            assert inner is outer
            inner.add(Trip(ref="t", title="Besuch", kind="outgoing", status="idea",
                           start_date=date(2026, 1, 1), end_date=date(2026, 1, 2)))
        raise RuntimeError("boom")
    with store.read() as s:
        assert s.query(City).count() == 0
        assert s.query(Trip).count() == 0
    store.close()


def test_damaged_file_is_a_clear_error(tmp_path):
    path = tmp_path / "damaged.sqlite"
    store = open_store(path)
    store.close()
    data = bytearray(path.read_bytes())
    data[100:len(data)] = b"\xff" * (len(data) - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedStoreError, match=r"is damaged .* no backup"):
        open_store(path)
    assert path.read_bytes() == bytes(data)


PRAGMAS = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "trusted_schema": 0,
           "secure_delete": 1}


def test_every_pooled_connection_has_the_pragmas(store):
    reading = store.engine.execution_options(delegations_begin="DEFERRED")
    held = [reading.connect() for _ in range(4)]  # four distinct pooled connections
    try:
        assert len({id(c.connection.dbapi_connection) for c in held}) == 4
        for conn in held:
            for name, expected in PRAGMAS.items():
                assert conn.exec_driver_sql(f"PRAGMA {name}").scalar() == expected, name
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
            assert conn.connection.dbapi_connection.isolation_level is None
    finally:
        for conn in held:
            conn.close()


def test_writes_begin_immediate_and_reads_deferred(store):
    statements = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cur, sql, *rest: statements.append(sql))
    with store.transaction() as s:
        s.query(City).count()
    with store.read() as s:
        s.query(City).count()
    assert [s for s in statements if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE",
                                                                 "BEGIN DEFERRED"]


def test_error_inside_a_savepoint_rolls_back_everything(store):
    with pytest.raises(IntegrityError), store.transaction() as s:
        s.add(City(ref="gd", name="Gdańsk", relation="partner", timezone="Europe/Warsaw"))
        s.flush()
        with s.begin_nested():
            s.add(City(ref="ta", name="Tallinn", relation="partner", timezone="Europe/Tallinn"))
        with s.begin_nested():  # the same ref again: the savepoint fails, then the whole
            s.add(City(ref="ta", name="Tõnismägi", relation="partner",
                       timezone="Europe/Tallinn"))
    with store.read() as s:
        assert s.query(City).count() == 0
    assert _raw_count(store.path, "city") == 0


def test_a_failed_savepoint_that_is_caught_keeps_the_rest(store):
    with store.transaction() as s:
        s.add(City(ref="gd", name="Gdańsk", relation="partner", timezone="Europe/Warsaw"))
        with pytest.raises(IntegrityError), s.begin_nested():
            s.add(City(ref="gd", name="Gdańsk again", relation="partner",
                       timezone="Europe/Warsaw"))
    assert _raw_count(store.path, "city") == 1


def _raw_count(path, table):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_disk_full_during_a_save_is_a_clear_error_and_changes_nothing(store):
    with store.transaction() as s:
        s.add(City(ref="ki", name="Kiel", relation="partner", timezone="Europe/Berlin"))
    with store.engine.connect() as conn:  # a real SQLITE_FULL: the file may not grow
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    event.listen(store.engine, "checkout", lambda dbapi, *_: dbapi.execute(
        f"PRAGMA max_page_count = {pages + 2}"))
    with pytest.raises(StoreError, match="disk is full") as err, store.transaction() as s:
        for n in range(300):
            s.add(City(ref=f"c{n}", name="Århus " * 200, relation="partner",
                       timezone="Europe/Copenhagen"))
    assert "Festplatte ist voll" in err.value.message("de")
    assert _raw_count(store.path, "city") == 1
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_read_only_store_reads_and_refuses_writes(store):
    with store.transaction() as s:
        s.add(City(ref="ki", name="Kiel", relation="partner", timezone="Europe/Berlin"))
    reader = open_store(store.path, read_only=True)
    try:
        assert reader.read_only
        with reader.read() as s:
            assert s.query(City).one().name == "Kiel"
        with pytest.raises(StoreError, match="read-only"), reader.transaction() as s:
            s.add(City(ref="x", name="Kalin", relation="partner", timezone="Europe/Berlin"))
    finally:
        reader.close()
    assert _raw_count(store.path, "city") == 1


def test_new_store_file_is_private(tmp_path):
    store = open_store(tmp_path / "private.sqlite")
    store.close()
    assert (tmp_path / "private.sqlite").stat().st_mode & 0o077 == 0


def test_every_store_safety_message_is_translated():
    from babel.messages.extract import extract_from_file

    import delegations
    from delegations.i18n import gettext

    folder = Path(delegations.__file__).parent
    modules = (*(f"storage/{name}" for name in ("store", "integrity", "lock", "snapshot",
                                                "backup", "restore", "location")),
               "cli/backup")
    messages = {msg for name in modules
                for _line, msg, _comments, _context in extract_from_file(
                    "python", folder / f"{name}.py", keywords={"N_": None, "_": None})}
    assert len(messages) > 30
    assert sorted(m for m in messages if gettext(m, "de") == m) == []
