"""Builds a large office database for timing: 2,000 trips, 20,000 contacts,
100,000 agenda items, 10,000 follow-ups (sizes can be scaled with --scale).

Rows go in with bulk inserts straight into the tables: the point is a realistic
store quickly, not to time the services that write one row at a time.
"""

from __future__ import annotations

import argparse
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from delegations.model import AgendaItem, City, Contact, FollowUp, Participant, Trip
from delegations.model.follow_up_words import reindex_follow_ups
from delegations.model.search import reindex
from delegations.model.trip import TripDestination, agenda_attendee, agenda_contact
from delegations.storage.store import Store, open_store

ZONES = ["Europe/Berlin", "America/Los_Angeles", "Europe/Istanbul", "Africa/Dar_es_Salaam",
         "Europe/Copenhagen", "Europe/Tallinn", "Europe/Kaliningrad", "Asia/Shanghai"]
NAMES = ["Kämpfer", "Århus", "Tõnismägi", "Gdańsk", "İskenderun", "Калининград", "杭州",
         "Müller", "Jensen", "Nowak", "Yılmaz", "Smirnova", "Wang", "Tamm", "Dubois"]


def _batched(rows: list[dict], size: int = 5000):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _insert(store: Store, table, rows: list[dict]) -> None:
    with store.transaction() as s:
        for batch in _batched(rows):
            s.execute(insert(table), batch)


def build(path: Path, scale: float = 1.0, seed: int = 7) -> dict[str, int]:
    rnd = random.Random(seed)
    n_trips, n_contacts = int(2000 * scale), int(20000 * scale)
    n_agenda, n_follow = int(100000 * scale), int(10000 * scale)
    store = open_store(path)
    cities = [dict(id=i, ref=f"city{i}", name=f"{rnd.choice(NAMES)}stadt {i}", country="DE",
                   relation="partner", timezone=rnd.choice(ZONES), languages="", topics="",
                   notes="") for i in range(1, 201)]
    _insert(store, City.__table__, cities)
    contacts = [dict(id=i, ref=f"c{i}", name=f"{rnd.choice(NAMES)} {i}", honorific="",
                     title="", function="Referent", organisation=f"Org {i % 500}",
                     city_id=rnd.randint(1, 200), email=f"c{i}@example.org", phone="",
                     languages="", address_form="", bio="", notes="")
                for i in range(1, n_contacts + 1)]
    _insert(store, Contact.__table__, contacts)
    trips, dests, people = [], [], []
    for t in range(1, n_trips + 1):
        start = date(2000, 1, 1) + timedelta(days=rnd.randint(0, 365 * 27))
        trips.append(dict(id=t, ref=f"trip{t}", title=f"Delegationsreise {rnd.choice(NAMES)} {t}",
                          kind="outgoing", status="completed", start_date=start,
                          end_date=start + timedelta(days=5), purpose="", objectives="",
                          language="de", currency="EUR", funding_source="", notes="",
                          example=False))
        dests.append(dict(trip_id=t, city_id=rnd.randint(1, 200), position=0))
        for p in range(1, 9):
            people.append(dict(id=(t - 1) * 8 + p, trip_id=t, ref=f"p{p}", name=f"Person {p}",
                               function="", organisation="", role="member", precedence=p,
                               status="confirmed", email="", phone="", diet="",
                               mobility="", notes=""))
    _insert(store, Trip.__table__, trips)
    _insert(store, TripDestination.__table__, dests)
    _insert(store, Participant.__table__, people)
    agenda, counterparts, attendees = [], [], []
    for a in range(1, n_agenda + 1):
        trip = trips[(a - 1) % n_trips]
        begin = datetime.combine(trip["start_date"], datetime.min.time(), UTC) + timedelta(
            hours=rnd.randint(7, 100))
        agenda.append(dict(id=a, trip_id=trip["id"], ref=f"a{a}", title=f"Gespräch {a}",
                           kind="meeting", start_utc=begin,
                           end_utc=begin + timedelta(hours=1),
                           timezone=rnd.choice(ZONES), location="Rathaus", address="",
                           responsible="", dress_code="", objectives="", talking_points="",
                           notes="", confidential=False, external_uid=""))
        counterparts.append(dict(agenda_item_id=a, contact_id=rnd.randint(1, n_contacts)))
        attendees.append(dict(agenda_item_id=a, participant_id=(trip["id"] - 1) * 8 + 1))
    _insert(store, AgendaItem.__table__, agenda)
    _insert(store, agenda_contact, counterparts)
    _insert(store, agenda_attendee, attendees)
    follow = [dict(id=f, trip_id=rnd.randint(1, n_trips), ref=f"f{f}", action=f"Nachfassen {f}",
                   owner="Protokoll", due=date(2026, 1, 1) + timedelta(days=rnd.randint(0, 400)),
                   status=rnd.choice(["open", "in_progress", "done", "dropped"]),
                   city_id=None, contact_id=rnd.randint(1, n_contacts), notes="")
              for f in range(1, n_follow + 1)]
    _insert(store, FollowUp.__table__, follow)
    with store.transaction() as s:  # bulk inserts pass the hook that keeps the words
        reindex(s.connection())
        reindex_follow_ups(s.connection())
    store.close()
    return {"trips": n_trips, "contacts": n_contacts, "agenda": n_agenda, "follow_ups": n_follow}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.path.exists():
        parser.error(f"{args.path} exists; pick a new file")
    print(build(args.path, args.scale))


if __name__ == "__main__":
    main()
