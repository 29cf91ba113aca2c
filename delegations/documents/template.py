"""The page layer: A4 page templates with letterhead, running header and footer, the
"page n of m" numbers, table-of-contents entries and progress reports.

Builders only produce flowables; this module decides where they go on the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from delegations.documents.fonts import SANS, markup, plain_frags
from delegations.documents.paragraphs import OneLine, one_line_text
from delegations.documents.styles import (
    ACCENT,
    MUTED,
    PAGE_MARGIN_BOTTOM,
    PAGE_MARGIN_TOP,
    PAGE_MARGIN_X,
    RULE,
    stylesheet,
)
from delegations.progress import Cancelled  # stopped work, the same for imports

WIDTH, HEIGHT = A4
TEXT_WIDTH = WIDTH - 2 * PAGE_MARGIN_X
_LATER_RULE = 22 * mm  # the running header's rule, from the top of later pages
_LATER_TOP = 29 * mm  # where their text starts


@dataclass(frozen=True)
class Letterhead:
    """What every page carries: the office's letterhead and logo, title, trip and date."""

    lines: tuple[str, ...]
    logo: Path | None
    document: str
    trip: str
    printed: str
    page_label: str  # "Page {page} of {pages}", translated
    marking: str = ""  # "Confidential – for internal use only" on every page, or ''


