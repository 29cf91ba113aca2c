"""What comes after a trip travels in the exchange file: outcome links, attachments and
budget lines survive export and import, and bad ones change nothing."""

from __future__ import annotations

import copy

import pytest

from delegations.errors import ValidationError
from delegations.exchange import dumps, export_store, import_exchange
from delegations.services import budget, cities, contacts, goals, outcomes, trips


@pytest.fixture
def filled(store) -> dict[str, int]:
    sf = cities.create_city(store, {"name": "San Francisco", "timezone": "America/Los_Angeles"})
    hangzhou = cities.create_city(store, {"name": "杭州", "timezone": "Asia/Shanghai"})
    mayor = contacts.create_contact(store, {"name": "London Breed", "city": sf.id})
    envoy = contacts.create_contact(store, {"name": "Åsa Kämpfer", "city": hangzhou.id})
    goal = goals.create_goal(store, {"name": "Partnerschaften"})
    trip = trips.create_trip(store, {"title": "SF 2026", "start": "2026-02-22",
                                     "end": "2026-02-27", "destinations": [sf.id]})
    row = outcomes.add_outcome(store, trip.id, {
        "kind": "agreement", "date": "2026-02-24", "text": "Partnerschaft unbefristet",
        "goals": [goal.id], "contacts": [mayor.id, envoy.id], "cities": [hangzhou.id]})
    outcomes.add_attachment(store, row.id, "https://kiel.de/vertrag.pdf", "Vertrag")
    outcomes.add_attachment(store, row.id, "/srv/Ablage/Foto Rathaus.jpg")
    add = budget.add_budget_line
    add(store, trip.id, {"category": "gifts", "funding": "city_budget", "planned": 365})
    add(store, trip.id, {"category": "travel", "funding": "eu_programme", "planned": "2.400,50",
                         "actual": 2612.35, "note": "Flüge FRA–SFO"})
    return {"trip": trip.id, "outcome": row.id}


def test_the_document_carries_links_attachments_and_budget(store, filled):
    doc = export_store(store)
    trip = doc["trips"][0]
    outcome = trip["outcomes"][0]
    refs = {c["name"]: c["ref"] for c in doc["contacts"]}
    assert outcome["contacts"] == [refs["London Breed"], refs["Åsa Kämpfer"]]
    assert outcome["cities"] == [next(c["ref"] for c in doc["cities"] if c["name"] == "杭州")]
    assert outcome["attachments"] == [
        {"title": "Vertrag", "location": "https://kiel.de/vertrag.pdf", "copied": False},
        {"title": "Foto Rathaus.jpg", "location": "/srv/Ablage/Foto Rathaus.jpg",
         "copied": False}]
    assert trip["budget_lines"] == [
        {"ref": "b2", "category": "travel", "funding": "eu_programme", "planned": 2400.5,
         "actual": 2612.35, "note": "Flüge FRA–SFO"},
        {"ref": "b1", "category": "gifts", "funding": "city_budget", "planned": 365,
         "actual": None, "note": ""}]


def test_round_trip_gives_the_same_text(store, other_store, filled):
    text = dumps(export_store(store))
    summary = import_exchange(other_store, export_store(store))
    assert summary.created["budget_lines"] == 2
    assert dumps(export_store(other_store)) == text
    trip_id = trips.list_trips(other_store)[0].id
    detail = outcomes.outcome_details(other_store, trip_id)[0]
    assert detail.contact_names == ("London Breed", "Åsa Kämpfer")
    assert detail.city_names == ("杭州",)
    assert [a.title for a in detail.attachments] == ["Vertrag", "Foto Rathaus.jpg"]
    assert budget.trip_totals(other_store, trip_id).total.actual_cents == 261235


def test_a_trip_export_brings_the_outcomes_contacts_and_cities(store, other_store, filled):
    doc = export_store(store, [filled["trip"]])
    assert {c["name"] for c in doc["contacts"]} == {"London Breed", "Åsa Kämpfer"}
    assert {c["name"] for c in doc["cities"]} == {"San Francisco", "杭州"}
    import_exchange(other_store, doc)
    assert dumps(export_store(other_store, [trips.list_trips(other_store)[0].id])) == dumps(doc)


def test_importing_again_updates_and_removes_budget_lines(store, filled):
    doc = export_store(store)
    lines = doc["trips"][0]["budget_lines"]
    lines[0]["actual"] = "2.700,00"
    del lines[1]
    doc["trips"][0]["outcomes"][0]["attachments"] = []
    summary = import_exchange(store, doc, replace=True)
    assert (summary.updated["budget_lines"], summary.removed["budget_lines"]) == (1, 1)
    rows = budget.list_budget_lines(store, filled["trip"])
    assert [(r.ref, r.actual_cents) for r in rows] == [("b2", 270000)]
    assert outcomes.get_outcome(store, filled["outcome"]).attachments == ()


def test_a_document_without_the_new_lists_still_imports(store, other_store, filled):
    doc = export_store(store)
    del doc["trips"][0]["budget_lines"]
    for key in ("contacts", "cities", "attachments"):
        del doc["trips"][0]["outcomes"][0][key]
    import_exchange(other_store, doc)
    trip_id = trips.list_trips(other_store)[0].id
    assert budget.list_budget_lines(other_store, trip_id) == []
    assert outcomes.outcome_details(other_store, trip_id)[0].contact_ids == ()


@pytest.mark.parametrize(("change", "path"), [
    (lambda t: t["budget_lines"][0].update(category="catering"),
     "trips[0].budget_lines[0].category"),
    (lambda t: t["budget_lines"][1].update(planned=-1), "trips[0].budget_lines[1].planned"),
    (lambda t: t["outcomes"][0]["contacts"].append("c-nobody"),
     "trips[0].outcomes[0].contacts[2]"),
    (lambda t: t["outcomes"][0]["attachments"][1].update(location=""),
     "trips[0].outcomes[0].attachments[1].location"),
])
def test_bad_items_are_refused_with_their_path(store, filled, change, path):
    before = dumps(export_store(store))
    doc = copy.deepcopy(export_store(store))
    change(doc["trips"][0])
    with pytest.raises(ValidationError) as err:
        import_exchange(store, doc)
    assert err.value.field == path
    assert dumps(export_store(store)) == before
