"""Plain one-line cells are set as one text line, exactly where reportlab's paragraph sets
them; anything else stays an ordinary paragraph."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pdfplumber
import pytest
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from delegations.documents.blocks import Cell, para, table
from delegations.documents.fonts import markup, plain_frags
from delegations.documents.paragraphs import OneLine, one_line_text
from delegations.documents.styles import stylesheet
from tests.pdf_text import plumbed_pages

CELLS = ["Protokoll", "Ulf Kämpfer", "Gdańsk & İskenderun <Hafen>", "  Калининград   und\tKiel ",
         "18.02.2026", "1.234,50 €", "Ein Gespräch im Rathaus über die Städtepartnerschaft " * 3,
         "שלום עולם", "Partnerstadt 杭州", "Zeile eins\nZeile zwei", "Überlänge" * 8]


def test_a_plain_line_that_fits_is_set_as_one_line() -> None:
    cell = para("Delegationsreise Gdańsk", "cell")
    assert isinstance(cell, OneLine)
    assert cell.wrap(200, 1000) == (200, stylesheet()["cell"].leading) and cell.fast
    assert len(cell.blPara.lines) == 1  # reportlab's lines, worked out when asked for


def test_a_line_too_long_for_its_column_wraps_as_a_paragraph() -> None:
    cell = para("Ein Gespräch im Rathaus über die Städtepartnerschaft", "cell")
    _width, height = cell.wrap(90, 1000)
    assert not cell.fast and height > stylesheet()["cell"].leading
    assert len(cell.blPara.lines) > 1
    assert cell.wrap(400, 1000)[1] == stylesheet()["cell"].leading and cell.fast  # wider


@pytest.mark.parametrize("text", ["שלום עולם", "مرحبا بكم", "Partnerstadt 杭州", "杭州",
                                  "Zeile eins\nZeile zwei", "Trenn\xadung"])
def test_right_to_left_fallback_fonts_and_line_breaks_stay_paragraphs(text: str) -> None:
    assert not isinstance(para(text, "cell"), OneLine)


def test_mark_up_and_styled_paragraphs_stay_paragraphs() -> None:
    assert not isinstance(para("", "cell"), OneLine)
    assert not isinstance(para("Punkt", "bullet"), OneLine)  # indented
    from delegations.documents.blocks import rich

    assert not isinstance(rich([("b", "Mit: "), ("", "Dana")], "cell"), OneLine)


def _chars(data: bytes) -> list[tuple[Any, ...]]:
    """Every character drawn, with its page, place, font, size and colour."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(n, c["text"], c["x0"], c["top"], c["fontname"], round(c["size"], 3),
                 c["non_stroking_color"]) for n, page in enumerate(pdf.pages)
                for c in page.chars]


def _same_places(ours: bytes, theirs: bytes) -> bool:
    """The same characters in the same fonts and colours at the same places (to a
    thousandth of a point: reportlab writes a paragraph's offset and its place on the
    page as two rounded numbers, a line's as one)."""
    pairs = list(zip(_chars(ours), _chars(theirs), strict=True))
    return all(a[:2] + a[4:] == b[:2] + b[4:] and abs(a[2] - b[2]) < 2e-3
               and abs(a[3] - b[3]) < 2e-3 for a, b in pairs)


def _pdf(flowables: list[Flowable]) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(list(flowables))  # build empties the list it is given
    return buffer.getvalue()


def _ours(text: str, style: ParagraphStyle) -> Paragraph:
    """blocks.para for a style of its own (the stylesheet has no right-aligned cell)."""
    frags = plain_frags(text, style)
    line = one_line_text(frags, style) if frags else None
    return OneLine(frags[0].text, style, frags=frags, line=line) if frags and line \
        else Paragraph(markup(text, style.fontName), style)


def _style(name: str) -> ParagraphStyle:
    cell = stylesheet()["cell"]
    return {"right": ParagraphStyle("r", parent=cell, alignment=TA_RIGHT),
            "centre": ParagraphStyle("c", parent=cell, alignment=TA_CENTER)
            }.get(name) or stylesheet()[name]


def _story(make: Callable[[str], Paragraph]) -> list[Flowable]:
    """The texts as paragraphs on the page and as cells of a table."""
    rows: list[list[Cell]] = [[make(text), make(text)] for text in CELLS]
    return [*(make(text) for text in CELLS), table(["A", "B"], rows, [0.3, 0.7])]


@pytest.mark.parametrize("name", ["cell", "cell-bold", "cell-small", "h2", "right", "centre"])
def test_lines_are_drawn_where_reportlab_draws_them(name: str) -> None:
    style = _style(name)
    ours = _story(lambda text: _ours(text, style) if name in ("right", "centre")
                  else para(text, name))
    assert sum(isinstance(p, OneLine) for p in ours) >= 6
    theirs = _story(lambda text: Paragraph(markup(text, style.fontName), style))
    ours_pdf, theirs_pdf = _pdf(ours), _pdf(theirs)
    assert sum(p.fast for p in ours if isinstance(p, OneLine)) >= 6  # set as one line
    assert _same_places(ours_pdf, theirs_pdf)
    assert plumbed_pages(ours_pdf) == plumbed_pages(theirs_pdf)


def test_a_cell_of_several_lines_is_set_as_reportlabs_broken_paragraph_sets_it() -> None:
    texts = ["22.11.2019 –\n27.11.2019", "Zeile eins\nZeile zwei\nKämpfer, 杭州",
             "Leere\n\nZeile", "Ein Gespräch im Rathaus über die Partnerschaft\nund mehr"]
    cell = stylesheet()["cell"]
    ours = table(["A", "B"], [[text, "Protokoll"] for text in texts], [0.3, 0.7])
    theirs = table(["A", "B"], [[Paragraph(markup(text, cell.fontName), cell), "Protokoll"]
                                for text in texts], [0.3, 0.7])
    first = ours._cellvalues[1][0]
    assert isinstance(first, list) and all(isinstance(p, OneLine) for p in first)
    assert not isinstance(ours._cellvalues[3][0], list)  # an empty line: one paragraph
    ours_pdf, theirs_pdf = _pdf([ours]), _pdf([theirs])
    assert _same_places(ours_pdf, theirs_pdf)
    assert plumbed_pages(ours_pdf) == plumbed_pages(theirs_pdf)
