"""The gift register, and its rule: nobody gets the same present twice.

A planned gift repeats one when it goes to the same person (the same contact, or the
same counterpart name in the same city) and its description is alike: equal once
case, accents, punctuation and spacing are set aside, one contained in the other, or
nearly the same words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from delegations.enums import GiftDirection
from delegations.model import (
    AgendaItem,
    City,
    Contact,
    FollowUp,
    Gift,
    Outcome,
    Participant,
    Trip,
)
from delegations.services._common import (
    add_checked,
    assign_checked,
    delete_row,
    fetch,
    link_given,
    optional_id,
    ref_for,
)
from delegations.services._rows import gift_row
from delegations.services.dto import GiftRow
from delegations.storage.store import Store
from delegations.validation import GIFT, clean

SIMILAR = 0.85
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """'Gerahmtes  Kieler-Woche-Plakat!' → 'gerahmtes kieler woche plakat'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", unicodedata.normalize("NFC", plain).casefold()).split())


def similar(a: str, b: str) -> bool:
    """Whether two gift descriptions name the same thing."""
    x, y = normalise(a), normalise(b)
    if not x or not y:
        return False
    if x == y or (min(len(x), len(y)) >= 6 and (x in y or y in x)):
        return True
    return SequenceMatcher(None, x, y).ratio() >= SIMILAR


def _query() -> Any:
    return select(Gift).options(joinedload(Gift.trip), joinedload(Gift.contact),
                                joinedload(Gift.city))


def gift_repeats(store: Store, data: Mapping[str, Any]) -> list[GiftRow]:
    """Gifts already given to the recipient of the planned gift `data` (keys as for
    add_gift: `description`, `contact`, `counterpart`, `city`; `id` of the gift itself
    when it is being edited) whose description is alike."""
    contact_id = optional_id(data.get("contact"), "contact")
    city_id = optional_id(data.get("city"), "city")
    counterpart = normalise(str(data.get("counterpart") or ""))
    description = str(data.get("description") or "")
    if not description.strip() or (contact_id is None and not counterpart):
        return []
    recipients = []
    if contact_id is not None:
        recipients.append(Gift.contact_id == contact_id)
    if counterpart:
        recipients.append(Gift.city_id.is_(None) if city_id is None else Gift.city_id == city_id)
    query = _query().where(Gift.direction == GiftDirection.GIVEN, or_(*recipients))
    if data.get("id") is not None:
        query = query.where(Gift.id != data["id"])
    with store.read() as s:
        found = [g for g in s.scalars(query).unique()
                 if _same_recipient(g, contact_id, counterpart)
                 and similar(g.description, description)]
        return [gift_row(g) for g in _newest_first(found)]


def trip_gift_repeats(store: Store, trip_id: int) -> dict[int, GiftRow]:
    """The gifts a trip gives that repeat one given before: gift id -> the newest such
    earlier gift (the warning the trip's gift list shows)."""
    with store.read() as s:
        own = s.scalars(select(Gift).where(Gift.trip_id == trip_id,
                                           Gift.direction == GiftDirection.GIVEN)).all()
        planned = [(g.id, {"id": g.id, "description": g.description, "contact": g.contact_id,
                           "counterpart": g.counterpart, "city": g.city_id}) for g in own]
    found = {ident: gift_repeats(store, data) for ident, data in planned}
    return {ident: earlier[0] for ident, earlier in found.items() if earlier}


def _same_recipient(gift: Gift, contact_id: int | None, counterpart: str) -> bool:
    if contact_id is not None and gift.contact_id == contact_id:
        return True
    return bool(counterpart) and normalise(gift.counterpart) == counterpart


def _newest_first(gifts: list[Gift]) -> list[Gift]:
    return sorted(gifts, reverse=True, key=lambda g: (g.date is not None, g.date or 0, g.id))


