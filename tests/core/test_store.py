"""Opening stores: new, ours, foreign, newer, damaged — and the pragmas on every connection."""

import sqlite3
from datetime import date

import pytest

from delegations import migrate
from delegations.errors import StoreError
from delegations.model import City, Trip
from delegations.store import APPLICATION_ID, open_store


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
    with pytest.raises(StoreError, match="cannot be opened"):
        open_store(path)
