"""Right-to-left scripts set as they read: Hebrew and Arabic right to left, Arabic joined.

reportlab lays text out left to right in typing order; its own bidi support needs the
`rlbidi` extra, which is not on PyPI, and its harfbuzz shaping works word by word
without reordering them. So each line is put into visual order before reportlab sees it:
Arabic letters become their joined presentation forms (arabic_reshaper, keeping only the
ligatures the bundled font has), the Unicode bidi algorithm (python-bidi) orders the
runs, and the spaces inside a right-to-left run become non-breaking: reportlab must
not wrap inside a run, whose lines would then read in the wrong order.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # both are imported when a right-to-left text is first printed
    from arabic_reshaper import ArabicReshaper

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"  # Hebrew, Arabic and their forms
_HAS_RTL = re.compile(f"[{_RTL}]")
_SPACE_IN_RUN = re.compile(f"(?<=[{_RTL}])([^\\S\\n]+)(?=[{_RTL}])")


def has_rtl(text: str) -> bool:
    """Whether `text` holds a Hebrew or Arabic letter."""
    return bool(_HAS_RTL.search(text))


@cache
def _reshaper() -> ArabicReshaper:
    """Arabic shaping that uses only the ligatures DejaVu Sans can set."""
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    from delegations.documents.fonts import SANS, SANS_BOLD, has_glyph

    config: dict[str, Any] = {"support_ligatures": True}
    for name, (_, forms) in LIGATURES:
        config[name] = all(has_glyph(font, form) for form in forms if form
                           for font in (SANS, SANS_BOLD))
    return ArabicReshaper(configuration=config)


def visual(text: str) -> str:
    """`text` in the order it is drawn, left to right, line by line; text without a
    right-to-left letter comes back unchanged."""
    if not has_rtl(text):
        return text
    return "\n".join(_visual_line(line) for line in text.split("\n"))


def _visual_line(line: str) -> str:
    if not has_rtl(line):
        return line
    from bidi import get_display

    glued = _SPACE_IN_RUN.sub(lambda m: "\u00a0" * len(m.group(1)), line)
    return str(get_display(_reshaper().reshape(glued)))
