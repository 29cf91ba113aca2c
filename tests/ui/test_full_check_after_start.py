"""A store opened on the word of its soundness note is read whole right after the window
opens: damage that left the file's size and time as they were is reported within moments,
with the same offer of the newest good backup as at opening."""

from __future__ import annotations

import contextlib
import os
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from delegations.storage import backup, soundness
from delegations.storage.integrity import inspect_file
from delegations.storage.store import open_store
from ui import backup_actions, startup
from ui.context import AppContext
from ui.main_window import MainWindow


def _sound_store(path):
    """A store of ours, cleanly closed (so known sound), with filler rows at its end."""
    store = open_store(path)
    with store.transaction() as s:
        s.connection().exec_driver_sql("CREATE TABLE filler (x TEXT)")
        s.connection().exec_driver_sql(
            "INSERT INTO filler SELECT hex(randomblob(300)) FROM "
            "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
            "SELECT i FROM n)")
    store.close()
    assert soundness.last_check(path) is not None


def _damage_keeping_the_time(path):
    """Overwrite the filler's pages (the second half of the file) as a failing disk would:
    size, time and file id stay as they were, so the soundness note still matches."""
    facts = path.stat()
    data = bytearray(path.read_bytes())
    start = (len(data) // 4096 // 2) * 4096
    data[start:len(data) - 4096] = b"\x5a" * (len(data) - 4096 - start)
    with path.open("r+b") as fh:
        fh.write(bytes(data))
    os.utime(path, ns=(facts.st_atime_ns, facts.st_mtime_ns))
    assert soundness.last_check(path) is not None


@pytest.fixture
def asked(monkeypatch):
    """The questions the user is asked, answered as `asked.answer` says."""
    titles: list[str] = []
    titles_answer = {"answer": QMessageBox.StandardButton.No}

    def question(_parent, title, _text, *args, **kwargs):
        titles.append(title)
        return titles_answer["answer"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: titles.append(a[1])))
    return titles, titles_answer


def _window(qtbot, store):
    window = MainWindow(AppContext.create(store))
    qtbot.addWidget(window)
    window.show()
    return window


def test_damage_hidden_from_the_note_is_reported_after_start(app, qtbot, asked, tmp_path):
    titles, _ = asked
    path = tmp_path / "office.sqlite"
    _sound_store(path)
    _damage_keeping_the_time(path)
    store = open_store(path)
    assert store.check_deferred  # opening trusted the note
    window = _window(qtbot, store)
    assert startup.check_after_start(store, window) is not None
    qtbot.waitUntil(lambda: titles == ["The database is damaged"], timeout=10000)
    assert soundness.last_check(path) is None  # forgotten: the next open checks in full
    store.close()
    assert soundness.last_check(path) is None  # and the close does not vouch for it again


def test_the_newest_good_backup_is_restored_when_wanted(app, qtbot, asked, monkeypatch,
                                                        tmp_path):
    titles, answer = asked
    answer["answer"] = QMessageBox.StandardButton.Yes
    restarts: list[bool] = []
    monkeypatch.setattr(backup_actions, "restart", lambda: restarts.append(True))
    path = tmp_path / "office.sqlite"
    _sound_store(path)
    backup.make_backup(path)
    _damage_keeping_the_time(path)
    store = open_store(path)
    startup.check_after_start(store, _window(qtbot, store))
    qtbot.waitUntil(lambda: restarts == [True], timeout=10000)
    assert titles == ["The database is damaged"] and store.closed
    inspect_file(path)  # sound again: the backup is in place
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM filler").fetchone() == (3000,)
    assert any(p.name.startswith("office.sqlite.damaged") for p in tmp_path.iterdir())


def test_a_store_checked_in_full_on_opening_is_not_read_again(app, qtbot, tmp_path):
    path = tmp_path / "office.sqlite"
    open_store(path).close()
    soundness.forget(path)
    store = open_store(path)
    assert not store.check_deferred
    assert startup.check_after_start(store, _window(qtbot, store)) is None
    store.close()


def test_closing_at_once_interrupts_the_check_and_leaves_the_note(app, qtbot, asked, tmp_path):
    titles, _ = asked
    path = tmp_path / "office.sqlite"
    _sound_store(path)
    checked = soundness.last_check(path)
    store = open_store(path)
    startup.check_after_start(store, _window(qtbot, store))
    store.close()  # interrupts a check still reading, and waits for its thread
    assert soundness.last_check(path) == checked and titles == []


def test_an_interrupted_check_calls_nothing_damaged(tmp_path):
    from delegations.storage.store import check_in_full

    path = tmp_path / "office.sqlite"
    _sound_store(path)
    _damage_keeping_the_time(path)
    store = open_store(path)
    try:
        # SQLite stops the check at its first step, as Connection.interrupt() does
        def stop_at_once(conn):
            conn.set_progress_handler(lambda: 1, 1)

        assert check_in_full(store, opened=stop_at_once) is None
        assert soundness.last_check(path) is not None  # unknown yet: the note stays
        assert check_in_full(store) is not None  # read whole, the damage is found
    finally:
        store.close()
    assert soundness.last_check(path) is None
