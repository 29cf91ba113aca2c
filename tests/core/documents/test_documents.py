"""The itinerary, briefing pack and follow-up brief of the demo trip, read back from the PDF."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from pypdf import PdfReader

from delegations.documents import Cancelled, DocumentRequest, document_bytes, render_document
from delegations.errors import NotFoundError, ValidationError
from delegations.services import participants, trips
from delegations.services.dto import TripDetail
from delegations.storage.store import Store
from tests.stores import opened_copy

PRINTED = date(2026, 2, 10)
Render = Callable[..., list[str]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file) -> Iterator[Store]:
    yield from opened_copy(demo_file, tmp_path_factory.mktemp("documents") / "office.sqlite")


@pytest.fixture(scope="module")
def sf(demo: Store) -> TripDetail:
    return trips.get_trip(demo, trips.find_trip(demo, "sf-2026"))


def flat(text: str) -> str:
    """Text with every run of white space made one space (lines wrap anywhere)."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pages(demo: Store, sf: TripDetail) -> Render:
    """The pages' text of a document of sf-2026, each built once per module."""
    cache: dict[tuple[object, ...], list[str]] = {}

    def render(kind: str, **options: object) -> list[str]:
        key = (kind, *sorted(options.items()))
        if key not in cache:
            data = document_bytes(demo, DocumentRequest(kind, sf.id, **options),  # type: ignore[arg-type]
                                  printed_on=PRINTED)
            cache[key] = [flat(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]
        return cache[key]
    return render


def test_itinerary_has_its_sections_programme_and_times(pages: Render, sf: TripDetail) -> None:
    text = " ".join(pages("itinerary"))
    for heading in ("Reiseprogramm", "Die Reise auf einen Blick", "Delegation", "Programm",
                    "Reiseverbindungen", "Unterkunft", "Ansprechpersonen vor Ort"):
        assert heading in text
    for item in sf.agenda:
        assert flat(item.title) in text
    assert "17:00–18:00" in text and "02:00 (+1) Kiel" in text  # local, and home time
    assert "Dienstag, 24. Februar 2026" in text
    assert "Vertraulich" in text and "Interne Delegationsbesprechung" in text
    order = [text.index(p.name) for p in sf.participants[:4]]
    assert order == sorted(order)  # precedence
    assert "+49 151 5550 0102" in text  # the delegation's emergency number


def test_every_page_has_letterhead_title_date_and_number(pages: Render) -> None:
    itinerary = pages("itinerary")
    assert "Landeshauptstadt Kiel Der Oberbürgermeister" in itinerary[0]
    for number, page in enumerate(itinerary, 1):
        assert "Landeshauptstadt Kiel" in page
        assert "Gedruckt am 10. Februar 2026" in page
        assert "Reiseprogramm · Unterzeichnung der unbefristeten Partnerschaft" in page
        assert f"Seite {number} von {len(itinerary)}" in page


def test_external_itinerary_leaves_out_confidential_items_and_notes(
        pages: Render, sf: TripDetail) -> None:
    text = " ".join(pages("itinerary", variant="external"))
    for item in sf.agenda:
        assert (flat(item.title) in text) is not item.confidential, item.title
        if item.notes:
            assert flat(item.notes)[:40] not in text
    assert "Vertraulich" not in text
    assert "Nussallergie" not in text and "7KQ2XD" not in text  # diets, bookings
    assert "Sehr geehrte" not in text and "Gesprächspunkte" not in text


def test_participant_itinerary_has_only_what_they_attend(
        pages: Render, sf: TripDetail) -> None:
    behrens = next(p for p in sf.participants if p.name == "Thomas Behrens")
    text = " ".join(pages("itinerary", variant="participant", participant_id=behrens.id))
    assert "Persönliches Reiseprogramm" in text and "Thomas Behrens" in text
    for item in sf.agenda:
        attends = not item.attendee_ids or behrens.id in item.attendee_ids
        assert (flat(item.title) in text) is attends, item.title


def test_english_itinerary(pages: Render) -> None:
    text = " ".join(pages("itinerary", language="en"))
    assert "Tuesday, 24 February 2026" in text and "The trip at a glance" in text
    assert "Head of delegation" in text and "Printed on 10 February 2026" in text
    assert "Dienstag" not in text and "Page 1 of" in text


def test_briefing_pack_sections_and_contents_page_numbers(pages: Render) -> None:
    briefing = pages("briefing")
    text = " ".join(briefing)
    assert "Briefingmappe" in briefing[0] and "Vertraulich – nur für den Dienstgebrauch" in text
    for heading in ("Profil der Partnerschaft", "Gespräche und Termine", "Gesprächspunkte",
                    "Offene Folgeaufgaben", "Ausgetauschte Geschenke", "Delegation"):
        assert heading in text
    assert "Sister City seit" in text or "Partnerschaft seit September 2017" in text
    assert "Anrede im Brief" in text and "Wer ist wer" in text
    contents = briefing[1].split("Inhalt", 1)[1].split(" Seite 2 von")[0]
    # pypdf reads each entry's dots and page number before its title
    pieces = re.split(r"\s*(?:\. ?){3,}\s*(\d+)\s*", contents)[1:]
    entries = list(zip(pieces[1::2], pieces[0::2], strict=True))
    assert len(entries) > 10
    for title, number in entries:
        assert flat(title) in briefing[int(number) - 1], (title, number)


def test_follow_up_brief(pages: Render, sf: TripDetail) -> None:
    text = " ".join(pages("followup", language="en"))
    for heading in ("Follow-up brief", "Outcomes and agreements", "Follow-up actions by goal"):
        assert heading in text
    for outcome in sf.outcomes:
        assert flat(outcome.text)[:50] in text
    outcomes = text.split("Outcomes and agreements", 1)[1]
    assert outcomes.index("Agreement") < outcomes.index("Result")
    assert "HF 1 Twin cities" in text or "HF 1" in text
    for action in sf.follow_ups:
        assert flat(action.action)[:40] in text
    assert "30 Jun 2027" in text  # due dates in the document's language


def test_activity_report_lists_each_city_with_trips_outcomes_and_open_actions(
        demo: Store) -> None:
    data = document_bytes(demo, DocumentRequest("report", year=2019, language="en"),
                          printed_on=PRINTED)
    text = " ".join(flat(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "Activity report 2019" in text and "Summary" in text
    aarhus = trips.get_trip(demo, trips.find_trip(demo, "aarhus-2019"))
    assert flat(aarhus.title) in text
    assert flat(aarhus.outcomes[0].text)[:40] in text
    for city in ("Aarhus", "Brest", "Hangzhou", "Kaliningrad", "Moshi District"):
        assert city in text
    assert text.index("Aarhus") < text.index("Brest") < text.index("Hangzhou")
    assert "Open follow-ups" in text and "Page 1 of" in text
    assert "Unterzeichnung der unbefristeten" not in text  # 2026 is another year


def test_cancelling_leaves_no_file(demo: Store, sf: TripDetail, tmp_path) -> None:
    steps: list[tuple[int, int]] = []
    out = tmp_path / "itinerary.pdf"
    with pytest.raises(Cancelled):
        render_document(demo, DocumentRequest("itinerary", sf.id), out,
                        progress=lambda done, total: steps.append((done, total)),
                        cancelled=lambda: len(steps) >= 5)
    assert list(tmp_path.iterdir()) == []
    assert len(steps) == 5


def test_progress_reaches_the_end_and_the_file_is_written(
        demo: Store, sf: TripDetail, tmp_path) -> None:
    steps: list[tuple[int, int]] = []
    out = render_document(demo, DocumentRequest("followup", sf.id), tmp_path / "f.pdf",
                          progress=lambda done, total: steps.append((done, total)),
                          printed_on=PRINTED)
    assert out.read_bytes().startswith(b"%PDF")
    assert steps[-1][0] == steps[-1][1] and all(d < t for d, t in steps[:-1])
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_requests_that_cannot_be_printed(demo: Store, sf: TripDetail) -> None:
    with pytest.raises(ValidationError):
        document_bytes(demo, DocumentRequest("itinerary", sf.id, variant="participant"))
    with pytest.raises(ValidationError):
        document_bytes(demo, DocumentRequest("report"))
    with pytest.raises(ValidationError):
        document_bytes(demo, DocumentRequest("itinerary", sf.id, language="fr"))
    with pytest.raises(NotFoundError):
        document_bytes(demo, DocumentRequest("itinerary", 99999))
    other = trips.find_trip(demo, "hatay-2020")
    stranger = participants.list_participants(demo, other)[0]
    with pytest.raises(NotFoundError):
        document_bytes(demo, DocumentRequest("itinerary", sf.id, variant="participant",
                                             participant_id=stranger.id))


def test_long_texts_and_tables_break_across_pages(demo: Store) -> None:
    """A crowded day, a very long note and names without spaces: all there, headers repeated."""
    from delegations.services import agenda, cities

    city = cities.get_city(demo, "hangzhou")
    trip = trips.create_trip(demo, {"ref": "long", "title": "Lange Reise nach 杭州",
                                    "start": "2026-05-04", "end": "2026-05-05",
                                    "destinations": [city.id]})
    participants.add_participant(demo, trip.id, {"name": "Ä" * 90, "role": "head"})
    titles = [f"Termin {n:02d} " + "mit sehr langem Titel " * 6 for n in range(40)]
    for n, title in enumerate(titles):
        agenda.add_item(demo, trip.id, {
            "title": title, "start": f"2026-05-04T{6 + n // 4:02d}:{n % 4 * 15:02d}",
            "end": f"2026-05-04T{6 + n // 4:02d}:{n % 4 * 15 + 10:02d}",
            "timezone": "Asia/Shanghai",
            "notes": ("Hinweis 杭州 " * 700 + "ENDE") if n == 7 else ""})
    data = document_bytes(demo, DocumentRequest("itinerary", trip.id), printed_on=PRINTED)
    texts = [flat(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]
    text = " ".join(texts)
    assert "ENDE" in text and "Ä" * 40 in text.replace(" ", "")
    for title in titles:
        assert flat(title) in text
    programme_pages = [t for t in texts if "Termin" in t]
    assert len(programme_pages) > 3
    assert all("Zeit Programmpunkt" in t for t in programme_pages)


def test_letterhead_logo_from_the_settings(demo: Store, sf: TripDetail, tmp_path) -> None:
    from PIL import Image

    from delegations.services import home

    logo = tmp_path / "wappen.png"
    Image.new("RGB", (120, 160), (31, 58, 95)).save(logo)
    office = home.get_home(demo)
    assert office is not None
    settings = {"name": office.name, "timezone": office.timezone, "country": office.country,
                "office": office.office, "letterhead": office.letterhead}
    home.set_home(demo, {**settings, "logo_path": str(logo)})
    try:
        data = document_bytes(demo, DocumentRequest("followup", sf.id), printed_on=PRINTED)
    finally:
        home.set_home(demo, {**settings, "logo_path": office.logo_path})
    for page in PdfReader(io.BytesIO(data)).pages:
        images = page["/Resources"]["/XObject"].values()
        assert any(x.get_object()["/Subtype"] == "/Image" for x in images)
