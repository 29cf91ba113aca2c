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

import re
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from delegations.documents.bidi import has_rtl, visual
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


_TEMPLATES: dict[tuple[int, str], tuple[ParagraphStyle, ParaFrag]] = {}
_SPECIAL = re.compile("[&<>\n\r\x02\x03]")  # entities and line breaks: the parser's work
_SEGMENT = re.compile("\x02([^\x03]*)\x03|([^\x02]+)")


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
    frags = [_frag(style, "", cleaned)]
    textTransformFrags(frags, style)
    return frags


def _frag(style: ParagraphStyle, tag: str, text: str) -> ParaFrag:
    """A fragment of `text` as the parser makes it in `style` inside <tag> ('' for none)."""
    known = _TEMPLATES.get((id(style), tag))
    if known is None or known[0] is not style:
        _style, parsed, _bullet = ParaParser().parse(f"<{tag}>x</{tag}>" if tag else "x", style)
        known = _TEMPLATES[(id(style), tag)] = (style, parsed[0])
    return fresh(known[1], text)


def fresh(frag: ParaFrag, text: str | None = None) -> ParaFrag:
    """A copy of `frag` (with `text`) whose lists are its own: a paragraph's fragments are
    its own to change. As ABag.clone, without keyword arguments, a few times as fast."""
    copy = ParaFrag.__new__(ParaFrag)
    copy.__dict__ = {**frag.__dict__, "link": [], "us_lines": []}
    if text is not None:
        copy.text = text
    return copy


def rich_frags(parts: list[tuple[str, str]], style: ParagraphStyle) -> list[ParaFrag] | None:
    """The fragments the parser makes of plain pieces in <b>/<i> (tag, text; tag '' for
    none), made without it; None when a piece needs the parser (another font, an entity,
    a line break). Its whitespace rules hold: the whole is cleaned as one text, tags are
    not whitespace, and a piece left empty makes no fragment."""
    if any(_SPECIAL.search(text) or has_rtl(text) or _plain_line(text, _face(style, tag)) is None
           for tag, text in parts if text.strip()):
        return None
    marked = "".join(f"\x02{text}\x03" if tag else text for tag, text in parts)
    tags = iter(tag for tag, _text in parts if tag)
    frags = []
    for inside, outside in _SEGMENT.findall(cleanBlockQuotedText(marked)):
        tag = next(tags) if outside == "" else ""
        if inside or outside:
            frags.append(_frag(style, tag, inside or outside))
    textTransformFrags(frags, style)
    return frags


def _face(style: ParagraphStyle, tag: str) -> str:
    """The font `markup` checks a piece against (blocks.rich: italic pieces upright-safe)."""
    return SANS_ITALIC if tag == "i" else style.fontName
