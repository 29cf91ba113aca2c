"""The documents' paragraphs: line breaking kept per width, and plain one-line text set
without line breaking at all.

Most of a long document is table cells of one short plain line ('Protokoll', a date, a
name). reportlab breaks each into lines word by word and draws it through its general
paragraph drawing, which was most of what the yearly report took. A `OneLine` is a
paragraph that, where its text fits the width, is measured as one string (widths kept
per text, font and size) and drawn as one text line at the very place the paragraph
would have drawn it. Where it does not fit, it is an ordinary paragraph.

`OneLine` stays a Paragraph: the table of contents, splitting, `getPlainText` and
anything reading `blPara` (worked out when first asked for) see a paragraph.
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import split, strip
from reportlab.platypus.paraparser import ParaFrag

from delegations.documents.bidi import has_rtl

_ALIGNED = (TA_LEFT, TA_CENTER, TA_RIGHT)
_SOFT_HYPHEN = "\xad"
_ROOM = 1e-6  # a line this close to the width is left to reportlab's own line breaking


class CachedParagraph(Paragraph):
    """A Paragraph that keeps its lines while the width stays the same: a table breaks
    every cell into lines at least twice (row heights, then drawing), and line breaking
    is most of the time a document takes."""

    _wrapped: tuple[float, object, float, float] | None = None  # width, lines, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._wrapped
        if (last is not None and last[0] == availWidth
                and self.__dict__.get("blPara") is last[1]):  # not split or redone since
            self.width, self.height = last[2], last[3]
            return last[2], last[3]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.blPara, width, height)
        return width, height


@lru_cache(maxsize=16384)
def line_width(text: str, font: str, size: float) -> float:
    """The width of the one line `text` (words between single spaces), added up word by
    word as reportlab's line breaking does (a right-aligned line then ends where the
    paragraph's ends, to the last bit); remembered, tables repeat their words."""
    space = stringWidth(" ", font, size)
    width = -space
    for word in text.split(" "):
        width += space + stringWidth(word, font, size)
    return float(width)


def _simple(style: ParagraphStyle) -> bool:
    """Whether a one-line paragraph in `style` is just its text at the top of the box:
    no indents, bullets, borders, background, justification, shaping or autoleading."""
    return (style.alignment in _ALIGNED and not getattr(style, "bulletText", None)
            and not style.wordWrap and not style.leftIndent and not style.rightIndent
            and not style.firstLineIndent and not style.backColor
            and not (style.borderWidth and style.borderColor) and not style.endDots
            and not style.shaping and getattr(style, "autoLeading", "") in ("", "off", None))


def one_line_text(frags: list[ParaFrag], style: ParagraphStyle) -> str | None:
    """The text a paragraph of these fragments draws when it is one line, if it is one
    plain fragment a OneLine can set; None otherwise (several fonts or pieces, mark-up,
    right-to-left text, soft hyphens, a style with more to it than the line)."""
    if len(frags) != 1 or not _simple(style):
        return None
    frag = frags[0]
    text = getattr(frag, "text", None)
    if not text or _SOFT_HYPHEN in text or has_rtl(text) or frag.link or frag.us_lines \
            or getattr(frag, "rise", 0) or getattr(frag, "backColor", None):
        return None
    words = split(strip(text))  # the words reportlab's line breaking would set
    return " ".join(words) if words else None


class OneLine(CachedParagraph):
    """A paragraph of one plain fragment; set as one text line where it fits the width.

    `line` is the text drawn (one_line_text); the parts reportlab makes when it splits
    the paragraph have none and are ordinary paragraphs."""

    fast = False  # whether the last wrap found one line (drawn without line breaking)

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any,
                 line: str | None = None, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.line = line

    @cached_property
    def blPara(self) -> Any:
        """The broken lines, worked out only when something asks for them."""
        return self.breakLines(self._wrapWidths)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frag = self.frags[0]
        if self.line is None \
                or availWidth - line_width(self.line, frag.fontName, frag.fontSize) < _ROOM:
            self.fast = False
            return super().wrap(availWidth, availHeight)
        self.fast = True
        self.__dict__.pop("blPara", None)  # lines of another width: worked out afresh
        self._wrapWidths = [availWidth, availWidth]
        self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self.fast = False  # reportlab's split works on the broken lines
        return list(super().split(availWidth, availHeight))

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """The one line where the paragraph would set it (its top, less the font size),
        in its colour, inside q/Q as the paragraph is: the canvas's state is untouched."""
        if not self.fast or self.line is None or not canvas.bottomup:
            super().drawOn(canvas, x, y, _sW)
            return
        frag = self.frags[0]
        x = self._hAlignAdjust(x, _sW)
        spare = self.width - line_width(self.line, frag.fontName, frag.fontSize)
        x += spare if self.style.alignment == TA_RIGHT else \
            spare / 2 if self.style.alignment == TA_CENTER else 0
        drop = frag.fontSize if rl_config.paraFontSizeHeightOffset else _ascent(frag)
        canvas._code.append(f"q BT 1 0 0 1 {fp_str(x, y + self.height - drop)} Tm "
                            f"{_operators(canvas, frag, self.style.leading, self.line)} ET Q")


_OPERATORS: WeakKeyDictionary[Any, dict[tuple[object, ...], str]] = WeakKeyDictionary()


def _operators(canvas: Canvas, frag: ParaFrag, leading: float, line: str) -> str:
    """Colour, font and text operators of a line, as reportlab's text object writes them;
    remembered per document (its fonts' subsets number the characters)."""
    known = _OPERATORS.get(canvas._doc)
    if known is None:
        known = _OPERATORS[canvas._doc] = {}
    key = (frag.textColor, frag.fontName, frag.fontSize, leading, line)
    operators = known.get(key)
    if operators is None:
        font = getFont(frag.fontName)
        if font._dynamicFont:  # TrueType: what the text object's _formatText writes
            operators = _colour(canvas, known, frag.textColor) + " " + _truetype(
                canvas, font, f"{fp_str(frag.fontSize)} Tf {fp_str(leading)} TL", line)
        else:
            operators = _through_text_object(canvas, frag, leading, line)
        known[key] = operators
    return operators


def _colour(canvas: Canvas, known: dict[tuple[object, ...], str], colour: Any) -> str:
    """The fill colour operator, as the text object writes it (once per document)."""
    operator = known.get(("colour", colour))
    if operator is None:
        text = canvas.beginText(0, 0)
        start = len(text._code)
        text.setFillColor(colour)
        operator = known[("colour", colour)] = " ".join(text._code[start:])
    return operator


def _truetype(canvas: Canvas, font: Any, size: str, line: str) -> str:
    """`line` in the subsets of a TrueType font: each subset's font, then its bytes, T*."""
    out, current, doc = [], -1, canvas._doc
    for subset, chunk in font.splitString(line, doc):
        if subset != current:
            out.append(f"{font.getSubsetInternalName(subset, doc)} {size}")
            current = subset
        out.append(f"({canvas._escape(chunk)}) Tj")
    out.append("T*")
    return " ".join(out)


def _through_text_object(canvas: Canvas, frag: ParaFrag, leading: float, line: str) -> str:
    text = canvas.beginText(0, 0)
    start = len(text._code)  # 'BT' and the origin
    text.setFillColor(frag.textColor)
    text.setFont(frag.fontName, frag.fontSize, leading)
    text._textOut(line, 1)
    return " ".join(text._code[start:])


def _ascent(frag: ParaFrag) -> float:
    return float(getAscentDescent(frag.fontName, frag.fontSize)[0])
