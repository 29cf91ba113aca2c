"""Forms of address and cars in the exchange file: out and back the same, kept when the
file does not state them, replaced when it does, and bad ones refused by their path."""

from __future__ import annotations

import copy

import pytest

from delegations.exchange import export_store, import_exchange
from delegations.services import agenda, contacts, participants, transport, trips
from delegations.services.address import forms_values
from delegations.storage.store import open_store
from tests.core.exchange.refusal import refused_unchanged
from tests.seating_sample import load


def exported(store) -> dict:
    return export_store(store, [trips.find_trip(store, "visit")])


@pytest.fixture
def visit(store) -> dict[str, int]:
    load(store)
    trip = trips.find_trip(store, "visit")
    people = {p.ref: p for p in participants.list_participants(store, trip)}
    contact = people["kgd1"].contact_id
    contacts.update_contact(store, contact, {"address_forms": {
        "de": {"envelope": "Ihre Exzellenz\nIrina Sokolova", "salutation": "Exzellenz"},
        "en": {"spoken": "Your Excellency"}}})
    participants.update_participant(store, people["ob"].id, {"address_forms": {
        "de": {"envelope": "Herrn\nOberbürgermeister Dr. Ulf Kämpfer"}}})
    transfer = agenda.add_item(store, trip, {
        "title": "Transfer zum Hafen", "kind": "transfer", "start": "2026-06-21T09:00",
        "end": "2026-06-21T09:30", "timezone": "Europe/Berlin"})
    car = transport.add_vehicle(store, trip, {"name": "Kleinbus Калининград",
                                              "driver": "İskender Yılmaz", "seats": 3})
    transport.set_riders(store, transfer.id, car.id, [people["kgd1"].id, people["ob"].id])
    return {"trip": trip, "contact": contact, "ob": people["ob"].id, "car": car.id}


def test_forms_and_cars_go_out_and_come_back_the_same(store, visit, tmp_path):
    document = exported(store)
    [irina] = [c for c in document["contacts"] if c["ref"] == "c-kgd"]
    assert irina["address_forms"] == {
        "de": {"envelope": "Ihre Exzellenz\nIrina Sokolova", "salutation": "Exzellenz",
               "spoken": ""},
        "en": {"envelope": "", "salutation": "", "spoken": "Your Excellency"}}
    trip = document["trips"][0]
    people = {p["ref"]: p for p in trip["participants"]}
    assert people["ob"]["address_forms"]["de"]["envelope"].startswith("Herrn")
    assert all(p["address_forms"] == {} for r, p in people.items() if r != "ob")
    [car] = trip["vehicles"]
    assert (car["name"], car["driver"], car["seats"]) == ("Kleinbus Калининград",
                                                          "İskender Yılmaz", 3)
    transfer = next(a["ref"] for a in trip["agenda"] if a["title"] == "Transfer zum Hafen")
    assert car["rides"] == [{"item": transfer, "riders": ["kgd1", "ob"]}]  # by precedence, then ref
    other = open_store(tmp_path / "other.sqlite")
    try:
        import_exchange(other, document)
        assert exported(other) == document
        import_exchange(other, document)  # again: nothing doubles
        assert exported(other) == document
    finally:
        other.close()


def test_a_file_without_them_keeps_them_and_one_stating_them_replaces(store, visit):
    document = exported(store)
    bare = copy.deepcopy(document)
    for contact in bare["contacts"]:
        contact.pop("address_forms")
    bare["trips"][0].pop("vehicles")
    for person in bare["trips"][0]["participants"]:
        person.pop("address_forms")
    import_exchange(store, bare)
    assert exported(store) == document
    assert import_exchange(store, bare, replace=True)  # no statement: nothing to replace
    assert exported(store)["trips"][0]["vehicles"] == document["trips"][0]["vehicles"]
    changed = copy.deepcopy(document)
    [irina] = [c for c in changed["contacts"] if c["ref"] == "c-kgd"]
    irina["address_forms"] = {"de": {"salutation": "Sehr geehrte Frau Sokolova"}}
    changed["trips"][0]["vehicles"][0]["rides"][0]["riders"] = ["kgd1"]
    import_exchange(store, changed)
    forms = forms_values(store, contact_id=visit["contact"])
    assert forms["de"] == {"envelope": "", "salutation": "Sehr geehrte Frau Sokolova",
                           "spoken": ""}
    assert forms["en"] == {"envelope": "", "salutation": "", "spoken": ""}  # left out: gone
    [(_item, riders)] = transport.item_rides(store, _transfer(store, visit)).items()
    assert len(riders) == 1


def _transfer(store, visit) -> int:
    trip = trips.get_trip(store, visit["trip"])
    return next(a.id for a in trip.agenda if a.title == "Transfer zum Hafen")


@pytest.mark.parametrize(("change", "path"), [
    (lambda d: d["contacts"][0].__setitem__("address_forms", {"fr": {"spoken": "Madame"}}),
     "contacts[0].address_forms"),
    (lambda d: d["contacts"][0].__setitem__("address_forms", ["Exzellenz"]),
     "contacts[0].address_forms"),
    (lambda d: d["trips"][0]["participants"][2]["address_forms"].__setitem__(
        "de", {"salutation": "x" * 301}), "trips[0].participants[2].address_forms.de"),
    (lambda d: d["trips"][0]["vehicles"][0].__setitem__("seats", 1),
     "trips[0].vehicles[0].rides[0].riders"),
    (lambda d: d["trips"][0]["vehicles"][0]["rides"][0].__setitem__("item", "a99"),
     "trips[0].vehicles[0].rides[0].item"),
    (lambda d: d["trips"][0]["vehicles"][0]["rides"][0].__setitem__("riders", ["nobody"]),
     "trips[0].vehicles[0].rides[0].riders[0]"),
    (lambda d: d["trips"][0]["vehicles"].append(dict(d["trips"][0]["vehicles"][0])),
     "trips[0].vehicles[1]"),
])
def test_bad_forms_or_cars_are_refused_by_path_and_change_nothing(store, visit, change,
                                                                  path):
    bad = copy.deepcopy(exported(store))
    change(bad)
    refused_unchanged(store, bad, path, lambda: exported(store))


def test_replacing_names_the_cars_removed_and_changed_forms_count_as_changes(store, visit):
    document = exported(store)
    fewer = copy.deepcopy(document)
    fewer["trips"][0]["vehicles"] = []
    rehearsal = import_exchange(store, fewer, replace=True, rehearse=True)
    assert ("vehicles", "Kleinbus Калининград") in rehearsal.removed_items
    assert transport.list_vehicles(store, visit["trip"])  # a rehearsal changes nothing
    summary = import_exchange(store, fewer, replace=True)
    assert summary.removed["vehicles"] == 1 and "vehicles" in summary.kinds()
    assert transport.list_vehicles(store, visit["trip"]) == []
    other = copy.deepcopy(exported(store))
    [irina] = [c for c in other["contacts"] if c["ref"] == "c-kgd"]
    irina["address_forms"]["de"]["salutation"] = "Sehr geehrte Frau Sokolova"
    assert import_exchange(store, other).changed_existing == 1
    assert import_exchange(store, other).changed_existing == 0  # the same again: no change
