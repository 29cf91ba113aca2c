"""Place cards and table cards: tent cards folded along the middle, the name on the
front and, upside down, on the back, so that it reads from both sides when folded.

Sheets: one card per A4 sheet (landscape, faces 297 × 105 mm), one per A5 sheet, or two
A5-sized cards on one A4 sheet (the common 2-up card stock). Text is set in the bundled
fonts run by run (Chinese in the fallback font) and shrunk until it fits, never cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from delegations.documents.fonts import SANS, SANS_BOLD, register_fonts, runs
from delegations.documents.styles import ACCENT, MUTED, RULE

SHEETS = ("a4", "a5", "2up")


@dataclass(frozen=True)
class Card:
    """What one tent card says: the big line and a smaller one under it."""

    name: str
    detail: str = ""


def _font(font: str, bold: bool) -> str:
    return SANS_BOLD if bold and font == SANS else font


def text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(stringWidth(run, _font(font, bold), size) for font, run in runs(text))


def fitted_size(text: str, width: float, size: float, least: float = 5,
                bold: bool = False) -> float:
    """The largest size up to `size` at which `text` fits `width` (at least `least`)."""
    while size > least and text_width(text, size, bold) > width:
        size -= 0.5
    return size


def lines_for(text: str, width: float, size: float, least: float,
              bold: bool = False) -> tuple[list[str], float]:
    """`text` on one line, or on two split at a space where that allows a larger size."""
    one = fitted_size(text, width, size, least, bold)
    words = text.split()
    if (one >= size * 0.8 and text_width(text, one, bold) <= width) or len(words) < 2:
        return [text], one
    best: tuple[list[str], float] = ([text], one)
    for cut in range(1, len(words)):
        pair = [" ".join(words[:cut]), " ".join(words[cut:])]
        fit = min(fitted_size(p, width, size, least, bold) for p in pair)
        if fit > best[1] or text_width(best[0][0], best[1], bold) > width:
            best = (pair, fit)
    lines, fit = best
    widest = max(lines, key=lambda line: text_width(line, fit, bold))
    return lines, fitted_size(widest, width, fit, 1, bold)  # smaller rather than cut


def draw_text(canvas: Canvas, text: str, x: float, y: float, size: float,
              bold: bool = False, centre: bool = True) -> None:
    """`text` on the baseline y, centred on x (or starting at x), run by run."""
    if centre:
        x -= text_width(text, size, bold) / 2
    for font, run in runs(text):
        face = _font(font, bold)
        canvas.setFont(face, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, face, size)


def _face(canvas: Canvas, card: Card, width: float, height: float) -> None:
    """One face of a card in a box with its lower left corner at the origin."""
    margin = 12 * mm
    lines, size = lines_for(card.name, width - 2 * margin, min(height * 0.32, 40), 9,
                            bold=True)
    detail_size = fitted_size(card.detail, width - 2 * margin, min(size * 0.45, 14), 6)
    block = size * 1.15 * len(lines) + (detail_size * 1.6 if card.detail else 0)
    y = height / 2 + block / 2 - size
    canvas.setFillColor(ACCENT)
    for line in lines:
        draw_text(canvas, line, width / 2, y, size, bold=True)
        y -= size * 1.15
    if card.detail:
        canvas.setFillColor(MUTED)
        draw_text(canvas, card.detail, width / 2, y - detail_size * 0.4, detail_size)


def draw_tent(canvas: Canvas, card: Card, x: float, y: float, width: float,
              height: float) -> None:
    """A tent card in the box (x, y, width, height): the fold across its middle, the
    front below it, the back above it turned upside down."""
    half = height / 2
    canvas.saveState()
    canvas.translate(x, y)
    _face(canvas, card, width, half)
    canvas.saveState()
    canvas.translate(width, height)
    canvas.rotate(180)
    _face(canvas, card, width, half)
    canvas.restoreState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 3)
    canvas.line(0, half, width, half)
    canvas.restoreState()


def draw_cards(canvas: Canvas, cards: Sequence[Card], sheet: str) -> None:
    """Every card on its sheets; each sheet is one page."""
    register_fonts()
    if sheet == "2up":
        canvas.setPageSize(A4)
        width, height = A4
        for start in range(0, len(cards), 2):
            for slot, card in enumerate(cards[start:start + 2]):
                draw_tent(canvas, card, 0, height / 2 * (1 - slot), width, height / 2)
            canvas.setStrokeColor(RULE)
            canvas.line(0, height / 2, width, height / 2)  # where the sheet is cut
            canvas.showPage()
        return
    size = landscape(A4) if sheet == "a4" else landscape(A5)
    for card in cards:
        canvas.setPageSize(size)
        draw_tent(canvas, card, 0, 0, *size)
        canvas.showPage()
