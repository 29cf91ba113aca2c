"""A small office written through the services: Kiel, two partner cities, three trips."""

from __future__ import annotations

from delegations.services import agenda, cities, home, participants, travel, trips
from delegations.storage.store import Store


def _cities(store: Store) -> dict[str, int]:
    sf = cities.create_city(store, {"ref": "sf", "name": "San Francisco", "country": "US",
                                    "relation": "partner", "since": 2017,
                                    "timezone": "America/Los_Angeles"})
    aarhus = cities.create_city(store, {"ref": "aarhus", "name": "Aarhus", "country": "DK",
                                        "relation": "partner", "since": 1967,
                                        "timezone": "Europe/Copenhagen"})
    return {"sf": sf.id, "aarhus": aarhus.id}


def _sf_trip(store: Store, city_id: int) -> int:
    trip = trips.create_trip(store, {
        "ref": "sf-2026", "title": "Signing ceremony San Francisco", "kind": "outgoing",
        "status": "confirmed", "start": "2026-02-22", "end": "2026-02-27",
        "destinations": [city_id], "purpose": "Make the partnership permanent."})
    for rank, (name, function, role) in enumerate([
            ("Ulf Kämpfer", "Oberbürgermeister", "head"),
            ("Anna Nowak", "Referentin für Internationales", "staff")], start=1):
        participants.add_participant(store, trip.id, {"name": name, "function": function,
                                                      "role": role, "precedence": rank})
    agenda.add_item(store, trip.id, {"ref": "a1", "title": "Signing Ceremony",
                                     "kind": "ceremony", "start": "2026-02-24T09:00",
                                     "end": "2026-02-24T10:30", "timezone": "America/Los_Angeles",
                                     "location": "San Francisco City Hall"})
    travel.add_leg(store, trip.id, {"mode": "flight", "carrier": "LH", "number": "454",
                                    "from": "FRA", "depart": "2026-02-22T13:25",
                                    "depart_timezone": "Europe/Berlin", "to": "SFO",
                                    "arrive": "2026-02-22T16:10",
                                    "arrive_timezone": "America/Los_Angeles"})
    travel.add_stay(store, trip.id, {"name": "Hotel Union Square", "check_in": "2026-02-22",
                                     "check_out": "2026-02-27"})
    return trip.id


def build(store: Store) -> None:
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    ids = _cities(store)
    _sf_trip(store, ids["sf"])
    trips.create_trip(store, {"ref": "aarhus-2025", "title": "Kieler Woche guests from Aarhus",
                              "kind": "incoming", "status": "completed", "start": "2025-06-21",
                              "end": "2025-06-23", "destinations": [ids["aarhus"]]})
    trips.create_trip(store, {"ref": "aarhus-2024", "title": "Youth exchange Aarhus",
                              "kind": "youth_exchange", "status": "completed",
                              "start": "2024-07-01", "end": "2024-07-08",
                              "destinations": [ids["aarhus"]]})
