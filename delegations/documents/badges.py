"""Name badges on a standard badge-insert sheet: 8 per A4 page, 90 × 54 mm (Avery/Herma
style, 2 columns × 4 rows), with faint cut lines. A long name is set smaller, never cut."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from delegations.documents.fonts import SANS, SANS_BOLD, markup, register_fonts
from delegations.documents.placecards import text_width
from delegations.documents.styles import INK, MUTED, RULE
from delegations.services.badges import Badge


@dataclass(frozen=True)
class Sheet:
    """A label sheet: badge size, columns and rows; centred on the page."""

    width: float = 90 * mm
    height: float = 54 * mm
    columns: int = 2
    rows: int = 4

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """The bottom-left corner of the badge at `index` on its page."""
        page_w, page_h = A4
        left = (page_w - self.columns * self.width) / 2
        top = page_h - (page_h - self.rows * self.height) / 2
        column, row = index % self.columns, index // self.columns
        return left + column * self.width, top - (row + 1) * self.height


BAND = 9 * mm
PAD = 5 * mm


def fitted(text: str, font: str, size: float, width: float, height: float,
           colour: colors.Color = INK, smallest: float = 6.0) -> Paragraph:
    """A centred paragraph of `text` as large as `size` that fits `width` × `height`."""
    while True:
        style = ParagraphStyle("fit", fontName=font, fontSize=size, leading=size * 1.2,
                               alignment=TA_CENTER, textColor=colour)
        para = Paragraph(markup(text), style)
        _, h = para.wrap(width, height)
        if (h <= height and para.minWidth() <= width) or size <= smallest:
            return para
        size -= 0.5


def balanced(name: str, width: float, size: float) -> str:
    """A name too long for one line, broken in two where the longer line is shortest
    ("Oberbürgermeister" / "Ulf Kämpfer", not "Oberbürgermeister Ulf" / "Kämpfer");
    a name two lines cannot hold is left to the paragraph's own wrapping."""
    words = name.split()
    if len(words) < 2 or text_width(name, size, True) <= width:
        return name
    pairs = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
    best = min(pairs, key=lambda p: max(text_width(x, size, True) for x in p))
    if max(text_width(x, size, True) for x in best) > width * 1.4:
        return name
    return "\n".join(best)


def _badge(canvas: Canvas, badge: Badge, x: float, y: float, sheet: Sheet) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.rect(x, y, sheet.width, sheet.height)
    canvas.setFillColor(colors.HexColor(badge.colour))
    canvas.rect(x, y + sheet.height - BAND, sheet.width, BAND, stroke=0, fill=1)
    inner = sheet.width - 2 * PAD
    band = fitted(badge.delegation, SANS_BOLD, 9, inner, BAND - 2 * mm, colors.white)
    _, h = band.wrap(inner, BAND)
    band.drawOn(canvas, x + PAD, y + sheet.height - BAND + (BAND - h) / 2)
    name = fitted(balanced(badge.name, inner, 17), SANS_BOLD, 17, inner, 19 * mm)
    _, name_h = name.wrap(inner, 19 * mm)
    top = y + sheet.height - BAND - 4 * mm
    name.drawOn(canvas, x + PAD, top - name_h)
    lines = "\n".join(t for t in (badge.function, badge.organisation) if t)
    if lines:
        rest = fitted(lines, SANS, 9, inner, top - name_h - 2 * mm - (y + 3 * mm), MUTED)
        _, rest_h = rest.wrap(inner, sheet.height)
        rest.drawOn(canvas, x + PAD, top - name_h - 2 * mm - rest_h)


def badges_pdf(badges: Sequence[Badge], title: str, sheet: Sheet = Sheet()) -> bytes:
    """All badges, `sheet.per_page` to a page, in the order given."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Delegations")
    canvas.setFont(SANS, 9)
    for index, badge in enumerate(badges):
        if index and index % sheet.per_page == 0:
            canvas.showPage()
        x, y = sheet.origin(index % sheet.per_page)
        _badge(canvas, badge, x, y, sheet)
    canvas.save()
    return buffer.getvalue()
