"""The bundled fonts, and text split into runs set in a font that has every glyph.

reportlab does not fall back from one font to another: a character the font lacks
comes out as an empty box. DejaVu Sans covers Latin (all European diacritics,
Turkish), Greek and Cyrillic; Droid Sans Fallback covers Chinese, Japanese and
Korean. Every string placed in a document goes through `markup`, which escapes it
for reportlab's paragraph mark-up and wraps the runs DejaVu cannot set in a
<font name="…"> tag of the fallback font.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
    """Register the bundled fonts with reportlab once (they are embedded as subsets)."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    for bold, italic, face in ((0, 0, SANS), (1, 0, SANS_BOLD), (0, 1, SANS_ITALIC),
                               (1, 1, SANS_BOLD)):
        addMapping(SANS, bold, italic, face)
        addMapping(CJK, bold, italic, CJK)


@cache
def _glyphs(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the bundled font `font_name` can set `char`."""
    return ord(char) in _glyphs(font_name)


def font_for(char: str) -> str:
    """The font a character is set in: DejaVu where it can, else the CJK fallback."""
    if char.isspace() or has_glyph(SANS, char):
        return SANS
    return CJK if has_glyph(CJK, char) else SANS


def runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into (font, run) pieces, each set wholly in one font."""
    pieces: list[tuple[str, str]] = []
    for char in text:
        font = font_for(char)
        if pieces and pieces[-1][0] == font:
            pieces[-1] = (font, pieces[-1][1] + char)
        else:
            pieces.append((font, char))
    return pieces


def markup(text: object) -> str:
    """Paragraph mark-up for plain `text`: escaped, line breaks kept, CJK runs in their font."""
    parts = []
    for font, run in runs(str(text)):
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(escaped if font == SANS else f'<font name="{CJK}">{escaped}</font>')
    return "".join(parts)
