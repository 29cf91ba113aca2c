"""The trips and contacts lists sorted by the database, page by page (issue #16)."""

import pytest
from sqlalchemy import select

from delegations.enums import Relation
from delegations.errors import ValidationError
from delegations.model import City, Contact, Trip
from delegations.model.sorting import sortable
from delegations.services import cities, contacts, trips
from delegations.services.dto import TripFilter
from tests.stores import store_of_kind

pytestmark = pytest.mark.both_engines

NAMES = ["Zoe Berg", "Ärzte Verein", "arno Klein", "Arzte Bund", "Émile Roux", "Bea Fox"]


def _names(store, **kw):
    return [c.name for c in contacts.list_contacts(store, **kw)]


@pytest.fixture
def people(store):
    with store.transaction() as s:
        s.add_all(Contact(ref=f"p{n}", name=name, organisation=f"Org {len(NAMES) - n}",
                          email=f"{n}@example.org") for n, name in enumerate(NAMES))
    return store


def test_names_sort_folded_on_every_engine_and_pages_agree(people):
    folded = ["arno Klein", "Arzte Bund", "Ärzte Verein", "Bea Fox", "Émile Roux", "Zoe Berg"]
    assert _names(people, sort="name") == folded
    assert _names(people, sort="name", descending=True) == folded[::-1]
    assert _names(people, sort="name", limit=2, offset=2) == folded[2:4]


def test_other_columns_sort_with_ties_by_name_then_id(people):
    assert _names(people, sort="organisation") == NAMES[::-1]
    with people.transaction() as s:
        s.add(Contact(ref="twin", name="Bea Fox"))
    twins = [c.id for c in contacts.list_contacts(people, "bea")]
    assert twins == sorted(twins)
    assert [c.id for c in contacts.list_contacts(people, "bea", sort="name",
                                                 descending=True)] == twins[::-1]


def test_unknown_columns_are_refused(people):
    with pytest.raises(ValidationError):
        contacts.list_contacts(people, sort="bio; DROP TABLE contact")
    with pytest.raises(ValidationError):
        trips.list_trips(people, TripFilter(sort="secret"))


def test_trips_sort_by_title_dates_and_status_in_the_database(store):
    for title, start, end, status in [("Ostsee", "2026-11-20", "2026-11-21", "confirmed"),
                                      ("alpen", "2025-03-01", "2025-03-09", "idea"),
                                      ("Bodensee", "2026-01-05", "2026-12-01", "cancelled")]:
        trips.create_trip(store, {"title": title, "start": start, "end": end,
                                  "kind": "incoming", "status": status})

    def titles(sort, descending=False, **kw):
        f = TripFilter(sort=sort, descending=descending, **kw)
        return [t.title for t in trips.list_trips(store, f)]

    assert titles(None) == ["Ostsee", "Bodensee", "alpen"]
    assert titles("title") == ["alpen", "Bodensee", "Ostsee"]
    assert titles("start") == ["alpen", "Bodensee", "Ostsee"]
    assert titles("end", descending=True) == ["Bodensee", "Ostsee", "alpen"]
    assert titles("status") == ["alpen", "Ostsee", "Bodensee"]
    assert titles("start", limit=1, offset=1) == ["Bodensee"]
    assert trips.count_trips(store, TripFilter(sort="title")) == 3


# ---- every text column sorts folded, by its derived sort column, the same on both engines

TITLES = ["Ärzte", "arzt", "Zoo", "Öl", "Gdańsk", "İskenderun", "Калининград", "杭州"]
FOLDED = ["arzt", "Ärzte", "Gdańsk", "İskenderun", "Öl", "Zoo", "Калининград", "杭州"]


def _titles(store, sort="title", descending=False, **kw):
    f = TripFilter(sort=sort, descending=descending, **kw)
    return [t.title for t in trips.list_trips(store, f)]


def _trip(store, title, destinations=()):
    return trips.create_trip(store, {"title": title, "start": "2027-05-03", "end": "2027-05-06",
                                     "kind": "incoming", "destinations": list(destinations)})


def _city(s, name):
    city = City(ref=f"c-{len(name)}-{abs(hash(name))}", name=name, relation=Relation.PARTNER,
                timezone="Europe/Berlin")
    s.add(city)
    s.flush()
    return city.id


