"""Text files written by other programs: the encoding read from the bytes, decoded strictly.

Spreadsheets and address books write UTF-8 (with or without a byte-order mark), UTF-16
with a mark (Excel's "Unicode text"), or Windows-1252 (old Excel, Outlook). The bytes are
decoded strictly, in that order: UTF-8 is tried before Windows-1252 because German text in
Windows-1252 is practically never valid UTF-8 (ü is a lone 0xFC), while the reverse
guess would turn every "Müller" into "MÃ¼ller" without a word. A file that is none of
these is refused, naming the line of the first byte that does not fit.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from delegations.exchange.reader import UnreadableFile
from delegations.i18n import N_

#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_MARKS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read in (shown in the import preview)."""

    text: str
    encoding: str


def read_text(path: str | Path) -> Decoded:
    """The text of the file at `path`; OSError (missing, unreadable) passes through."""
    from delegations.exchange.limits import check_size

    check_size(path)
    return decode(Path(path).read_bytes(), str(path))


def decode(raw: bytes, name: str) -> Decoded:
    """`raw` as text, or UnreadableFile naming the file `name` and the line of the problem."""
    for mark, encoding in _MARKS:
        if raw.startswith(mark):
            return Decoded(_strict(raw, encoding, name), _label(encoding, mark))
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # zip (.xlsx), OLE (.xls)
        raise UnreadableFile("", N_("{file}: this is a spreadsheet workbook, not a text "
                                    "file; save it as CSV first"), file=name)
    utf16 = _utf16_without_mark(raw[:4096])
    if utf16:
        return Decoded(_strict(raw, utf16, name), utf16)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        _refuse_mixed(raw, err.start, name)
        return Decoded(_strict(raw, "cp1252", name), "cp1252")


def _refuse_mixed(raw: bytes, broken: int, name: str) -> None:
    """A file with lines in UTF-8 (letters beyond ASCII) and lines that are not (Windows-1252,
    usually pasted together from two programs) is refused at its first line that is not
    UTF-8: reading it all as Windows-1252 would turn the UTF-8 lines' "Müller" into
    "MÃ¼ller" without a word."""
    for line in raw.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        number = raw[:broken].count(b"\n") + 1
        raise UnreadableFile("", N_("{file}, line {line}: the file mixes encodings (this line "
                                    "is not UTF-8, others are); save it again as UTF-8"),
                             file=name, line=number)


def _utf16_without_mark(head: bytes) -> str | None:
    """'utf-16-le' or '-be' when every other byte is zero, as in UTF-16 Latin text."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) < len(head) // 4 or min(even, odd) * 4 > max(even, odd):
        return None
    return "utf-16-le" if odd > even else "utf-16-be"


def _label(encoding: str, mark: bytes) -> str:
    if encoding == "utf-8-sig":
        return encoding
    return encoding + ("-le" if mark[:1] == b"\xff" else "-be")


def _strict(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
            line = raw[: err.start].decode(encoding, errors="replace").count("\n") + 1
        raise UnreadableFile(
            "", N_("{file}, line {line}: the file is neither UTF-8, UTF-16 nor Windows-1252 "
                   "text"), file=name, line=line) from None
