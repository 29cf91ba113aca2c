"""Cells a spreadsheet would run as a formula, made harmless on export and read back.

A cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets
skip before looking) is a formula to Excel and LibreOffice: `=HYPERLINK(…)` in a name
would become a live link in the office's copy. Such cells get a leading apostrophe,
which spreadsheets show as "text, not a formula" and do not display; so "+49 431 …"
stays a phone number. Reading strips that apostrophe again, from any file: spreadsheets
never write it into a CSV themselves, so a leading "'" before one of those characters
is always such an escape. A value that itself starts with apostrophes before such a
character ("'=x", as someone may type to keep a formula as text) gets one more, so that
reading gives it back as it was.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: str) -> str:
    """`value` safe to open in a spreadsheet."""
    return "'" + value if value.lstrip("'").startswith(FORMULA_START) else value


def unescape_cell(value: str) -> str:
    """The value `escape_cell` was given."""
    if value.startswith("'") and value.lstrip("'").startswith(FORMULA_START):
        return value[1:]
    return value
