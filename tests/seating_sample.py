"""A small dinner with two visiting delegations (Kaliningrad and Hangzhou), for the
seating tests of the core, the papers, the command line and the window."""

from __future__ import annotations

from typing import Any

from delegations.exchange import import_exchange
from delegations.services import seating
from delegations.storage.store import Store


def _person(ref: str, name: str, function: str, rank: int, role: str = "member",
            contact: str | None = None) -> dict[str, Any]:
    return {"ref": ref, "name": name, "function": function, "role": role,
            "precedence": rank, "status": "confirmed", "contact": contact}


DOCUMENT: dict[str, Any] = {
    "format": "delegations-exchange", "version": 1,
    "home": {"name": "Kiel", "timezone": "Europe/Berlin"},
    "cities": [
        {"ref": "kgd", "name": "Калининград", "country": "RU", "relation": "partner",
         "timezone": "Europe/Kaliningrad"},
        {"ref": "hz", "name": "杭州", "country": "CN", "relation": "friendly",
         "timezone": "Asia/Shanghai"},
    ],
    "contacts": [
        {"ref": "c-kgd", "name": "Ирина Соколова", "title": "Глава", "city": "kgd"},
        {"ref": "c-kgd2", "name": "Алексей Петров", "city": "kgd"},
        {"ref": "c-hz", "name": "王芳", "title": "副市长", "city": "hz"},
        {"ref": "c-ob", "name": "Ulf Kämpfer", "title": "Oberbürgermeister"},
    ],
    "trips": [{
        "ref": "visit", "title": "Besuch aus Калининград und 杭州", "kind": "incoming",
        "status": "confirmed", "start": "2026-06-20", "end": "2026-06-22",
        "destinations": [], "language": "de",
        "participants": [
            _person("ob", "Ulf Kämpfer", "Oberbürgermeister", 1, "head", "c-ob"),
            _person("sp", "Bettina Aust", "Stadtpräsidentin", 2),
            _person("ref", "Friederike Hansen", "Leiterin Referat", 3, "staff"),
            _person("kgd1", "Ирина Соколова", "Глава", 1, "guest", "c-kgd"),
            _person("kgd2", "Алексей Петров", "Начальник отдела", 2, "guest", "c-kgd2"),
            _person("hz1", "王芳", "副市长", 1, "guest", "c-hz"),
            _person("dol", "Olga Becker", "Dolmetscherin", 9, "interpreter"),
        ],
        "agenda": [{
            "ref": "dinner", "title": "Abendessen im Rathaus", "kind": "meal",
            "start": "2026-06-20T19:00", "end": "2026-06-20T22:00",
            "timezone": "Europe/Berlin", "location": "Rathaus Kiel"}],
    }],
}


def load(store: Store) -> None:
    import_exchange(store, DOCUMENT)


def dinner_plan(store: Store) -> int:
    """The dinner's plan: a head table of 6 and a round table 'Förde' of 4, guests
    listed, the interpreter serving Ирина Соколова."""
    from delegations.services import trips

    load(store)
    trip = trips.get_trip(store, trips.find_trip(store, "visit"))
    plan_id = seating.create_plan(store, trip.agenda[0].id, head_name="Ehrentafel",
                                  head_seats=6)
    seating.add_table(store, plan_id, {"name": "Förde", "shape": "round", "seats": 4})
    view = seating.get_plan(store, plan_id)
    by_name = {g.name: g.id for g in view.guests}
    seating.update_guest(store, by_name["Olga Becker"],
                         {"serves_id": by_name["Ирина Соколова"]})
    return plan_id
