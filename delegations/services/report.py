"""The year's activity for the report to the council: trips, outcomes, actions, goals, money.

Read in a fixed number of queries for the whole year (never trip by trip). Which trips
belong to a year, which outcomes and open actions concern a city: the dashboard's rules
(services.dashboard), reused here so that the start page and the report agree.
A trip with MULTI_CITY or more destinations (a forum) is a multi-city event: what it
achieved for all its cities is told once, not under every city.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from delegations.enums import (
    TAKES_PLACE,
    FollowUpStatus,
    GoalKind,
    OutcomeKind,
    RegistrationStatus,
    TripKind,
    TripStatus,
)
from delegations.folding import fold, sort_key
from delegations.model import City, Goal, Home, Outcome, Participant, Trip
from delegations.model import TripDestination as Dest
from delegations.model.followup import follow_up_goal, outcome_city, outcome_goal
from delegations.model.trip import trip_goal
from delegations.services import dto
from delegations.services._rows import city_row, follow_up_rows
from delegations.services.budget import YearBudget, year_totals
from delegations.services.dashboard import (
    TWINNED,
    CityActivity,
    follow_ups_of_year,
    in_year,
    year_activity,
)
from delegations.services.followups import OPEN
from delegations.storage.store import Store

#: A trip with this many destinations or more is told once, as a multi-city event.
MULTI_CITY = 3
#: Delegations that travel out, visits that come in; the other kinds go both ways.
OUTGOING = (TripKind.OUTGOING, TripKind.CITIZENS)
INCOMING = (TripKind.INCOMING,)
#: Who counts as a participant: registered or confirmed (not waitlisted or withdrawn).
TAKING_PART = (RegistrationStatus.REGISTERED, RegistrationStatus.CONFIRMED)


@dataclass(frozen=True)
class ReportTrip:
    """A trip of the year with its destinations (ids and names, in order of travel)."""

    id: int
    ref: str
    title: str
    kind: TripKind
    status: TripStatus
    start: date
    end: date
    city_ids: tuple[int, ...] = ()
    city_names: tuple[str, ...] = ()
    participants: int = 0

    @property
    def multi_city(self) -> bool:
        return len(self.city_ids) >= MULTI_CITY


@dataclass(frozen=True)
class ReportOutcome:
    """An outcome of a trip of the year; `city_ids` are the cities it names (may be none)."""

    id: int
    trip_id: int
    kind: OutcomeKind
    date: date | None
    text: str
    city_ids: tuple[int, ...] = ()


#: A follow-up of the year (of a trip of the year, or an office one due that year).
ReportAction = dto.FollowUpRow


@dataclass(frozen=True)
class CitySection:
    """A partner or friendly city's year; `activity` holds the dashboard's numbers.

    `outcomes` and `open_actions` are listed under the city; `shared_outcomes` and
    `shared_actions` are those of multi-city events, told once in their own section.
    """

    city: dto.CityRow
    activity: CityActivity
    trips: tuple[ReportTrip, ...]
    outcomes: tuple[ReportOutcome, ...]
    open_actions: tuple[ReportAction, ...]
    shared_outcomes: int = 0
    shared_actions: int = 0


@dataclass(frozen=True)
class MultiCityEvent:
    """A forum or other multi-city trip: its general outcomes and open actions, once."""

    trip: ReportTrip
    outcomes: tuple[ReportOutcome, ...]
    open_actions: tuple[ReportAction, ...]


@dataclass(frozen=True)
class GoalCount:
    """How many of the year's trips, outcomes and actions serve a goal (or one below it)."""

    goal_id: int
    code: str
    name: str
    name_en: str
    trips: int = 0
    outcomes: int = 0
    actions: int = 0


@dataclass(frozen=True)
class ActionTotals:
    """The year's follow-up actions: all of them, done, dropped and still open."""

    total: int = 0
    done: int = 0
    dropped: int = 0
    open: int = 0


@dataclass(frozen=True)
class Totals:
    """The summary: trips by kind and direction, participants, cities, outcomes, actions.

    `participants` counts places on the year's trips (registered or confirmed);
    `people` counts them once per person (same contact, else same name).
    """

    trips_by_kind: Mapping[TripKind, int] = field(default_factory=dict)
    participants_by_kind: Mapping[TripKind, int] = field(default_factory=dict)
    outgoing: int = 0
    incoming: int = 0
    both_ways: int = 0
    participants: int = 0
    people: int = 0
    cities: int = 0
    twinned_cities: int = 0
    outcomes_by_kind: Mapping[OutcomeKind, int] = field(default_factory=dict)
    actions: ActionTotals = ActionTotals()

    @property
    def trips(self) -> int:
        return sum(self.trips_by_kind.values())

    @property
    def outcomes(self) -> int:
        return sum(self.outcomes_by_kind.values())


