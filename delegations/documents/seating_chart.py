"""The seating chart: the room seen from above on A4 or A3 landscape, the head table
across the top, the other tables in a grid below; at every seat the name as on the
place card, with the rank (a tie marked '=') and the delegation.

A head table's guests sit behind it facing the room, so its seats run from the
viewer's right (the host's left) to the viewer's left; a long table seated on both sides
shows the host's side above it and the principal guest's side below, straight across;
a round table's first seat is at the top and the seats go on to its host's right (the
viewer's left).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from delegations.documents.placecards import draw_text, fitted_size, lines_for
from delegations.documents.styles import ACCENT, INK, MUTED, RULE, SHADE
from delegations.documents.words import Words
from delegations.enums import TableShape
from delegations.i18n import N_
from delegations.services.seating_view import GuestView, PlanView, TableView

PAPERS = {"a4": landscape(A4), "a3": landscape(A3)}
MARGIN = 14 * mm
READABLE = 6.0  # the smallest name size (pt) worth a third line


def rank_text(guest: GuestView, words: Words) -> str:
    """'Rang 2=' for a shared rank, 'Dolmetschen' for an interpreter; the delegation."""
    rank = words(N_("rank {rank}")).format(rank=f"{guest.rank}{'=' if guest.tied else ''}")
    if guest.rank == 0:
        rank = words(N_("interpreter"))
    return f"{rank} · {guest.delegation}" if guest.delegation else rank


def name_lines(name: str, width: float, size: float) -> tuple[list[str], float]:
    """The name on one or two lines (as on place cards), or on three when two would set
    it too small to read at the table (a long own form of address, a long title)."""
    lines, fit = lines_for(name, width, size, 4.5, bold=True)
    words = name.split()
    if fit >= READABLE or len(words) < 3:
        return lines, fit
    for i in range(1, len(words) - 1):
        for j in range(i + 1, len(words)):
            three = [" ".join(words[:i]), " ".join(words[i:j]), " ".join(words[j:])]
            size_of = min(fitted_size(x, width, size, 1, bold=True) for x in three)
            if size_of > fit:
                lines, fit = three, size_of
    return lines, fit


def _label(canvas: Canvas, guest: GuestView | None, x: float, y: float, width: float,
           words: Words, size: float) -> None:
    """A seat's label centred on (x, y): the name (one or two lines), then rank."""
    if guest is None:
        canvas.setFillColor(MUTED)
        draw_text(canvas, "–", x, y, size)
        return
    lines, name_size = name_lines(guest.card, width, size)
    detail = rank_text(guest, words)
    detail_size = fitted_size(detail, width, name_size * 0.8, 4)
    top = y + (len(lines) * name_size * 1.1 + detail_size) / 2 - name_size
    canvas.setFillColor(INK)
    for line in lines:
        draw_text(canvas, line, x, top, name_size, bold=True)
        top -= name_size * 1.1
    canvas.setFillColor(MUTED)
    draw_text(canvas, detail, x, top - detail_size * 0.2, detail_size)


def _caption(canvas: Canvas, table: TableView, x: float, y: float, width: float) -> None:
    canvas.setFillColor(ACCENT)
    draw_text(canvas, table.name, x, y, fitted_size(table.name, width, 10, 5), bold=True)


def _straight(canvas: Canvas, plan: PlanView, table: TableView, box: Box,
              words: Words) -> None:
    """A long table or a row: the seats in a line above the table's edge."""
    if table.near_side < table.seats:
        _two_sided(canvas, plan, table, box, words)
        return
    x, y, width, height = box
    seat_w = width / max(table.seats, 1)
    bar_h = min(10 * mm, height * 0.2)
    canvas.setFillColor(SHADE)
    canvas.setStrokeColor(RULE)
    if table.shape == TableShape.LONG:
        canvas.rect(x, y + height * 0.2, width, bar_h, fill=1)
    _caption(canvas, table, x + width / 2, y + height * 0.2 - 5 * mm, width)
    stagger = seat_w < 32 * mm  # narrow seats: labels on two levels, twice as wide
    base = y + height * 0.2 + bar_h + height * 0.3
    for seat in range(table.seats):
        cx = x + width - (seat + 0.5) * seat_w  # seat 0 at the host's left: viewer's right
        lift = (5 * mm if seat % 2 else -5 * mm) if stagger else 0
        _label(canvas, plan.at(table.id, seat), cx, base + lift,
               seat_w * (2 if stagger else 1) - 2 * mm, words, 8.5)


def _two_sided(canvas: Canvas, plan: PlanView, table: TableView, box: Box,
               words: Words) -> None:
    """A long table seated on both sides: the host's side above the table (facing the
    viewer), the principal guest's side below it, each seat straight across from its
    counterpart; the table's name on the table."""
    x, y, width, height = box
    near = table.near_side
    seat_w = width / near
    bar_h = min(10 * mm, height * 0.2)
    bar_y = y + (height - bar_h) / 2
    canvas.setFillColor(SHADE)
    canvas.setStrokeColor(RULE)
    canvas.rect(x, bar_y, width, bar_h, fill=1)
    _caption(canvas, table, x + width / 2, bar_y + bar_h / 2 - 3, width)
    reach = (height - bar_h) / 4
    for seat in range(table.seats):
        far, place = (0, seat) if seat < near else (1, seat - near)
        cx = x + width - (place + 0.5) * seat_w  # straight across: the same place
        cy = bar_y - reach if far else bar_y + bar_h + reach
        _label(canvas, plan.at(table.id, seat), cx, cy, seat_w - 2 * mm, words, 8.5)


