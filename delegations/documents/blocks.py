"""Small flowable builders shared by all documents: headings, paragraphs, tables.

Every text goes through fonts.markup, so each script is set in a font that has it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, LongTable, Paragraph, Spacer
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

from delegations.documents.fonts import SANS_ITALIC, fresh, markup, plain_frags, rich_frags
from delegations.documents.paragraphs import CachedParagraph, OneLine, one_line_text
from delegations.documents.styles import facts_style, stylesheet, table_style
from delegations.documents.template import TEXT_WIDTH

Cell: TypeAlias = "str | Flowable | list[Flowable] | None"


@lru_cache(maxsize=8192)
def _plain(text: str, style: ParagraphStyle) -> tuple[ParaFrag, str | None] | None:
    """The one fragment plain `text` makes in `style` and the line it sets (None: not a
    line a OneLine sets); None when the text needs the parser. Remembered: tables repeat
    their words, and a report has thousands of cells."""
    frags = plain_frags(text, style)
    return None if frags is None else (frags[0], one_line_text(frags, style))


def para(text: object, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    chosen = stylesheet()[style]
    known = _plain(str(text), chosen)
    if known is None:
        return CachedParagraph(markup(text, chosen.fontName), chosen)
    frag, line = fresh(known[0]), known[1]
    if line is not None:  # set without line breaking where it fits
        return OneLine(frag.text, chosen, frags=[frag], line=line)
    return CachedParagraph(frag.text, chosen, frags=[frag])


def rich(parts: Sequence[tuple[str, str]], style: str = "body") -> Paragraph:
    """A paragraph of plain pieces with emphasis: (kind, text), kind 'b', 'i' or ''."""
    chosen = stylesheet()[style]
    out = []
    for kind, text in parts:
        body = markup(text, SANS_ITALIC if kind == "i" else chosen.fontName)
        out.append(f"<{kind}>{body}</{kind}>" if kind else body)
    frags = rich_frags(list(parts), chosen)  # the parser's fragments, made without it
    if frags is not None:
        return CachedParagraph(cleanBlockQuotedText("".join(out)), chosen, frags=frags)
    return CachedParagraph("".join(out), chosen)


_ROOM_BELOW = {1: 50 * mm, 2: 45 * mm, 3: 25 * mm}
_HEADING_HEIGHT = 22 * mm  # a level-1 heading with its spacing and a line of note


def heading(text: str, level: int = 1, toc: bool = True, style: str = "") -> list[Flowable]:
    """A section heading (h1-h3) that starts a new page rather than end one alone.

    With `toc`, levels 1 and 2 are listed in the table of contents and the PDF outline.
    """
    paragraph = para(text, style or f"h{level}")
    if toc and level <= 2:
        paragraph.toc_level = level - 1
    return [CondPageBreak(_ROOM_BELOW[level]), paragraph]


def heading_over(text: str, level: int = 1, toc: bool = True) -> list[Flowable]:
    """A heading followed at once by a lower one: on a new page unless both fit.

    `heading` alone keeps room for one heading and a few lines; when the next flowable
    is itself a heading that wants its own room, the first would be left alone at the
    foot of the page.
    """
    room = _ROOM_BELOW[min(level + 1, 3)] + _HEADING_HEIGHT
    return [CondPageBreak(max(room, _ROOM_BELOW[level])), *heading(text, level, toc)]


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
        items.append(CachedParagraph(markup(body, stylesheet()[style].fontName),
                                stylesheet()[style], bulletText=mark))
    return items


def cell(value: Cell, style: str = "cell") -> Flowable | list[Flowable] | str:
    """A table cell: text becomes a wrapping paragraph; flowables pass as they are."""
    if value is None:
        return ""
    if isinstance(value, Flowable | list):
        return value
    lines = str(value).split("\n")
    if len(lines) > 1 and all(line.strip() for line in lines):
        # a paragraph per line, one under the other, is what a broken paragraph sets,
        # and each can be a OneLine ('22.11.2019 –' over '27.11.2019')
        return [para(line, style) for line in lines]
    return para(value, style)


class _Table(LongTable):
    """A LongTable that splits a tall row itself rather than under a second header.

    reportlab first splits between whole rows; the rest of the table then gets the
    space left on the page, where a tall row is split in two below the repeated header
    row: two header rows on one page. Where that would happen, split inside the row
    at once, so that the page carries one header only.
    """

    _sized: tuple[float, float] | None = None  # a width at which every row is measured

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Measured once per width: a table kept with its heading is measured whole to see
        whether both fit, then again where it is placed. Measured again where it might
        not fit (a long table stops measuring rows below the room it has)."""
        sized = self._sized
        if sized is not None and sized[0] == availWidth and sized[1] <= availHeight:
            self.availWidth = availWidth
            return self._width, self._height
        width, height = super().wrap(availWidth, availHeight)
        whole = self._hmax == len(self._cellvalues)
        self._sized = (availWidth, height) if whole else None
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._sized = None  # splitting measures again, perhaps not every row
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2 or not self.repeatRows or not self.splitInRow:
            return parts
        header = sum(self._rowHeights[:self.repeatRows])
        used = sum(self._rowHeights[:len(parts[0]._cellvalues)])
        if availHeight - used - header < self.splitInRow:
            return parts  # no room to split the next row on this page anyway
        in_row = self._splitRows(availHeight, doInRowSplit=1)
        return in_row if len(in_row) == 2 else parts


