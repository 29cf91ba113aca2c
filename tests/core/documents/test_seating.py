"""The seating papers read back from the PDF: who sits where, which name on which card."""

from __future__ import annotations

import io
import itertools
from datetime import date

import pdfplumber
import pytest

from delegations.documents.fonts import CJK, SANS_BOLD
from delegations.documents.seating import (
    SeatingRequest,
    render_seating,
    seating_bytes,
    tischliste_rows,
)
from delegations.documents.words import Words
from delegations.errors import ValidationError
from delegations.services import seating
from tests.seating_sample import dinner_plan

DAY = date(2026, 6, 1)


@pytest.fixture
def plan_id(store) -> int:
    ident = dinner_plan(store)
    seating.propose(store, ident)
    return ident


def pages(data: bytes) -> list[pdfplumber.page.Page]:
    pdf = pdfplumber.open(io.BytesIO(data))
    return list(pdf.pages)


def upright(page) -> str:
    return "".join(c["text"] for c in page.chars if c["matrix"][0] > 0)


def upside_down(page) -> str:
    return "".join(c["text"] for c in page.chars if c["matrix"][0] < 0)


def word_x(page, text: str) -> float:
    """The left edge of the first word `text` on the page."""
    return next(w["x0"] for w in page.extract_words() if w["text"] == text)


@pytest.mark.parametrize("paper", ["a4", "a3"])
def test_the_chart_shows_host_centre_guest_of_honour_to_his_right(store, plan_id, paper):
    data = seating_bytes(store, SeatingRequest("seating", plan_id, "de", paper), DAY)
    page = pages(data)[0]
    assert round(page.width) > round(page.height)  # landscape
    text = page.extract_text()
    assert "Sitzplan: Abendessen im Rathaus" in text
    assert "Ehrentafel" in text and "Förde" in text
    assert "Rang 1" in text and "Rang 2=" in text  # the tie is shown
    # the head table faces the room: the host's right is the reader's left
    assert word_x(page, "Соколова") < word_x(page, "Kämpfer") < word_x(page, "王芳")
    assert "Olga Becker sitzt hinter Глава Ирина Соколова" in " ".join(text.split())


def test_the_chart_in_english_embeds_the_bundled_fonts(store, plan_id):
    data = seating_bytes(store, SeatingRequest("seating", plan_id, "en"), DAY)
    page = pages(data)[0]
    assert "Seating plan" in page.extract_text() and "rank 1" in page.extract_text()
    fonts = {c["fontname"].split("+")[-1] for c in page.chars}
    assert fonts <= {"DejaVuSans", SANS_BOLD, CJK}
    assert any(c["text"] == "王" and c["fontname"].endswith(CJK) for c in page.chars)


