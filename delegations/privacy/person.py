"""Who a "person" is, for export and erasure: a contact and the delegation places that are theirs.

A person is one contact together with every participant record linked to that contact,
or carrying the same name and the same non-empty e-mail address (compared without
case and accents). Participant records that belong to no contact form a person of their
own, grouped the same way (same name and same non-empty e-mail); a record without an
e-mail is a person by itself, since a name alone does not tell two people apart.
Anonymised rows (ref starting with `anon-`) belong to nobody any more.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegations.errors import NotFoundError
from delegations.folding import fold, matches, sort_key
from delegations.i18n import N_
from delegations.model import Contact, Participant
from delegations.privacy.fields import ANONYMISED_REF
from delegations.storage.store import Store


@dataclass(frozen=True)
class Person:
    """One person: `key` is 'contact:<id>' or 'participant:<first id>'."""

    key: str
    name: str
    email: str
    phone: str
    contact_id: int | None
    participant_ids: tuple[int, ...]

    @property
    def places(self) -> int:
        """On how many delegations (participant records) the person appears."""
        return len(self.participant_ids)


def _same(name: str, email: str) -> tuple[str, str] | None:
    email = email.strip().casefold()
    return (fold(name.strip()), email) if email else None


@dataclass
class _Group:
    name: str
    email: str
    phone: str
    contact_id: int | None
    participants: list[int]


def _groups(s: Session) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    by_same: dict[tuple[str, str], str] = {}
    for c in s.scalars(select(Contact).order_by(Contact.id)):
        if c.ref.startswith(ANONYMISED_REF):
            continue
        key = f"contact:{c.id}"
        groups[key] = _Group(c.name, c.email, c.phone, c.id, [])
        same = _same(c.name, c.email)
        if same:
            by_same.setdefault(same, key)
    for p in s.scalars(select(Participant).order_by(Participant.id)):
        if p.ref.startswith(ANONYMISED_REF):
            continue
        same = _same(p.name, p.email)
        linked = f"contact:{p.contact_id}" if p.contact_id else ""
        key = linked if linked in groups else (by_same.get(same, "") if same else "")
        if not key:
            key = f"participant:{p.id}"
            groups[key] = _Group(p.name, p.email, p.phone, None, [])
            if same:
                by_same[same] = key
        group = groups[key]
        group.participants.append(p.id)
        group.email = group.email or p.email
        group.phone = group.phone or p.phone
    return groups


def _person(key: str, g: _Group) -> Person:
    return Person(key, g.name, g.email, g.phone, g.contact_id, tuple(g.participants))


def find_people(store: Store, search: str = "") -> list[Person]:
    """Everyone the store holds personal data about, by name; `search` matches name, e-mail."""
    needle = fold(search.strip())
    with store.read() as s:
        people = [_person(k, g) for k, g in _groups(s).items()
                  if matches(needle, g.name, g.email)]
    return sorted(people, key=lambda p: (sort_key(p.name), p.key))


def get_person(store: Store, key: str) -> Person:
    """The person with this key, or NotFoundError."""
    with store.read() as s:
        group = _groups(s).get(key)
    if group is None:
        raise NotFoundError(N_("There is no such person (perhaps already anonymised)."))
    return _person(key, group)


def values_of(person: Person, extra: Iterable[str] = ()) -> list[str]:
    """The person's identifying values (name, e-mail, phone), for scrubbing and checks."""
    return [v for v in (person.name, person.email, person.phone, *extra) if v.strip()]