def table(header: Sequence[str], rows: Sequence[Sequence[Cell]],
          widths: Sequence[float]) -> LongTable:
    """A table that wraps its cells and repeats its header row on every page it spans.

    `widths` are fractions of the text width.
    """
    data = [[cell(h, "cell-head") for h in header]]
    data += [[cell(value) for value in row] for row in rows]
    return _Table(data, colWidths=[w * TEXT_WIDTH for w in widths], repeatRows=1, splitInRow=40,
                     style=table_style(), hAlign="LEFT")


class _DayTable(_Table):
    """A day's programme: its title row and column heads repeat on every page it runs
    onto, the title there saying "(continued)"."""

    continued: Flowable | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        for part in parts[1:]:
            part.continued = self.continued
            # the repeated title row; its list is shared with the first part: replace it
            part._cellvalues[0] = [self.continued, *part._cellvalues[0][1:]]
        return parts


def day_table(title: str, continued: str, header: Sequence[str],
              rows: Sequence[Sequence[Cell]], widths: Sequence[float]) -> LongTable:
    """A table under a title row, both repeated ("… (continued)") on every later page."""
    data = [[para(title, "day-row")] + [""] * (len(header) - 1)]
    data += [[cell(h, "cell-head") for h in header]]
    data += [[cell(value) for value in row] for row in rows]
    table = _DayTable(data, colWidths=[w * TEXT_WIDTH for w in widths], repeatRows=2,
                      splitInRow=40, style=table_style(header_rows=2, title_row=True),
                      hAlign="LEFT")
    table.continued = para(continued, "day-row")
    return table


def facts(pairs: Sequence[tuple[str, Cell]], label_width: float = 0.26,
          width: float = TEXT_WIDTH) -> LongTable:
    """Label / value lines ("at a glance"); empty values are left out."""
    data = [[cell(label, "label"), cell(value)] for label, value in pairs
            if value not in (None, "")]
    return LongTable(data or [["", ""]], colWidths=[label_width * width,
                                                    (1 - label_width) * width],
                     style=facts_style(), hAlign="LEFT")


class _KeepTogether(KeepTogether):
    """KeepTogether that also counts the space above its first paragraph.

    reportlab leaves that space out of the height it compares with the room left, so a
    block that fits by less than a heading's space before is split after all.
    """

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        width, height = super().wrap(aW, aH)
        shown = [f for f in self._content if not isinstance(f, CondPageBreak)]
        self._H += shown[0].getSpaceBefore() if shown else 0
        return width, height


def together(*flowables: Flowable) -> KeepTogether:
    """The flowables on one page (a new page if they do not fit in what is left)."""
    return _KeepTogether(list(flowables))


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)