def trip_counterparts(store: Store, trip_id: int) -> tuple[set[int], set[int]]:
    """The contacts and cities a trip deals with: its destinations, the contacts of its
    programme, outcomes, follow-ups, gifts and participants."""
    with store.read() as s:
        trip = fetch(s, Trip, trip_id, "trip")
        cities = {link.city_id for link in trip.destination_links}
        contacts: set[int] = set()
        for item in s.scalars(select(AgendaItem).where(AgendaItem.trip_id == trip_id)
                              .options(joinedload(AgendaItem.contacts))).unique():
            contacts.update(c.id for c in item.contacts)
        for outcome in s.scalars(select(Outcome).where(Outcome.trip_id == trip_id)):
            contacts.update(c.id for c in outcome.contacts)
        for model in (FollowUp, Gift, Participant):
            contacts.update(i for i in s.scalars(select(model.contact_id).where(
                model.trip_id == trip_id)) if i is not None)
        return contacts, cities


def gifts_for_trip_counterparts(store: Store, trip_id: int) -> list[GiftRow]:
    """Gifts given or received on other occasions with the trip's counterparts (its
    contacts, its destination cities and the people there), newest first."""
    contacts, cities = trip_counterparts(store, trip_id)
    if not contacts and not cities:
        return []
    query = _query().where(
        or_(Gift.trip_id.is_(None), Gift.trip_id != trip_id),
        or_(Gift.contact_id.in_(contacts), Gift.city_id.in_(cities),
            Gift.contact.has(Contact.city_id.in_(cities))))
    with store.read() as s:
        return [gift_row(g) for g in _newest_first(list(s.scalars(query).unique()))]


# ---------------------------------------------------------------------------- the register


def list_gifts(store: Store, trip_id: int | None = None, city_id: int | None = None,
               contact_id: int | None = None) -> list[GiftRow]:
    """The gift register, newest first (undated last), narrowed by trip, city or contact."""
    query = _query()
    if trip_id is not None:
        query = query.where(Gift.trip_id == trip_id)
    if city_id is not None:
        query = query.where(Gift.city_id == city_id)
    if contact_id is not None:
        query = query.where(Gift.contact_id == contact_id)
    with store.read() as s:
        gifts = sorted(s.scalars(query).all(), reverse=True,
                       key=lambda g: (g.date is not None, g.date or date.min, g.id))
        return [gift_row(g) for g in gifts]


def gifts_about(store: Store, city_ids: Collection[int],
                contact_ids: Collection[int]) -> list[GiftRow]:
    """Gifts exchanged with any of these cities or contacts, newest first (undated last),
    in one query (a briefing asks for all its destinations and counterparts at once)."""
    cities, people = list(city_ids), list(contact_ids)
    if not cities and not people:
        return []
    query = _query().where(or_(Gift.city_id.in_(cities), Gift.contact_id.in_(people)))
    with store.read() as s:
        gifts = sorted(s.scalars(query).unique().all(), reverse=True,
                       key=lambda g: (g.date is not None, g.date or date.min, g.id))
        return [gift_row(g) for g in gifts]


def _gift_links(s: Session, gift: Gift, data: Mapping[str, Any]) -> None:
    link_given(s, gift, data, trip=Trip, contact=Contact, city=City)


def add_gift(store: Store, data: Mapping[str, Any]) -> GiftRow:
    """A gift given or received; `trip`, `contact` and `city` are ids or None."""
    with store.transaction() as s:
        data = ref_for(s, Gift, data, str(data.get("description") or ""), "gift")
        values = clean(GIFT, data)
        gift = add_checked(s, Gift, values)
        _gift_links(s, gift, data)
        s.flush()
        return gift_row(gift)


def update_gift(store: Store, gift_id: int, changes: Mapping[str, Any]) -> GiftRow:
    """Change the fields given; `trip`, `contact`, `city` are ids or None."""
    with store.transaction() as s:
        gift = fetch(s, Gift, gift_id, "gift")
        values = clean(GIFT, changes, partial=True)
        assign_checked(s, gift, values)
        _gift_links(s, gift, changes)
        s.flush()
        return gift_row(gift)


def delete_gift(store: Store, gift_id: int) -> None:
    """Remove a gift entered by mistake."""
    delete_row(store, Gift, gift_id, "gift")
