"""Letters from templates: invitation, visa invitation per guest, thank-you per counterpart.

A template is text with named fields. `prepare_letters` fills them for every recipient
and names each field that has no value, so that nothing is ever printed blank: the
document is made only when that list is empty.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from delegations.enums import RegistrationStatus
from delegations.errors import ValidationError
from delegations.i18n import LANGUAGES, N_, gettext
from delegations.model import AgendaItem, Contact, Home, Participant, Trip
from delegations.services._common import fetch
from delegations.services.address import address_forms
from delegations.services.home import get_setting, set_setting
from delegations.services.letter_texts import DEFAULTS, FIELDS, KINDS, LABELS
from delegations.storage.store import Store
from delegations.timezones import to_local

TEMPLATES_KEY = "letters.templates"
_AWAY = (RegistrationStatus.WITHDRAWN, RegistrationStatus.WAITLISTED)


@dataclass(frozen=True)
class LetterTemplate:
    kind: str
    language: str
    subject: str
    body: str


@dataclass(frozen=True)
class Letter:
    """One letter, filled: the address block, subject and body paragraphs."""

    recipient: str
    envelope: tuple[str, ...]
    subject: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Missing:
    recipient: str
    field: str


@dataclass(frozen=True)
class LetterBatch:
    """The letters of one kind for a trip, and what keeps them from being printed."""

    kind: str
    language: str
    letters: tuple[Letter, ...]
    missing: tuple[Missing, ...] = field(default=())

    def missing_text(self, language: str | None = None) -> str:
        """'Anna Beispiel: passport number; Li Wei: nationality, who pays' in `language`
        (default: the current one, the reader's, not the letter's); keys stay in `missing`."""
        by_person: dict[str, list[str]] = {}
        for m in self.missing:
            by_person.setdefault(m.recipient, []).append(field_label(m.field, language))
        return "; ".join(f"{who}: {', '.join(names)}" for who, names in by_person.items())


# ---------------------------------------------------------------------------- templates


def template_fields(text: str) -> list[str]:
    """The field names a template uses, in order, once each."""
    try:
        names = [f for _t, f, _s, _c in string.Formatter().parse(text) if f is not None]
    except ValueError:
        raise ValidationError("body", N_("has an unmatched {{ or }}")) from None
    return list(dict.fromkeys(names))


def get_template(store: Store, kind: str, language: str) -> LetterTemplate:
    """The office's template of that kind and language (the shipped one until edited)."""
    _check_kind(kind, language)
    saved = (get_setting(store, TEMPLATES_KEY) or {}).get(f"{kind}.{language}")
    subject, body = DEFAULTS[(kind, language)]
    if isinstance(saved, dict):
        subject, body = str(saved.get("subject", subject)), str(saved.get("body", body))
    return LetterTemplate(kind, language, subject, body)


def save_template(store: Store, kind: str, language: str, subject: str, body: str) -> None:
    """Keep the office's own template; an unknown field is refused, naming it."""
    check_template(kind, language, subject, body)
    saved = dict(get_setting(store, TEMPLATES_KEY) or {})
    saved[f"{kind}.{language}"] = {"subject": subject.strip(), "body": body.strip()}
    set_setting(store, TEMPLATES_KEY, saved)


def check_template(kind: str, language: str, subject: str, body: str) -> None:
    """Refuse a template with an unknown field or no text, naming what is wrong."""
    _check_kind(kind, language)
    for where, text in (("subject", subject), ("body", body)):
        for name in template_fields(text):
            if name not in FIELDS:
                raise ValidationError(where, N_("'{value}' is not a known field (known: "
                                                "{known})"), value="{" + name + "}",
                                      known=", ".join(FIELDS))
    if not body.strip():
        raise ValidationError("body", N_("is required"))


def reset_template(store: Store, kind: str, language: str) -> None:
    """Back to the shipped template."""
    _check_kind(kind, language)
    saved = dict(get_setting(store, TEMPLATES_KEY) or {})
    saved.pop(f"{kind}.{language}", None)
    set_setting(store, TEMPLATES_KEY, saved)


def _check_kind(kind: str, language: str) -> None:
    if kind not in KINDS:
        raise ValidationError("kind", N_("'{value}' is not one of: {allowed}"), value=kind,
                              allowed=", ".join(KINDS))
    if language not in LANGUAGES:
        raise ValidationError("language", N_("Unknown language '{language}'."),
                              language=language)


