"""The same person entered twice: finding likely duplicates and merging two contacts.

Imports of address books and spreadsheets bring people the office already has, spelled a
little differently ("Müller" and "MÜLLER", "Gdańsk" and "Gdansk"). Two contacts are
likely the same when their names and organisations match ignoring case, accents and
spacing, or when they share an e-mail address. Merging keeps one of them, moves every
record that names the other (meetings, delegations, follow-ups, gifts) to it, and
returns what it did, so that `unmerge` can put everything back (the window's undo).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from delegations.errors import ValidationError
from delegations.folding import fold
from delegations.i18n import N_
from delegations.model import City, Contact, FollowUp, Gift, Participant
from delegations.model.trip import agenda_contact
from delegations.services._common import fetch
from delegations.services._rows import contact_row
from delegations.services.contacts import REF_USED_BY_CONTACT, list_contacts
from delegations.services.dto import ContactRow
from delegations.storage.store import Store

#: The fields a merge chooses between ("city" is the contact's city link).
MERGE_FIELDS = ("name", "honorific", "title", "function", "organisation", "city", "email",
                "phone", "languages", "address_form", "bio", "notes")
CHOICES = ("keep", "other")


def _norm(text: Any) -> str:
    """Folded text with runs of spaces made one, for comparing names."""
    return " ".join(fold(str(text or "")).split())


def _field(candidate: Mapping[str, Any] | ContactRow, name: str) -> Any:
    if isinstance(candidate, ContactRow):
        return getattr(candidate, name)
    return candidate.get(name)


class DuplicateIndex:
    """The store's contacts by name+organisation and by e-mail, built once per preview.

    An import checks hundreds of rows; one index answers them all without a query each.
    """

    def __init__(self, contacts: Iterable[ContactRow]) -> None:
        self._by_name: dict[tuple[str, str], list[ContactRow]] = {}
        self._by_email: dict[str, list[ContactRow]] = {}
        for contact in contacts:
            self.add(contact)

    @classmethod
    def from_store(cls, store: Store) -> DuplicateIndex:
        return cls(list_contacts(store))

    def add(self, contact: ContactRow) -> None:
        name = _norm(contact.name)
        if name:
            self._by_name.setdefault((name, _norm(contact.organisation)), []).append(contact)
        email = _norm(contact.email)
        if email:
            self._by_email.setdefault(email, []).append(contact)

    def matches(self, candidate: Mapping[str, Any] | ContactRow) -> list[ContactRow]:
        """The contacts that are likely the same person as `candidate` (itself left out)."""
        name, email = _norm(_field(candidate, "name")), _norm(_field(candidate, "email"))
        found = list(self._by_name.get((name, _norm(_field(candidate, "organisation"))), ())
                     if name else ())
        found += self._by_email.get(email, ()) if email else ()
        own = candidate.id if isinstance(candidate, ContactRow) else None
        unique = {c.id: c for c in found if c.id != own}
        return sorted(unique.values(), key=lambda c: (_norm(c.name), c.id))


def likely_duplicates(store: Store,
                      candidate: Mapping[str, Any] | ContactRow) -> list[ContactRow]:
    """Contacts in the store that are likely the person described by `candidate` (a
    ContactRow, or fields spelled as in CONTACT: name, organisation, email)."""
    return DuplicateIndex.from_store(store).matches(candidate)


def find_duplicate_groups(store: Store) -> list[list[ContactRow]]:
    """Groups of two or more contacts that are likely one person, for the directory."""
    contacts = list_contacts(store)
    index = DuplicateIndex(contacts)
    parent = {c.id: c.id for c in contacts}

    def root(ident: int) -> int:
        while parent[ident] != ident:
            parent[ident] = parent[parent[ident]]
            ident = parent[ident]
        return ident

    for contact in contacts:
        for other in index.matches(contact):
            parent[root(other.id)] = root(contact.id)
    groups: dict[int, list[ContactRow]] = {}
    for contact in contacts:  # already in name order, so each group is too
        groups.setdefault(root(contact.id), []).append(contact)
    found = [group for group in groups.values() if len(group) > 1]
    return sorted(found, key=lambda g: (_norm(g[0].name), g[0].id))


@dataclass(frozen=True)
class MergeResult:
    """What `merge_contacts` did, enough to undo it with `unmerge`."""

    kept: ContactRow  # the kept contact, as it is now
    kept_before: ContactRow  # …and as it was before the merge
    removed: ContactRow  # the contact that was merged away (deleted)
    agenda_moved: tuple[int, ...]  # meetings whose counterpart changed to the kept contact
    agenda_shared: tuple[int, ...]  # meetings that had both as counterparts
    participant_ids: tuple[int, ...]
    follow_up_ids: tuple[int, ...]
    gift_ids: tuple[int, ...]

    @property
    def moved(self) -> int:
        """How many records now name the kept contact instead of the removed one."""
        return (len(self.agenda_moved) + len(self.agenda_shared) + len(self.participant_ids)
                + len(self.follow_up_ids) + len(self.gift_ids))


def _chosen(choices: Mapping[str, str], keep: ContactRow,
            other: ContactRow) -> dict[str, Any]:
    """The merged values: as chosen; where nothing was chosen, the kept contact's value,
    or the other's where the kept one is empty (a merge should not lose what is known)."""
    for name, choice in choices.items():
        if name not in MERGE_FIELDS:
            raise ValidationError(name, N_("is not a field of a contact"))
        if choice not in CHOICES:
            raise ValidationError(name, N_("'{value}' is not one of: {allowed}"),
                                  value=choice, allowed=", ".join(CHOICES))
    mine, theirs = _values(keep), _values(other)
    values: dict[str, Any] = {}
    for name in MERGE_FIELDS:
        attr = _attr(name)
        choice = choices.get(name) or ("keep" if mine[attr] not in (None, "") else "other")
        values[attr] = theirs[attr] if choice == "other" else mine[attr]
    return values


