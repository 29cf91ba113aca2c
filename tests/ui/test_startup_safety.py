"""Opening the store from the app: in use elsewhere, damaged, backed up on start."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from delegations.services import cities
from delegations.storage import backup
from delegations.storage.store import open_store
from ui import startup

HOLD = ("import sys; from delegations.storage.store import open_store; "
        "s = open_store(sys.argv[1]); print('ready', flush=True); sys.stdin.readline(); s.close()")


@pytest.fixture
def answers(monkeypatch):
    """What the user answers to the questions asked (only the dialog is replaced)."""
    asked: list[str] = []

    def question(_parent, title, _text, *args, **kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: asked.append(a[1])))
    return asked


def test_a_store_open_elsewhere_can_be_opened_read_only(app, answers, demo_file, tmp_path):
    path = tmp_path / "office.sqlite"
    path.write_bytes(demo_file.read_bytes())
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        store = startup.open_store_or_explain(str(path))
        assert answers == ["Database open elsewhere"]
        assert store is not None and store.read_only
        assert cities.get_city(store, "hatay").name == "Hatay"
        store.close()
    finally:
        holder.communicate("\n", timeout=30)


def test_a_damaged_store_is_replaced_by_its_newest_backup(app, answers, demo_file, tmp_path):
    path = tmp_path / "office.sqlite"
    path.write_bytes(demo_file.read_bytes())
    backup.make_backup(path)
    data = bytearray(path.read_bytes())
    for n in range(2, len(data) // 4096 - 2):  # pages in the middle, overwritten
        data[n * 4096:(n + 1) * 4096] = b"\x5a" * 4096
    path.write_bytes(bytes(data))
    store = startup.open_store_or_explain(str(path))
    assert answers == ["The database is damaged"]
    assert store is not None and not store.read_only
    assert cities.get_city(store, "hatay").name == "Hatay"
    store.close()
    assert any(p.name.startswith("office.sqlite.damaged") for p in tmp_path.iterdir())


def test_opening_keeps_a_backup_when_the_store_changed(app, answers, tmp_path):
    path = tmp_path / "office.sqlite"
    open_store(path).close()
    store = startup.open_store_or_explain(str(path))
    assert store is not None
    store.close()
    assert len(backup.list_backups(path)) == 1
    assert answers == []  # tmp is no synced folder: no warning


def test_an_empty_store_with_a_backup_is_not_set_up_anew_but_restored(app, answers, demo_file,
                                                                      tmp_path):
    path = tmp_path / "office.sqlite"
    path.write_bytes(demo_file.read_bytes())
    backup.make_backup(path)
    path.write_bytes(b"")
    store = startup.open_store_or_explain(str(path))
    assert answers == ["The database is missing or empty"]
    assert store is not None and cities.get_city(store, "hatay").name == "Hatay"
    store.close()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("office.sqlite.damaged")
            and not p.name.endswith(("-wal", "-shm"))]
    assert [p.stat().st_size for p in kept] == [0]  # the empty file is kept, as evidence
