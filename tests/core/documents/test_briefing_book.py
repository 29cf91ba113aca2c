"""The papers as complete as a real briefing book, and English throughout (issue #12).

Each test reads the PDF back: contacts by surname, English fields in English papers and
a note where a text is only in German, the briefing pack's summary, who's who, meetings,
emergencies and logistics, and the follow-up brief's balance.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from delegations.documents import DocumentRequest, document_bytes
from delegations.documents.names import surname_key
from delegations.services import (
    agenda,
    budget,
    cities,
    contacts,
    followups,
    gifts,
    goals,
    home,
    participants,
    trips,
)
from delegations.storage.store import Store
from tests.pdf_text import plumbed_pages
from tests.stores import opened_copy

PRINTED = date(2026, 2, 10)


def _text(store: Store, kind: str, trip_id: int, lang: str, **options: object) -> str:
    return " ".join(plumbed_pages(document_bytes(store, DocumentRequest(
        kind, trip_id, language=lang, **options), printed_on=PRINTED)))  # type: ignore[arg-type]


@pytest.fixture
def demo(tmp_path: Path, demo_file: Path) -> Iterator[Store]:
    yield from opened_copy(demo_file, tmp_path / "demo.sqlite")


def _office(store: Store) -> tuple[int, int]:
    """Kiel and San Francisco; a trip (German, with some English texts); trip id, city id."""
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    sf = cities.create_city(store, {"ref": "sf", "name": "San Francisco", "country": "US",
                                    "relation": "partner", "since": 2017,
                                    "timezone": "America/Los_Angeles",
                                    "topics": "Klimaschutz und Häfen"})
    trip = trips.create_trip(store, {
        "ref": "t", "title": "Unterzeichnung in San Francisco", "status": "confirmed",
        "title_en": "Signing in San Francisco", "start": "2026-03-01", "end": "2026-03-03",
        "destinations": [sf.id], "purpose": "Partnerschaft dauerhaft besiegeln.",
        "objectives": "1. Vertrag unterzeichnen.", "objectives_en": "1. Sign the agreement."})
    return trip.id, sf.id


def _host(store: Store, city: int, name: str, phone: str, **more: str) -> int:
    return contacts.create_contact(store, {"name": name, "city": city, "phone": phone,
                                           **more}).id


def test_surname_key_puts_honorifics_and_particles_aside() -> None:
    names = ["Prof. Dr. Hans von der Leyen", "The Honorable London Breed", "Anna Zorn",
             "Martin Luther King Jr.", "Ömer Çelik", "Dr. Ulrike Meyer-Stahl"]
    assert sorted(names, key=surname_key) == [
        "The Honorable London Breed", "Ömer Çelik", "Martin Luther King Jr.",
        "Prof. Dr. Hans von der Leyen", "Dr. Ulrike Meyer-Stahl", "Anna Zorn"]
    assert surname_key("王伟")[0] == "王伟"  # family name first: the name as written


@pytest.mark.parametrize("lang", ["de", "en"])
def test_hosts_on_site_and_in_the_whos_who_sort_by_surname(store: Store, lang: str) -> None:
    trip_id, sf = _office(store)
    hosts = [_host(store, sf, name, f"+1 415 555 01{n:02d}") for n, name in enumerate(
        ("Anna Zorn", "The Honorable London Breed", "Prof. Dr. Hans von der Leyen",
         "Ömer Çelik"))]
    agenda.add_item(store, trip_id, {"title": "Empfang", "start": "2026-03-02T10:00",
                                     "end": "2026-03-02T11:00", "contacts": hosts})
    order = ["Breed", "Çelik", "Leyen", "Zorn"]  # (a name may wrap in its cell)
    on_site = _text(store, "itinerary", trip_id, lang).split(
        {"de": "Ansprechpersonen vor Ort", "en": "Contacts on site"}[lang], 1)[1]
    assert [on_site.index(n) for n in order] == sorted(on_site.index(n) for n in order)
    programme = _text(store, "itinerary", trip_id, lang).split("Empfang", 1)[1]
    assert [programme.index(n) for n in order] == sorted(programme.index(n) for n in order)
    briefing = _text(store, "briefing", trip_id, lang)
    whos_who = briefing.split({"de": "Wer ist wer", "en": "Who's who"}[lang])[-1]
    assert [whos_who.index(n) for n in order] == sorted(whos_who.index(n) for n in order)


def test_english_papers_take_the_english_texts_and_say_what_is_only_german(
        store: Store) -> None:
    trip_id, sf = _office(store)
    person, _ = participants.add_participant(store, trip_id, {
        "name": "Ulf Kämpfer", "role": "head", "function": "Oberbürgermeister",
        "function_en": "Lord Mayor"})
    agenda.add_item(store, trip_id, {"title": "Gespräch im Rathaus", "title_en": "Talk at "
                                     "City Hall", "start": "2026-03-02T10:00",
                                     "end": "2026-03-02T11:00",
                                     "contacts": [_host(store, sf, "Ann Host", "+1 1")],
                                     "talking_points": "- Dank für den Empfang"})
    english = _text(store, "briefing", trip_id, "en")
    for words in ("Signing in San Francisco", "Sign the agreement.", "Talk at City Hall",
                  "Lord Mayor", "Sister city", "Partnerschaft dauerhaft besiegeln. (only in "
                  "German)", "Dank für den Empfang (only in German)",
                  "Klimaschutz und Häfen (only in German)"):
        assert words in english, words
    for german in ("Unterzeichnung in San Francisco", "Vertrag unterzeichnen",
                   "Gespräch im Rathaus", "Oberbürgermeister", "Partner city"):
        assert german not in english, german
    german = _text(store, "briefing", trip_id, "de")
    assert "Unterzeichnung in San Francisco" in german and "Oberbürgermeister" in german
    assert "Signing in San Francisco" not in german and "(nur auf" not in german
    itinerary = _text(store, "itinerary", trip_id, "en")
    assert "Talk at City Hall" in itinerary and "Gespräch im Rathaus" not in itinerary
    assert "Lord Mayor" in itinerary and person.name in itinerary


def test_briefing_pack_of_the_demo_san_francisco_trip(demo: Store) -> None:
    """Summary, who's who told once, meetings, emergencies: from the demo's stored data."""
    trip_id = trips.find_trip(demo, "sf-2026")
    pages = plumbed_pages(document_bytes(demo, DocumentRequest("briefing", trip_id, language="en"),
                                  printed_on=PRINTED))
    text = " ".join(pages)
    summary = next(p for p in pages[2:] if "Key messages" in p)
    for words in ("Purpose", "Objectives", "Sign the permanent partnership agreement",
                  "Key messages", "Budget and funding", "€68,500.00", "Total",
                  "Flüge FRA–SFO–FRA"):
        assert words in summary, words
    for words in ("Who's who", "Address in person Mayor Reyes",
                  "Address in writing Dear Mayor Reyes", "Interpreter needed No",
                  "Their side Michael Chen, Chief of Protocol; Mayor Alexandra Reyes",
                  "Expected asks",
                  "Press line", "Emergencies and logistics", "911", "9 hours behind Kiel",
                  "Luis Ortega", "Relation Sister city", "Since 2017"):
        assert words in text, words
    assert text.count("Dear Mayor Reyes") == 1  # told once, not at each of her meetings
    german = _text(demo, "briefing", trip_id, "de")
    for words in ("Wer ist wer", "Kernbotschaften", "Budget und Finanzierung", "68.500,00 €",
                  "Notfall und Logistik", "9 Stunden früher als in Kiel",
                  "Zu erwartende Anliegen", "Sprachregelung für die Presse"):
        assert words in german, words


def _portrait(path: Path) -> Path:
    Image.new("RGB", (60, 80), (40, 90, 160)).save(path)
    return path


def test_whos_who_with_photo_latin_name_interpreter_and_earlier_meetings(
        store: Store, tmp_path: Path) -> None:
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    sov = cities.create_city(store, {"ref": "sov", "name": "Sovetsk", "country": "RU",
                                     "timezone": "Europe/Kaliningrad"})
    head = contacts.create_contact(store, {"name": "Ulf Kämpfer"})
    irina = contacts.create_contact(store, {
        "name": "Ирина Соколова", "name_latin": "Irina Sokolova", "city": sov.id,
        "languages": "ru", "address_spoken": "Irina Vladimirovna",
        "photo_path": str(_portrait(tmp_path / "irina.png"))})
    ids = []
    for ref, start in (("old", "2024-05-02"), ("new", "2026-05-02")):
        trip = trips.create_trip(store, {"ref": ref, "title": f"Reise {ref}",
                                         "status": "completed", "start": start, "end": start,
                                         "destinations": [sov.id]})
        participants.add_participant(store, trip.id, {"name": "Ulf Kämpfer", "role": "head",
                                                      "contact": head.id})
        agenda.add_item(store, trip.id, {"title": f"Gespräch {ref}", "contacts": [irina.id],
                                         "start": f"{start}T10:00", "end": f"{start}T11:00"})
        ids.append(trip.id)
    participants.add_participant(store, ids[1], {"name": "Olga Dolmetsch",
                                                 "role": "interpreter"})
    data = document_bytes(store, DocumentRequest("briefing", ids[1], language="en"),
                          printed_on=PRINTED)
    text = " ".join(plumbed_pages(data))
    for words in ("In Latin letters Irina Sokolova", "Address in person Irina Vladimirovna",
                  "Interpreter needed Yes (Olga Dolmetsch)", "Met our principal",
                  "Gespräch old", "Last visit there"):
        assert words in text, words
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert sum(len(page.images) for page in pdf.pages) == 1
    contacts.update_contact(store, irina.id, {"photo_path": str(tmp_path / "gone.png")})
    assert "Irina Sokolova" in _text(store, "briefing", ids[1], "en")  # no photo, no failure


def test_follow_up_brief_balance(store: Store) -> None:
    """Objectives against results, planned against actual, gifts received and thanks owed;
    an action serving two goals told once."""
    trip_id, _ = _office(store)
    one = goals.create_goal(store, {"code": "1", "name": "Klima", "name_en": "Climate"})
    two = goals.create_goal(store, {"code": "2", "name": "Häfen", "name_en": "Ports"})
    trips.update_trip(store, trip_id, {"goals": [one.id, two.id]})
    budget.add_budget_line(store, trip_id, {"category": "travel", "planned": "1000",
                                            "actual": "1250,50", "note": "Flüge"})
    gifts.add_gift(store, {"trip": trip_id, "direction": "received", "description": "Vase",
                           "counterpart": "Mayor's Office", "value": 80,
                           "kept_at": "Rathaus, Vitrine"})
    gifts.add_gift(store, {"trip": trip_id, "direction": "received", "description": "Buch",
                           "counterpart": "Board", "thanked": True})
    followups.add_follow_up(store, trip_id, {"action": "Workshop planen",
                                             "goals": [one.id, two.id]})
    text = _text(store, "followup", trip_id, "en")
    for words in ("Objectives and results", "Sign the agreement.", "1 Climate",
                  "No result recorded.", "Planned and actual costs", "€1,000.00", "€1,250.50",
                  "Difference (actual minus planned): +€250.50", "Gifts received",
                  "Vase", "€80.00", "Rathaus, Vitrine", "Thank-you letters still to send",
                  "Mayor's Office: Vase", "Also serves: 2 Ports"):
        assert words in text, words
    owed = text.split("Thank-you letters still to send", 1)[1].split("Follow-up actions")[0]
    assert "Buch" not in owed
    assert text.count("Workshop planen") == 1


def test_whos_who_of_a_visit_we_host_is_the_guests_not_our_staff(demo: Store) -> None:
    trip_id = trips.find_trip(demo, "sovetsk-2019")
    text = _text(demo, "briefing", trip_id, "en")
    whos_who = text.split("Who's who")[-1].split("Programme All times")[0]
    for guest in ("Ирина Владимировна Соколова", "In Latin letters Irina Vladimirovna "
                  "Sokolova", "Natalja Sergejewna Smirnowa", "Алексей Николаевич Петров"):
        assert guest in whos_who, guest
    assert "Friederike Hansen" not in whos_who and "Tovar" not in whos_who
    assert whos_who.index("Петров") < whos_who.index("Смирнова") < whos_who.index("Соколова")


def test_an_empty_trip_has_no_empty_heading(store: Store) -> None:
    trip = trips.create_trip(store, {"ref": "e", "title": "Leere Reise", "start": "2026-05-01",
                                     "end": "2026-05-01"})
    text = _text(store, "briefing", trip.id, "de")
    for words in ("Überblick Noch kein Anlass, keine Ziele und keine Kernbotschaften erfasst.",
                  "Budget und Finanzierung Keine Budgetposten erfasst.",
                  "Profil der Partnerschaft Noch keine Reiseziele erfasst.",
                  "Wer ist wer Im Programm sind noch keine Gesprächspartner genannt.",
                  "Delegation Noch niemand angemeldet."):
        assert words in text, words
    english = _text(store, "followup", trip.id, "en")
    for words in ("Objectives and results No objectives recorded.",
                  "Planned and actual costs No budget lines recorded.",
                  "Gifts received No gifts received recorded."):
        assert words in english, words
