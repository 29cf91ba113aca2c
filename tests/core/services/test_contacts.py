"""Contacts: search, paging, and the history nobody has to type."""

from datetime import UTC, datetime

import pytest

from delegations.errors import InUseError, NotFoundError, ValidationError
from delegations.services import agenda, cities, contacts, followups, participants, trips

pytestmark = pytest.mark.both_engines

LA = "America/Los_Angeles"


@pytest.fixture
def sf(store):
    return cities.create_city(store, {"name": "San Francisco", "timezone": LA}).id


@pytest.fixture
def people(store, sf):
    add = contacts.create_contact
    return {
        "jane": add(store, {"name": "Jane Example", "title": "Mayor", "city": sf,
                            "organisation": "City and County of San Francisco"}),
        "jurgen": add(store, {"name": "Jürgen Öztürk", "organisation": "Kieler Woche"}),
        "olga": add(store, {"name": "Ольга Иванова", "email": "olga@example.org"}),
        "aaron": add(store, {"name": "Aaron Ågesen", "function": "Chair"}),
    }


def _names(rows):
    return [r.name for r in rows]


def test_list_search_and_pages(store, people, sf):
    assert _names(contacts.list_contacts(store)) == [
        "Aaron Ågesen", "Jane Example", "Jürgen Öztürk", "Ольга Иванова"]
    assert _names(contacts.list_contacts(store, "jurgen oz")) == ["Jürgen Öztürk"]
    assert _names(contacts.list_contacts(store, "ÖZTÜRK")) == ["Jürgen Öztürk"]
    assert _names(contacts.list_contacts(store, "ольга")) == ["Ольга Иванова"]
    assert _names(contacts.list_contacts(store, "francisco")) == ["Jane Example"]
    assert _names(contacts.list_contacts(store, city_id=sf)) == ["Jane Example"]
    assert _names(contacts.list_contacts(store, limit=2, offset=1)) == [
        "Jane Example", "Jürgen Öztürk"]
    assert contacts.count_contacts(store) == 4
    assert contacts.count_contacts(store, "example") == 2  # name and e-mail
    assert contacts.count_contacts(store, city_id=sf) == 1
    assert people["jane"].city_name == "San Francisco"


def test_create_update_delete(store, people, sf):
    assert people["jurgen"].ref == "jurgen-ozturk"
    row = contacts.update_contact(store, people["jurgen"].id, {"city": sf, "phone": "+49 431"})
    assert (row.city_id, row.city_name, row.phone) == (sf, "San Francisco", "+49 431")
    assert contacts.get_contact(store, row.id) == row
    with pytest.raises(ValidationError) as err:
        contacts.create_contact(store, {"name": ""})
    assert (err.value.field, err.value.message("de")) == ("name", "ist erforderlich")
    with pytest.raises(ValidationError) as err:
        contacts.update_contact(store, row.id, {"city": 999})
    assert err.value.field == "city"
    contacts.delete_contact(store, row.id)
    with pytest.raises(NotFoundError):
        contacts.get_contact(store, row.id)


def _meeting(store, trip_id, title, start, contact_id):
    return agenda.add_item(store, trip_id, {"title": title, "start": start, "timezone": LA,
                                            "contacts": [contact_id], "location": "City Hall"})


def test_history_meetings_trips_and_open_follow_ups(store, people, sf):
    jane = people["jane"].id
    old = trips.create_trip(store, {"title": "First visit", "start": "2017-05-01",
                                    "end": "2017-05-04", "destinations": [sf]}).id
    new = trips.create_trip(store, {"title": "Signing", "start": "2026-03-05",
                                    "end": "2026-03-10", "destinations": [sf]}).id
    _meeting(store, old, "Letter of intent", "2017-05-02T10:00", jane)
    _meeting(store, new, "Before", "2026-03-06T10:00", jane)
    _meeting(store, new, "After", "2026-03-09T10:00", jane)
    participants.add_participant(store, old, {"name": "Jane", "contact": jane})
    followups.add_follow_up(store, new, {"action": "Thank-you letter", "contact": jane})
    followups.add_follow_up(store, new, {"action": "Old one", "contact": jane, "status": "done"})

    history = contacts.contact_history(store, jane)
    assert [(m.title, m.trip_title) for m in history] == [
        ("After", "Signing"), ("Before", "Signing"), ("Letter of intent", "First visit")]
    assert history[0].start.astimezone(UTC) == datetime(2026, 3, 9, 17, tzinfo=UTC)
    assert history[1].start.astimezone(UTC) == datetime(2026, 3, 6, 18, tzinfo=UTC)
    assert history[0].location == "City Hall"
    assert [t.title for t in contacts.contact_trips(store, jane)] == ["First visit"]
    assert [f.action for f in followups.list_follow_ups(store, contact_id=jane,
                                                        open_only=True)] == ["Thank-you letter"]
    with pytest.raises(InUseError) as err:
        contacts.delete_contact(store, jane)
    assert str(err.value) == "Cannot delete Jane Example: counterpart in 3 meetings"
    assert err.value.message("de") == (
        "Jane Example kann nicht gelöscht werden: Gesprächspartner in 3 Terminen")
    assert contacts.contact_history(store, people["olga"].id) == []