@pytest.mark.parametrize("sheet,per_page", [("a4", 1), ("a5", 1), ("2up", 2)])
def test_place_cards_carry_the_name_both_ways_up(store, plan_id, sheet, per_page):
    view = seating.get_plan(store, plan_id)
    data = seating_bytes(store, SeatingRequest("placecards", plan_id, "de", sheet), DAY)
    cards = [g.card for g in view.guests if g.seated or g.interpreter]
    sheets = pages(data)
    assert len(sheets) == -(-len(cards) // per_page)
    first = sheets[0]
    name = view.guests[0].card.replace(" ", "")  # in precedence order: the host first
    assert name == "OberbürgermeisterUlfKämpfer"
    assert name in upright(first).replace(" ", "")
    assert name in upside_down(first).replace(" ", "")  # the back, turned over
    every = "".join(upright(p) for p in sheets).replace(" ", "")
    assert all(card.replace(" ", "") in every for card in cards)


def test_table_cards_name_each_table_and_a_tischliste_lists_by_surname(store, plan_id):
    cards = pages(seating_bytes(store, SeatingRequest("tablecards", plan_id, "de"), DAY))
    assert [upright(p) for p in cards] == ["Ehrentafel", "Förde"]
    view = seating.get_plan(store, plan_id)
    rows = tischliste_rows(view, Words("de"))
    assert [r[0] for r in rows][:3] == ["Bettina Aust", "Olga Becker",
                                        "Friederike Hansen"]
    assert dict((r[0], r[2]) for r in rows)["Olga Becker"] == (
        "Ehrentafel (hinter Глава Ирина Соколова)")
    text = " ".join(p.extract_text() for p in pages(
        seating_bytes(store, SeatingRequest("tischliste", plan_id, "de"), DAY)))
    assert "Tischliste" in text and "王芳" in text and "Калининград" in text


def test_a_wrong_paper_is_refused_and_no_file_is_left(store, plan_id, tmp_path):
    out = tmp_path / "cards.pdf"
    with pytest.raises(ValidationError, match="a4, a5, 2up"):
        render_seating(store, SeatingRequest("placecards", plan_id, "de", "a3"), out)
    assert not out.exists()
    render_seating(store, SeatingRequest("placecards", plan_id, "de", "a5"), out)
    assert out.read_bytes().startswith(b"%PDF")


def test_long_names_shrink_rather_than_run_into_the_next_seat(store, plan_id):
    seating.add_table(store, plan_id, {"name": "Schwentine", "shape": "long", "seats": 8})
    for n in range(8):
        seating.add_guest(store, plan_id, {"name": f"Prof. Dr. Anna-Katharina Mustermann-"
                                                   f"Überlang {n}", "rank": 10 + n})
    seating.propose(store, plan_id)
    page = pages(seating_bytes(store, SeatingRequest("seating", plan_id, "de"), DAY))[0]
    lines: dict[int, list[tuple[float, float]]] = {}
    for w in page.extract_words():
        lines.setdefault(round(w["top"]), []).append((w["x0"], w["x1"]))
    assert sum("Mustermann-" in w["text"] for w in page.extract_words()) >= 4
    for boxes in lines.values():  # words on one line never run into each other
        boxes.sort()
        assert all(a[1] <= b[0] + 0.5 for a, b in itertools.pairwise(boxes))
    assert all(w["x1"] <= page.width and w["x0"] >= 0 for w in page.extract_words())


def word_at(page, text: str) -> tuple[float, float]:
    """The centre x and the top of the first word `text` on the page."""
    word = next(w for w in page.extract_words() if w["text"] == text)
    return (word["x0"] + word["x1"]) / 2, word["top"]


def test_a_head_table_on_both_sides_prints_the_principal_guest_across_from_the_host(store):
    plan_id = dinner_plan(store)
    head = seating.get_plan(store, plan_id).tables[0]
    seating.update_table(store, head.id, {"both_sides": True})
    view = seating.propose(store, plan_id)
    assert view.tables[0].both_sides and view.tables[0].near_side == 3
    host, principal = view.guests[0], view.guests[1]
    assert (host.name, host.seat) == ("Ulf Kämpfer", 1)
    assert (principal.name, principal.seat) == ("Ирина Соколова", 4)  # straight across
    page = pages(seating_bytes(store, SeatingRequest("seating", plan_id, "de"), DAY))[0]
    host_x, host_top = word_at(page, "Kämpfer")
    guest_x, guest_top = word_at(page, "Соколова")
    _table_x, table_top = word_at(page, "Ehrentafel")
    assert host_top < table_top < guest_top  # host's side above the table, guest's below
    assert abs(host_x - guest_x) < 30  # across from each other
    third = view.guests[2]  # the next rank: the host's right, the reader's left
    assert third.seat == 2
    assert word_at(page, third.name.split()[-1])[0] < host_x


def test_a_long_name_on_the_chart_takes_a_third_line_rather_than_shrink_unread(store,
                                                                               plan_id):
    """A long own form or title is set on up to three lines, never below 6 pt at a seat
    of a head table seated on both sides; every word is on the chart."""
    long = "Stadtpräsidentin der Landeshauptstadt Kiel Dr. Beispiel-Langname"
    view = seating.get_plan(store, plan_id)
    head = view.tables[0]
    seating.update_table(store, head.id, {"both_sides": True, "seats": 7})
    guest = seating.add_guest(store, plan_id, {"name": long, "rank": 3})
    seating.seat_guest(store, guest, head.id, 6)
    page = pages(seating_bytes(store, SeatingRequest("seating", plan_id, "de", "a4"), DAY))[0]
    words = [w for w in page.extract_words() if w["text"] in long.split()]
    assert {w["text"] for w in words} == set(long.split())
    assert min(w["bottom"] - w["top"] for w in words) >= 6
    lines = {round(w["top"]) for w in words
             if w["text"] in ("Stadtpräsidentin", "Landeshauptstadt", "Beispiel-Langname")}
    assert len(lines) == 3  # three lines