@dataclass(frozen=True)
class YearReport:
    """Everything the activity report of `year` prints."""

    year: int
    home: str
    totals: Totals
    budget: YearBudget
    trips: tuple[ReportTrip, ...]
    cities: tuple[CitySection, ...]
    events: tuple[MultiCityEvent, ...]
    other_trips: tuple[ReportTrip, ...]
    goals: tuple[GoalCount, ...]
    #: trips of the year left out of every figure: ideas, unconfirmed plans, cancelled
    not_counted: int = 0


# ---------------------------------------------------------------------------- reading


def _year_trip_ids(year: int) -> Select[Any]:
    return select(Trip.id).where(in_year(year))


def _trips(s: Session, year: int, cities: Mapping[int, City]) -> list[ReportTrip]:
    dests: dict[int, list[int]] = defaultdict(list)
    for trip_id, city_id in s.execute(select(Dest.trip_id, Dest.city_id)
                                      .where(Dest.trip_id.in_(_year_trip_ids(year)))
                                      .order_by(Dest.trip_id, Dest.position)):
        dests[trip_id].append(city_id)
    places = Counter(s.scalars(select(Participant.trip_id).where(
        Participant.trip_id.in_(_year_trip_ids(year)), Participant.status.in_(TAKING_PART))))
    query = select(Trip).where(in_year(year)).order_by(Trip.start_date, Trip.id)
    return [ReportTrip(t.id, t.ref, t.title, TripKind(t.kind), TripStatus(t.status),
                       t.start_date, t.end_date, tuple(dests[t.id]),
                       tuple(cities[c].name for c in dests[t.id]), places[t.id])
            for t in s.scalars(query)]


def _outcomes(s: Session, year: int) -> list[ReportOutcome]:
    in_year = Outcome.trip_id.in_(_year_trip_ids(year))
    named: dict[int, list[int]] = defaultdict(list)
    for outcome_id, city_id in s.execute(
            select(outcome_city.c.outcome_id, outcome_city.c.city_id)
            .join(Outcome, Outcome.id == outcome_city.c.outcome_id).where(in_year)):
        named[outcome_id].append(city_id)
    query = (select(Outcome.id, Outcome.trip_id, Outcome.kind, Outcome.date, Outcome.text)
             .where(in_year).order_by(Outcome.trip_id, Outcome.date, Outcome.id))
    return [ReportOutcome(i, t, OutcomeKind(k), d, text or "", tuple(sorted(named[i])))
            for i, t, k, d, text in s.execute(query)]


def _actions(s: Session, year: int) -> list[ReportAction]:
    return follow_up_rows(s, lambda query: query.where(follow_ups_of_year(year)))


def _people(s: Session, year: int) -> int:
    """Distinct people on the year's trips: one per contact, else one per folded name."""
    query = select(Participant.contact_id, Participant.name).where(
        Participant.trip_id.in_(_year_trip_ids(year)), Participant.status.in_(TAKING_PART))
    return len({("c", contact) if contact is not None else ("n", fold(name).strip())
                for contact, name in s.execute(query)})


# ---------------------------------------------------------------------------- goals


def _chart_goals(goals: list[Goal]) -> list[Goal]:
    """Overarching and strategic goals when the taxonomy has them, else its top level."""
    levels = (GoalKind.OVERARCHING, GoalKind.STRATEGIC)
    chosen = [g for g in goals if g.kind in levels]
    if not chosen:
        chosen = [g for g in goals if g.parent_id is None]
    rank = {kind: n for n, kind in enumerate(levels)}
    return sorted(chosen, key=lambda g: (rank.get(g.kind, 9), g.position, g.id))


def _lineage(goal_id: int, parents: Mapping[int, int | None]) -> set[int]:
    """The goal and every goal above it."""
    found: set[int] = set()
    current: int | None = goal_id
    while current is not None and current not in found:
        found.add(current)
        current = parents.get(current)
    return found


def _goal_counts(s: Session, year: int, action_ids: Iterable[int]) -> list[GoalCount]:
    goals = list(s.scalars(select(Goal)))
    parents = {g.id: g.parent_id for g in goals}
    chosen = _chart_goals(goals)
    served: dict[int, list[set[int]]] = {g.id: [set(), set(), set()] for g in chosen}
    outcome_ids = select(Outcome.id).where(Outcome.trip_id.in_(_year_trip_ids(year)))
    links: tuple[tuple[Any, Any, Any], ...] = (
        (trip_goal.c.trip_id, trip_goal, _year_trip_ids(year)),
        (outcome_goal.c.outcome_id, outcome_goal, outcome_ids),
        (follow_up_goal.c.follow_up_id, follow_up_goal, list(action_ids)))
    for n, (column, table, ids) in enumerate(links):
        for item, goal_id in s.execute(select(column, table.c.goal_id).where(column.in_(ids))):
            for above in _lineage(goal_id, parents) & served.keys():
                served[above][n].add(item)
    return [GoalCount(g.id, g.code or "", g.name, g.name_en or "",
                      *(len(items) for items in served[g.id])) for g in chosen]


# ---------------------------------------------------------------------------- per city


