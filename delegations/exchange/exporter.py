"""Exporting a store, or some of its trips, as an exchange document.

The whole store carries everything it holds: home, settings, goals, cities, contacts,
trips, and the follow-ups and gifts that belong to no trip. A document of chosen trips
is self-contained: it brings the cities, contacts and goals those trips refer to (and
the goals' parents), but not the office's other records.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from delegations.errors import NotFoundError
from delegations.exchange.export_trips import Doc, Results, trip_document
from delegations.exchange.formats import natural
from delegations.exchange.protocol import stored_forms, vehicles_document
from delegations.exchange.reader import FORMAT, VERSION
from delegations.exchange.seating import seating_contacts
from delegations.model import (
    AgendaItem,
    BudgetLine,
    City,
    Contact,
    FollowUp,
    Gift,
    Goal,
    Home,
    Outcome,
    SeatingPlan,
    Setting,
    Trip,
)
from delegations.services.trips import UNKNOWN_TRIP, trip_load
from delegations.storage.store import Store


def export_store(store: Store, trip_ids: Sequence[int] | None = None) -> Doc:
    """The store (or only the trips with `trip_ids`) as an exchange document."""
    with store.read() as session:
        cities, contacts, goals = _directory(session)
        trips = _trips(session, trip_ids)
        results = _results(session, None if trip_ids is None else [t.id for t in trips])
        contact_forms, results.forms = stored_forms(session)
        results.vehicles = {t.id: vehicles_document(session, t) for t in trips}
        document: Doc = {"format": FORMAT, "version": VERSION}
        home = session.get(Home, 1)
        if home is not None:
            document["home"] = home_document(home)
        if trip_ids is None:
            document["settings"] = _settings(session)
        trip_docs = [trip_document(t, results) for t in trips]
        if trip_ids is not None:
            cities, contacts, goals = _referenced(trip_docs, cities, contacts, goals)
        document["goals"] = goal_documents(goals)
        document["cities"] = [city_document(c) for c in _sorted(cities.values())]
        document["contacts"] = [contact_document(c, contact_forms.get(c.id, {}))
                                for c in _sorted(contacts.values())]
        document["trips"] = trip_docs
        if trip_ids is None:
            document.update(_loose(results))
        return document


def _sorted(rows: Iterable[Any]) -> list[Any]:
    return sorted(rows, key=lambda row: natural(row.ref))


def _directory(session: Session) -> tuple[dict[str, City], dict[str, Contact], dict[str, Goal]]:
    """Every city, contact and goal by ref (also fills the session, so that following a
    trip's link to one of them needs no further query)."""
    return (
        {c.ref: c for c in session.scalars(select(City))},
        {c.ref: c for c in session.scalars(select(Contact))},
        {g.ref: g for g in session.scalars(select(Goal))},
    )


def _trips(session: Session, trip_ids: Sequence[int] | None) -> list[Trip]:
    query = select(Trip).options(*trip_load())
    if trip_ids is not None:
        query = query.where(Trip.id.in_(trip_ids))
    trips = list(session.scalars(query))
    missing = set(trip_ids or ()) - {t.id for t in trips}
    if missing:
        raise NotFoundError(UNKNOWN_TRIP, trip=min(missing))
    return sorted(trips, key=lambda t: (t.start_date, natural(t.ref)))


def _results(session: Session, trip_ids: list[int] | None) -> Results:
    """Outcomes, follow-ups and gifts of the trips (all of them when `trip_ids` is None)."""
    outcomes = select(Outcome).options(
        selectinload(Outcome.goals), selectinload(Outcome.contacts),
        selectinload(Outcome.cities), selectinload(Outcome.attachments))
    follow_ups = select(FollowUp).options(selectinload(FollowUp.goals))
    gifts = select(Gift)
    budget_lines = select(BudgetLine)
    if trip_ids is not None:
        outcomes = outcomes.where(Outcome.trip_id.in_(trip_ids))
        follow_ups = follow_ups.where(FollowUp.trip_id.in_(trip_ids))
        gifts = gifts.where(Gift.trip_id.in_(trip_ids))
        budget_lines = budget_lines.where(BudgetLine.trip_id.in_(trip_ids))
    plans = select(SeatingPlan)
    if trip_ids is not None:
        plans = plans.join(AgendaItem).where(AgendaItem.trip_id.in_(trip_ids))
    return Results(session.scalars(outcomes), session.scalars(follow_ups),
                   session.scalars(gifts), session.scalars(budget_lines),
                   list(session.scalars(plans)))


def _loose(results: Results) -> Doc:
    """The follow-ups and gifts of no trip, as the document's top-level lists."""
    lists = results.of(None)
    return {"follow_ups": lists["follow_ups"], "gifts": lists["gifts"]}


def _settings(session: Session) -> Doc:
    return {row.key: _decoded(row.value)
            for row in session.scalars(select(Setting).order_by(Setting.key))}


def _decoded(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


def home_document(home: Home) -> Doc:
    return {
        "name": home.name, "timezone": home.timezone, "country": home.country,
        "languages": home.languages, "office": home.office, "letterhead": home.letterhead,
        "logo_path": home.logo_path,
    }


def goal_documents(goals: dict[str, Goal]) -> list[Doc]:
    """The goals, sorted by ref, each naming its parent by ref."""
    parents = {g.id: g.ref for g in goals.values()}
    return [{
        "ref": goal.ref, "kind": goal.kind.value, "code": goal.code, "name": goal.name,
        "name_en": goal.name_en, "parent": parents.get(goal.parent_id) if goal.parent_id else None,
        "description": goal.description, "position": goal.position,
    } for goal in _sorted(goals.values())]


def city_document(city: City) -> Doc:
    return {
        "ref": city.ref, "name": city.name, "country": city.country,
        "relation": city.relation.value, "since": city.since, "timezone": city.timezone,
        "languages": city.languages, "topics": city.topics, "notes": city.notes,
        "emergency": city.emergency,
    }


def contact_document(contact: Contact, forms: Doc | None = None) -> Doc:
    """A contact; `forms` their own forms of address per language (an extension; left out
    when None, so that a record read for merging keeps its forms)."""
    return {
        "ref": contact.ref, "name": contact.name, "title": contact.title,
        "organisation": contact.organisation,
        "city": contact.city.ref if contact.city is not None else None,
        "email": contact.email, "phone": contact.phone, "bio": contact.bio,
        "honorific": contact.honorific, "function": contact.function,
        "languages": contact.languages, "address_form": contact.address_form,
        "notes": contact.notes, "name_latin": contact.name_latin,
        "address_spoken": contact.address_spoken, "photo_path": contact.photo_path,
        "function_en": contact.function_en, "bio_en": contact.bio_en,
        **({} if forms is None else {"address_forms": forms}),
    }


def _referenced(trips: list[Doc], cities: dict[str, City], contacts: dict[str, Contact],
                goals: dict[str, Goal]) -> tuple[dict[str, City], dict[str, Contact],
                                                 dict[str, Goal]]:
    """Only the cities, contacts and goals the trips name (with contacts' cities and
    goals' ancestors)."""
    named: dict[str, set[str]] = {"city": set(), "contact": set(), "goal": set()}
    for trip in trips:
        _collect(trip, named)
    used_contacts = {r: contacts[r] for r in named["contact"] if r in contacts}
    named["city"].update(c.city.ref for c in used_contacts.values() if c.city is not None)
    used_goals = _with_ancestors(named["goal"], goals)
    return ({r: cities[r] for r in named["city"] if r in cities}, used_contacts, used_goals)


def _collect(trip: Doc, named: dict[str, set[str]]) -> None:
    """Add the refs one exported trip names to `named`."""
    named["city"].update(trip["destinations"])
    named["goal"].update(trip["goals"])
    named["contact"].update(trip["counterparts"])
    for item in trip["agenda"]:
        named["contact"].update(item["contacts"])
        named["contact"].update(seating_contacts(item))
    for item in trip["outcomes"] + trip["follow_ups"]:
        named["goal"].update(item["goals"])
    for item in trip["outcomes"]:
        named["contact"].update(item["contacts"])
        named["city"].update(item["cities"])
    for item in trip["participants"] + trip["follow_ups"] + trip["gifts"]:
        for kind in ("contact", "city"):
            if item.get(kind):
                named[kind].add(item[kind])


def _with_ancestors(refs: set[str], goals: dict[str, Goal]) -> dict[str, Goal]:
    by_id = {g.id: g for g in goals.values()}
    chosen: dict[str, Goal] = {}
    for ref in refs:
        goal = goals.get(ref)
        while goal is not None and goal.ref not in chosen:
            chosen[goal.ref] = goal
            goal = by_id.get(goal.parent_id) if goal.parent_id else None
    return chosen
