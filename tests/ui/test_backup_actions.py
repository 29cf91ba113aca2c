"""Back up and restore from the File menu, on real files."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from delegations.services import cities, trips
from delegations.storage.store import open_store
from ui.backup_actions import back_up, restore
from ui.context import AppContext


def test_back_up_then_restore_brings_the_old_data_back(app, qtbot, demo_store, tmp_path, shown):
    ctx, parent = AppContext.create(demo_store), QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "saved" / "Sicherung Kiel.sqlite"
    assert back_up(ctx, target, parent) and shown == ["Backup made"]
    trips.delete_trip(demo_store, trips.find_trip(demo_store, "hatay-2020"))
    path = demo_store.path
    assert restore(ctx, target, parent)
    again = open_store(path)
    try:
        assert trips.find_trip(again, "hatay-2020")
    finally:
        again.close()


def test_a_file_that_is_no_backup_changes_nothing(app, qtbot, demo_store, tmp_path, shown):
    ctx, parent = AppContext.create(demo_store), QWidget()
    qtbot.addWidget(parent)
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("Müller/Straße", encoding="utf-8")
    assert not restore(ctx, bogus, parent)
    assert shown == ["Not restored"]
    assert cities.get_city(demo_store, "hatay").name == "Hatay"  # still open and usable
    assert not back_up(ctx, bogus / "inside a file.sqlite", parent)  # the folder is a file
    assert shown == ["Not restored", "No backup made"]
