"""Every script comes out of the PDFs as written, in an embedded font that has its glyphs."""

from __future__ import annotations

import io
import shutil
from datetime import date

import pytest
from pypdf import PdfReader

from delegations.demo import load_demo
from delegations.documents import DocumentRequest, document_bytes
from delegations.documents.fonts import CJK, SANS, has_glyph, markup, runs
from delegations.services import agenda, participants, trips
from delegations.storage.store import open_store

NAMES = ["Ulf Kämpfer", "Århus Æblegård", "Tõnismägi Õun", "Gdańsk Łódź Żółć", "İskenderun Işık",
         "Калининград Щукин", "杭州 王小明"]
TITLE = "Besuch in 杭州 & Gdańsk <Entwurf>"


def test_runs_split_by_script_and_markup_escapes() -> None:
    assert runs("Besuch in 杭州") == [(SANS, "Besuch in "), (CJK, "杭州")]
    text = markup("A & B <c> 杭州\nneu")
    assert text == f'A &amp; B &lt;c&gt; <font name="{CJK}">杭州</font><br/>neu'


def test_long_chinese_text_without_spaces_wraps() -> None:
    from delegations.documents.blocks import para

    paragraph = para("Besuch: " + "杭州市人民政府外事办公室" * 20, "cell")
    paragraph.wrap(200, 1000)
    lines = paragraph.blPara.lines
    assert len(lines) > 5
    assert all(line.extraSpace > -0.5 for line in lines)  # no line wider than the column


@pytest.fixture(scope="module")
def pdf(tmp_path_factory, migrated_file) -> PdfReader:
    """The demo itinerary of sf-2026 with Unicode names everywhere, built once."""
    path = tmp_path_factory.mktemp("fonts") / "office.sqlite"
    shutil.copyfile(migrated_file, path)
    store = open_store(path)
    try:
        load_demo(store)
        trip_id = trips.find_trip(store, "sf-2026")
        trips.update_trip(store, trip_id, {"title": TITLE})
        for number, name in enumerate(NAMES):
            participants.add_participant(store, trip_id, {
                "name": name, "function": f"Gast aus {name.split()[0]}", "role": "guest",
                "status": "confirmed", "phone": f"+49 431 {number}"})
        agenda.add_item(store, trip_id, {"title": "Empfang für 杭州 und Калининград",
                                         "kind": "meeting", "start": "2026-02-24T20:00",
                                         "end": "2026-02-24T21:00"})
        data = document_bytes(store, DocumentRequest("itinerary", trip_id),
                              printed_on=date(2026, 2, 10))
    finally:
        store.close()
    return PdfReader(io.BytesIO(data))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_every_name_comes_back_from_the_text_layer(pdf: PdfReader) -> None:
    text = _text(pdf)
    for name in [*NAMES, "Empfang für 杭州 und Калининград"]:
        assert name in text, name
    first_page = pdf.pages[0].extract_text()
    assert "Besuch in 杭州 & Gdańsk <Entwurf>" in text  # escaped, not taken as mark-up
    assert "Landeshauptstadt Kiel" in first_page


def test_fonts_are_embedded_subsets_with_the_glyphs(pdf: PdfReader) -> None:
    embedded: set[str] = set()
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            embedded.add(str(font["/BaseFont"]))
    bases = {name.split("+", 1)[-1] for name in embedded}
    assert {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"} <= bases
    assert all("+" in name for name in embedded)  # subsets
    for char in "".join(NAMES).replace(" ", ""):
        assert has_glyph(SANS, char) or has_glyph(CJK, char), char


def test_page_numbers_count_the_pages(pdf: PdfReader) -> None:
    total = len(pdf.pages)
    assert total > 1
    for number, page in enumerate(pdf.pages, 1):
        assert f"Seite {number} von {total}" in page.extract_text()


RICH_TEXTS = ["Mit: ", "Hans Müller", " vorn", "hinten ", "  beide  ", "", " ", "a  b",
              "Калининград", "İskenderun\u00a0Işık"]


def _parsed_frags(parts: list[tuple[str, str]], style_name: str) -> list[dict[str, object]]:
    from reportlab.platypus.paragraph import Paragraph

    from delegations.documents.fonts import SANS_ITALIC
    from delegations.documents.styles import stylesheet

    style = stylesheet()[style_name]
    text = "".join(f"<{kind}>{markup(t, SANS_ITALIC if kind == 'i' else style.fontName)}"
                   f"</{kind}>" if kind else markup(t, style.fontName) for kind, t in parts)
    return [vars(f) for f in Paragraph(text, style).frags]


@pytest.mark.parametrize("style_name", ["cell", "cell-note"])
def test_rich_pieces_make_the_fragments_the_parser_makes(style_name: str) -> None:
    from itertools import product

    from delegations.documents.fonts import rich_frags
    from delegations.documents.styles import stylesheet

    for parts in product(product(["", "b", "i"], RICH_TEXTS), repeat=2):
        made = rich_frags(list(parts), stylesheet()[style_name])
        assert made is not None
        assert [vars(f) for f in made] == _parsed_frags(list(parts), style_name), parts


@pytest.mark.parametrize("text", ["杭州", "A & B", "<b>", "zwei\nZeilen", "שלום עולם"])
def test_rich_pieces_that_need_the_parser_are_left_to_it(text: str) -> None:
    from delegations.documents.blocks import rich
    from delegations.documents.fonts import rich_frags
    from delegations.documents.styles import stylesheet

    assert rich_frags([("b", "Mit: "), ("", text)], stylesheet()["cell"]) is None
    paragraph = rich([("b", "Mit: "), ("", text)], "cell")
    assert [vars(f) for f in paragraph.frags] == _parsed_frags(
        [("b", "Mit: "), ("", text)], "cell")
