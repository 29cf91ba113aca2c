"""Hebrew and Arabic read right to left, Arabic letters joined (issue #12).

pdfplumber gives each drawn character with its position: a right-to-left name reads
right, when its letters taken from right to left spell it in typing order; Arabic is
joined when it is drawn in presentation forms (initial, medial, final shapes).
"""

from __future__ import annotations

import io
import unicodedata
from collections import defaultdict
from datetime import date

import pdfplumber
import pytest

from delegations.documents import DocumentRequest, document_bytes
from delegations.documents.bidi import visual
from delegations.services import agenda, cities, contacts, home, participants, trips
from delegations.storage.store import Store

PRINTED = date(2026, 2, 10)
HEBREW = "דוד לוי"  # David Levi
ARABIC = "محمد علي"  # Muhammad Ali
CITY = "حيفا"  # Haifa in Arabic
ORG = "עיריית חיפה"  # Haifa municipality


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _lines_right_to_left(pdf: pdfplumber.PDF) -> list[str]:
    """Per printed line, its right-to-left letters read from right to left (base forms)."""
    out = []
    for page in pdf.pages:
        lines: dict[int, list[dict]] = defaultdict(list)
        for char in page.chars:
            if _is_rtl(char["text"]):
                lines[round(char["top"])].append(char)
        out += [_read_right_to_left(chars) for chars in lines.values()]
    return out


def _read_right_to_left(chars: list[dict]) -> str:
    ordered = sorted((c for c in chars if _is_rtl(c["text"])), key=lambda c: -c["x0"])
    return unicodedata.normalize("NFKC", "".join(c["text"] for c in ordered))


def _joined(pdf: pdfplumber.PDF) -> bool:
    arabic = [c["text"] for p in pdf.pages for c in p.chars
              if unicodedata.bidirectional(c["text"]) == "AL"]
    return bool(arabic) and all(0xFB50 <= ord(a) <= 0xFEFF for a in arabic)


def _trip(store: Store) -> int:
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    city = cities.create_city(store, {"ref": "haifa", "name": CITY, "country": "IL",
                                      "relation": "partner",
                                      "timezone": "Asia/Jerusalem"})
    host = contacts.create_contact(store, {"name": ARABIC, "organisation": ORG,
                                           "phone": "+972 4 555 0100", "city": city.id})
    trip = trips.create_trip(store, {"ref": "haifa", "title": f"Besuch in {CITY} und Haifa",
                                     "status": "completed", "start": "2025-03-01",
                                     "end": "2025-03-03", "destinations": [city.id]})
    participants.add_participant(store, trip.id, {"name": HEBREW, "role": "head",
                                                  "function": ORG, "notes": "Notiz"})
    agenda.add_item(store, trip.id, {"title": f"Empfang bei {ARABIC}", "kind": "meeting",
                                     "start": "2025-03-02T10:00", "end": "2025-03-02T11:00",
                                     "contacts": [host.id], "talking_points": ARABIC,
                                     "notes": f"{ARABIC} {HEBREW}"})
    for number in range(25):  # a second page, with the title in its running header
        agenda.add_item(store, trip.id, {"title": f"Punkt {number}",
                                         "start": f"2025-03-03T{7 + number // 3:02d}:00",
                                         "end": f"2025-03-03T{7 + number // 3:02d}:15"})
    return trip.id


def test_visual_order_keeps_left_to_right_text_as_it_is() -> None:
    assert visual("Kämpfer, 杭州, Калининград") == "Kämpfer, 杭州, Калининград"
    assert visual("דוד") == "דוד"[::-1]
    assert "\u00a0" in visual(HEBREW)  # a right-to-left run is never wrapped inside


@pytest.mark.parametrize(("kind", "lang"), [("itinerary", "de"), ("briefing", "en"),
                                            ("followup", "de")])
def test_names_read_right_to_left_in_titles_tables_and_headers(
        store: Store, kind: str, lang: str) -> None:
    trip_id = _trip(store)
    data = document_bytes(store, DocumentRequest(kind, trip_id, language=lang),
                          printed_on=PRINTED)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = _lines_right_to_left(pdf)
        assert _joined(pdf)
        later = pdf.pages[1:]
        header = [c for c in later[-1].chars if c["top"] < 22 * 72 / 25.4] if later else []
    assert any(CITY in line for line in lines)
    if kind != "followup":
        assert CITY in _read_right_to_left(header)  # the running header of a later page
        for name in (HEBREW, ARABIC, ORG):
            assert any(name.replace(" ", "") in line for line in lines), name


def test_chart_labels_read_right_to_left(store: Store) -> None:
    _trip(store)
    data = document_bytes(store, DocumentRequest("report", year=2025, language="de"),
                          printed_on=PRINTED)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = _lines_right_to_left(pdf)
        assert _joined(pdf)
    assert sum(CITY in line for line in lines) >= 2  # the chart and the city's section
