"""Where a contact is named by other records, so that undoing a contact's delete puts
them back where they were: a trip's counterparts in their place, outcomes, participants,
follow-ups and gifts linked again (a delete drops those links; their text stays)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from delegations.model import FollowUp, Gift, Participant, Trip, TripCounterpart
from delegations.model.followup import Outcome, outcome_contact
from delegations.storage.store import Store


@dataclass(frozen=True)
class ContactLinks:
    """The records that named one contact when it was deleted."""

    counterparts: tuple[tuple[int, int], ...] = ()  # (trip id, position in its list)
    outcomes: tuple[int, ...] = ()
    participants: tuple[int, ...] = ()
    follow_ups: tuple[int, ...] = ()
    gifts: tuple[int, ...] = ()


Linked = type[Participant] | type[FollowUp] | type[Gift]  # records with a contact_id


def _ids(s: Session, model: Linked, contact_id: int) -> tuple[int, ...]:
    return tuple(s.scalars(select(model.id).where(model.contact_id == contact_id)
                           .order_by(model.id)))


def links_of(s: Session, contact_id: int) -> ContactLinks:
    """What names the contact now (read before deleting it)."""
    places = s.execute(select(TripCounterpart.trip_id, TripCounterpart.position)
                       .where(TripCounterpart.contact_id == contact_id)
                       .order_by(TripCounterpart.trip_id))
    outcomes = s.scalars(select(outcome_contact.c.outcome_id)
                         .where(outcome_contact.c.contact_id == contact_id)
                         .order_by(outcome_contact.c.outcome_id))
    return ContactLinks(tuple((t, p) for t, p in places), tuple(outcomes),
                        _ids(s, Participant, contact_id), _ids(s, FollowUp, contact_id),
                        _ids(s, Gift, contact_id))


def _put_back_counterparts(s: Session, contact_id: int, links: ContactLinks) -> None:
    """Each trip's list gets the contact back at its old place; the others keep theirs."""
    for trip_id, position in links.counterparts:
        trip = s.get(Trip, trip_id)
        if trip is None:
            continue
        rows = [link for link in trip.counterpart_links if link.contact_id != contact_id]
        place = min(position, len(rows))
        for index, link in enumerate(rows):
            link.position = index if index < place else index + 1
        s.add(TripCounterpart(trip_id=trip_id, contact_id=contact_id, position=place))


def restore_links(store: Store, contact_id: int, links: ContactLinks) -> None:
    """Link `contact_id` (the contact made again) wherever `links` says it was named;
    records deleted since are passed over."""
    with store.transaction() as s:
        _put_back_counterparts(s, contact_id, links)
        for outcome_id in links.outcomes:
            if s.get(Outcome, outcome_id) is not None:
                s.execute(insert(outcome_contact).values(outcome_id=outcome_id,
                                                         contact_id=contact_id))
        named: tuple[tuple[Linked, tuple[int, ...]], ...] = (
            (Participant, links.participants), (FollowUp, links.follow_ups),
            (Gift, links.gifts))
        for model, ids in named:
            for ident in ids:
                row = cast("Participant | FollowUp | Gift | None", s.get(model, ident))
                if row is not None:
                    row.contact_id = contact_id
        s.flush()
        s.expire_all()
