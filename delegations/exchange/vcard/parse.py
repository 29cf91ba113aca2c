"""vCard text → cards of properties, for versions 2.1, 3.0 and 4.0 as programs really write them.

Written by hand rather than with a library because address books bend the rules in ways
a strict parser gives up on for the whole file: quoted-printable values continued with
a soft line break onto lines that do not start with a space (vCard 2.1 from Outlook and
Android), photos whose base64 is not valid, CR CR LF line ends (iPhone), parameters
without a name (`TEL;WORK;VOICE`), groups (`item1.EMAIL`). Here a problem in one card
becomes that card's error; the other cards of the file are read all the same.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from delegations.errors import ValidationError
from delegations.exchange.limits import RECORDS, too_many
from delegations.i18n import N_

_LINE_BREAK = re.compile(r"\r*\n|\r")
_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}


@dataclass(frozen=True)
class Prop:
    """One property: name without group, parameters (upper-case names, their values),
    the value (quoted-printable decoded, still vCard-escaped) and where it starts."""

    name: str
    params: dict[str, list[str]]
    value: str
    line: int

    def types(self) -> set[str]:
        """TYPE values in lower case, including 2.1's bare ones (`TEL;WORK;PREF`)."""
        return {t.lower() for value in self.params.get("TYPE", ()) for t in value.split(",")}

    @property
    def preferred(self) -> bool:
        return "pref" in self.types() or bool(self.params.get("PREF"))


@dataclass
class Card:
    """The properties of one BEGIN:VCARD … END:VCARD, or the error that spoils it."""

    line: int
    props: list[Prop] = field(default_factory=list)
    error: ValidationError | None = None
    error_line: int = 0  # where the error is

    def all(self, name: str) -> list[Prop]:
        return [p for p in self.props if p.name == name]

    def first(self, name: str) -> Prop | None:
        return next((p for p in self.props if p.name == name), None)


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded lines with the number of their first physical line.

    A line starting with a space or tab continues the previous one (the space is
    dropped); a quoted-printable value ending in "=" continues on the next line,
    whatever that starts with (a soft line break, vCard 2.1). Empty lines are left out.
    """
    start, current = 0, None
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if current is not None and current.endswith("=") and _is_qp(current):
            current = current[:-1] + line  # a soft break: the next line is all value
        elif current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
        else:
            if current:
                yield start, current
            start, current = number, line
    if current:
        yield start, current


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head and ":" in line


def split_cards(text: str, name: str = "") -> list[Card]:
    """The cards of a file; lines outside cards are left out, a nested card (2.1's
    AGENT) is skipped, and a card cut off at the end is reported as such. More than
    RECORDS cards are refused (UnreadableFile naming file `name`) where the next begins."""
    cards: list[Card] = []
    card: Card | None = None
    depth = 0
    for number, line in logical_lines(text):
        word = line.strip().upper()
        if word == "BEGIN:VCARD":
            depth += 1
            if depth == 1:
                if len(cards) >= RECORDS:
                    raise too_many(name, number)
                card = Card(number)
                cards.append(card)
        elif word == "END:VCARD" and depth:
            depth -= 1
            card = None if depth == 0 else card
        elif card is not None and depth == 1 and line.strip():
            _add(card, number, line)
    if card is not None and card.error is None:
        card.error = ValidationError("END", N_("the card is cut off (END:VCARD is missing)"))
        card.error_line = card.line
    return cards


def _add(card: Card, number: int, line: str) -> None:
    """Add a property to `card`; a value that cannot be decoded spoils the card."""
    if card.error is not None:
        return
    try:
        prop = parse_line(number, line)
    except ValidationError as err:
        card.error, card.error_line = err, number
        return
    if prop is not None:
        card.props.append(prop)


def parse_line(number: int, line: str) -> Prop | None:
    """A property from one logical line; None for a line that is no property at all
    (stray data, as left by broken photo encodings)."""
    head, sep, value = _split_unquoted(line, ":", 1)
    if not sep:
        return None
    name, *raw_params = _split_unquoted(head, ";")
    name = name.rsplit(".", 1)[-1].strip().upper()
    if not name or not re.fullmatch(r"[A-Z0-9-]+", name):
        return None
    params = _params(raw_params)
    encodings = {e.upper() for e in params.get("ENCODING", ())}
    if "QUOTED-PRINTABLE" in encodings:
        value = _quoted_printable(name, value, params)
    return Prop(name, params, value, number)


def _params(raw: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for item in raw:
        key, sep, value = item.partition("=")
        key = key.strip().upper()
        if not sep:  # vCard 2.1: `TEL;WORK;VOICE`, `NOTE;QUOTED-PRINTABLE`
            key, value = ("ENCODING" if key in _BARE_ENCODINGS else "TYPE"), key
        params.setdefault(key, []).extend(v.strip().strip('"') for v in value.split(","))
    return params


def _quoted_printable(name: str, value: str, params: dict[str, list[str]]) -> str:
    """The decoded value in its CHARSET; without one UTF-8, else Windows-1252 (as for
    whole files, see textfile). Text that does not fit is an error, never a '?'."""
    given = (params.get("CHARSET") or [""])[0]
    charsets = [given] if given else ["utf-8", "cp1252"]
    try:
        codecs.lookup(charsets[0])
    except LookupError:
        raise ValidationError(name, N_("'{charset}' is not a known character set"),
                              charset=given) from None
    for charset in charsets:
        try:
            return binascii.a2b_qp(value.encode(charset)).decode(charset)
        except UnicodeError:
            continue
    raise ValidationError(name, N_("the text is not valid {charset}"),
                          charset=charsets[0])


def _split_unquoted(text: str, separator: str, limit: int = -1) -> list[str]:
    """`text` split at `separator` outside double quotes (parameter values may hold
    ':' and ';' when quoted); with `limit` 1, always three parts like str.partition."""
    if '"' not in text:  # the usual case, and much faster for big files
        parts = text.split(separator, limit)
        if limit == 1:
            return [parts[0], separator, parts[1]] if len(parts) == 2 else [parts[0], "", ""]
        return parts
    parts = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == separator and not quoted and (limit < 0 or len(parts) < limit):
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    if limit == 1:
        return [parts[0], separator, parts[1]] if len(parts) == 2 else [parts[0], "", ""]
    return parts


def unescape(text: str) -> str:
    """A text value without its backslash escapes (\\n \\, \\; \\\\)."""
    if "\\" not in text:
        return text
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), text, flags=re.S)


def components(text: str) -> list[str]:
    """The parts of a structured value (N, ADR, ORG) split at unescaped ';', unescaped."""
    parts = re.split(r"(?<!\\);", text.replace("\\\\", "\x00"))
    return [unescape(p.replace("\x00", "\\\\")) for p in parts]