def _round(canvas: Canvas, plan: PlanView, table: TableView, box: Box,
           words: Words) -> None:
    x, y, width, height = box
    cx, cy = x + width / 2, y + height / 2
    radius = min(width, height) * 0.2
    canvas.setFillColor(SHADE)
    canvas.setStrokeColor(RULE)
    canvas.circle(cx, cy, radius, fill=1)
    _caption(canvas, table, cx, cy - 3, radius * 1.8)
    label_w = min(width * 0.36, 2 * math.pi * radius * 1.6 / max(table.seats, 1) + 18 * mm)
    for seat in range(table.seats):
        angle = math.radians(90 + seat * 360 / table.seats)  # on to the host's right
        reach = radius + 7 * mm + abs(math.cos(angle)) * label_w * 0.3
        _label(canvas, plan.at(table.id, seat), cx + reach * math.cos(angle),
               cy + reach * math.sin(angle), label_w, words, 7.5)


Box = tuple[float, float, float, float]


def _draw_table(canvas: Canvas, plan: PlanView, table: TableView, box: Box,
                words: Words) -> None:
    if table.shape == TableShape.ROUND:
        _round(canvas, plan, table, box, words)
    else:
        _straight(canvas, plan, table, box, words)


def _grid(count: int, width: float, height: float) -> tuple[int, int]:
    """Columns and rows per page for `count` tables in the area given."""
    columns = max(1, min(count, int(width // (95 * mm)) or 1))
    rows = max(1, int(height // (72 * mm)))
    return columns, rows


def draw_chart(canvas: Canvas, plan: PlanView, words: Words, paper: str, title: str,
               subtitle: str, footer: str) -> None:
    """The whole chart, on as many pages as the tables need."""
    width, height = PAPERS[paper]
    canvas.setPageSize((width, height))
    head = [t for t in plan.tables if t.head]
    others = [t for t in plan.tables if not t.head]
    top = height - MARGIN - 16 * mm
    pages: list[list[TableView]] = []
    columns, rows = _grid(len(others), width - 2 * MARGIN, top - MARGIN - 55 * mm)
    per_page = columns * rows
    pages = [others[i:i + per_page] for i in range(0, len(others), per_page)] or [[]]
    for n, tables in enumerate(pages):
        _page_head(canvas, width, height, title, subtitle, footer)
        room_top = top
        if n == 0 and head:
            head_w = min(width - 2 * MARGIN, head[0].near_side * 42 * mm)
            _draw_table(canvas, plan, head[0], ((width - head_w) / 2, top - 50 * mm, head_w,
                                                48 * mm), words)
            room_top = top - 55 * mm
        _draw_grid(canvas, plan, tables, columns, (MARGIN, MARGIN + 8 * mm,
                                                   width - 2 * MARGIN,
                                                   room_top - MARGIN - 8 * mm), words)
        if n == len(pages) - 1:
            _behind_note(canvas, plan, words, width)
        canvas.showPage()


def _draw_grid(canvas: Canvas, plan: PlanView, tables: Sequence[TableView], columns: int,
               area: Box, words: Words) -> None:
    x, y, width, height = area
    if not tables:
        return
    rows = math.ceil(len(tables) / columns)
    cell_w, cell_h = width / columns, height / rows
    for i, table in enumerate(tables):
        row, column = divmod(i, columns)
        box = (x + column * cell_w + 3 * mm, y + height - (row + 1) * cell_h + 3 * mm,
               cell_w - 6 * mm, cell_h - 6 * mm)
        _draw_table(canvas, plan, table, box, words)


def _page_head(canvas: Canvas, width: float, height: float, title: str, subtitle: str,
               footer: str) -> None:
    canvas.setFillColor(ACCENT)
    draw_text(canvas, title, MARGIN, height - MARGIN - 5 * mm,
              fitted_size(title, width - 2 * MARGIN, 16, 8, bold=True), bold=True,
              centre=False)
    canvas.setFillColor(MUTED)
    draw_text(canvas, subtitle, MARGIN, height - MARGIN - 11 * mm,
              fitted_size(subtitle, width - 2 * MARGIN, 9.5, 6), centre=False)
    canvas.setStrokeColor(RULE)
    canvas.line(MARGIN, height - MARGIN - 14 * mm, width - MARGIN, height - MARGIN - 14 * mm)
    draw_text(canvas, footer, MARGIN, MARGIN - 6 * mm,
              fitted_size(footer, width - 2 * MARGIN, 7, 5), centre=False)


def _behind_note(canvas: Canvas, plan: PlanView, words: Words, width: float) -> None:
    """Interpreters sitting behind the one they serve, named under the chart."""
    notes = [words(N_("{interpreter} sits behind {guest}")).format(
        interpreter=i.card, guest=g.card) for g in plan.guests for i in plan.behind(g.id)]
    if notes:
        text = " · ".join(notes)
        canvas.setFillColor(MUTED)
        draw_text(canvas, text, MARGIN, MARGIN + 2 * mm,
                  fitted_size(text, width - 2 * MARGIN, 8, 4.5), centre=False)