def test_trip_titles_sort_folded_and_pages_agree(store):
    for title in TITLES:
        _trip(store, title)
    assert _titles(store) == FOLDED
    assert _titles(store, descending=True) == FOLDED[::-1]
    assert _titles(store, limit=3, offset=2) == FOLDED[2:5]
    twin = _trip(store, "ARZT").id  # folds like "arzt": after it, by id
    assert _titles(store)[:3] == ["arzt", "ARZT", "Ärzte"]
    assert _titles(store, descending=True)[-3:] == ["Ärzte", "ARZT", "arzt"]
    trips.update_trip(store, twin, {"title": "Zürich"})  # kept in step by every write
    assert _titles(store)[-4:] == ["Zoo", "Zürich", "Калининград", "杭州"]


def test_trip_destinations_sort_folded_as_the_list_shows_them(store):
    with store.transaction() as s:
        ids = {name: _city(s, name) for name in ("Århus", "Zagreb", "Rom", "Roma", "ankara")}
    for title, places in [("a", ["Zagreb"]), ("b", ["Roma"]), ("c", ["Rom", "Zagreb"]),
                          ("d", ["Århus"]), ("e", ["ankara", "Rom"]), ("f", [])]:
        _trip(store, title, [ids[p] for p in places])
    assert _titles(store, "destinations") == ["f", "e", "d", "c", "b", "a"]
    cities.update_city(store, ids["Zagreb"], {"name": "Ägina"})  # the city's name follows
    assert _titles(store, "destinations") == ["f", "a", "e", "d", "c", "b"]
    assert _titles(store, "destinations", descending=True)[0] == "b"


@pytest.mark.parametrize("column", ["function", "organisation", "email", "phone"])
def test_contact_columns_sort_folded(store, column):
    with store.transaction() as s:
        s.add_all(Contact(ref=f"k{n}", name=f"Person {n}", **{column: text})
                  for n, text in enumerate(TITLES))
    rows = contacts.list_contacts(store, sort=column)
    assert [getattr(c, column) for c in rows] == FOLDED
    rows = contacts.list_contacts(store, sort=column, descending=True, limit=2, offset=1)
    assert [getattr(c, column) for c in rows] == FOLDED[::-1][1:3]


def test_contacts_sort_by_their_city_folded_and_follow_a_rename(store):
    with store.transaction() as s:
        places = [_city(s, name) for name in TITLES]
        s.add_all(Contact(ref=f"k{n}", name=f"Person {n}", city_id=city)
                  for n, city in enumerate(places))
        s.add(Contact(ref="nowhere", name="Person without a city"))

    def towns(**kw):
        return [c.city_name for c in contacts.list_contacts(store, sort="city", **kw)]

    assert towns() == ["", *FOLDED]
    cities.update_city(store, places[TITLES.index("Zoo")], {"name": "Aachen"})
    assert towns()[:3] == ["", "Aachen", "arzt"]
    contacts.update_contact(store, contacts.list_contacts(store, "without")[0].id,
                            {"city": places[TITLES.index("杭州")]})
    assert towns(descending=True)[:2] == ["杭州", "杭州"]


@pytest.fixture
def demo(request, engine_kind, demo_file, tmp_path):
    yield from store_of_kind(request, engine_kind, demo_file, tmp_path / "demo.sqlite", "demo")


def test_sort_columns_hold_the_python_fold_after_an_import(demo):
    """The exchange import (which the demo data comes through) fills them like any write."""
    with demo.read() as s:
        people = s.scalars(select(Contact)).all()
        assert people
        for c in people:
            assert (c.sort_function, c.sort_organisation, c.sort_email, c.sort_phone) == (
                sortable(c.function, 200), sortable(c.organisation, 200),
                sortable(c.email, 200), sortable(c.phone, 100))
            assert c.sort_city == sortable(c.city.name if c.city else "", 200)
        assert all(t.sort_title == sortable(t.title, 300) and t.sort_destinations == sortable(
            ", ".join(link.city.name for link in t.destination_links), 300)
            for t in s.scalars(select(Trip)))