@dataclass
class Progress:
    """Reports progress and checks for cancellation after each flowable laid out."""

    report: Callable[[int, int], None] | None
    cancelled: Callable[[], bool] | None
    total: int = 1
    done: int = field(default=0)

    def step(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self.done += 1
        if self.report is not None:
            self.report(min(self.done, self.total - 1), self.total)

    def finish(self) -> None:
        if self.report is not None:
            self.report(self.total, self.total)


@lru_cache(maxsize=64)
def _fitted(text: str, style: str, width: float, lines: int) -> str:
    """`text` cut short with '…' where it would take more than `lines` lines."""
    limit = lines * stylesheet()[style].leading + 0.5

    def fits(candidate: str) -> bool:
        chosen = stylesheet()[style]
        return Paragraph(markup(candidate, chosen.fontName), chosen).wrap(width, HEIGHT)[1] <= limit

    if fits(text):
        return text
    low, high = 0, len(text)  # the longest prefix that fits, by bisection
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(text[:middle].rstrip() + " …") else (low, middle - 1)
    return text[:low].rstrip() + " …"


def _paragraph(canvas: Canvas, text: str, style: str, x: float, y: float, width: float,
               top: bool = True, lines: int = 0) -> float:
    """Draw plain `text` (mixed scripts allowed) at x; y is its top (or bottom); its height.

    With `lines`, a longer text is cut short so that it cannot run into what is below.
    """
    chosen = stylesheet()[style]
    shown = _fitted(text, style, width, lines) if lines else text
    plain = plain_frags(shown, chosen)
    line = one_line_text(plain, chosen) if plain is not None else None
    para = (OneLine(plain[0].text, chosen, frags=plain, line=line) if plain and line
            else Paragraph(plain[0].text, chosen, frags=plain) if plain is not None
            else Paragraph(markup(shown, chosen.fontName), chosen))
    _, height = para.wrapOn(canvas, width, HEIGHT)
    para.drawOn(canvas, x, y - height if top else y)
    return float(height)


def _logo(canvas: Canvas, logo: Path | None, right: float, top: float,
          height: float) -> float:
    """Draw the logo at the top right, `height` high; the width it took."""
    if logo is None or not logo.is_file():
        return 0.0
    try:
        image = ImageReader(str(logo))
        w, h = image.getSize()
    except Exception:  # an unreadable logo must not stop the document
        return 0.0
    width = min(w * height / h, 3 * height)
    canvas.drawImage(image, right - width, top - height, width, height,
                     preserveAspectRatio=True, mask="auto", anchor="ne")
    return float(width) + 4 * mm


def _title_line(head: Letterhead) -> str:
    return " · ".join(x for x in (head.document, head.trip) if x)


def _header(canvas: Canvas, head: Letterhead, full: bool) -> None:
    """Letterhead on the first page (all lines), a compact running header after it."""
    top = HEIGHT - 12 * mm
    right = WIDTH - PAGE_MARGIN_X
    logo_width = _logo(canvas, head.logo, right, top, (16 if full else 8) * mm)
    lines = head.lines if full else head.lines[:1]
    y = top
    for index, line in enumerate(lines):
        style = "letterhead-name" if index == 0 else "letterhead"
        y -= _paragraph(canvas, line, style, PAGE_MARGIN_X, y, TEXT_WIDTH - logo_width)
    left = top  # the classification first, at the top left of every page
    if head.marking:
        left -= _paragraph(canvas, head.marking, "header-warn", PAGE_MARGIN_X, top,
                           TEXT_WIDTH * 0.55, lines=1)
    if not full:
        _paragraph(canvas, _title_line(head), "header", PAGE_MARGIN_X, left,
                   TEXT_WIDTH * 0.7 - logo_width, lines=1 if head.marking else 2)
    canvas.setStrokeColor(RULE if full else ACCENT)
    canvas.setLineWidth(0.6)
    rule = HEIGHT - (PAGE_MARGIN_TOP - 5 * mm if full else _LATER_RULE)
    canvas.line(PAGE_MARGIN_X, rule, right, rule)


def _footer(canvas: Canvas, head: Letterhead) -> None:
    y = PAGE_MARGIN_BOTTOM - 12 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(PAGE_MARGIN_X, y + 9 * mm, WIDTH - PAGE_MARGIN_X, y + 9 * mm)
    _paragraph(canvas, _title_line(head), "header", PAGE_MARGIN_X, y + 7 * mm,
               TEXT_WIDTH - 40 * mm, lines=1)
    _paragraph(canvas, head.printed, "header", PAGE_MARGIN_X, y, TEXT_WIDTH, top=False)


def numbered_canvas(page_label: str) -> type[Canvas]:
    """A canvas class that keeps its pages until the end to print "page n of m"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            """Number every kept page now that their count is known, then write them."""
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._number(total)
                super().showPage()
            super().save()

        def _number(self, total: int) -> None:
            text = page_label.format(page=self._pageNumber, pages=total)
            self.setFont(SANS, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(WIDTH - PAGE_MARGIN_X, PAGE_MARGIN_BOTTOM - 5 * mm - 7.5, text)

    return NumberedCanvas


class DocTemplate(BaseDocTemplate):
    """A4 with three page templates: 'cover', 'first' (full letterhead), 'later'."""

    def __init__(self, out: BinaryIO, head: Letterhead, progress: Progress, title: str,
                 language: str, start: str = "first") -> None:
        super().__init__(out, pagesize=A4, leftMargin=PAGE_MARGIN_X,
                         rightMargin=PAGE_MARGIN_X, topMargin=PAGE_MARGIN_TOP,
                         bottomMargin=PAGE_MARGIN_BOTTOM, title=title, author=head.lines[0]
                         if head.lines else "", subject=head.trip, lang=language,
                         creator="Delegations", initialFontName=SANS, initialFontSize=9.5)
        self.head = head
        self.progress = progress
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        # pages after the first carry only a compact header: their text starts higher
        later = Frame(self.leftMargin, self.bottomMargin, self.width,
                      HEIGHT - _LATER_TOP - self.bottomMargin, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [
            PageTemplate("cover", [frame], onPage=self._cover, autoNextPageTemplate="later"),
            PageTemplate("first", [frame], onPage=self._first, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=self._later),
        ]
        templates.sort(key=lambda t: t.id != start)  # the document starts on `start`
        self.addPageTemplates(templates)
        self._outline_keys = 0

    def _cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        _header(canvas, self.head, full=True)
        _footer(canvas, self.head)

    def _first(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        _header(canvas, self.head, full=True)
        _footer(canvas, self.head)

    def _later(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        _header(canvas, self.head, full=False)
        _footer(canvas, self.head)

    def beforeDocument(self) -> None:
        """Each pass of a multi-pass build numbers its bookmarks from the start."""
        self._outline_keys = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        """Collect table-of-contents entries and outline bookmarks; report progress."""
        self.progress.step()
        level = getattr(flowable, "toc_level", None)
        if level is None or not isinstance(flowable, Paragraph):
            return
        self._outline_keys += 1
        key = f"s{self._outline_keys}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level)
        self.notify("TOCEntry", (level, flowable.text, self.page, key))
