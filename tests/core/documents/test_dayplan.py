"""The day plan as a reader follows it on the road (issue #12): each page of programme
rows names its day, empty days are shown, legs and check-ins stand at their time, a
point past midnight says (+1), booking codes are never broken, and when the delegation
splits each point says who attends. Read back from the PDF."""

from __future__ import annotations

import io
import re
from datetime import date

import pdfplumber

from delegations.documents import DocumentRequest, document_bytes
from delegations.services import agenda, cities, home, participants, travel, trips
from delegations.storage.store import Store
from tests.pdf_text import read_pages

PRINTED = date(2026, 2, 10)
CODE = "DFDS-KLJ-120845-XB"


def _trip(store: Store) -> int:
    """Three days in Aarhus: a 40-point second day, an empty third, a late party."""
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    city = cities.create_city(store, {"ref": "aarhus", "name": "Aarhus", "country": "DK",
                                      "timezone": "Europe/Copenhagen"})
    trip = trips.create_trip(store, {"ref": "t", "title": "Aarhus", "start": "2027-03-08",
                                     "end": "2027-03-10", "destinations": [city.id]})
    anna, _ = participants.add_participant(store, trip.id, {"name": "Anna Arm", "role": "head"})
    participants.add_participant(store, trip.id, {"name": "Bert Bein", "role": "member"})
    travel.add_leg(store, trip.id, {"from": "Kiel", "to": "Aarhus", "mode": "train",
                                    "depart": "2027-03-08T07:10", "arrive": "2027-03-08T11:20",
                                    "depart_timezone": "Europe/Berlin",
                                    "arrive_timezone": "Europe/Copenhagen",
                                    "booking_ref": CODE})
    travel.add_stay(store, trip.id, {"name": "Hotel Ankeret", "check_in": "2027-03-08",
                                     "check_out": "2027-03-10", "booking_ref": CODE})
    agenda.add_item(store, trip.id, {"title": "Mittag am Hafen", "start": "2027-03-08T12:00",
                                     "end": "2027-03-08T13:00"})
    agenda.add_item(store, trip.id, {"title": "Empfang nur für Anna",
                                     "start": "2027-03-08T18:00", "end": "2027-03-08T19:00",
                                     "attendees": [anna.id]})
    agenda.add_item(store, trip.id, {"title": "Hafenfest", "start": "2027-03-08T22:00",
                                     "end": "2027-03-09T01:00"})
    for number in range(40):
        hour, minute = divmod(7 * 60 + number * 20, 60)
        agenda.add_item(store, trip.id, {
            "title": f"Punkt {number + 1}", "start": f"2027-03-09T{hour:02d}:{minute:02d}",
            "end": f"2027-03-09T{hour:02d}:{minute + 15:02d}", "notes": "Notiz " * 20})
    return trip.id


def _pages(store: Store, trip_id: int, lang: str) -> list[str]:
    data = document_bytes(store, DocumentRequest("itinerary", trip_id, language=lang),
                          printed_on=PRINTED)
    return read_pages(data)


def test_every_page_of_programme_rows_names_its_day(store: Store) -> None:
    pages = _pages(store, _trip(store), "de")
    holding = [p for p in pages if "Punkt " in p]
    assert len(holding) >= 2
    assert "Tag 2 · Dienstag, 9. März 2027" in holding[0]
    for page in holding[1:]:
        assert "Tag 2 · Dienstag, 9. März 2027 (Fortsetzung)" in page


def test_an_empty_day_is_shown_as_such(store: Store) -> None:
    text = " ".join(_pages(store, _trip(store), "en"))
    assert "Day 3 · Wednesday, 10 March 2027 Time Programme point Nothing planned" in text


def test_legs_and_check_ins_stand_in_the_day_at_their_time(store: Store) -> None:
    text = " ".join(_pages(store, _trip(store), "en"))
    day = text.split("Day 1 ·", 1)[1].split("Day 2 ·", 1)[0]
    order = [day.index(x) for x in ("07:10", "Kiel → Aarhus", "Hotel check-in: Hotel Ankeret",
                                    "Mittag am Hafen", "Empfang nur für Anna")]
    assert order == sorted(order)


def test_an_end_after_midnight_is_marked(store: Store) -> None:
    text = " ".join(_pages(store, _trip(store), "en"))
    assert "22:00–01:00 (+1) Hafenfest" in text


def test_booking_codes_are_never_broken(store: Store) -> None:
    data = document_bytes(store, DocumentRequest("itinerary", _trip(store), language="de"),
                          printed_on=PRINTED)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = [line["text"] for page in pdf.pages
                 for line in page.extract_text_lines()]
    assert sum(CODE in line for line in lines) == 2, [x for x in lines if "DFDS" in x]


def test_who_attends_when_the_delegation_splits(store: Store) -> None:
    text = " ".join(_pages(store, _trip(store), "en"))
    assert re.search(r"Empfang nur für Anna .*?Attending: Anna Arm", text)
    assert "Attending: Anna Arm, Bert Bein" not in text  # the whole delegation: not said
