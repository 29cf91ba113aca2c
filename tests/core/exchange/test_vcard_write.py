"""Writing contacts as vCard 3.0 with stable UIDs, and reading our own files back whole."""

from __future__ import annotations

import dataclasses

import pytest

from delegations.exchange.preview import Action
from delegations.exchange.vcard import contact_uid, read_vcards, vcard_text, write_vcards
from delegations.exchange.vcard.write import fold
from delegations.services import cities, contacts

NAMES = ["Ulf Kämpfer", "Århus Kommune", "Mari Tõnismägi", "Gdańsk Urząd",
         "İskenderun Belediyesi", "Калининград", "杭州"]


@pytest.fixture
def people(store):
    kiel = cities.create_city(store, {"name": "Kiel", "timezone": "Europe/Berlin"}).id
    for n, name in enumerate(NAMES):
        contacts.create_contact(store, {
            "name": name, "honorific": "Herr" if n % 2 else "", "title": "Oberbürgermeister",
            "function": "Leiter, Referat; Internationales", "organisation": "Stadt Kiel",
            "city": kiel if n % 2 else None, "email": f"p{n}@example.org",
            "phone": "+49 431 901-2000", "languages": "de,en",
            "address_form": "Sehr geehrter Herr Oberbürgermeister",
            "bio": ("Ein langer Lebenslauf mit Umlauten: äöüß, 杭州 und Калининград. " * 5)
            + "\nZweite Zeile\\mit Backslash", "notes": "Notiz\r\nmit Zeilen"})
    return contacts.list_contacts(store)


def test_file_format(store, people, tmp_path):
    path = tmp_path / "contacts.vcf"
    assert write_vcards(store, path) == len(NAMES)
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:")
    assert raw.count(b"BEGIN:VCARD") == len(NAMES)
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF everywhere
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # folding never splits a character
    text = raw.decode("utf-8")
    assert "FN;CHARSET=UTF-8:Ulf Kämpfer\r\n" in text
    assert "N;CHARSET=UTF-8:Kämpfer;Ulf;;;\r\n" in text
    assert "TITLE:Leiter\\, Referat\\; Internationales\r\n" in text
    assert "X-DELEGATIONS-REF:ulf-kampfer\r\n" in text


def test_uids_are_stable_and_differ_by_ref(store, people, tmp_path):
    first = vcard_text(people)
    assert vcard_text(contacts.list_contacts(store)) == first
    uids = [line for line in first.split("\r\n") if line.startswith("UID:")]
    assert len(set(uids)) == len(NAMES)
    assert contact_uid("c-kaempfer") == contact_uid("c-kaempfer") != contact_uid("c-aust")
    assert f"UID:{contact_uid(people[0].ref)}" in first


def test_round_trip_keeps_every_field(store, people, tmp_path):
    path = tmp_path / "contacts.vcf"
    write_vcards(store, path)
    preview = read_vcards(path, store)
    assert [r.action for r in preview.rows] == [Action.UPDATE] * len(NAMES)
    assert all(r.duplicates == () for r in preview.rows)
    for contact in people:
        contacts.delete_contact(store, contact.id)
    read_vcards(path, store).apply(store, all_or_nothing=True)
    restored = contacts.list_contacts(store)
    normalised = [dataclasses.replace(c, notes=c.notes.replace("\r\n", "\n")) for c in people]
    assert [dataclasses.replace(c, id=0) for c in restored] == [
        dataclasses.replace(c, id=0) for c in normalised]


def test_export_some_contacts(store, people, tmp_path):
    path = tmp_path / "two.vcf"
    assert write_vcards(store, path, [people[0].id, people[-1].id]) == 2
    names = [r.name for r in read_vcards(path, store).rows]
    assert names == [people[0].name, people[-1].name]


def test_fold_counts_bytes_not_characters():
    line = "NOTE:" + "杭" * 60
    folded = fold(line).split("\r\n ")
    assert "".join(folded) == line
    assert all(len(piece.encode()) <= 74 for piece in folded[1:])
    assert len(folded[0].encode()) <= 75
