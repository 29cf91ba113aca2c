"""The page frame of the protocol lists (rooming list, car list, gift register): the
office's letterhead and "page n of m", as on the other documents."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import Flowable, NextPageTemplate, Paragraph

from delegations.atomic import write_atomic
from delegations.documents.fonts import SANS_BOLD, markup
from delegations.documents.render import _letterhead, _Story
from delegations.documents.styles import stylesheet
from delegations.documents.template import DocTemplate, Progress, numbered_canvas
from delegations.documents.words import Words
from delegations.services.home import get_home
from delegations.storage.store import Store


def _styles() -> StyleSheet1:
    """The stylesheet with the compact cell styles of the wide protocol lists."""
    sheet = stylesheet()
    if "compact" not in sheet:
        sheet.add(ParagraphStyle("compact", parent=sheet["cell"], fontSize=7.5, leading=9.5))
        sheet.add(ParagraphStyle("compact-bold", parent=sheet["compact"], fontName=SANS_BOLD))
        sheet.add(ParagraphStyle("compact-head", parent=sheet["cell-head"], fontSize=7.5,
                                 leading=9.5))
    return sheet


def para(text: object, style: str = "compact") -> Paragraph:
    """A paragraph of plain text (any script) in a named style."""
    return Paragraph(markup(text), _styles()[style])


def list_pdf(store: Store, flowables: list[Flowable], title: str, subject: str,
             words: Words, printed_on: date | None = None) -> bytes:
    """A list document on the letterhead, in memory."""
    story = _Story(flowables, title, subject, words, get_home(store))
    head = _letterhead(story, printed_on or date.today())
    buffer = io.BytesIO()
    doc = DocTemplate(buffer, head, Progress(None, None), title=f"{title} – {subject}",
                      language=words.language)
    doc.build([NextPageTemplate("later"), *flowables], canvasmaker=numbered_canvas(
        head.page_label))
    return buffer.getvalue()


def write_pdf(out: str | Path, data: bytes) -> Path:
    """The file appears whole or not at all."""
    write_atomic(out, data)
    return Path(out)
