"""A trip and everything in it as exchange JSON.

Every list is sorted by what the items are (time, rank, ref), never by database ids,
so that exporting, importing into an empty store and exporting again gives the very
same text.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from delegations.exchange.formats import date_text, euros, local_text, natural, utc_text
from delegations.exchange.seating import seating_document
from delegations.model import (
    Accommodation,
    AgendaItem,
    BudgetCategory,
    BudgetLine,
    City,
    Contact,
    FollowUp,
    Gift,
    Goal,
    Outcome,
    OutcomeAttachment,
    Participant,
    SeatingPlan,
    TravelLeg,
    Trip,
)
from delegations.services.dto import PAPERS_FIELDS

Doc = dict[str, Any]


def _by_date(day: date | None, ref: str) -> tuple[bool, date, Any]:
    """Dated items first, by date, then undated ones; ties by ref."""
    return (day is None, day or date.min, natural(ref))


def goal_refs(goals: Iterable[Goal]) -> list[str]:
    return [g.ref for g in sorted(goals, key=lambda g: (g.position, natural(g.ref)))]


def people_refs(people: Iterable[Participant]) -> list[str]:
    return [p.ref for p in sorted(people, key=lambda p: (p.precedence, natural(p.ref)))]


def contact_refs(contacts: Iterable[Contact]) -> list[str]:
    return [c.ref for c in sorted(contacts, key=lambda c: (c.name, natural(c.ref)))]


def trip_document(trip: Trip, results: Results) -> Doc:
    """The trip with its lists; `results` holds its outcomes, follow-ups and gifts."""
    return {
        "ref": trip.ref, "title": trip.title, "kind": trip.kind.value,
        "status": trip.status.value, "start": date_text(trip.start_date),
        "end": date_text(trip.end_date),
        "destinations": [link.city.ref for link in
                         sorted(trip.destination_links, key=lambda link: link.position)],
        "counterparts": [link.contact.ref for link in
                         sorted(trip.counterpart_links, key=lambda link: link.position)],
        "language": trip.language, "capacity": trip.capacity, "purpose": trip.purpose,
        "objectives": trip.objectives, "budget": euros(trip.budget_cents),
        "currency": trip.currency, "funding_source": trip.funding_source,
        "notes": trip.notes, "goals": goal_refs(trip.goals), "example": bool(trip.example),
        "title_en": trip.title_en, "purpose_en": trip.purpose_en,
        "objectives_en": trip.objectives_en, "key_messages": trip.key_messages,
        "logistics": trip.logistics,
        "participants": [participant_document(p, results.forms.get(p.id, {})) for p in
                         sorted(trip.participants, key=lambda p: (p.precedence, natural(p.ref)))],
        "agenda": [agenda_document(a, results.plans.get(a.id)) for a in sorted(
            trip.agenda, key=lambda a: (a.start_utc, a.end_utc, natural(a.ref)))],
        "travel": [travel_document(t) for t in
                   sorted(trip.travel, key=lambda t: (t.depart_utc, natural(t.ref)))],
        "accommodation": [stay_document(s) for s in
                          sorted(trip.accommodation, key=lambda s: (s.check_in, natural(s.ref)))],
        **results.of(trip.id),
        "vehicles": results.vehicles.get(trip.id, []),
    }


def participant_document(p: Participant, forms: Doc | None = None) -> Doc:
    """A participant; `forms` their own forms of address (an extension; left out when
    None, so that a record read for merging keeps its forms)."""
    return {
        "ref": p.ref, "name": p.name, "function": p.function, "organisation": p.organisation,
        "role": p.role.value, "precedence": p.precedence, "status": p.status.value,
        "contact": p.contact.ref if p.contact is not None else None, "email": p.email,
        "phone": p.phone, "diet": p.diet, "mobility": p.mobility, "notes": p.notes,
        "registered_at": utc_text(p.registered_at), "function_en": p.function_en,
        **{name: getattr(p, name) or "" for name in PAPERS_FIELDS},
        **({} if forms is None else {"address_forms": forms}),
    }


def agenda_document(a: AgendaItem, plan: SeatingPlan | None = None) -> Doc:
    """A programme point; its seating plan, if it has one (an extension)."""
    seating = {"seating": seating_document(plan)} if plan is not None else {}
    return {
        "ref": a.ref, "title": a.title, "kind": a.kind.value,
        "start": local_text(a.start_utc, a.timezone), "end": local_text(a.end_utc, a.timezone),
        "timezone": a.timezone, "location": a.location, "contacts": contact_refs(a.contacts),
        "attendees": people_refs(a.attendees), "confidential": bool(a.confidential),
        "notes": a.notes, "address": a.address, "responsible": a.responsible,
        "dress_code": a.dress_code, "objectives": a.objectives,
        "talking_points": a.talking_points, "external_uid": a.external_uid,
        "title_en": a.title_en, "objectives_en": a.objectives_en,
        "talking_points_en": a.talking_points_en, "expected_asks": a.expected_asks,
        "press_line": a.press_line, **seating,
    }


def travel_document(t: TravelLeg) -> Doc:
    return {
        "ref": t.ref, "mode": t.mode.value, "carrier": t.carrier, "number": t.number,
        "from": t.origin, "depart": local_text(t.depart_utc, t.depart_timezone),
        "depart_timezone": t.depart_timezone, "to": t.destination,
        "arrive": local_text(t.arrive_utc, t.arrive_timezone),
        "arrive_timezone": t.arrive_timezone, "travellers": people_refs(t.travellers),
        "booking_ref": t.booking_ref, "notes": t.notes,
    }


def stay_document(s: Accommodation) -> Doc:
    return {
        "ref": s.ref, "name": s.name, "address": s.address,
        "check_in": date_text(s.check_in), "check_out": date_text(s.check_out),
        "guests": people_refs(s.guests), "phone": s.phone, "booking_ref": s.booking_ref,
        "notes": s.notes,
    }


def city_refs(cities: Iterable[City]) -> list[str]:
    return [c.ref for c in sorted(cities, key=lambda c: (c.name, natural(c.ref)))]


def outcome_document(o: Outcome) -> Doc:
    return {
        "ref": o.ref, "kind": o.kind.value, "date": date_text(o.date), "text": o.text,
        "notes": o.notes, "goals": goal_refs(o.goals), "contacts": contact_refs(o.contacts),
        "cities": city_refs(o.cities),
        "attachments": [attachment_document(a) for a in o.attachments],
    }


def attachment_document(a: OutcomeAttachment) -> Doc:
    return {"title": a.title, "location": a.location, "copied": bool(a.copied)}


def budget_line_document(b: BudgetLine) -> Doc:
    return {
        "ref": b.ref, "category": b.category.value, "funding": b.funding.value,
        "planned": euros(b.planned_cents), "actual": euros(b.actual_cents), "note": b.note,
    }


_CATEGORY_ORDER = {category: n for n, category in enumerate(BudgetCategory)}


def follow_up_document(f: FollowUp) -> Doc:
    return {
        "ref": f.ref, "action": f.action, "owner": f.owner, "due": date_text(f.due),
        "status": f.status.value, "contact": f.contact.ref if f.contact else None,
        "city": f.city.ref if f.city else None, "notes": f.notes,
        "completed_on": date_text(f.completed_on), "goals": goal_refs(f.goals),
    }


def gift_document(g: Gift) -> Doc:
    return {
        "ref": g.ref, "direction": g.direction.value, "description": g.description,
        "contact": g.contact.ref if g.contact else None, "counterpart": g.counterpart,
        "city": g.city.ref if g.city else None, "date": date_text(g.date),
        "value": euros(g.value_cents), "currency": g.currency, "notes": g.notes,
        "our_person": g.our_person, "kept_at": g.kept_at,
        "decision": g.decision.value if g.decision else None, "thanked": bool(g.thanked),
    }


class Results:
    """Outcomes, follow-ups, gifts and budget lines, grouped by trip (None: those of no
    trip)."""

    def __init__(self, outcomes: Iterable[Outcome], follow_ups: Iterable[FollowUp],
                 gifts: Iterable[Gift], budget_lines: Iterable[BudgetLine] = (),
                 plans: Iterable[SeatingPlan] = ()) -> None:
        self.plans = {p.agenda_item_id: p for p in plans}
        self.forms: dict[int, Doc] = {}  # participant id -> own forms of address
        self.vehicles: dict[int, list[Doc]] = {}  # trip id -> its cars
        self._lists: dict[str, dict[int | None, list[Any]]] = {
            "outcomes": _grouped(outcomes), "follow_ups": _grouped(follow_ups),
            "gifts": _grouped(gifts), "budget_lines": _grouped(budget_lines),
        }

    def of(self, trip_id: int | None) -> Doc:
        """The lists of one trip, as exchange JSON."""
        return {
            "outcomes": [outcome_document(o) for o in sorted(
                self._lists["outcomes"].get(trip_id, []), key=lambda o: _by_date(o.date, o.ref))],
            "follow_ups": [follow_up_document(f) for f in sorted(
                self._lists["follow_ups"].get(trip_id, []), key=lambda f: _by_date(f.due, f.ref))],
            "gifts": [gift_document(g) for g in sorted(
                self._lists["gifts"].get(trip_id, []), key=lambda g: _by_date(g.date, g.ref))],
            "budget_lines": [budget_line_document(b) for b in sorted(
                self._lists["budget_lines"].get(trip_id, []),
                key=lambda b: (_CATEGORY_ORDER[b.category], natural(b.ref)))],
        }


def _grouped(rows: Iterable[Any]) -> dict[int | None, list[Any]]:
    groups: dict[int | None, list[Any]] = {}
    for row in rows:
        groups.setdefault(row.trip_id, []).append(row)
    return groups
