"""The documents as an office reads them: hostile names and long texts, read back from the PDF.

Each test guards a fault found by looking at the printed pages (issue #5): footers that ran
into the "printed on" line, bullets and contents set in an unembedded Helvetica, a meeting's
heading parted from its facts, a "Programme" heading alone at the foot of a page, a second
header row above a row split across pages, names that lost their hyphens when rewrapped.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from datetime import date

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer

from delegations.documents import DocumentRequest, document_bytes
from delegations.documents.blocks import facts, heading, para, table, together
from delegations.documents.styles import PAGE_MARGIN_BOTTOM, PAGE_MARGIN_TOP, PAGE_MARGIN_X
from delegations.services import agenda, cities, contacts, home, participants, trips
from delegations.storage.store import Store, open_store
from tests.stores import opened_copy

PRINTED = date(2026, 2, 10)
NAMES = ["Prof. Dr. Hans-Jürgen Kämpfer-Øresund-Tõnismägi", "İlknur Şahin",
         "Калининград Петрова", "李杭州"]
SENTENCE = "Treffen in 杭州 mit Frau Петрова über Gdańsk, Århus und İskenderun. "
TALK = (SENTENCE * 50)[:2980] + " Schlusswort: Tõnismägi 杭州 Калининград"
TITLE = ("Außerordentlich lange Delegationsreise nach 杭州, Gdańsk, Århus, İskenderun und "
         "Калининград mit Fachgesprächen über Städtepartnerschaften, Klimaschutz und Häfen "
         "sowie über den Jugendaustausch der Partnerstädte im Jahr 2026")[:200]


def _hostile_trip(store: Store) -> int:
    """A trip to 杭州 with long names, a 3000-character talking point and a 40-item day."""
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin",
                          "letterhead": "Landeshauptstadt Kiel\nReferat für Internationales"})
    city = cities.create_city(store, {"ref": "hz", "name": "杭州", "country": "CN",
                                      "timezone": "Asia/Shanghai", "languages": "zh,en"})
    wang = contacts.create_contact(store, {"ref": "wang", "name": "王小明",
                                           "organisation": "杭州市人民政府外事办公室"})
    trip = trips.create_trip(store, {"ref": "hostile", "title": TITLE, "start": "2026-03-01",
                                     "end": "2026-03-04", "destinations": [city.id]})
    for index, name in enumerate(NAMES):
        participants.add_participant(store, trip.id, {
            "name": name, "role": "head" if index == 0 else "member",
            "function": f"Funktion {name} " * 3, "phone": f"+49 431 {index}",
            "notes": SENTENCE * 3})
    agenda.add_item(store, trip.id, {
        "title": f"Gespräch: {SENTENCE}", "start": "2026-03-02T09:00", "end": "2026-03-02T11:00",
        "timezone": "Asia/Shanghai", "talking_points": TALK, "objectives": TALK[:900],
        "contacts": [wang.id], "location": "杭州市人民政府 " * 4})
    for number in range(40):
        hour, minute = divmod(6 * 60 + number * 20, 60)
        agenda.add_item(store, trip.id, {
            "title": f"Punkt {number + 1}: {NAMES[number % 4]} in 杭州",
            "start": f"2026-03-03T{hour:02d}:{minute:02d}",
            "end": f"2026-03-03T{hour:02d}:{minute + 15:02d}", "timezone": "Asia/Shanghai",
            "notes": SENTENCE})
    return trip.id


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, migrated_file) -> dict[str, bytes]:
    """The hostile trip's itinerary (German) and briefing pack (English), built once."""
    path = tmp_path_factory.mktemp("qa") / "office.sqlite"
    shutil.copyfile(migrated_file, path)
    store = open_store(path)
    try:
        trip_id = _hostile_trip(store)
        return {kind: document_bytes(store, DocumentRequest(kind, trip_id, language=lang),
                                     printed_on=PRINTED)
                for kind, lang in (("itinerary", "de"), ("briefing", "en"))}
    finally:
        store.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file) -> Iterator[Store]:
    yield from opened_copy(demo_file, tmp_path_factory.mktemp("qa-demo") / "office.sqlite")


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _demo_text(store: Store, kind: str, ref: str, lang: str) -> list[str]:
    request = DocumentRequest(kind, trips.find_trip(store, ref), language=lang)
    return [" ".join(p.split()) for p in _pages(document_bytes(store, request,
                                                               printed_on=PRINTED))]


def test_every_character_of_the_hostile_names_comes_back(hostile: dict[str, bytes]) -> None:
    for data in hostile.values():
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            chars = {c["text"] for page in pdf.pages for c in page.chars}
        for name in NAMES:
            assert set(name.replace(" ", "")) <= chars, name
        text = "".join("".join(_pages(data)).split())
        for name in NAMES:
            assert name.replace(" ", "") in text


def test_the_long_talking_point_is_printed_to_its_last_words(hostile: dict[str, bytes]) -> None:
    text = " ".join(" ".join(_pages(hostile["briefing"])).split())
    assert "Schlusswort: Tõnismägi 杭州 Калининград" in text
    itinerary = " ".join(" ".join(_pages(hostile["itinerary"])).split())
    assert "Punkt 40: 李杭州 in 杭州" in itinerary  # the 40th item of the long day


