"""File ▸ Import Exchange File…: a preview first; removals only when chosen, each listed."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QWidget

from delegations.exchange import export_store
from delegations.storage.backup import list_backups
from ui.context import AppContext
from ui.exchange_import import open_import


def _partial(store, tmp_path):
    """A file naming the demo's first trip with participants, and none of them."""
    doc = export_store(store)
    trip = next(t for t in doc["trips"] if t["participants"])
    small = {"format": "delegations-exchange", "version": 1,
             "trips": [{k: v for k, v in trip.items()
                        if k in ("ref", "title", "kind", "status", "start", "end")}
                       | {"participants": [], "agenda": []}]}
    path = tmp_path / "partner.json"
    path.write_text(json.dumps(small), encoding="utf-8")
    names = [p["name"] for p in trip["participants"]]
    return path, trip["ref"], names


def _open_partial(qtbot, store, tmp_path):
    """The import dialog opened on the _partial file (its trip's ref and participants)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    path, ref, names = _partial(store, tmp_path)
    dialog = open_import(AppContext.create(store), path, parent)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.test_parent = parent  # qtbot keeps only a weak reference
    return dialog, ref, names


def _participants(store, ref):
    doc = export_store(store)
    return [p["name"] for p in next(t for t in doc["trips"] if t["ref"] == ref)["participants"]]


def test_import_keeps_what_the_file_does_not_mention(app, qtbot, demo_store, tmp_path, shown):
    dialog, ref, names = _open_partial(qtbot, demo_store, tmp_path)
    assert not dialog.replace.isChecked() and not dialog.removals.isVisible()
    dialog.import_button.click()
    assert dialog.result_summary is not None and not dialog.result_summary.removed
    assert _participants(demo_store, ref) == names


def test_replacing_lists_every_removal_before_it_happens(app, qtbot, demo_store, tmp_path,
                                                       shown):
    dialog, ref, names = _open_partial(qtbot, demo_store, tmp_path)
    listed = [dialog.removals.item(n).text() for n in range(dialog.removals.count())]
    assert all(f"participants: {name}" in listed for name in names)
    assert _participants(demo_store, ref) == names  # listing removed nothing
    dialog.replace.setChecked(True)
    assert dialog.removals.isVisible()
    dialog.import_button.click()
    assert _participants(demo_store, ref) == []
    assert shown == ["Imported"]
    assert demo_store.path is not None
    assert [b.reason for b in list_backups(demo_store.path)] == ["import"]


def test_a_file_that_is_not_an_exchange_file_is_explained(app, qtbot, demo_store, tmp_path,
                                                          shown):
    ctx, parent = AppContext.create(demo_store), QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "Gdańsk.json"
    path.write_text("{\"format\": \"something else\"}", encoding="utf-8")
    assert open_import(ctx, path, parent) is None
    assert shown == ["Cannot import"]
