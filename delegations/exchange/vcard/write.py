"""Writing contacts as vCard 3.0, the version every address book of an office reads.

Why 3.0 and not 4.0: Microsoft Outlook, which most city administrations use, imports
vCard 2.1 and 3.0 but not 4.0; Apple Contacts, Google Contacts, Thunderbird and Android
read 3.0 as well. The file is UTF-8 (no byte-order mark, which some readers take for
part of BEGIN), lines end in CRLF and are folded at 75 bytes without splitting a
character. Properties with text beyond ASCII carry CHARSET=UTF-8: RFC 2426 does not
define it and readers ignore it, but Outlook otherwise reads the file as Windows-1252
and shows "KÃ¤mpfer". Each card has a UID derived from the contact's ref (the same ref
gives the same UID in every export, so address books update rather than duplicate),
and X-DELEGATIONS-* properties for what vCard has no place for, which our reader
takes back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

from delegations.atomic import write_atomic
from delegations.exchange.vcard.read import OWN
from delegations.services import contacts
from delegations.services.dto import ContactRow
from delegations.storage.store import Store

#: Fixed, so that a ref gives the same UID in every export and on every machine.
UID_NAMESPACE = uuid.UUID("6f1f5d0e-3c57-5b1a-9d0e-64656c656761")
FOLD_AT = 75  # octets per line, CRLF not counted (RFC 2426 / 6350)


def contact_uid(ref: str) -> str:
    """The stable UID of the contact with `ref`."""
    return f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, ref)}"


def escape(text: str) -> str:
    """A text value with backslash, comma, semicolon and line breaks escaped."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """`line` folded to lines of at most 75 octets of UTF-8, each joined by CRLF + space."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = FOLD_AT if not pieces else FOLD_AT - 1  # a continuation starts with a space
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _property(name: str, value: str, params: str = "") -> str:
    charset = "" if value.isascii() else ";CHARSET=UTF-8"
    return fold(f"{name}{params}{charset}:{value}")


def _name_parts(name: str) -> tuple[str, str]:
    """(family, given) for N: the last word is taken as the family name."""
    words = name.split()
    return (words[-1], " ".join(words[:-1])) if len(words) > 1 else (name, "")


def card_lines(c: ContactRow) -> list[str]:
    """The lines of one contact's card, unfolded values folded."""
    family, given = _name_parts(c.name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", _property("UID", contact_uid(c.ref)),
             _property("FN", escape(c.name)),
             _property("N", ";".join(escape(p) for p in (family, given, "", c.honorific, "")))]
    optional: Sequence[tuple[str, str, str]] = (
        ("ORG", escape(c.organisation), ""), ("TITLE", escape(c.function), ""),
        ("EMAIL", escape(c.email), ";TYPE=INTERNET,WORK"),
        ("TEL", escape(c.phone), ";TYPE=WORK,VOICE"),
        ("ADR", ";;;" + escape(c.city_name) + ";;;" if c.city_name else "", ";TYPE=WORK"),
        ("NOTE", escape(c.notes), ""),
    )
    lines += [_property(name, value, params) for name, value, params in optional if value]
    own = {"ref": c.ref, "title": c.title, "address_form": c.address_form, "bio": c.bio,
           "languages": c.languages}
    lines += [_property(OWN[field], escape(value)) for field, value in own.items() if value]
    return [*lines, "END:VCARD"]


def vcard_text(rows: Iterable[ContactRow]) -> str:
    """The cards of `rows`, one after the other, CRLF line ends."""
    return "".join("\r\n".join(card_lines(c)) + "\r\n" for c in rows)


def write_vcards(store: Store, path: str | Path,
                 contact_ids: Iterable[int] | None = None) -> int:
    """Write the contacts (all, or those with `contact_ids`) to `path`, by name; how many.

    The file appears whole or not at all (delegations.atomic).
    """
    rows = contacts.list_contacts(store)
    if contact_ids is not None:
        wanted = set(contact_ids)
        rows = [c for c in rows if c.id in wanted]
    write_atomic(path, vcard_text(rows).encode("utf-8"))
    return len(rows)
