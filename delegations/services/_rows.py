"""ORM rows → the frozen dataclasses of dto.py, written once for every service.

The converters only touch attributes the caller has loaded (eagerly), so that a
dto never triggers a lazy load after its session is gone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from delegations.model import (
    Accommodation,
    AgendaItem,
    City,
    Contact,
    FollowUp,
    Gift,
    Goal,
    Home,
    Outcome,
    Participant,
    TravelLeg,
    Trip,
)
from delegations.services import dto
from delegations.timezones import to_local


def split_languages(text: str) -> tuple[str, ...]:
    """'de, en' → ('de', 'en')."""
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def home_row(home: Home | Row[*tuple[Any, ...]]) -> dto.HomeRow:
    """From a Home or a row of its columns (same names)."""
    return dto.HomeRow(
        name=home.name, timezone=home.timezone, country=home.country or "",
        languages=split_languages(home.languages), office=home.office or "",
        letterhead=home.letterhead or "", logo_path=home.logo_path or "",
    )


def city_row(city: City | Row[Any]) -> dto.CityRow:
    """From a City or a row of the city table (same names)."""
    return dto.CityRow(
        id=city.id, ref=city.ref, name=city.name, country=city.country or "",
        relation=city.relation, since=city.since, timezone=city.timezone,
        languages=city.languages or "", topics=city.topics or "", notes=city.notes or "",
        emergency=city.emergency or "",
    )


def contact_row(contact: Contact) -> dto.ContactRow:
    return dto.ContactRow(
        id=contact.id, ref=contact.ref, name=contact.name, honorific=contact.honorific or "",
        title=contact.title or "", function=contact.function or "",
        organisation=contact.organisation or "", city_id=contact.city_id,
        city_name=contact.city.name if contact.city else "", email=contact.email or "",
        phone=contact.phone or "", languages=contact.languages or "",
        address_form=contact.address_form or "", bio=contact.bio or "",
        notes=contact.notes or "", name_latin=contact.name_latin or "",
        address_spoken=contact.address_spoken or "", photo_path=contact.photo_path or "",
        function_en=contact.function_en or "", bio_en=contact.bio_en or "",
    )


def goal_row(goal: Goal) -> dto.GoalRow:
    return dto.GoalRow(
        id=goal.id, ref=goal.ref, kind=goal.kind, code=goal.code or "", name=goal.name,
        name_en=goal.name_en or "", parent_id=goal.parent_id, position=goal.position,
    )


def trip_row(trip: Trip | Row[*tuple[Any, ...]], destinations: Iterable[str],
             participants: int) -> dto.TripRow:
    """A list row from a trip or its plain columns (named as the trip's attributes)."""
    return dto.TripRow(
        id=trip.id, ref=trip.ref, title=trip.title, kind=trip.kind, status=trip.status,
        start=trip.start_date, end=trip.end_date, destinations=tuple(destinations),
        language=trip.language, participants=participants, example=bool(trip.example),
    )


def participant_row(p: Participant) -> dto.ParticipantRow:
    return dto.ParticipantRow(
        id=p.id, ref=p.ref, trip_id=p.trip_id, contact_id=p.contact_id, name=p.name,
        function=p.function or "", organisation=p.organisation or "", role=p.role,
        precedence=p.precedence, status=p.status, registered_at=p.registered_at,
        email=p.email or "", phone=p.phone or "", diet=p.diet or "",
        mobility=p.mobility or "", notes=p.notes or "", function_en=p.function_en or "",
        **{name: getattr(p, name) or "" for name in dto.PAPERS_FIELDS},
    )


def agenda_row(item: AgendaItem) -> dto.AgendaRow:
    return dto.AgendaRow(
        id=item.id, ref=item.ref, trip_id=item.trip_id, title=item.title, kind=item.kind,
        start=to_local(item.start_utc, item.timezone), end=to_local(item.end_utc, item.timezone),
        timezone=item.timezone, location=item.location or "", address=item.address or "",
        responsible=item.responsible or "", dress_code=item.dress_code or "",
        objectives=item.objectives or "", talking_points=item.talking_points or "",
        notes=item.notes or "", confidential=bool(item.confidential),
        contact_ids=tuple(c.id for c in item.contacts),
        contact_names=tuple(c.name for c in item.contacts),
        attendee_ids=tuple(p.id for p in item.attendees), title_en=item.title_en or "",
        objectives_en=item.objectives_en or "",
        talking_points_en=item.talking_points_en or "",
        expected_asks=item.expected_asks or "", press_line=item.press_line or "",
    )


def travel_row(leg: TravelLeg) -> dto.TravelRow:
    return dto.TravelRow(
        id=leg.id, ref=leg.ref, trip_id=leg.trip_id, mode=leg.mode, carrier=leg.carrier or "",
        number=leg.number or "", origin=leg.origin,
        depart=to_local(leg.depart_utc, leg.depart_timezone),
        depart_timezone=leg.depart_timezone, destination=leg.destination,
        arrive=to_local(leg.arrive_utc, leg.arrive_timezone),
        arrive_timezone=leg.arrive_timezone, booking_ref=leg.booking_ref or "",
        notes=leg.notes or "", traveller_ids=tuple(p.id for p in leg.travellers),
    )


def stay_row(stay: Accommodation) -> dto.StayRow:
    return dto.StayRow(
        id=stay.id, ref=stay.ref, trip_id=stay.trip_id, name=stay.name,
        address=stay.address or "", phone=stay.phone or "", check_in=stay.check_in,
        check_out=stay.check_out, booking_ref=stay.booking_ref or "", notes=stay.notes or "",
        guest_ids=tuple(p.id for p in stay.guests),
    )


def outcome_row(outcome: Outcome) -> dto.OutcomeRow:
    return dto.OutcomeRow(
        id=outcome.id, ref=outcome.ref, trip_id=outcome.trip_id, kind=outcome.kind,
        date=outcome.date, text=outcome.text, notes=outcome.notes or "",
        goal_ids=tuple(g.id for g in outcome.goals),
    )


def follow_up_row(f: FollowUp) -> dto.FollowUpRow:
    return dto.FollowUpRow(
        id=f.id, ref=f.ref, trip_id=f.trip_id, trip_title=f.trip.title if f.trip else "",
        action=f.action, owner=f.owner or "", due=f.due, status=f.status,
        city_id=f.city_id, city_name=f.city.name if f.city else "",
        contact_id=f.contact_id, contact_name=f.contact.name if f.contact else "",
        notes=f.notes or "", completed_on=f.completed_on,
        goal_ids=tuple(g.id for g in f.goals),
    )


def gift_row(g: Gift) -> dto.GiftRow:
    return dto.GiftRow(
        id=g.id, ref=g.ref, trip_id=g.trip_id, direction=g.direction,
        description=g.description, contact_id=g.contact_id, counterpart=g.counterpart or "",
        city_id=g.city_id, date=g.date, value_cents=g.value_cents, currency=g.currency or "EUR",
        notes=g.notes or "", trip_title=g.trip.title if g.trip else "",
        contact_name=g.contact.name if g.contact else "", city_name=g.city.name if g.city else "",
        our_person=g.our_person or "", kept_at=g.kept_at or "", decision=g.decision,
        thanked=bool(g.thanked),
    )


# The tables' columns rather than the mapped classes': the start page's digest reads
# follow-up rows without configuring a mapper (a `narrow` or `order` naming mapped
# attributes makes it an ORM query as before).
_F, _TRIP, _CITY, _CONTACT = (FollowUp.__table__.c, Trip.__table__.c, City.__table__.c,
                              Contact.__table__.c)
#: The tracker's own order: by due date, undated last, ties by id.
FOLLOW_UP_ORDER: tuple[Any, ...] = (_F.due.is_(None), _F.due, _F.id)


def _with_names(*columns: Any) -> Select:
    """Follow-up columns beside the names of their trip, city and contact (for the rows
    and for sort keys on those names)."""
    return (select(*columns).outerjoin(Trip.__table__, _TRIP.id == _F.trip_id)
            .outerjoin(City.__table__, _CITY.id == _F.city_id)
            .outerjoin(Contact.__table__, _CONTACT.id == _F.contact_id))


_FOLLOW_UP_COLUMNS = (
    _F.id, _F.ref, _F.trip_id, _TRIP.title, _F.action, _F.owner, _F.due, _F.status,
    _F.city_id, _CITY.name, _F.contact_id, _CONTACT.name, _F.notes, _F.completed_on)


def follow_up_rows(s: Session, narrow: Callable[[Select], Select] = lambda q: q,
                   order: Sequence[Any] = FOLLOW_UP_ORDER, limit: int | None = None,
                   offset: int = 0) -> list[dto.FollowUpRow]:
    """The follow-ups `narrow` keeps, in `order` (by due date, undated last; sorted by the
    database; the trip, city and contact are joined for keys on their names), a page of
    them with `limit`, read as plain columns: the tracker lists thousands, and loading
    whole trips for their titles is slow. A page sorts ids only, then reads its rows."""
    if limit is None:
        rows = list(s.execute(narrow(_with_names(*_FOLLOW_UP_COLUMNS)).order_by(*order)))
    else:
        ids = list(s.scalars(narrow(_with_names(_F.id)).order_by(*order)
                             .offset(offset or None).limit(limit)))
        place = {ident: n for n, ident in enumerate(ids)}
        rows = sorted(s.execute(_with_names(*_FOLLOW_UP_COLUMNS)
                                .where(_F.id.in_(ids))), key=lambda r: place[r[0]])
    goals = _follow_up_goals(s, [r[0] for r in rows])
    return [dto.FollowUpRow(
        id=r[0], ref=r[1], trip_id=r[2], trip_title=r[3] or "", action=r[4], owner=r[5] or "",
        due=r[6], status=r[7], city_id=r[8], city_name=r[9] or "", contact_id=r[10],
        contact_name=r[11] or "", notes=r[12] or "", completed_on=r[13],
        goal_ids=tuple(goals.get(r[0], ()))) for r in rows]


def _follow_up_goals(s: Session, ids: Sequence[int]) -> dict[int, list[int]]:
    """The goals of these follow-ups, in the goals' order (asked in chunks: a page is a
    few hundred, an export all of them)."""
    from delegations.model.followup import follow_up_goal

    goal = Goal.__table__.c
    goals: dict[int, list[int]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        links = (select(follow_up_goal.c.follow_up_id, goal.id)
                 .join(Goal.__table__, goal.id == follow_up_goal.c.goal_id)
                 .where(follow_up_goal.c.follow_up_id.in_(ids[start:start + 500]))
                 .order_by(goal.position, goal.id))
        for follow_up_id, goal_id in s.execute(links):
            goals[follow_up_id].append(goal_id)
    return goals
