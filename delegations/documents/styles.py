"""The one stylesheet of the documents: named styles that inherit from a parent.

Builders refer to styles by name only; sizes, colours and spacing live here.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from delegations.documents.fonts import SANS, SANS_BOLD, SANS_ITALIC, register_fonts

INK = colors.HexColor("#1d1d1f")
ACCENT = colors.HexColor("#1f3a5f")  # headings, rules: a sober dark blue
MUTED = colors.HexColor("#5f6670")
RULE = colors.HexColor("#b8c0ca")
SHADE = colors.HexColor("#eef1f5")  # table header rows
WARN = colors.HexColor("#8a1c1c")  # "confidential"

PAGE_MARGIN_X = 22 * mm
PAGE_MARGIN_TOP = 36 * mm
PAGE_MARGIN_BOTTOM = 24 * mm


def _add(sheet: StyleSheet1, name: str, parent: str | None = None, **values: object) -> None:
    base = sheet[parent] if parent else None
    sheet.add(ParagraphStyle(name, parent=base, **values))


@cache
def stylesheet() -> StyleSheet1:
    """All paragraph styles, built once."""
    register_fonts()
    sheet = StyleSheet1()
    # bullets in the embedded font (reportlab's default, Helvetica, is not embedded).
    # Not embeddedHyphenation: it breaks names after their hyphens, but a paragraph wrapped
    # again (as table cells are) loses them: "KämpferØresund".
    _add(sheet, "base", fontName=SANS, fontSize=9.5, leading=13, textColor=INK,
         bulletFontName=SANS)
    _add(sheet, "body", "base", spaceAfter=5)
    _add(sheet, "small", "base", fontSize=8, leading=10.5, textColor=MUTED)
    _add(sheet, "cell", "base", fontSize=8.5, leading=11)
    _add(sheet, "cell-bold", "cell", fontName=SANS_BOLD)
    _add(sheet, "cell-small", "cell", fontSize=7.5, leading=9.5, textColor=MUTED)
    _add(sheet, "cell-head", "cell", fontName=SANS_BOLD, fontSize=8, textColor=ACCENT)
    _add(sheet, "cell-note", "cell", fontName=SANS_ITALIC, textColor=MUTED)
    _add(sheet, "cell-warn", "cell-small", fontName=SANS_BOLD, textColor=WARN)
    _add(sheet, "label", "base", fontName=SANS_BOLD, fontSize=8.5, textColor=MUTED)
    _add(sheet, "title", "base", fontName=SANS_BOLD, fontSize=20, leading=25,
         textColor=ACCENT, spaceAfter=4)
    _add(sheet, "subtitle", "base", fontSize=12, leading=16, textColor=MUTED, spaceAfter=14)
    _add(sheet, "h1", "base", fontName=SANS_BOLD, fontSize=13.5, leading=18,
         textColor=ACCENT, spaceBefore=16, spaceAfter=7)
    _add(sheet, "h2", "base", fontName=SANS_BOLD, fontSize=10.5, leading=14,
         textColor=INK, spaceBefore=11, spaceAfter=4)
    _add(sheet, "h3", "base", fontName=SANS_BOLD, fontSize=9.5, leading=13,
         textColor=MUTED, spaceBefore=6, spaceAfter=2, keepWithNext=1)
    _add(sheet, "day", "h2", textColor=ACCENT, spaceBefore=12)
    _add(sheet, "day-row", "day", spaceBefore=0, spaceAfter=0)
    _add(sheet, "bullet", "body", leftIndent=11, bulletIndent=2, spaceAfter=2)
    _add(sheet, "note", "body", fontName=SANS_ITALIC, textColor=MUTED)
    _add(sheet, "warn", "body", fontName=SANS_BOLD, textColor=WARN)
    _add(sheet, "cover-title", "title", fontSize=26, leading=32, spaceAfter=10)
    _add(sheet, "cover-sub", "subtitle", fontSize=14, leading=19)
    _add(sheet, "letterhead", "base", fontSize=8, leading=10.5, textColor=MUTED,
         alignment=TA_RIGHT)
    _add(sheet, "letterhead-name", "letterhead", fontName=SANS_BOLD, fontSize=9.5,
         leading=12, textColor=ACCENT)
    _add(sheet, "header", "base", fontSize=7.5, leading=9.5, textColor=MUTED)
    _add(sheet, "header-name", "header", fontName=SANS_BOLD, textColor=ACCENT)
    _add(sheet, "header-warn", "header", fontName=SANS_BOLD, textColor=WARN)
    _add(sheet, "toc1", "base", fontSize=10, leading=15, rightIndent=28)
    _add(sheet, "toc2", "base", fontSize=9, leading=12.5, leftIndent=12, rightIndent=28,
         textColor=MUTED)
    return sheet


def table_style(header_rows: int = 1, title_row: bool = False) -> TableStyle:
    """The one look of every table: shaded header, hairlines between rows, no boxes;
    with `title_row`, the first row is a title across the table, above the header."""
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # even empty cells: no unembedded font
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    first = 1 if title_row else 0
    if title_row:
        commands += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0),
                     ("TOPPADDING", (0, 0), (-1, 0), 10),
                     ("LINEBELOW", (0, 0), (-1, 0), 0, colors.white)]
    if header_rows > first:
        commands += [
            ("BACKGROUND", (0, first), (-1, header_rows - 1), SHADE),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    return TableStyle(commands)


def facts_style() -> TableStyle:
    """Label/value lists ("at a glance"): no header, light rules."""
    return table_style(header_rows=0)
