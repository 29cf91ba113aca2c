"""Backups: online copies that are checked, made on demand, at start-up and before upgrades."""

import errno
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from delegations.errors import StoreError
from delegations.model import City
from delegations.storage import backup, migrate, snapshot
from delegations.storage.backup import BackupInfo, Rotation, plan_rotation
from delegations.storage.store import APPLICATION_ID, open_store

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _add_city(store, ref, name="Århus"):
    with store.transaction() as s:
        s.add(City(ref=ref, name=name, relation="partner", timezone="Europe/Copenhagen"))


def _cities(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM city"))
    finally:
        conn.close()


def test_backup_of_a_store_in_use_holds_its_committed_data(store, tmp_path):
    _add_city(store, "aa", "Århus")
    with store.transaction() as s:  # uncommitted work of a writer does not leak into it
        s.add(City(ref="ka", name="Калининград", relation="partner", timezone="Europe/Berlin"))
        s.flush()
        info = backup.make_backup(store.path, folder=tmp_path / "bk", now=NOW)
    assert info.path.parent == tmp_path / "bk"
    assert info.path.name == "office-20261123T093000Z-manual.sqlite"
    assert _cities(info.path) == ["Århus"]
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one whole file
    conn.close()
    assert info.path.stat().st_mode & 0o077 == 0
    assert [b.path for b in backup.list_backups(store.path, tmp_path / "bk")] == [info.path]


def test_default_folder_is_beside_the_store_and_configurable(store, tmp_path, monkeypatch):
    monkeypatch.delenv("DELEGATIONS_BACKUPS", raising=False)
    assert backup.make_backup(store.path, now=NOW).path.parent == tmp_path / "backups"
    monkeypatch.setenv("DELEGATIONS_BACKUPS", str(tmp_path / "elsewhere"))
    assert backup.make_backup(store.path, now=NOW).path.parent == tmp_path / "elsewhere"


def test_start_up_backup_only_after_changes(store, tmp_path):
    folder = tmp_path / "bk"
    first = backup.backup_if_changed(store.path, folder=folder, now=NOW)
    assert first is not None and first.reason == "startup"
    later = NOW + timedelta(days=1)
    assert backup.backup_if_changed(store.path, folder=folder, now=later) is None
    _add_city(store, "gd", "Gdańsk")
    second = backup.backup_if_changed(store.path, folder=folder, now=later)
    assert second is not None and _cities(second.path) == ["Gdańsk"]
    assert len(backup.list_backups(store.path, folder)) == 2


def _infos(*taken):
    return [BackupInfo(Path(f"b{i}"), t, "startup") for i, t in enumerate(taken)]


def test_rotation_keeps_recent_densely_and_older_sparsely():
    hours = [NOW - timedelta(hours=h) for h in range(0, 24 * 400, 6)]  # four a day, 400 days
    backups = _infos(*hours)
    doomed = set(plan_rotation(backups, Rotation()))
    kept = [b for b in backups if b not in doomed]
    taken = [b.taken for b in kept]
    assert taken[:3] == hours[:3]  # the newest three, all from today
    days = {t.date() for t in taken}
    assert {(NOW - timedelta(days=d)).date() for d in range(7)} <= days  # one per day, a week
    assert len({t.isocalendar()[:2] for t in taken}) >= 4 + 1
    assert len({(t.year, t.month) for t in taken}) == 12
    assert len(kept) <= 3 + 7 + 4 + 12
    assert min(taken) > NOW - timedelta(days=366)


def test_rotation_is_configurable_and_keeps_upgrade_backups_apart():
    days = [NOW - timedelta(days=d) for d in range(30)]
    backups = [*_infos(*days), BackupInfo(Path("u"), NOW - timedelta(days=300), "upgrade")]
    doomed = plan_rotation(backups, Rotation(recent=1, daily=2, weekly=0, monthly=0))
    assert [b.taken for b in backups if b not in doomed] == [days[0], days[1],
                                                              NOW - timedelta(days=300)]


def test_rotation_runs_only_after_the_new_backup_passed_its_check(store, tmp_path,
                                                                  monkeypatch):
    folder = tmp_path / "bk"
    for d in range(12):
        backup.make_backup(store.path, folder=folder, now=NOW - timedelta(days=30 - d))
    before = backup.list_backups(store.path, folder)
    real_open = snapshot._open_target

    def tiny_disk(path):
        conn = real_open(path)
        conn.execute("PRAGMA max_page_count = 3")  # SQLite's real "database or disk is full"
        return conn

    monkeypatch.setattr(snapshot, "_open_target", tiny_disk)
    with pytest.raises(StoreError, match=r"disk is full.*nothing was written") as err:
        backup.make_backup(store.path, folder=folder, now=NOW, rotation=Rotation(1, 1, 0, 0))
    assert "Festplatte ist voll" in err.value.message("de")
    assert backup.list_backups(store.path, folder) == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(b.path.name for b in before)


def test_io_error_while_moving_into_place_leaves_no_partial_file(store, tmp_path, monkeypatch):
    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(snapshot.os, "replace", full)
    with pytest.raises(StoreError, match="disk is full"):
        backup.make_backup(store.path, folder=tmp_path / "bk", now=NOW)
    assert list((tmp_path / "bk").iterdir()) == []


def test_a_damaged_source_gives_no_backup(store, tmp_path):
    _add_city(store, "aa")
    store.close()
    _damage(store.path)
    with pytest.raises(StoreError, match=r"office\.sqlite is damaged .* no copy was made"):
        backup.make_backup(store.path, folder=tmp_path / "bk", now=NOW)
    assert list((tmp_path / "bk").iterdir()) == []


def _damage(path):
    """Overwrite pages in the middle of the file (the first and last stay)."""
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    assert pages >= 6
    for n in range(2, pages - 2):
        data[n * page:(n + 1) * page] = bytes([0x5A]) * page
    path.write_bytes(bytes(data))


def test_upgrade_is_preceded_by_a_kept_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, migrate.revisions()[0])
    with engine.begin() as conn:
        conn.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
    engine.dispose()

    def broken(_engine, target="head"):
        raise RuntimeError("migration step failed")

    monkeypatch.setattr(migrate, "upgrade", broken)
    for _attempt in range(2):
        with pytest.raises(StoreError, match=r"upgrading .* failed .* backup .* kept"):
            open_store(path, backup_folder=tmp_path / "bk")
    monkeypatch.undo()
    saved = backup.list_backups(path, tmp_path / "bk")
    assert [b.reason for b in saved] == ["upgrade", "upgrade"]
    open_store(path, backup_folder=tmp_path / "bk").close()  # a working upgrade
    assert len(backup.list_backups(path, tmp_path / "bk")) == 3
    conn = sqlite3.connect(saved[0].path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()