# ---------------------------------------------------------------------------- filling


def _trip_values(s: Session, trip: Trip, language: str) -> dict[str, str]:
    from delegations.documents.words import Words  # dates in the letter's language

    words, home = Words(language), s.get(Home, 1)
    return {"trip_title": trip.title, "purpose": trip.purpose or "",
            "start": words.date(trip.start_date), "end": words.date(trip.end_date),
            "dates": words.span(trip.start_date, trip.end_date),
            "home_city": home.name if home else "", "office": home.office if home else ""}


def _person_values(s: Session, person: Contact | Participant, language: str
                   ) -> tuple[dict[str, str], tuple[str, ...]]:
    forms = address_forms(s, person, language)
    values = {"salutation": forms.salutation, "recipient_name": person.name,
              "function": person.function or "", "organisation": person.organisation or ""}
    if isinstance(person, Participant):
        values |= {"guest_name": person.passport_name or person.name,
                   "nationality": person.nationality or "",
                   "passport_number": person.passport_number or "",
                   "who_pays": person.billing or ""}
    return values, tuple(line for line in forms.envelope.splitlines() if line.strip())


def _meetings(s: Session, trip: Trip, contact: Contact, language: str) -> dict[str, str]:
    from delegations.documents.words import Words

    items = [i for i in trip.agenda if contact in i.contacts]
    first = min((to_local(i.start_utc, i.timezone).date() for i in items), default=None)
    return {"meeting": ", ".join(i.title for i in items),
            "meeting_date": Words(language).date(first) if first else ""}


def _letter(template: LetterTemplate, values: Mapping[str, str], recipient: str,
            envelope: tuple[str, ...]) -> tuple[Letter, list[Missing]]:
    used = template_fields(template.subject) + template_fields(template.body)
    missing = [Missing(recipient, name) for name in dict.fromkeys(used)
               if not str(values.get(name, "")).strip()]
    if not envelope:
        missing.insert(0, Missing(recipient, "envelope"))
    filled = {name: str(values.get(name, "")) for name in used}
    body = template.body.format_map(filled)
    paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
    return Letter(recipient, envelope, template.subject.format_map(filled), paragraphs), missing


def _recipients(s: Session, trip: Trip, kind: str) -> list[Contact | Participant]:
    if kind == "thanks":
        seen: dict[int, Contact] = {}
        for item in trip.agenda:
            for contact in item.contacts:
                seen.setdefault(contact.id, contact)
        return sorted(seen.values(), key=lambda c: c.name.casefold())
    return [p for p in trip.participants if p.status not in _AWAY]


def prepare_letters(store: Store, trip_id: int, kind: str, language: str | None = None,
                    only: Sequence[int] | None = None) -> LetterBatch:
    """The letters of `kind` for the trip's guests (thanks: the counterparts met), in the
    trip's language unless given; `only` narrows to these participant (thanks: contact)
    ids. Check `missing` before printing."""
    with store.read() as s:
        trip = s.scalar(select(Trip).where(Trip.id == trip_id).options(
            selectinload(Trip.participants), selectinload(Trip.agenda).selectinload(
                AgendaItem.contacts))) or fetch(s, Trip, trip_id, "trip")
        lang = language or trip.language or "de"
        template = get_template(store, kind, lang)
        common = _trip_values(s, trip, lang)
        letters, missing = [], []
        for person in _recipients(s, trip, kind):
            if only is not None and person.id not in only:
                continue
            values, envelope = _person_values(s, person, lang)
            if isinstance(person, Contact):
                values |= _meetings(s, trip, person, lang)
            letter, lacking = _letter(template, {**common, **values}, person.name, envelope)
            letters.append(letter)
            missing += lacking
    if not letters:
        raise ValidationError("recipients", N_("This trip has nobody to write this letter "
                                               "to."))
    return LetterBatch(kind, lang, tuple(letters), tuple(missing))


def field_label(name: str, language: str | None = None) -> str:
    """A template field as a reader calls it ('Passnummer'); the key if it has no label."""
    label = LABELS.get(name)
    return gettext(label, language) if label else name


def known_fields() -> dict[str, Any]:
    """The fields a template may use, with what they hold (the editor's help)."""
    return dict(FIELDS)
