"""Counterparts and stakeholders, and their history derived from meetings and trips.

Nobody types a contact's history: it is read from the programme items they were a
counterpart in, the delegations they travelled with and the follow-ups about them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from delegations.errors import InUseError, ValidationError
from delegations.folding import search_terms
from delegations.i18n import N_
from delegations.model import AgendaItem, City, Contact, Participant, Trip
from delegations.model.search import common, contact_word, matching
from delegations.model.trip import agenda_contact
from delegations.services import dto
from delegations.services._common import (
    add_checked,
    assign_checked,
    delete_referred,
    fetch,
    optional_id,
    ref_for,
)
from delegations.services._rows import contact_row
from delegations.services.address import save_forms
from delegations.services.contact_links import ContactLinks, links_of
from delegations.services.trips import list_trips_by_id
from delegations.storage.store import Store
from delegations.timezones import to_local
from delegations.validation import CONTACT, clean

REF_USED_BY_CONTACT = N_("'{ref}' is already used by another contact")


def _matching(query: Select, search: str, city_id: int | None, walk: bool = False) -> Select:
    """`query` narrowed to the contacts that match, through the index of words."""
    if city_id is not None:
        query = query.where(Contact.city_id == city_id)
    return query.where(*matching(contact_word, Contact.id, search_terms(search), walk=walk))


#: The columns a contacts list can be sorted by, each by its folded sort column
#: (delegations.model.sorting: accents and case ignored, the same order on both engines).
SORTABLE = ("name", "function", "organisation", "city", "email", "phone")


def _order(query: Select, sort: str | None, descending: bool) -> Select:
    """`query` in list order: by name, or by a SORTABLE column then name; ties by id
    (each order is an index's)."""
    if sort is not None and sort not in SORTABLE:
        raise ValidationError("sort", N_("cannot sort by '{value}'"), value=sort)
    keys: list[Any] = [Contact.sort_name, Contact.name, Contact.id]
    if sort not in (None, "name"):
        keys.insert(0, getattr(Contact, f"sort_{sort}"))
    return query.order_by(*(k.desc() if descending else k for k in keys))


def list_contacts(store: Store, search: str = "", city_id: int | None = None,
                  limit: int | None = None, offset: int = 0, sort: str | None = None,
                  descending: bool = False) -> list[dto.ContactRow]:
    """Contacts sorted by name (or by `sort`, one of SORTABLE); `search` finds words of name,
    organisation, function, e-mail and city by their beginning
    (delegations.folding.search_terms), in the database."""
    with store.read() as s:
        walk = (limit is not None and sort in (None, "name") and not descending
                and common(s.connection(), contact_word, search_terms(search), offset + limit))
        query = (_order(_matching(select(Contact), search, city_id, walk), sort, descending)
                 .offset(offset or None).limit(limit))
        return [contact_row(c) for c in s.scalars(query)]


def count_contacts(store: Store, search: str = "", city_id: int | None = None) -> int:
    """How many contacts `list_contacts` would give without limit."""
    with store.read() as s:
        return int(s.scalar(_matching(select(func.count(Contact.id)), search, city_id)) or 0)


def get_contact(store: Store, contact_id: int) -> dto.ContactRow:
    """One contact, with the name of their city."""
    with store.read() as s:
        return contact_row(fetch(s, Contact, contact_id, "contact"))


def _city_id(s: Session, value: Any) -> int | None:
    city_id = optional_id(value, "city")
    if city_id is not None and s.get(City, city_id) is None:
        raise ValidationError("city", N_("{value} does not exist"), value=city_id)
    return city_id


def create_contact(store: Store, data: Mapping[str, Any]) -> dto.ContactRow:
    """A new contact; `city` is a city id or None, a missing ref is made from the name."""
    with store.transaction() as s:
        values = clean(CONTACT, ref_for(s, Contact, data, str(data.get("name") or ""),
                                        "contact"))
        values["city_id"] = _city_id(s, data.get("city"))
        contact = add_checked(s, Contact, values, message=REF_USED_BY_CONTACT)
        s.flush()
        if "address_forms" in data:
            save_forms(s, data["address_forms"], contact_id=contact.id)
        return contact_row(contact)


def update_contact(store: Store, contact_id: int, changes: Mapping[str, Any]) -> dto.ContactRow:
    """Change the fields given; `city` is a city id or None."""
    with store.transaction() as s:
        contact = fetch(s, Contact, contact_id, "contact")
        values = clean(CONTACT, changes, partial=True)
        if "city" in changes:
            values["city_id"] = _city_id(s, changes["city"])
            contact.city = s.get(City, values["city_id"]) if values["city_id"] else None
        assign_checked(s, contact, values, message=REF_USED_BY_CONTACT)
        if "address_forms" in changes:
            save_forms(s, changes["address_forms"], contact_id=contact.id)
        s.flush()
        return contact_row(contact)


def _meetings_count(s: Session, contact_id: int) -> int:
    query = select(func.count()).where(agenda_contact.c.contact_id == contact_id)
    return int(s.scalar(query) or 0)


def delete_contact(store: Store, contact_id: int) -> ContactLinks:
    """Delete a contact who was no counterpart in any meeting (those are history).

    Participants, follow-ups and gifts that named them keep their text and lose the link;
    trips' counterpart lists and outcomes drop them. The links dropped are returned, for
    restore_links when the delete is undone.
    """
    with store.transaction() as s:
        contact = fetch(s, Contact, contact_id, "contact")
        meetings = _meetings_count(s, contact_id)
        if meetings:
            raise InUseError(N_("Cannot delete {contact}: counterpart in {meetings} meetings"),
                             contact=contact.name, meetings=meetings)
        links = links_of(s, contact_id)
        referred = N_("Cannot delete {contact}: other records still refer to it")
        delete_referred(s, contact, referred, contact=contact.name)
        return links


def contact_history(store: Store, contact_id: int) -> list[dto.MeetingRecord]:
    """The meetings the contact was a counterpart in, newest first."""
    with store.read() as s:
        fetch(s, Contact, contact_id, "contact")
        query = (select(AgendaItem, Trip.title)
                 .join(agenda_contact, agenda_contact.c.agenda_item_id == AgendaItem.id)
                 .join(Trip, Trip.id == AgendaItem.trip_id)
                 .where(agenda_contact.c.contact_id == contact_id)
                 .order_by(AgendaItem.start_utc.desc(), AgendaItem.id.desc()))
        return [dto.MeetingRecord(trip_id=item.trip_id, trip_title=title, agenda_id=item.id,
                                  title=item.title, start=to_local(item.start_utc, item.timezone),
                                  location=item.location or "")
                for item, title in s.execute(query)]


def contact_trips(store: Store, contact_id: int) -> list[dto.TripRow]:
    """The trips the contact travelled on as a participant (any status), newest first."""
    with store.read() as s:
        fetch(s, Contact, contact_id, "contact")
        ids = s.scalars(select(Participant.trip_id).where(Participant.contact_id == contact_id)
                        .distinct()).all()
    return list_trips_by_id(store, list(ids))
