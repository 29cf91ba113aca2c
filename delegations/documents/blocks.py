"""Small flowable builders shared by all documents: headings, paragraphs, tables.

Every text goes through fonts.markup, so each script is set in a font that has it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, LongTable, Paragraph, Spacer

from delegations.documents.fonts import markup
from delegations.documents.styles import facts_style, stylesheet, table_style
from delegations.documents.template import TEXT_WIDTH

Cell: TypeAlias = "str | Flowable | list[Flowable] | None"


def para(text: object, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(markup(text), stylesheet()[style])


def rich(parts: Sequence[tuple[str, str]], style: str = "body") -> Paragraph:
    """A paragraph of plain pieces with emphasis: (kind, text), kind 'b', 'i' or ''."""
    out = []
    for kind, text in parts:
        body = markup(text)
        out.append(f"<{kind}>{body}</{kind}>" if kind else body)
    return Paragraph("".join(out), stylesheet()[style])


_ROOM_BELOW = {1: 50 * mm, 2: 45 * mm, 3: 25 * mm}


def heading(text: str, level: int = 1, toc: bool = True, style: str = "") -> list[Flowable]:
    """A section heading (h1-h3) that starts a new page rather than end one alone.

    With `toc`, levels 1 and 2 are listed in the table of contents and the PDF outline.
    """
    paragraph = para(text, style or f"h{level}")
    if toc and level <= 2:
        paragraph.toc_level = level - 1
    return [CondPageBreak(_ROOM_BELOW[level]), paragraph]


def bullets(text: str, style: str = "bullet") -> list[Flowable]:
    """A text with one point per line ('- ' or '• ' or '1. ' kept as the bullet)."""
    items: list[Flowable] = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            continue
        mark, body = "•", line
        if line[:2] in ("- ", "* ", "• "):
            body = line[2:]
        elif line.split(" ", 1)[0].rstrip(".").isdigit() and " " in line:
            mark, body = line.split(" ", 1)
        items.append(Paragraph(markup(body), stylesheet()[style], bulletText=mark))
    return items


def cell(value: Cell, style: str = "cell") -> Flowable | list[Flowable] | str:
    """A table cell: text becomes a wrapping paragraph; flowables pass as they are."""
    if value is None:
        return ""
    if isinstance(value, Flowable | list):
        return value
    return para(value, style)


def table(header: Sequence[str], rows: Sequence[Sequence[Cell]],
          widths: Sequence[float]) -> LongTable:
    """A table that wraps its cells and repeats its header row on every page it spans.

    `widths` are fractions of the text width.
    """
    data = [[cell(h, "cell-head") for h in header]]
    data += [[cell(value) for value in row] for row in rows]
    return LongTable(data, colWidths=[w * TEXT_WIDTH for w in widths], repeatRows=1, splitInRow=40,
                     style=table_style(), hAlign="LEFT")


def facts(pairs: Sequence[tuple[str, Cell]], label_width: float = 0.26) -> LongTable:
    """Label / value lines ("at a glance"); empty values are left out."""
    data = [[cell(label, "label"), cell(value)] for label, value in pairs
            if value not in (None, "")]
    return LongTable(data or [["", ""]], colWidths=[label_width * TEXT_WIDTH,
                                                    (1 - label_width) * TEXT_WIDTH],
                     style=facts_style(), hAlign="LEFT")


def together(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)
