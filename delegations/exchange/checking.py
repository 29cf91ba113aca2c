"""From what a file says to checked preview rows, with the core's own cleaners.

The CSV and vCard readers turn each line or card into a Draft (fields spelled as in the
exchange format); this module checks drafts the way the services will, without writing:
the CONTACT and PARTICIPANT rules, refs listed twice, refs already in the store (an
update), cities named, and likely duplicates of contacts the office already has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from delegations.errors import ValidationError
from delegations.exchange.preview import PreviewRow, RowError
from delegations.folding import fold
from delegations.i18n import N_
from delegations.services import cities, contacts, participants
from delegations.services.duplicates import DuplicateIndex
from delegations.storage.store import Store
from delegations.validation import CONTACT, PARTICIPANT, Field, clean


@dataclass
class Draft:
    """One row or card as read: fields spelled as in CONTACT/PARTICIPANT, plus `city`
    (a city's name, contacts) and `contact` (a contact's ref, participants)."""

    line: int
    data: dict[str, Any]
    labels: Mapping[str, str] = field(default_factory=dict)  # field → column as the file has it
    error: ValidationError | None = None  # found while reading (a bad encoding…)
    lines: Mapping[str, int] = field(default_factory=dict)  # field → its own line (vCard)
    name_from: str = ""  # a card without a name: the field it was named after


def _spec(spec: Mapping[str, Field], data: Mapping[str, Any]) -> dict[str, Field]:
    """The rules for `data`; a ref is made on import when the file gives none."""
    return {name: f for name, f in spec.items() if name != "ref" or data.get("ref")}


def _problem(draft: Draft, err: ValidationError) -> RowError:
    return RowError(draft.lines.get(err.field, draft.line),
                    draft.labels.get(err.field, err.field), err)


class _Refs:
    """Refs given in the file so far, so that a second use is reported on its line."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def claim(self, ref: str | None, line: int) -> None:
        if not ref:
            return
        if ref in self.seen:
            raise ValidationError("ref", N_("'{ref}' is listed twice (first on line {line})"),
                                  ref=ref, line=self.seen[ref])
        self.seen[ref] = line


class _Cities:
    """The store's cities by folded name and ref; a name that fits one city links it."""

    def __init__(self, store: Store) -> None:
        self._ids: dict[str, set[int]] = {}
        for city in cities.list_cities(store):
            for key in (city.name, city.ref):
                self._ids.setdefault(" ".join(fold(key).split()), set()).add(city.id)

    def find(self, hint: str) -> int | None:
        found = self._ids.get(" ".join(fold(hint).split()), set()) if hint else set()
        return next(iter(found)) if len(found) == 1 else None


def contact_rows(store: Store, drafts: Iterable[Draft]) -> tuple[PreviewRow, ...]:
    """Checked rows of contacts: cleaned, matched by ref, city and likely duplicates."""
    known = contacts.list_contacts(store)
    refs = {c.ref: c.id for c in known}
    places, twins, claims = _Cities(store), DuplicateIndex(known), _Refs()
    rows = []
    for index, draft in enumerate(drafts):
        data = {k: v for k, v in draft.data.items() if k != "city"}
        hint = str(draft.data.get("city") or "").strip()
        try:
            if draft.error is not None:
                raise draft.error
            values = clean(_spec(CONTACT, data), data)
            claims.claim(values.get("ref"), draft.line)
        except ValidationError as err:
            rows.append(PreviewRow(index, draft.line, data, error=_problem(draft, err),
                                   city_hint=hint))
            continue
        existing = refs.get(values.get("ref", ""))
        values["city_name"] = hint
        rows.append(PreviewRow(index, draft.line, data, values, None, existing,
                               tuple(c for c in twins.matches(values) if c.id != existing),
                               hint, places.find(hint), draft.name_from))
    return tuple(rows)


def participant_rows(store: Store, trip_id: int,
                     drafts: Iterable[Draft]) -> tuple[PreviewRow, ...]:
    """Checked rows of a trip's participants, matched by ref within the trip."""
    refs = {p.ref: p.id for p in participants.list_participants(store, trip_id)}
    people = {c.ref: c.id for c in contacts.list_contacts(store)}
    claims = _Refs()
    rows = []
    for index, draft in enumerate(drafts):
        data = dict(draft.data)
        try:
            if draft.error is not None:
                raise draft.error
            _link_contact(data, people)
            values = clean(_spec(PARTICIPANT, data), data)
            claims.claim(values.get("ref"), draft.line)
        except ValidationError as err:
            rows.append(PreviewRow(index, draft.line, data, error=_problem(draft, err)))
            continue
        if "precedence" not in data:
            values["precedence"] = None  # ranked last when added
        rows.append(PreviewRow(index, draft.line, data, values, None,
                               refs.get(values.get("ref", ""))))
    return tuple(rows)


def _link_contact(data: dict[str, Any], people: Mapping[str, int]) -> None:
    """A participant's `contact` given by ref becomes the contact's id."""
    ref = data.get("contact")
    if ref in (None, ""):
        data.pop("contact", None)
        return
    if ref not in people:
        raise ValidationError("contact", N_("there is no contact '{ref}'"), ref=ref)
    data["contact"] = people[ref]
