"""Printed papers private where they must be, and a visit we host printed as one (issue #12).

Each test reads the PDF back: every personal field against every audience, the
classification on every page that carries a special category, an incoming visit in home
time with its guests not listed as contacts on site.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pdfplumber
import pytest

from delegations.documents import DocumentRequest, document_bytes
from delegations.documents.audience import (
    AUDIENCES,
    CONTACT_PERSONAL,
    PERSONAL,
    may_read,
)
from delegations.services import agenda, cities, contacts, home, participants, trips
from delegations.storage.store import Store
from tests.pdf_text import plumbed_pages

PRINTED = date(2026, 2, 10)
MARKS = {"function": "Fnktmarke", "organisation": "Orgmarke", "email": "mailmarke@example.org",
         "phone": "+49 151 9990 1234", "diet": "Diätmarke", "mobility": "Rollstuhlmarke",
         "notes": "Notizmarke Herzleiden", "function_en": "Fnktenglisch"}
CONTACT_MARKS = {"function": "Kfunktion", "organisation": "Korganisation",
                 "email": "kmail@example.org", "phone": "+1 415 555 0199",
                 "languages": "kk", "address_form": "Anredemarke", "bio": "Lebenslaufmarke",
                 "notes": "Kontaktnotizmarke", "function_en": "Kfunktionenglisch",
                 "address_spoken": "Gesprächsanredemarke", "photo_path": "fotomarke.png",
                 "bio_en": "Biographymark"}
OTHER_LANGUAGE = {"de": "function_en", "en": "function"}  # the function not printed in `lang`
CONFIDENTIAL = {"de": "Vertraulich – nur für den Dienstgebrauch",
                "en": "Confidential – for internal use only"}


def _trip(store: Store) -> tuple[int, int, int]:
    """A trip with one participant whose every personal field holds a mark, a colleague
    (plain) and a counterpart whose every field holds a mark; the ids of trip, marked
    participant, colleague."""
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    city = cities.create_city(store, {"ref": "sf", "name": "San Francisco", "country": "US",
                                      "timezone": "America/Los_Angeles"})
    host = contacts.create_contact(store, {"name": "Robert Host", "city": city.id,
                                           **CONTACT_MARKS})
    trip = trips.create_trip(store, {"ref": "t", "title": "Reise", "start": "2026-03-01",
                                     "end": "2026-03-03", "destinations": [city.id]})
    marked, _ = participants.add_participant(store, trip.id, {
        "name": "Anna Marked", "role": "member", **MARKS})
    plain, _ = participants.add_participant(store, trip.id, {
        "name": "Bert Plain", "role": "staff", "phone": "+49 431 000"})
    agenda.add_item(store, trip.id, {"title": "Empfang", "start": "2026-03-02T10:00",
                                     "end": "2026-03-02T11:00", "contacts": [host.id],
                                     "talking_points": "Häfen"})
    return trip.id, marked.id, plain.id


REQUESTS: dict[str, dict[str, Any]] = {
    "full": {"kind": "itinerary"}, "external": {"kind": "itinerary", "variant": "external"},
    "participant": {"kind": "itinerary", "variant": "participant"},
    "briefing": {"kind": "briefing"}}


@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_personal_field_against_every_audience(store: Store, audience: str) -> None:
    """What an audience may not read is nowhere in its copy; what it may read is there."""
    trip_id, marked, plain = _trip(store)
    options: dict[str, Any] = dict(REQUESTS[audience])
    if audience == "participant":  # the colleague's personal copy, about Anna
        options["participant_id"] = plain
    for lang in ("de", "en"):
        text = " ".join(plumbed_pages(document_bytes(store, DocumentRequest(
            trip_id=trip_id, language=lang, **options), printed_on=PRINTED)))
        for field in PERSONAL:
            shown = MARKS[field] in text
            if not may_read(audience, field):
                assert not shown, (audience, field)
            elif audience in ("full", "briefing") and field != OTHER_LANGUAGE[lang]:
                assert shown, (audience, field)  # their copies list the delegation
        for field in CONTACT_PERSONAL:
            if not may_read(audience, field, contact=True) and field != "languages":
                assert CONTACT_MARKS[field] not in text, (audience, "contact", field)
    # and the participant's own copy leaves out a colleague's fields the same way
    if audience == "participant":
        own = " ".join(plumbed_pages(document_bytes(store, DocumentRequest(
            "itinerary", trip_id, variant="participant", participant_id=marked),
            printed_on=PRINTED)))
        assert MARKS["notes"] not in own and MARKS["diet"] not in own


def test_no_note_rides_on_a_function_in_the_contacts_on_site(store: Store) -> None:
    """The office's own copy keeps notes in the delegation table, never in the phone list."""
    trip_id, _, _ = _trip(store)
    pages = plumbed_pages(document_bytes(
        store, DocumentRequest("itinerary", trip_id, language="en"), printed_on=PRINTED))
    on_site = " ".join(pages).split("Contacts on site", 1)[1]
    assert "Anna Marked" in on_site and MARKS["notes"] not in on_site
    assert MARKS["diet"] not in on_site


