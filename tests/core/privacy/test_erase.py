"""Erasure keeps the trips' history but leaves none of the person's values in the file's bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from delegations.model import Contact, Participant
from delegations.model.trip import agenda_contact
from delegations.privacy.erase import anonymise_person
from delegations.privacy.person import find_people, get_person
from delegations.services import agenda, contacts, followups, participants, trips
from delegations.storage.backup import make_backup
from delegations.storage.store import Store

NAME = "Zofia Kämpfer-Łukasik"
EMAIL = "zofia.k-l@example.org"
PHONES = ("+49 431 999-4711", "+49 431 999-4712")


def _person(store: Store) -> dict[str, int]:
    """A contact who travelled twice, was a counterpart once and is mentioned in notes."""
    contact = contacts.create_contact(store, {"name": NAME, "email": EMAIL, "phone": PHONES[0],
                                              "bio": "Stadtplanerin", "notes": "mag Tee"})
    contacts.update_contact(store, contact.id, {"phone": PHONES[1]})  # old value in the WAL
    ids = {"contact": contact.id}
    for n, start in enumerate(("2024-05-01", "2026-05-01")):
        trip = trips.create_trip(store, {"title": f"Reise {n}", "kind": "citizens",
                                         "start": start, "end": start[:8] + "05"})
        person, _ = participants.add_participant(
            store, trip.id, {"name": NAME, "email": EMAIL, "phone": PHONES[1],
                             "diet": "vegan", "mobility": "Rollstuhl",
                             **({"contact": contact.id} if n == 0 else {})})
        participants.add_participant(store, trip.id, {"name": "Ben Other", "email": "b@x.org"})
        agenda.add_item(store, trip.id, {
            "title": "Treffen", "start": f"{start}T10:00", "end": f"{start}T11:00",
            "timezone": "Europe/Berlin", "contacts": [contact.id], "attendees": [person.id],
            "notes": f"Gespräch mit {NAME}, Rückruf unter {PHONES[1]}"})
        ids[f"trip{n}"] = trip.id
    followups.add_follow_up(store, ids["trip0"], {"action": f"Mail an {EMAIL}"})
    return ids


def _scan(path: Path) -> list[str]:
    """The person's values found anywhere in the file's bytes."""
    data = path.read_bytes() if path.exists() else b""
    return [v for v in (NAME, EMAIL, *PHONES) if v.encode("utf-8") in data]


@pytest.fixture
def erased(store: Store, tmp_path: Path):
    ids = _person(store)
    before = make_backup(store.path, folder=tmp_path / "before")
    key = next(p.key for p in find_people(store, "zofia"))
    result = anonymise_person(store, key, actor="tester")
    return store, ids, before, result


def test_the_person_is_one_contact_with_both_places(store):
    _person(store)
    [person] = find_people(store, "Kämpfer")
    assert person.key.startswith("contact:") and person.places == 2
    assert get_person(store, person.key).email == EMAIL


def test_no_value_is_left_in_the_file_its_wal_or_a_new_backup(erased, tmp_path):
    store, _ids, before, result = erased
    assert result.compacted
    assert _scan(before.path) == [NAME, EMAIL, PHONES[1]]  # the scan does find them
    db = store.path
    assert _scan(db) == []
    assert _scan(Path(f"{db}-wal")) == []
    after = make_backup(db, folder=tmp_path / "after")
    assert _scan(after.path) == []


def test_history_and_statistics_stay(erased):
    store, ids, _before, result = erased
    assert result.participants == 2 and result.contact == "anonymised" and result.mentions >= 3
    for n in (0, 1):
        trip = trips.get_trip(store, ids[f"trip{n}"])
        assert len(trip.participants) == 2
        gone = next(p for p in trip.participants if p.name != "Ben Other")
        assert gone.name.startswith("Anonymised participant")
        assert (gone.email, gone.phone, gone.diet, gone.mobility) == ("", "", "", "")
        assert gone.role.value == "member"
        assert "[removed]" in trip.agenda[0].notes
    with store.read() as s:
        meetings = s.scalar(select(func.count()).where(
            agenda_contact.c.contact_id == ids["contact"]))
        contact = s.get(Contact, ids["contact"])
        assert meetings == 2 and contact is not None and contact.email == ""
        assert s.scalar(select(func.count(Participant.id))) == 4
    assert find_people(store, "zofia") == []


def test_a_contact_nobody_refers_to_is_deleted(store):
    contact = contacts.create_contact(store, {"name": "Lone Person", "email": "lone@x.org"})
    result = anonymise_person(store, f"contact:{contact.id}")
    assert result.contact == "deleted"
    with store.read() as s:
        assert s.get(Contact, contact.id) is None


def test_other_people_with_a_similar_name_are_left_alone(store):
    trip = trips.create_trip(store, {"title": "Reise", "start": "2026-01-05", "end": "2026-01-06"})
    anna, _ = participants.add_participant(store, trip.id, {"name": "Anna Berg",
                                                            "email": "anna@x.org"})
    participants.add_participant(store, trip.id, {"name": "Anna Berg-Schmidt",
                                                  "email": "joanna@x.org",
                                                  "notes": "reist mit Anna Berg"})
    anonymise_person(store, f"participant:{anna.id}")
    other = next(p for p in trips.get_trip(store, trip.id).participants if p.id != anna.id)
    assert (other.name, other.email) == ("Anna Berg-Schmidt", "joanna@x.org")
    assert other.notes == "reist mit [removed]"


@pytest.mark.both_engines
def test_erasure_on_either_engine_rewrites_the_tables(store):
    """On a server the tables holding old row versions are rewritten (VACUUM FULL: new
    files); on SQLite the file is vacuumed. Either way, nothing of the person is left."""
    _person(store)
    files = ("SELECT relname, relfilenode FROM pg_class WHERE relname IN "
             "('participant', 'contact', 'agenda_item') ORDER BY relname")
    with store.read() as s:
        before = None if store.is_sqlite else s.execute(text(files)).all()
    key = next(p.key for p in find_people(store, "zofia"))
    assert anonymise_person(store, key).compacted
    with store.read() as s:
        after = None if store.is_sqlite else s.execute(text(files)).all()
        assert not s.scalar(select(func.count()).select_from(Participant)
                            .where(Participant.name == NAME))
    assert store.is_sqlite or all(a[1] != b[1] for a, b in zip(after, before, strict=True))
