"""TrueType faces parsed once and kept, so that a later process reads them back.

reportlab reads a face's character map, widths and glyph table in Python: about 10 ms
for each DejaVu face, 55 ms for the CJK fallback, in every process that prints. The
parsed tables are plain numbers, lists and dicts; they are kept (with `marshal`, the
format of Python's own compiled modules) in the user's cache folder, under a key of
the font file's path, size and time, reportlab's version and this module's format, and
read back in a few milliseconds. Anything wrong with a kept face (another version, a
damaged file, a folder that cannot be written) means the face is parsed as before.
"""

from __future__ import annotations

import marshal
import os
import uuid
from collections.abc import Callable
from contextlib import suppress
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from delegations.paths import cache_dir

FORMAT = 1  # raise when what is kept, or how, changes
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


def cache_file(path: Path) -> Path:
    """Where the parsed face of the font file `path` is kept."""
    return cache_dir() / "fonts" / f"{path.stem}.face"


def _key(path: Path) -> tuple[int | str, ...]:
    stat = path.stat()
    return FORMAT, reportlab.Version, str(path), stat.st_size, stat.st_mtime_ns


def _keep(face: TTFontFace, path: Path) -> None:
    """Write the face's parsed tables beside the others; quietly not, if that fails."""
    names = [k for k, v in vars(face).items() if isinstance(v, TTFNameBytes)]
    tables = {k: bytes(v) if k in names else v for k, v in vars(face).items()
              if k not in _SKIPPED}
    target = cache_file(path)
    temporary = target.with_name(f"{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        data = marshal.dumps((_key(path), names, tables))
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, target)  # whole or not at all, also with two printing at once
    except (OSError, ValueError):
        with suppress(OSError):
            temporary.unlink(missing_ok=True)


def _kept_face(path: Path) -> TTFontFace | None:
    """The face kept for `path` if it is still the face of that file, else None."""
    try:
        key, names, tables = marshal.loads(cache_file(path).read_bytes())
        if key != _key(path):
            return None
        face = TTFontFace.__new__(TTFontFace)
        vars(face).update(tables)
        vars(face).update((k, TTFNameBytes(tables[k])) for k in names)
        face._pdfScale = _scale(face.unitsPerEm)
        face._ttf_data = path.read_bytes()  # subsets are cut from it when a PDF is written
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
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
