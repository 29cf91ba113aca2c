"""Cities through the services: search in any script, edits, and deleting only what is unused."""

import pytest
from sqlalchemy import event, func, insert, select
from sqlalchemy.orm import Session

from delegations.enums import Relation
from delegations.errors import InUseError, NotFoundError, ValidationError
from delegations.model import City, Contact
from delegations.services import cities, contacts, trips

pytestmark = pytest.mark.both_engines


@pytest.fixture
def towns(store):
    data = [("Århus", "DK", "partner", "Europe/Copenhagen"),
            ("Калининград", "RU", "partner", "Europe/Kaliningrad"),
            ("San Francisco", "US", "partner", "America/Los_Angeles"),
            ("Tallinn", "EE", "partner", "Europe/Tallinn"),
            ("Union of the Baltic Cities", "", "network", "Europe/Warsaw"),
            ("杭州", "CN", "friendly", "Asia/Shanghai")]
    return {name: cities.create_city(store, {"name": name, "country": country,
                                              "relation": rel, "timezone": tz})
            for name, country, rel, tz in data}


def _names(rows):
    return [r.name for r in rows]


def test_list_is_sorted_by_name_with_accents_in_place(store, towns):
    assert _names(cities.list_cities(store)) == [
        "Århus", "San Francisco", "Tallinn", "Union of the Baltic Cities", "Калининград", "杭州"]


def test_search_ignores_case_and_accents_in_any_script(store, towns):
    assert _names(cities.list_cities(store, "århus")) == ["Århus"]
    assert _names(cities.list_cities(store, "ARHUS")) == ["Århus"]
    assert _names(cities.list_cities(store, "калин")) == ["Калининград"]
    assert _names(cities.list_cities(store, "КАЛИН")) == ["Калининград"]
    assert _names(cities.list_cities(store, "杭")) == ["杭州"]
    assert _names(cities.list_cities(store, "ee")) == ["Tallinn"]  # country
    assert _names(cities.list_cities(store, relation=Relation.NETWORK)) == [
        "Union of the Baltic Cities"]
    assert _names(cities.list_cities(store, "a", relation="friendly")) == []


def test_search_finds_a_name_spelt_in_latin_letters(store, towns):
    """As the contacts' search does: typed on any keyboard, "kaliningrad" finds Калининград."""
    assert _names(cities.list_cities(store, "kaliningrad")) == ["Калининград"]
    assert _names(cities.list_cities(store, "kalin")) == ["Калининград"]
    assert _names(cities.list_cities(store, "aarhus")) == ["Århus"]


def test_refs_are_made_readable_and_unique(store, towns):
    assert towns["Århus"].ref == "arhus"
    assert (towns["Калининград"].ref, towns["杭州"].ref) == ("city", "city-2")
    again = cities.create_city(store, {"name": "Aarhus?", "timezone": "Europe/Copenhagen"})
    other = cities.create_city(store, {"name": "Århus", "timezone": "Europe/Copenhagen"})
    assert (again.ref, other.ref) == ("aarhus", "arhus-2")
    assert cities.get_city(store, "arhus-2").id == other.id
    with pytest.raises(ValidationError) as err:
        cities.create_city(store, {"ref": "arhus", "name": "X", "timezone": "UTC"})
    assert err.value.field == "ref"


def test_update_and_get(store, towns):
    sf = towns["San Francisco"]
    row = cities.update_city(store, sf.id, {"since": 2017, "topics": "Innovation"})
    assert (row.since, row.topics, row.name) == (2017, "Innovation", "San Francisco")
    assert cities.get_city(store, sf.id) == row
    with pytest.raises(ValidationError) as err:
        cities.update_city(store, sf.id, {"since": 3000})
    assert err.value.field == "since"
    with pytest.raises(ValidationError) as err:
        cities.update_city(store, sf.id, {"name": "  "})
    assert err.value.message("de") == "ist erforderlich"
    with pytest.raises(NotFoundError):
        cities.get_city(store, "nowhere")
    with pytest.raises(NotFoundError):
        cities.update_city(store, 999, {"name": "X"})


def test_unknown_time_zone_refused_in_german(store):
    with pytest.raises(ValidationError) as err:
        cities.create_city(store, {"name": "Kiel", "timezone": "Europe/Kiel"})
    assert (err.value.field, err.value.message("de")) == (
        "timezone", "unbekannte Zeitzone 'Europe/Kiel'")


def _count(store):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(City))


def test_city_in_use_cannot_be_deleted(store, towns):
    sf = towns["San Francisco"]
    trips.create_trip(store, {"title": "Signing", "start": "2026-02-22", "end": "2026-02-27",
                              "destinations": [sf.id]})
    contacts.create_contact(store, {"name": "Jane", "city": sf.id})
    contacts.create_contact(store, {"name": "John", "city": sf.id})
    usage = cities.city_usage(store, sf.id)
    assert (usage.trips, usage.contacts) == (1, 2)
    with pytest.raises(InUseError) as err:
        cities.delete_city(store, sf.id)
    assert str(err.value) == "Cannot delete San Francisco: used by 1 trips and 2 contacts"
    assert err.value.message("de") == (
        "San Francisco kann nicht gelöscht werden: wird von 1 Reise(n) und "
        "2 Kontakt(en) verwendet")
    assert _count(store) == 6
    assert cities.get_city(store, sf.id) == sf


def test_unused_city_is_deleted(store, towns):
    cities.delete_city(store, towns["Tallinn"].id)
    assert _count(store) == 5
    with pytest.raises(NotFoundError):
        cities.delete_city(store, towns["Tallinn"].id)


def test_database_refusal_is_reported_as_in_use(store, towns):
    """A writer that links the city between the check and the delete (simulated by a hook
    that runs just before the delete reaches the database) meets the foreign key."""
    tallinn = towns["Tallinn"]

    def sneak_in(session, _context, _instances):
        session.execute(insert(Contact).values(ref="late", name="Late", city_id=tallinn.id))

    event.listen(Session, "before_flush", sneak_in)
    try:
        with pytest.raises(InUseError) as err:
            cities.delete_city(store, tallinn.id)
    finally:
        event.remove(Session, "before_flush", sneak_in)
    assert err.value.message("de") == (
        "Tallinn kann nicht gelöscht werden: andere Einträge verweisen noch darauf")
    assert cities.get_city(store, tallinn.id) == tallinn
    assert contacts.count_contacts(store) == 0
