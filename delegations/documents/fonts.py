"""The bundled fonts, and text split into runs set in a font that has every glyph.

reportlab does not fall back from one font to another: a character the font lacks
comes out as an empty box. DejaVu Sans covers Latin (all European diacritics,
Turkish), Greek and Cyrillic; Droid Sans Fallback covers Chinese, Japanese and
Korean. Every string placed in a document goes through `markup`, which puts
right-to-left runs in visual order (bidi.visual), escapes it for reportlab's
paragraph mark-up and wraps the runs DejaVu cannot set in a <font name="…"> tag of
the fallback font. DejaVu's oblique face has no Arabic: in an italic paragraph
Arabic is set upright.
"""

from __future__ import annotations

from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from delegations.documents.bidi import visual
from delegations.documents.faces import load_font
from delegations.paths import resource

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
CJK = "DroidSansFallback"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}


@cache
def register_fonts() -> None:
    """Register the DejaVu faces with reportlab once per process (they are embedded as
    subsets of what a document sets); the CJK fallback, a large file to read, is
    registered when a character first needs it. Parsed faces are kept (faces.py)."""
    for name in (SANS, SANS_BOLD, SANS_ITALIC):
        pdfmetrics.registerFont(load_font(name, resource("fonts", _FILES[name])))
    for bold, italic, face in ((0, 0, SANS), (1, 0, SANS_BOLD), (0, 1, SANS_ITALIC),
                               (1, 1, SANS_BOLD)):
        addMapping(SANS, bold, italic, face)


@cache
def _register_fallback() -> None:
    pdfmetrics.registerFont(load_font(CJK, resource("fonts", _FILES[CJK])))
    for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
        addMapping(CJK, bold, italic, CJK)


@cache
def _glyphs(font_name: str) -> frozenset[int]:
    register_fonts()
    if font_name == CJK:
        _register_fallback()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the bundled font `font_name` can set `char`."""
    return ord(char) in _glyphs(font_name)


def font_for(char: str, base: str = SANS) -> str:
    """The font a character is set in: the paragraph's `base` face where it can, else
    upright DejaVu (Arabic in an italic paragraph), else the CJK fallback."""
    if char.isspace() or has_glyph(base, char):
        return base
    if has_glyph(SANS, char):
        return SANS
    return CJK if has_glyph(CJK, char) else base


def runs(text: str, base: str = SANS) -> list[tuple[str, str]]:
    """`text` cut into (font, run) pieces, each set wholly in one font (a space stays
    in the run before it: a right-to-left run with its non-breaking spaces is one)."""
    if not text:
        return []
    if set(map(ord, text)) <= _glyphs(base):  # the usual case, decided at C speed
        return [(base, text)]
    pieces: list[tuple[str, str]] = []
    for char in text:
        sticky = pieces and char.isspace() and char != "\n"
        font = pieces[-1][0] if sticky else font_for(char, base)
        if pieces and pieces[-1][0] == font:
            pieces[-1] = (font, pieces[-1][1] + char)
        else:
            pieces.append((font, char))
    return pieces


def markup(text: object, base: str = SANS) -> str:
    """Paragraph mark-up for plain `text` in a paragraph set in `base`: right-to-left runs
    in visual order, escaped, line breaks kept, runs `base` lacks in a font that has them."""
    parts = []
    for font, run in runs(visual(str(text)), base):
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(escaped if font == base else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


_TEMPLATES: dict[int, tuple[ParagraphStyle, ParaFrag]] = {}


@lru_cache(maxsize=8192)
def _plain_line(text: str, font: str) -> str | None:
    """`text` as reportlab's parser would clean it, if one line in `font` sets it all;
    remembered, since tables repeat their words ('Protokoll', 'Offen', dates)."""
    shown = visual(text)
    if "\n" in shown or "\r" in shown:
        return None
    pieces = runs(shown, font)
    if len(pieces) != 1 or pieces[0][0] != font:
        return None
    return cleanBlockQuotedText(shown) or None


def plain_frags(text: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """The fragments reportlab's mark-up parser makes of a line that needs no mark-up (one
    font has all of it, no line breaks), made without the parser: parsing was about a
    third of a long document's time. None when the text needs the parser."""
    cleaned = _plain_line(text, style.fontName)
    if cleaned is None:
        return None
    known = _TEMPLATES.get(id(style))
    if known is None or known[0] is not style:
        _style, parsed, _bullet = ParaParser().parse("x", style)
        known = _TEMPLATES[id(style)] = (style, parsed[0])
    frag = known[1].clone(text=cleaned, link=[], us_lines=[])
    frags = [frag]
    textTransformFrags(frags, style)
    return frags
