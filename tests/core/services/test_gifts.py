"""The gift register warns before anyone gets the same present twice."""

import pytest

from delegations.services import agenda, cities, contacts, gifts, trips


@pytest.fixture
def office(store):
    sf = cities.create_city(store, {"name": "San Francisco", "timezone": "America/Los_Angeles"})
    aarhus = cities.create_city(store, {"name": "Århus", "timezone": "Europe/Copenhagen"})
    mayor = contacts.create_contact(store, {"name": "London Breed", "city": sf.id})
    committee = contacts.create_contact(store, {"name": "Sister City Committee", "city": sf.id})
    old = trips.create_trip(store, {"title": "SF 2019", "start": "2019-05-01",
                                    "end": "2019-05-04", "destinations": [sf.id]})
    new = trips.create_trip(store, {"title": "SF 2026", "start": "2026-02-22",
                                    "end": "2026-02-27", "destinations": [sf.id]})
    add = gifts.add_gift
    add(store, {"description": "Gerahmtes Kieler-Woche-Plakat", "contact": mayor.id,
                "city": sf.id, "trip": old.id, "date": "2019-05-02"})
    add(store, {"description": "Bildband „Kiel – Stadt am Meer“", "counterpart": "Stadtrat",
                "city": sf.id, "trip": old.id, "date": "2019-05-03"})
    add(store, {"description": "Modell des Leuchtturms", "contact": committee.id,
                "direction": "received", "trip": old.id})
    add(store, {"description": "Kieler Sprotten", "counterpart": "Stadtrat", "city": aarhus.id})
    return {"sf": sf.id, "aarhus": aarhus.id, "mayor": mayor.id, "committee": committee.id,
            "old": old.id, "new": new.id}


def _descriptions(rows):
    return [r.description for r in rows]


def test_normalise_and_similar():
    assert gifts.normalise("  Gerahmtes   KIELER-Woche-Plakat! ") == "gerahmtes kieler woche plakat"
    assert gifts.normalise("Århus-Ansicht") == "arhus ansicht"
    assert gifts.similar("Kieler-Woche-Plakat, gerahmt", "kieler woche plakat gerahmt")
    assert gifts.similar("Plakat Kieler Woche", "Gerahmtes Plakat Kieler Woche 2026")
    assert not gifts.similar("Kieler Sprotten", "Marzipan")
    assert not gifts.similar("", "Marzipan")


def test_a_repeat_to_the_same_contact_is_found(store, office):
    planned = {"description": "gerahmtes kieler woche plakat", "contact": office["mayor"]}
    repeats = gifts.gift_repeats(store, planned)
    assert _descriptions(repeats) == ["Gerahmtes Kieler-Woche-Plakat"]
    assert repeats[0].trip_title == "SF 2019"
    different = {"description": "Marzipantorte", "contact": office["mayor"]}
    assert gifts.gift_repeats(store, different) == []
    someone_else = {**planned, "contact": office["committee"]}
    assert gifts.gift_repeats(store, someone_else) == []


def test_a_repeat_to_the_same_counterpart_in_the_same_city(store, office):
    planned = {"description": "Bildband Kiel Stadt am Meer", "counterpart": "STADTRAT",
               "city": office["sf"]}
    assert _descriptions(gifts.gift_repeats(store, planned)) == ["Bildband „Kiel – Stadt am Meer“"]
    elsewhere = {**planned, "city": office["aarhus"]}
    assert gifts.gift_repeats(store, elsewhere) == []


def test_received_gifts_and_the_gift_itself_are_no_repeats(store, office):
    received = {"description": "Modell des Leuchtturms", "contact": office["committee"]}
    assert gifts.gift_repeats(store, received) == []
    mine = gifts.list_gifts(store, contact_id=office["mayor"])[0]
    again = {"id": mine.id, "description": mine.description, "contact": office["mayor"]}
    assert gifts.gift_repeats(store, again) == []


def test_gifts_already_exchanged_with_the_trips_counterparts(store, office):
    rows = gifts.gifts_for_trip_counterparts(store, office["new"])
    assert _descriptions(rows) == ["Bildband „Kiel – Stadt am Meer“",
                                   "Gerahmtes Kieler-Woche-Plakat", "Modell des Leuchtturms"]
    assert gifts.gifts_for_trip_counterparts(store, office["old"]) == []


def test_counterparts_come_from_the_programme_too(store, office):
    copenhagen = trips.create_trip(store, {"title": "Kopenhagen", "start": "2026-09-01",
                                           "end": "2026-09-02"})
    assert gifts.gifts_for_trip_counterparts(store, copenhagen.id) == []
    agenda.add_item(store, copenhagen.id, {
        "title": "Treffen", "start": "2026-09-01T10:00", "end": "2026-09-01T11:00",
        "timezone": "Europe/Copenhagen",
        "contacts": [office["committee"]]})
    assert _descriptions(gifts.gifts_for_trip_counterparts(store, copenhagen.id)) == [
        "Modell des Leuchtturms"]


def test_a_trips_repeated_gifts_are_named_with_the_earlier_one(store, office):
    add = gifts.add_gift
    again = add(store, {"description": "gerahmtes Kieler Woche Plakat", "contact": office["mayor"],
                        "city": office["sf"], "trip": office["new"]})
    add(store, {"description": "Marzipantorte", "contact": office["mayor"], "trip": office["new"]})
    add(store, {"description": "Gerahmtes Kieler-Woche-Plakat", "contact": office["mayor"],
                "direction": "received", "trip": office["new"]})
    repeats = gifts.trip_gift_repeats(store, office["new"])
    assert list(repeats) == [again.id]
    assert repeats[again.id].trip_title == "SF 2019"
