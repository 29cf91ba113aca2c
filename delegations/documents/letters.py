"""Letters on the office's letterhead (DIN 5008 layout): address field, date, subject,
salutation and body; one letter after the other in one PDF, each on a new page."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from delegations.documents.fonts import SANS, markup
from delegations.documents.render import _letterhead, _Story
from delegations.documents.styles import stylesheet
from delegations.documents.template import HEIGHT, WIDTH, Letterhead, _header
from delegations.documents.words import Words
from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.services.home import get_home
from delegations.services.letters import Letter, LetterBatch
from delegations.storage.store import Store

LEFT, RIGHT = 25 * mm, 20 * mm
ADDRESS_TOP = 45 * mm  # DIN 5008 form B: the window of a DL envelope
ADDRESS_WIDTH, ADDRESS_HEIGHT = 85 * mm, 45 * mm
LATER_TOP = 30 * mm
BOTTOM = 20 * mm
TITLES = {"invitation": N_("Invitation letters"), "visa": N_("Visa invitation letters"),
          "thanks": N_("Thank-you letters")}


class AddressField(Flowable):
    """The return line, the recipient's address block and the date, at fixed places."""

    def __init__(self, sender: str, envelope: tuple[str, ...], dated: str,
                 width: float) -> None:
        super().__init__()
        self.sender, self.envelope, self.dated, self.full_width = sender, envelope, dated, width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.full_width, ADDRESS_HEIGHT + 8 * mm

    def draw(self) -> None:
        canvas: Canvas = self.canv
        styles = stylesheet()
        top = ADDRESS_HEIGHT + 8 * mm
        sender = Paragraph(markup(self.sender), styles["small"])
        _, h = sender.wrap(ADDRESS_WIDTH, top)
        sender.drawOn(canvas, 0, top - h)
        block = Paragraph(markup("\n".join(self.envelope)), styles["body"])
        _, used = block.wrap(ADDRESS_WIDTH, ADDRESS_HEIGHT)
        if used > ADDRESS_HEIGHT - h - 2 * mm:  # never cut: a smaller size for long blocks
            block = Paragraph(markup("\n".join(self.envelope)), styles["small"])
            _, used = block.wrap(ADDRESS_WIDTH, ADDRESS_HEIGHT)
        block.drawOn(canvas, 0, top - h - 2 * mm - used)
        canvas.setFont(SANS, 9.5)
        canvas.drawRightString(self.full_width, 0, self.dated)


def _sender(head: Letterhead) -> str:
    return " · ".join(line for line in head.lines if line)


def _letter_story(letter: Letter, head: Letterhead, dated: str,
                  width: float) -> list[Flowable]:
    styles = stylesheet()
    story: list[Flowable] = [AddressField(_sender(head), letter.envelope, dated, width),
                             Spacer(1, 8 * mm)]
    if letter.subject:
        story.append(Paragraph(markup(letter.subject), styles["h2"]))
        story.append(Spacer(1, 3 * mm))
    story += [Paragraph(markup(p), styles["body"]) for p in letter.paragraphs]
    return story


def _doc(buffer: io.BytesIO, head: Letterhead, title: str, language: str) -> BaseDocTemplate:
    def first(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _header(canvas, head, full=True)

    def later(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _header(canvas, head, full=False)

    width = WIDTH - LEFT - RIGHT
    doc = BaseDocTemplate(buffer, pagesize=(WIDTH, HEIGHT), title=title, lang=language,
                          author=head.lines[0] if head.lines else "", creator="Delegations",
                          initialFontName=SANS)
    doc.addPageTemplates([
        PageTemplate("first", [Frame(LEFT, BOTTOM, width, HEIGHT - ADDRESS_TOP - BOTTOM,
                                     0, 0, 0, 0, id="letter")], onPage=first,
                     autoNextPageTemplate="later"),
        PageTemplate("later", [Frame(LEFT, BOTTOM, width, HEIGHT - LATER_TOP - BOTTOM,
                                     0, 0, 0, 0, id="more")], onPage=later)])
    return doc


def letters_pdf(store: Store, batch: LetterBatch, subject: str,
                printed_on: date | None = None) -> bytes:
    """The letters of a batch; refused while a field is missing (never printed blank)."""
    if batch.missing:
        raise ValidationError("letters", N_("Missing before printing: {missing}"),
                              missing=batch.missing_text())
    words = Words(batch.language)
    title = words(TITLES[batch.kind])
    story = _Story([], title, subject, words, get_home(store))
    head = _letterhead(story, printed_on or date.today())
    dated = words.date(printed_on or date.today())
    buffer = io.BytesIO()
    doc = _doc(buffer, head, f"{title} – {subject}", batch.language)
    flowables: list[Flowable] = []
    for index, letter in enumerate(batch.letters):
        if index:
            flowables += [NextPageTemplate("first"), PageBreak()]
        flowables += _letter_story(letter, head, dated, WIDTH - LEFT - RIGHT)
    doc.build(flowables)
    return buffer.getvalue()
