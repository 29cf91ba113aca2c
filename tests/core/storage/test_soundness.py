"""A store file known sound is not read whole on every open, yet damage is still found."""

from __future__ import annotations

import os
import time

import pytest

from delegations.storage import soundness
from delegations.storage.integrity import DamagedStoreError
from delegations.storage.store import open_store


def _damage_keeping_the_time(path):
    """Overwrite pages in the middle and put the modification time back."""
    facts = path.stat()
    data = bytearray(path.read_bytes())
    data[4096 * 2:len(data) - 4096] = b"\x5a" * (len(data) - 4096 * 3)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(facts.st_atime_ns, facts.st_mtime_ns))


@pytest.fixture
def closed(tmp_path):
    path = tmp_path / "office.sqlite"
    store = open_store(path)
    with store.transaction() as s:
        s.connection().exec_driver_sql("CREATE TABLE filler (x TEXT)")
        s.connection().exec_driver_sql(
            "INSERT INTO filler SELECT hex(randomblob(200)) FROM "
            "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
            "SELECT i FROM n)")
    store.close()
    return path


def test_a_cleanly_closed_store_is_known_sound_and_opens_again(closed):
    checked = soundness.last_check(closed)
    assert checked is not None and time.time() - checked < 60
    open_store(closed).close()
    assert soundness.last_check(closed) == checked  # the time of the last full check stays


def test_a_file_changed_by_another_hand_is_checked_in_full(closed):
    data = bytearray(closed.read_bytes())
    data[4096 * 2:len(data) - 4096] = b"\x5a" * (len(data) - 4096 * 3)
    closed.write_bytes(bytes(data))
    assert soundness.last_check(closed) is None
    with pytest.raises(DamagedStoreError):
        open_store(closed)
    assert soundness.last_check(closed) is None


def test_an_unchanged_looking_file_is_checked_again_after_a_while(closed, monkeypatch):
    _damage_keeping_the_time(closed)
    later = time.time() + soundness.RECHECK_AFTER + 1
    monkeypatch.setattr(soundness.time, "time", lambda: later)
    with pytest.raises(DamagedStoreError):
        open_store(closed)


def test_a_write_ahead_log_left_behind_is_not_vouched_for(closed):
    closed.with_name(closed.name + "-wal").write_bytes(b"\0" * 32)
    assert soundness.last_check(closed) is None
    soundness.remember(closed)
    assert soundness.last_check(closed) is None


def test_the_start_up_backup_copies_only_a_changed_file(closed, tmp_path):
    from delegations.storage.backup import backup_if_changed, list_backups

    folder = tmp_path / "bk"
    first = backup_if_changed(closed, folder=folder)
    assert first is not None
    assert backup_if_changed(closed, folder=folder) is None  # unchanged: not copied again
    assert soundness.unchanged_since_backup(closed, first.path)
    store = open_store(closed)
    with store.transaction() as s:
        s.connection().exec_driver_sql("DELETE FROM filler WHERE rowid % 2 = 0")
    store.close()
    assert not soundness.unchanged_since_backup(closed, first.path)
    second = backup_if_changed(closed, folder=folder, now=_later(first.taken))
    assert second is not None and second.path != first.path
    assert [b.path for b in list_backups(closed, folder)][:2] == [second.path, first.path]


def _later(taken):
    from datetime import timedelta

    return taken + timedelta(minutes=5)