def test_hyphens_of_compound_names_are_never_lost(hostile: dict[str, bytes]) -> None:
    """Names wrapped again and again in table cells keep every hyphen."""
    for data in hostile.values():
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            text = "".join(page.extract_text() for page in pdf.pages)
        assert "Hans-Jürgen" in text
        for broken in ("HansJürgen", "KämpferØresund", "ØresundTõnismägi"):
            assert broken not in text


def test_a_tall_row_split_across_pages_has_one_header_above_it() -> None:
    """reportlab repeats the header row above the split row on the same page; not here."""
    rows = [[f"R{n}", para("Wort " * 150, "cell-small")] for n in range(1, 4)]
    frame_height = A4[1] - 2 * 72
    for filler in range(150, 450, 50):  # the tables' tall rows fall across the page foot
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, topMargin=72, bottomMargin=72).build(
            [Spacer(1, frame_height - filler), table(["KOPF", "Text"], rows, [0.3, 0.7])])
        for page in _pages(out.getvalue()):
            assert page.count("KOPF") == 1, filler


def test_no_text_runs_past_the_margins(hostile: dict[str, bytes]) -> None:
    for data in hostile.values():
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                outside = [c["text"] for c in page.chars
                           if c["x1"] > page.width - PAGE_MARGIN_X + 1
                           or c["x0"] < PAGE_MARGIN_X - 1]
                assert not outside, (number, "".join(outside[:40]))


def test_a_long_title_is_cut_short_in_header_and_footer(hostile: dict[str, bytes]) -> None:
    """The footer's title keeps to one line above "printed on"; the header's above its rule."""
    with pdfplumber.open(io.BytesIO(hostile["itinerary"])) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            foot = [c for c in page.chars if c["top"] > page.height - PAGE_MARGIN_BOTTOM + 5]
            lines = sorted({round(c["top"]) for c in foot})
            assert len(lines) == 2, (number, lines)  # the title (with page n of m), the date
            text = "".join(c["text"] for c in foot)
            assert "…" in text and "Gedruckt am 10. Februar 2026" in text
            if number > 1:  # the running header stays above its rule, 22 mm from the top
                head = [c for c in page.chars if c["top"] < PAGE_MARGIN_TOP - 14 * 2.835]
                assert head and max(c["bottom"] for c in head) < 22 * 2.835


def test_fonts_are_all_embedded_also_bullets_and_contents(hostile: dict[str, bytes]) -> None:
    reader = PdfReader(io.BytesIO(hostile["briefing"]))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Helvetica" not in font["/BaseFont"]
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()[
                "/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()


def test_a_block_kept_together_does_not_split_its_table() -> None:
    """The space above a meeting's heading counts when checking that heading and facts fit."""
    frame_height = A4[1] - 2 * 72
    rows = [(f"Punkt {n}", f"Wert {n}") for n in range(1, 9)]  # taller than the 45 mm kept
    for filler in range(200, 120, -4):  # the block's foot walks down across the page's foot
        block = together(*heading("Heading", 2), facts(rows))
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, topMargin=72, bottomMargin=72).build(
            [Spacer(1, frame_height - filler), block])
        pages = _pages(out.getvalue())
        holding = [i for i, text in enumerate(pages) if "Heading" in text]
        assert holding and "Wert 8" in pages[holding[0]], filler


def test_programme_heading_is_not_left_alone_at_the_foot(demo: Store) -> None:
    """The heading and its note about times stay on the page where the first day starts."""
    for ref, lang, note, first_day in (
            ("aarhus-2019", "en", "All times are local", "Day 1 ·"),
            ("hatay-2020", "de", "Alle Zeiten sind Ortszeit", "Tag 1 ·")):
        pages = _demo_text(demo, "itinerary", ref, lang)
        page = next(p for p in pages if note in p)
        assert first_day in page.split(note, 1)[1], ref


def test_times_of_a_forum_at_home_are_named_for_the_home_city(demo: Store) -> None:
    text = " ".join(_demo_text(demo, "itinerary", "forum-2019", "de"))
    assert "Alle Zeiten sind Ortszeit (Kiel)." in text


def test_legs_on_one_clock_say_local_time(demo: Store) -> None:
    text = " ".join(_demo_text(demo, "itinerary", "aarhus-2019", "en"))
    assert "departs 07:30, arrives 11:15 (local time)" in text  # Kiel and Aarhus


def test_profile_names_country_and_languages(demo: Store) -> None:
    text = " ".join(_demo_text(demo, "briefing", "aarhus-2019", "de"))
    assert "Land Dänemark" in text and "Sprachen Dänisch, Englisch" in text


def test_a_briefing_without_meetings_says_so(store: Store) -> None:
    trip = trips.create_trip(store, {"ref": "leer", "title": "Kurzbesuch in Århus",
                                     "start": "2026-05-04", "end": "2026-05-04"})
    text = " ".join(" ".join(_pages(document_bytes(
        store, DocumentRequest("briefing", trip.id, language="de"),
        printed_on=PRINTED))).split())
    assert "Noch keine Gespräche mit Gesprächspartnern oder Gesprächspunkten." in text
