"""Reading contacts from vCard files (2.1, 3.0, 4.0): which property fills which field.

FN (or the parts of N) is the name and N's prefix the honorific; ORG's parts (organisation,
department) are the organisation; TITLE, else ROLE, the function; the preferred e-mail
(else the first); a work or mobile telephone, preferred first, rather than a fax; the
locality of the preferred or work address is a hint at the city; NOTE the notes; LANG
the languages. Our own export's X-DELEGATIONS-* properties bring back what vCard has
no place for (ref, title, form of address, biography). Photos and the rest are ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from delegations.exchange.checking import Draft, contact_rows
from delegations.exchange.preview import ImportPreview, Kind
from delegations.exchange.reader import UnreadableFile
from delegations.exchange.textfile import read_text
from delegations.exchange.vcard.parse import Card, Prop, components, split_cards, unescape
from delegations.i18n import N_
from delegations.progress import QUIET, Progress
from delegations.services import live
from delegations.storage.store import Store

#: Our own properties for the fields vCard has no place for.
OWN = {"ref": "X-DELEGATIONS-REF", "title": "X-DELEGATIONS-TITLE",
       "address_form": "X-DELEGATIONS-ADDRESS-FORM", "bio": "X-DELEGATIONS-BIO",
       "languages": "X-DELEGATIONS-LANGUAGES"}
LABELS = {"name": "FN", "honorific": "N", "organisation": "ORG", "function": "TITLE",
          "email": "EMAIL", "phone": "TEL", "notes": "NOTE", "city": "ADR"} | OWN
_NOT_PHONES = {"fax", "pager", "modem", "bbs", "isdn"}


def read_vcards(path: str | Path, store: Store, progress: Progress = QUIET) -> ImportPreview:
    """Preview the contacts in the vCard file at `path`, one row per card (`progress`
    hears of each card read and may stop the reading: Cancelled)."""
    name = str(path)
    decoded = read_text(path)
    cards = split_cards(decoded.text, name)
    if not cards:
        raise UnreadableFile("", N_("{file}: no vCard in the file (BEGIN:VCARD is missing)"),
                             file=name)
    drafts = [card_draft(card) for card in progress.over(cards, len(cards))]
    mark = live.mark(store)  # before reading the store: what comes later is "meanwhile"
    return ImportPreview(name, Kind.CONTACTS, "vcard", contact_rows(store, drafts),
                         decoded.encoding, mark=mark)


def card_draft(card: Card) -> Draft:
    """The contact fields of one card (its error, if reading it went wrong)."""
    labels = dict(LABELS)
    lines = {field: p.line for field, name in LABELS.items() if (p := card.first(name))}
    if card.error is not None:
        lines[card.error.field] = card.error_line
        return Draft(card.line, {}, labels, card.error, lines)
    data: dict[str, Any] = {}
    for field, pick in _FIELDS.items():
        value = pick(card).strip()
        if value:
            data[field] = value
    for field, prop_name in OWN.items():
        own = card.first(prop_name)
        if own is not None and unescape(own.value).strip():
            data[field] = _text(own)
    # phones export cards with only an e-mail address: named after the organisation, else
    # the address, rather than refused (the preview says so)
    name_from = next((f for f in ("organisation", "email") if data.get(f)), "")
    if not data.get("name") and name_from:
        data["name"] = data[name_from]
        lines.setdefault("name", lines.get(name_from, card.line))
        return Draft(card.line, data, labels, None, lines, name_from)
    return Draft(card.line, data, labels, None, lines)


def _text(prop: Prop | None) -> str:
    if prop is None:
        return ""
    return unescape(prop.value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _name(card: Card) -> str:
    full = _text(card.first("FN"))
    if full:
        return full
    n = card.first("N")
    parts = components(n.value) if n is not None else []
    parts += [""] * (5 - len(parts))
    family, given, additional, prefix, suffix = (p.strip() for p in parts[:5])
    return " ".join(p for p in (prefix, given, additional, family, suffix) if p)


def _honorific(card: Card) -> str:
    n = card.first("N")
    parts = components(n.value) if n is not None else []
    return parts[3].strip() if len(parts) > 3 else ""


def _organisation(card: Card) -> str:
    org = card.first("ORG")
    return ", ".join(p.strip() for p in components(org.value) if p.strip()) if org else ""


def _function(card: Card) -> str:
    return _text(card.first("TITLE")) or _text(card.first("ROLE"))


def _email(card: Card) -> str:
    emails = [p for p in card.all("EMAIL") if _text(p)]
    chosen = next((p for p in emails if p.preferred), emails[0] if emails else None)
    return _text(chosen).removeprefix("mailto:") if chosen else ""


def _phone(card: Card) -> str:
    """The best number to reach someone at: preferred, then work or mobile, not a fax."""
    phones = [p for p in card.all("TEL") if _text(p) and not p.types() & _NOT_PHONES]
    if not phones:
        return ""
    best = max(phones, key=lambda p: (p.preferred, bool(p.types() & {"work", "cell"})))
    number = _text(best).removeprefix("tel:")
    return number.replace(";ext=", " ext. ")


def _city(card: Card) -> str:
    addresses = [a for a in card.all("ADR") if len(components(a.value)) > 3]
    for wanted in ("pref", "work", None):
        for address in addresses:
            if wanted is None or wanted in address.types() or (
                    wanted == "pref" and address.preferred):
                locality = components(address.value)[3].strip()
                if locality:
                    return locality
    return ""


def _languages(card: Card) -> str:
    langs = card.all("LANG")
    ranked = sorted(langs, key=lambda p: _rank(p.params.get("PREF", ["100"])[0]))
    return ",".join(_text(p) for p in ranked if _text(p))


def _rank(text: str) -> int:
    return int(text) if text.isdigit() else 100


_FIELDS: dict[str, Callable[[Card], str]] = {
    "name": _name, "honorific": _honorific, "organisation": _organisation,
    "function": _function, "email": _email, "phone": _phone, "city": _city,
    "notes": lambda card: _text(card.first("NOTE")), "languages": _languages,
}
