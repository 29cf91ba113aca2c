"""The directory's table models: well-behaved Qt models, paged, searchable in any script."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from delegations.enums import Relation
from delegations.model import Contact
from delegations.services import contacts
from tests.stores import opened_copy
from ui.directory import models as columns
from ui.directory.models import CitiesTableModel, ContactsTableModel
from ui.paged_model import ID_ROLE


@pytest.fixture
def city_model(app, demo_store):
    model = CitiesTableModel(demo_store)
    model.set_filter("", None)
    return model


@pytest.fixture
def contact_model(app, demo_store):
    model = ContactsTableModel(demo_store)
    model.set_filter("", None)
    return model


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_models_pass_the_model_tester(city_model, contact_model, qtmodeltester):
    qtmodeltester.check(city_model)
    qtmodeltester.check(contact_model)


def test_city_rows_read_as_people_say_them(city_model):
    city_model.set_filter("San Fran", None)
    row = [city_model.index(0, c).data() for c in range(city_model.columnCount())]
    assert row == ["San Francisco", "US", "Partner city", "2017", "America/Los_Angeles", "en"]
    assert city_model.index(0, 0).data(ID_ROLE) == city_model.row_at(0).id


def test_relation_filter_and_search_narrow_the_cities(city_model):
    everything = city_model.total
    city_model.set_filter("", Relation.NETWORK)
    assert 0 < city_model.total < everything
    assert set(_column(city_model, columns.C_RELATION)) == {"Network"}
    city_model.set_filter("Århus", None)  # the old spelling finds Aarhus
    assert _column(city_model, columns.C_NAME) == ["Aarhus"]


@pytest.mark.parametrize(("search", "expected"), [
    ("Århus", {"Niels Højberg", "Lausten-Sørensen", "Mette Østergård"}),
    ("соколова", {"Ирина Владимировна Соколова"}),
    ("ÅKESSON", {"Johan Åkesson"}),
    ("杭州", {"陈静"}),
])
def test_search_finds_contacts_in_any_script(contact_model, search, expected):
    contact_model.set_filter(search, None)
    assert set(_column(contact_model, columns.P_NAME)) == expected


def test_city_filter_narrows_the_contacts(contact_model, demo_store):
    from delegations.services import cities

    sf = cities.get_city(demo_store, "sf").id
    contact_model.set_filter("", sf)
    assert contact_model.total == contacts.count_contacts(demo_store, city_id=sf) == 11
    assert set(_column(contact_model, columns.P_CITY)) == {"San Francisco"}


def test_contacts_are_fetched_a_page_at_a_time(contact_model, demo_store, monkeypatch):
    monkeypatch.setattr(ContactsTableModel, "PAGE_SIZE", 20)
    contact_model.reload()
    total = contact_model.total
    assert contact_model.rowCount() == 20 < total
    assert contact_model.canFetchMore(QModelIndex())
    contact_model.fetchMore(QModelIndex())
    assert contact_model.rowCount() == 40
    last = contacts.list_contacts(demo_store)[-1].id
    assert contact_model.load_until(last) == total - 1
    assert not contact_model.canFetchMore(QModelIndex())


def _load_all(model) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_sorting_keeps_pages_and_third_click_restores(contact_model, monkeypatch):
    monkeypatch.setattr(ContactsTableModel, "PAGE_SIZE", 10)
    contact_model.reload()
    contact_model.sort(columns.P_NAME, Qt.SortOrder.AscendingOrder)
    assert contact_model.rowCount() == 10
    _load_all(contact_model)
    ascending = _column(contact_model, columns.P_NAME)
    assert len(ascending) == contact_model.total
    contact_model.sort(columns.P_NAME, Qt.SortOrder.DescendingOrder)
    _load_all(contact_model)
    assert _column(contact_model, columns.P_NAME) == ascending[::-1]
    contact_model.sort(-1)
    assert contact_model.rowCount() == contact_model.total  # as many as were loaded


@pytest.fixture
def empty_store(migrated_file, tmp_path):
    yield from opened_copy(migrated_file, tmp_path / "empty.sqlite")


def test_sorting_two_thousand_contacts_loads_one_page(app, empty_store, qtmodeltester):
    """Issue #16: a header click asks the database, it does not load every row."""
    store = empty_store
    with store.transaction() as s:
        s.add_all(Contact(ref=f"c{n}", name=f"{'Ä' if n % 2 else 'A'}rzte {n:04}",
                          organisation=f"Org {n % 7}") for n in range(2000))
    model = ContactsTableModel(store)
    model.set_filter("", None)
    model.sort(columns.P_NAME, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == ContactsTableModel.PAGE_SIZE
    assert model.canFetchMore(QModelIndex()) and model.total == 2000
    names = _column(model, columns.P_NAME)
    assert names[:3] == ["Ärzte 1999", "Arzte 1998", "Ärzte 1997"]  # Ä sorts as A
    model.sort(columns.P_ORGANISATION, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == ContactsTableModel.PAGE_SIZE
    assert set(_column(model, columns.P_ORGANISATION)) == {"Org 0"}
    assert _column(model, columns.P_NAME)[:2] == ["Arzte 0000", "Ärzte 0007"]
    qtmodeltester.check(model)


def test_cities_sort_by_year_with_the_unknown_last(city_model):
    city_model.sort(columns.C_SINCE, Qt.SortOrder.AscendingOrder)
    years = _column(city_model, columns.C_SINCE)
    known = [int(y) for y in years if y]
    assert known == sorted(known) and years[-1] == ""
