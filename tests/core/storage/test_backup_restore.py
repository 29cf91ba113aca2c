"""Restoring from a backup, and recovering a damaged store: checked first, old file kept aside."""

import multiprocessing
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from delegations.errors import StoreError
from delegations.model import City
from delegations.storage import backup, restore, snapshot
from delegations.storage.integrity import DamagedStoreError
from delegations.storage.lock import StoreInUseError
from delegations.storage.store import open_store
from tests.stores import city_names

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _add_city(store, ref, name):
    with store.transaction() as s:
        s.add(City(ref=ref, name=name, relation="partner", timezone="Europe/Istanbul"))


def _add_many(store, name):
    """Enough cities for pages in the middle of the file that can be damaged."""
    with store.transaction():
        for n in range(200):
            _add_city(store, f"c{n}", f"{name} {n} " * 20)


def _damage(path):
    """Overwrite pages in the middle of the file (the first and last stay)."""
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(2, len(data) // page - 2):
        data[n * page:(n + 1) * page] = bytes([0x5A]) * page
    path.write_bytes(bytes(data))


def test_restore_replaces_the_store_and_keeps_the_old_one_with_its_wal(store, tmp_path):
    _add_city(store, "is", "İskenderun")
    saved = backup.make_backup(store.path, folder=tmp_path / "bk", now=NOW)
    _add_city(store, "hz", "杭州")
    store.close()
    path = store.path
    done = restore.restore_store(path, saved.path, now=NOW)
    assert done.aside is not None and done.aside.name == "office.sqlite.replaced-20261123T093000Z"
    assert not (tmp_path / "office.sqlite-wal").exists()
    assert city_names(path) == ["İskenderun"]
    assert city_names(done.aside) == ["İskenderun", "杭州"]


def test_restore_while_the_wal_holds_recent_commits_keeps_them_aside(store, tmp_path):
    """The old store's WAL goes aside with it: the restored file never meets it."""
    _add_city(store, "is", "İskenderun")
    saved = backup.make_backup(store.path, folder=tmp_path / "bk", now=NOW)
    keeper = sqlite3.connect(store.path)  # another reader keeps the WAL from being folded in
    keeper.execute("PRAGMA wal_autocheckpoint = 0")
    _add_city(store, "hz", "杭州")
    wal = store.path.with_name("office.sqlite-wal")
    assert wal.stat().st_size > 0
    aside = restore.move_aside(store.path, "replaced", NOW)
    keeper.close()
    store.close()
    assert aside is not None and not wal.exists()
    assert aside.with_name(aside.name + "-wal").exists()
    assert city_names(aside) == ["İskenderun", "杭州"]
    assert saved.path.exists()


@pytest.mark.parametrize("content", [b"not a database at all",
                                     b"SQLite format 3\x00" + b"x" * 5000])
def test_restore_refuses_a_bad_file_before_touching_anything(store, tmp_path, content):
    _add_city(store, "is", "İskenderun")
    store.close()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError):
        restore.restore_store(store.path, bad)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert city_names(store.path) == ["İskenderun"]


def test_restore_refuses_a_newer_schema_and_other_apps_files(store, tmp_path):
    store.close()
    newer = tmp_path / "newer.sqlite"
    snapshot.copy_store(store.path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        restore.restore_store(store.path, newer)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(StoreError, match="not a Delegations database"):
        restore.restore_store(store.path, other)


def test_restore_refuses_while_the_store_is_open(store, tmp_path):
    saved = backup.make_backup(store.path, folder=tmp_path / "bk", now=NOW)
    with pytest.raises(StoreError, match="open in this program"):
        restore.restore_store(store.path, saved.path)


def test_damaged_store_names_the_newest_good_backup_and_recovers_from_it(store, tmp_path):
    folder = tmp_path / "bk"
    _add_city(store, "is", "İskenderun")
    older = backup.make_backup(store.path, folder=folder, now=NOW - timedelta(days=2))
    _add_many(store, "Gdańsk")
    newest = backup.make_backup(store.path, folder=folder, now=NOW - timedelta(days=1))
    _damage(newest.path)  # the newest backup is itself damaged: it must be passed over
    store.close()
    _damage(store.path)
    with pytest.raises(DamagedStoreError) as err:
        open_store(store.path, backup_folder=folder)
    assert err.value.backup == older.path
    assert str(older.path) in str(err.value) and "2026-11-21" in str(err.value)
    assert "beschädigt" in err.value.message("de")
    used = restore.recover_from_backup(store.path, folder=folder, now=NOW)
    assert used.path == older.path
    assert (tmp_path / "office.sqlite.damaged-20261123T093000Z").exists()
    assert city_names(store.path) == ["İskenderun"]


def test_recovery_without_a_good_backup_changes_nothing(store, tmp_path):
    _add_many(store, "Tõnismägi")
    store.close()
    _damage(store.path)
    before = store.path.read_bytes()
    with pytest.raises(DamagedStoreError, match="no backup"):
        open_store(store.path, backup_folder=tmp_path / "bk")
    with pytest.raises(StoreError, match="no good backup"):
        restore.recover_from_backup(store.path, folder=tmp_path / "bk")
    assert store.path.read_bytes() == before


def _holder(path, started, release):
    store = open_store(path)
    started.set()
    release.wait()
    store.close()


def test_restore_refuses_while_another_process_has_it_open(store, tmp_path):
    saved = backup.make_backup(store.path, folder=tmp_path / "bk", now=NOW)
    store.close()
    fork = multiprocessing.get_context("fork")
    started, release = fork.Event(), fork.Event()
    holder = fork.Process(target=_holder, args=(store.path, started, release))
    holder.start()
    try:
        assert started.wait(timeout=30)
        with pytest.raises(StoreInUseError, match="open elsewhere"):
            restore.restore_store(store.path, saved.path)
    finally:
        release.set()
        holder.join(timeout=30)
    assert holder.exitcode == 0