@pytest.mark.parametrize("lang", ["de", "en"])
def test_pages_carrying_special_categories_are_marked_on_every_page(
        store: Store, lang: str) -> None:
    trip_id, _, plain = _trip(store)
    for number in range(30):  # a long programme: several pages
        agenda.add_item(store, trip_id, {"title": f"Punkt {number}",
                                         "start": f"2026-03-03T{6 + number // 3:02d}:00",
                                         "end": f"2026-03-03T{6 + number // 3:02d}:15",
                                         "notes": "Notiz " * 30})
    full = plumbed_pages(document_bytes(
        store, DocumentRequest("itinerary", trip_id, language=lang), printed_on=PRINTED))
    assert len(full) > 2
    for number, page in enumerate(full, 1):
        assert CONFIDENTIAL[lang] in page, number
    with pdfplumber.open(io.BytesIO(document_bytes(store, DocumentRequest(
            "itinerary", trip_id, language=lang), printed_on=PRINTED))) as pdf:
        for later in pdf.pages[1:]:  # in the running header, above its rule
            heads = later.search(CONFIDENTIAL[lang])
            assert heads and heads[0]["bottom"] < 22 * 72 / 25.4
    for variant, extra in (("external", {}), ("participant", {"participant_id": plain})):
        pages = plumbed_pages(document_bytes(store, DocumentRequest(
            "itinerary", trip_id, language=lang, variant=variant, **extra),
            printed_on=PRINTED))
        assert not any(CONFIDENTIAL[lang] in p for p in pages), variant


def _incoming(store: Store) -> int:
    """A visit to Kiel from Sovetsk, with a guest from Sovetsk as the counterpart."""
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    sovetsk = cities.create_city(store, {"ref": "sov", "name": "Sovetsk", "country": "RU",
                                         "timezone": "Europe/Kaliningrad"})
    guest = contacts.create_contact(store, {"name": "Irina Guest", "city": sovetsk.id,
                                            "phone": "+7 401 555 0001"})
    host = contacts.create_contact(store, {"name": "Karl Host", "phone": "+49 431 555 0101",
                                           "function": "Stadtpräsident"})
    trip = trips.create_trip(store, {"ref": "visit", "title": "Gäste aus Sovetsk",
                                     "kind": "incoming", "start": "2019-12-08",
                                     "end": "2019-12-10", "destinations": [sovetsk.id]})
    participants.add_participant(store, trip.id, {"name": "Irina Guest", "role": "head",
                                                  "contact": guest.id})
    agenda.add_item(store, trip.id, {"title": "Empfang im Kieler Rathaus",
                                     "start": "2019-12-09T11:00", "end": "2019-12-09T12:00",
                                     "contacts": [guest.id, host.id]})
    return trip.id


def test_a_new_point_of_an_incoming_visit_is_on_home_time(store: Store) -> None:
    trip_id = _incoming(store)
    item = trips.get_trip(store, trip_id).agenda[0]
    assert item.timezone == "Europe/Berlin" and item.start.hour == 11
    assert trips.get_trip(store, trip_id).timezone is None  # callers fall back to home


@pytest.mark.parametrize(("lang", "visit", "local", "on_site"), [
    ("de", "Besuch aus Sovetsk", "Alle Zeiten sind Ortszeit (Kiel)", "Ansprechpersonen vor Ort"),
    ("en", "Visit from Sovetsk", "All times are local (Kiel)", "Contacts on site")])
def test_an_incoming_visit_prints_as_held_at_home(store: Store, lang: str, visit: str,
                                                  local: str, on_site: str) -> None:
    trip_id = _incoming(store)
    text = " ".join(plumbed_pages(document_bytes(store, DocumentRequest(
        "itinerary", trip_id, language=lang), printed_on=PRINTED)))
    assert visit in text and local in text and "11:00–12:00" in text
    assert "Sovetsk)" not in text and "10:00" not in text
    assert "Reiseziele" not in text and "Destinations" not in text
    contacts_on_site = text.split(on_site, 1)[1]
    assert "Karl Host" in contacts_on_site and "Irina Guest" not in contacts_on_site