def _attr(name: str) -> str:
    return "city_id" if name == "city" else name


def _values(row: ContactRow) -> dict[str, Any]:
    """The mergeable values of a contact, by model attribute."""
    return {_attr(name): getattr(row, _attr(name)) for name in MERGE_FIELDS}


def _ids(s: Session, query: Any) -> tuple[int, ...]:
    return tuple(sorted(s.scalars(query)))


def _move_links(s: Session, keep_id: int, other_id: int) -> tuple[tuple[int, ...], ...]:
    """Counterpart links of `other_id` moved to `keep_id`: (moved, shared) agenda ids."""
    link = agenda_contact.c
    theirs = set(s.scalars(select(link.agenda_item_id).where(link.contact_id == other_id)))
    mine = set(s.scalars(select(link.agenda_item_id).where(link.contact_id == keep_id)))
    moved, shared = tuple(sorted(theirs - mine)), tuple(sorted(theirs & mine))
    s.execute(delete(agenda_contact).where(link.contact_id == other_id))
    if moved:
        s.execute(insert(agenda_contact), [{"agenda_item_id": i, "contact_id": keep_id}
                                           for i in moved])
    return moved, shared


def _relink(s: Session, model: Any, ids: Iterable[int], contact_id: int | None) -> None:
    ids = list(ids)
    if ids:
        s.execute(update(model).where(model.id.in_(ids)).values(contact_id=contact_id)
                  .execution_options(synchronize_session=False))


def _referring(s: Session, model: Any, contact_id: int) -> tuple[int, ...]:
    return _ids(s, select(model.id).where(model.contact_id == contact_id))


def merge_contacts(store: Store, keep_id: int, other_id: int,
                   choices: Mapping[str, str] | None = None) -> MergeResult:
    """Merge contact `other_id` into `keep_id` in one transaction and delete it.

    `choices` maps fields (MERGE_FIELDS) to "keep" or "other": whose value the merged
    contact gets. Every meeting, participant, follow-up and gift that named the other
    contact names the kept one afterwards.
    """
    if keep_id == other_id:
        raise ValidationError("other", N_("a contact cannot be merged with itself"))
    with store.transaction() as s:
        keep, other = fetch(s, Contact, keep_id, "contact"), fetch(s, Contact, other_id,
                                                                   "contact")
        before, removed = contact_row(keep), contact_row(other)
        values = _chosen(choices or {}, before, removed)
        moved, shared = _move_links(s, keep_id, other_id)
        referring = [_referring(s, m, other_id) for m in (Participant, FollowUp, Gift)]
        for model, ids in zip((Participant, FollowUp, Gift), referring, strict=True):
            _relink(s, model, ids, keep_id)
        s.delete(other)
        s.flush()
        _assign(s, keep, values)
        return MergeResult(contact_row(keep), before, removed, moved, shared, *referring)


def _assign(s: Session, contact: Contact, values: Mapping[str, Any]) -> None:
    for attr, value in values.items():
        setattr(contact, attr, value)
    contact.city = s.get(City, contact.city_id) if contact.city_id else None
    s.flush()


def _recreate(s: Session, row: ContactRow) -> Contact:
    """The removed contact again, with its old id where that is still free."""
    if s.scalar(select(Contact.id).where(Contact.ref == row.ref)) is not None:
        raise ValidationError("ref", REF_USED_BY_CONTACT, ref=row.ref)
    values = {f.name: getattr(row, f.name) for f in fields(ContactRow)
              if f.name not in ("city_name",)}
    if s.get(Contact, row.id) is not None:
        values.pop("id")
    contact = Contact(**values)
    s.add(contact)
    s.flush()
    return contact


def unmerge(store: Store, result: MergeResult) -> ContactRow:
    """Undo `merge_contacts`: bring the removed contact back and give it its records back.

    The kept contact gets its former values; the restored contact its old id if free.
    """
    with store.transaction() as s:
        keep = fetch(s, Contact, result.kept.id, "contact")
        other = _recreate(s, result.removed)
        link = agenda_contact.c
        if result.agenda_moved:
            s.execute(delete(agenda_contact).where(link.contact_id == keep.id)
                      .where(link.agenda_item_id.in_(result.agenda_moved)))
        again = result.agenda_moved + result.agenda_shared
        if again:
            s.execute(insert(agenda_contact), [{"agenda_item_id": i, "contact_id": other.id}
                                               for i in again])
        for model, ids in ((Participant, result.participant_ids),
                           (FollowUp, result.follow_up_ids), (Gift, result.gift_ids)):
            _relink(s, model, ids, other.id)
        _assign(s, keep, _values(result.kept_before))
        s.expire(other)
        return contact_row(other)
