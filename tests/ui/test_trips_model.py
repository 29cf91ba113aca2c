"""TripsTableModel: a well-behaved Qt model over the trips services, paged and sortable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from delegations.services.dto import TripFilter
from ui.trips import model as columns
from ui.trips.model import TripsTableModel


@pytest.fixture
def model(app, sample_store):
    return TripsTableModel(sample_store)


def _titles(model: TripsTableModel) -> list[str]:
    return [model.index(r, columns.TITLE).data() for r in range(model.rowCount())]


def test_passes_the_model_tester(model, qtmodeltester):
    model.set_filter(TripFilter())
    qtmodeltester.check(model)


def test_lists_newest_first_with_readable_cells(model):
    model.set_filter(TripFilter())
    assert _titles(model)[0] == "Signing ceremony San Francisco"
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["Signing ceremony San Francisco", "Delegation trip", "Confirmed",
                   "22/02/2026", "27/02/2026", "San Francisco", "2"]
    alignment = model.index(0, columns.PARTICIPANTS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_fetches_pages_as_the_view_asks(model, monkeypatch):
    monkeypatch.setattr(TripsTableModel, "PAGE_SIZE", 2)
    model.set_filter(TripFilter())
    assert (model.rowCount(), model.total) == (2, 3)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3
    assert not model.canFetchMore(QModelIndex())


def test_filter_narrows(model):
    model.set_filter(TripFilter(year=2025))
    assert _titles(model) == ["Kieler Woche guests from Aarhus"]
    model.set_filter(TripFilter(search="aarhus"))
    assert model.total == 2


def test_sorts_in_the_database_a_page_at_a_time(model, monkeypatch):
    monkeypatch.setattr(TripsTableModel, "PAGE_SIZE", 1)
    model.set_filter(TripFilter())
    model.sort(columns.TITLE, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 1 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert _titles(model) == ["Kieler Woche guests from Aarhus",
                              "Signing ceremony San Francisco", "Youth exchange Aarhus"]
    model.sort(columns.FROM, Qt.SortOrder.AscendingOrder)
    assert _titles(model)[0] == "Youth exchange Aarhus"
    model.sort(-1)
    assert _titles(model)[0] == "Signing ceremony San Francisco"
    model.set_filter(TripFilter())
    assert _titles(model) == ["Signing ceremony San Francisco"]  # paged again


def test_sorting_keeps_the_selection_on_its_trip(model):
    model.set_filter(TripFilter())
    kept = QPersistentModelIndex(model.index(0, 0))
    model.sort(columns.TITLE, Qt.SortOrder.DescendingOrder)
    assert kept.data() == "Signing ceremony San Francisco"
    assert kept.row() == 1
