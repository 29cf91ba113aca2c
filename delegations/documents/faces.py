"""TrueType faces parsed once and kept, so that a later process reads them back.

reportlab reads a face's character map, widths and glyph table in Python: about 10 ms
for each DejaVu face, 55 ms for the CJK fallback, in every process that prints. The
parsed tables are plain numbers, lists and dicts: they are kept (delegations.kept)
under a key of the font file, reportlab's version and this module's format, and read
back in a few milliseconds. A kept face that does not fit (another version, a damaged
file) means the face is parsed as before.
"""

from __future__ import annotations

from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from delegations import kept

FORMAT = 1  # raise when what is kept of a face changes
_SKIPPED = ("_ttf_data", "_pdfScale")  # the file itself; a function of unitsPerEm


def load_font(name: str, path: Path) -> TTFont:
    """The TrueType font `name` from `path`, its face read back when it was kept, else
    parsed (and kept for the next process)."""
    face = _kept_face(path)
    if face is not None:
        return _KeptFont(name, face)
    font = TTFont(name, str(path))
    _keep(font.face, path)
    return font


class _KeptFont(TTFont):
    """A TTFont around a face read back: TTFont's own constructor would parse the file.
    The attributes are those TTFont sets (tests compare them with reportlab's)."""

    def __init__(self, name: str, face: TTFontFace) -> None:
        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)


def kept_name(path: Path) -> str:
    """The name the parsed face of the font file `path` is kept under."""
    return f"face-{path.stem}"


def _key(path: Path) -> tuple[object, ...]:
    return FORMAT, reportlab.Version, kept.file_key(path)


def _keep(face: TTFontFace, path: Path) -> None:
    names = [k for k, v in vars(face).items() if isinstance(v, TTFNameBytes)]
    tables = {k: bytes(v) if k in names else v for k, v in vars(face).items()
              if k not in _SKIPPED}
    kept.keep(kept_name(path), _key(path), (names, tables))


def _kept_face(path: Path) -> TTFontFace | None:
    """The face kept for `path` if it is still the face of that file, else None."""
    try:
        names, tables = kept.read(kept_name(path), _key(path)) or ((), None)
        if tables is None:
            return None
        face = TTFontFace.__new__(TTFontFace)
        vars(face).update(tables)
        vars(face).update((k, TTFNameBytes(tables[k])) for k in names)
        face._pdfScale = _scale(face.unitsPerEm)
        face._ttf_data = path.read_bytes()  # subsets are cut from it when a PDF is written
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return face if _whole(face) else None


def _whole(face: Any) -> bool:
    """Whether the tables read back are those a parsed face has."""
    return (isinstance(face.charToGlyph, dict) and isinstance(face.charWidths, dict)
            and len(face.hmetrics) == face.numGlyphs
            and len(face.glyphPos) == face.numGlyphs + 1)


def _scale(units_per_em: int) -> Callable[[float], float]:
    """reportlab's font units to PDF units (its parser keeps the same function)."""
    factor = 1000 / units_per_em
    return (lambda x: x) if units_per_em == 1000 else (lambda x: x * factor)