def _open_by_city(actions: list[ReportAction],
                  trips: Mapping[int, ReportTrip]) -> dict[int, list[ReportAction]]:
    """Each city's open actions by the tracker's rule (the action's own city, or a
    destination of its trip), in the actions' order: found once for all cities rather
    than by scanning every action for each."""
    found: dict[int, list[ReportAction]] = {}
    for action in actions:
        if action.status not in OPEN:
            continue
        trip = trips.get(action.trip_id) if action.trip_id is not None else None
        cities = set(trip.city_ids) if trip is not None else set()
        if action.city_id is not None:
            cities.add(action.city_id)
        for city_id in cities:
            found.setdefault(city_id, []).append(action)
    return found


def _section(city: City, activity: CityActivity, trips: Mapping[int, ReportTrip],
             outcomes: list[ReportOutcome], concerned: list[ReportAction]) -> CitySection:
    cid = city.id
    named = [o for o in outcomes if cid in o.city_ids]
    unnamed = [o for o in outcomes if not o.city_ids and cid in trips[o.trip_id].city_ids]
    mine = sorted(named + [o for o in unnamed if not trips[o.trip_id].multi_city],
                  key=lambda o: (trips[o.trip_id].start, o.trip_id, o.id))
    shared = [a for a in concerned if a.trip_id is not None and trips[a.trip_id].multi_city]
    trip_ids = {t.id for t in trips.values() if cid in t.city_ids} | {o.trip_id for o in mine}
    return CitySection(
        city_row(city), activity,
        tuple(sorted((trips[i] for i in trip_ids), key=lambda t: (t.start, t.id))),
        tuple(mine), tuple(a for a in concerned if a not in shared),
        shared_outcomes=sum(trips[o.trip_id].multi_city for o in unnamed),
        shared_actions=len(shared))


def _events(trips: list[ReportTrip], outcomes: list[ReportOutcome],
            actions: list[ReportAction]) -> list[MultiCityEvent]:
    return [MultiCityEvent(t, tuple(o for o in outcomes if o.trip_id == t.id and not o.city_ids),
                           tuple(a for a in actions if a.trip_id == t.id and a.status in OPEN))
            for t in trips if t.multi_city]


# ---------------------------------------------------------------------------- totals


def _totals(trips: list[ReportTrip], outcomes: list[ReportOutcome],
            actions: list[ReportAction], people: int, twinned: int) -> Totals:
    by_kind = Counter(t.kind for t in trips)
    places: Counter[TripKind] = Counter()
    for t in trips:
        places[t.kind] += t.participants
    statuses = Counter(a.status for a in actions)
    return Totals(
        trips_by_kind={k: by_kind[k] for k in TripKind if by_kind[k]},
        participants_by_kind={k: places[k] for k in TripKind if by_kind[k]},
        outgoing=sum(by_kind[k] for k in OUTGOING), incoming=sum(by_kind[k] for k in INCOMING),
        both_ways=sum(n for k, n in by_kind.items() if k not in OUTGOING + INCOMING),
        participants=sum(places.values()), people=people,
        cities=len({c for t in trips for c in t.city_ids}), twinned_cities=twinned,
        outcomes_by_kind={k: n for k in OutcomeKind if (n := sum(o.kind == k for o in outcomes))},
        actions=ActionTotals(len(actions), statuses[FollowUpStatus.DONE],
                             statuses[FollowUpStatus.DROPPED],
                             sum(statuses[s] for s in OPEN)))


def _not_counted(s: Session, year: int) -> int:
    """The year's trips that did not (or not yet surely) take place."""
    return len(s.scalars(select(Trip.id).where(
        Trip.start_date <= date(year, 12, 31), Trip.end_date >= date(year, 1, 1),
        Trip.status.not_in(TAKES_PLACE))).all())


def year_report(store: Store, year: int) -> YearReport:
    """The year's report: the dashboard's per-city numbers, with what lies behind them."""
    activity = {a.city_id: a for a in year_activity(store, year)}
    with store.read() as s:
        cities = {c.id: c for c in s.scalars(select(City))}
        trips = _trips(s, year, cities)
        outcomes = _outcomes(s, year)
        actions = _actions(s, year)
        goals = _goal_counts(s, year, [a.id for a in actions])
        people = _people(s, year)
        home = s.scalar(select(Home.name)) or ""
        left_out = _not_counted(s, year)
        by_id = {t.id: t for t in trips}
        order = sorted(activity, key=lambda c: (TWINNED.index(cities[c].relation),
                                                sort_key(cities[c].name)))
        concerning = _open_by_city(actions, by_id)
        sections = [_section(cities[c], activity[c], by_id, outcomes, concerning.get(c, []))
                    for c in order]
    others = [t for t in trips
              if not any(cities[c].relation in TWINNED for c in t.city_ids)]
    return YearReport(year, home, _totals(trips, outcomes, actions, people, len(activity)),
                      year_totals(store, year), tuple(trips), tuple(sections),
                      tuple(_events(trips, outcomes, actions)), tuple(others), tuple(goals),
                      left_out)
