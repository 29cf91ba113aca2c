"""The start page's figures: what is coming up, what is due, and the year per partner city.

Everything is read in a fixed number of queries, whatever the size of the office: the
start page opens first, so it must open fast on a database of thousands of trips.
Whether a follow-up is overdue or due this week is decided by services.followups.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, union
from sqlalchemy.orm import Session

from delegations.enums import TAKES_PLACE, Relation, TripKind, TripStatus
from delegations.folding import sort_key
from delegations.model import City, FollowUp, Outcome, Trip, TripDestination
from delegations.model.followup import outcome_city
from delegations.privacy.retention import RetentionPending, retention_pending
from delegations.services import dto
from delegations.services._rows import follow_up_rows
from delegations.services.followups import (
    OPEN,
    DueWindow,
    due_conditions,
    due_summary,
    home_today,
)
from delegations.services.trips import list_trips_by_id, trip_years
from delegations.storage.store import Store

#: The cities whose year the dashboard charts.
TWINNED = (Relation.PARTNER, Relation.FRIENDLY)

#: The tables' columns: the start page reads through them, so that opening it configures
#: no mapper (48 relationships: the first ORM query would, before the window shows).
_T, _D, _C, _F, _O = (Trip.__table__.c, TripDestination.__table__.c, City.__table__.c,
                      FollowUp.__table__.c, Outcome.__table__.c)


@dataclass(frozen=True)
class UpcomingTrip:
    """A trip still ahead (or under way), with how many days until it starts."""

    trip: dto.TripRow
    under_way: bool
    days_until: int


@dataclass(frozen=True)
class FollowUpDigest:
    """How many follow-ups are overdue and due this week, with the most urgent of each."""

    overdue: int
    this_week: int
    open: int
    overdue_items: tuple[dto.FollowUpRow, ...] = ()
    this_week_items: tuple[dto.FollowUpRow, ...] = ()


@dataclass(frozen=True)
class CityActivity:
    """One partner or friendly city's year: trips both ways by kind, outcomes, open actions."""

    city_id: int
    name: str
    relation: Relation
    trips_by_kind: Mapping[TripKind, int] = field(default_factory=dict)
    outcomes: int = 0
    open_actions: int = 0

    @property
    def trips(self) -> int:
        return sum(self.trips_by_kind.values())


@dataclass(frozen=True)
class Dashboard:
    """Everything the start page shows for `today` and the chosen `year`."""

    today: date
    upcoming: tuple[UpcomingTrip, ...]
    upcoming_total: int
    follow_ups: FollowUpDigest
    year: int
    years: tuple[int, ...]
    activity: tuple[CityActivity, ...]
    retention: RetentionPending



def _unindexed(column: Any) -> Any:
    """The column's value, as an expression SQLite does not look up in the column's index
    (coalesce(x, x) = x): without statistics its planner would walk an index that reads
    most of a large table where the other conditions find a few rows at once."""
    return func.coalesce(column, column)


# ---------------------------------------------------------------------------- coming up


def _ahead(today: date) -> ColumnElement[bool]:
    """Not cancelled, and not yet over (or still marked as under way)."""
    return and_(_T.status != TripStatus.CANCELLED,
                or_(_T.end_date >= today, _T.status == TripStatus.UNDER_WAY))


def upcoming_trips(store: Store, today: date,
                   limit: int = 5) -> tuple[list[UpcomingTrip], int]:
    """The next `limit` trips by start date (those under way first) and how many there are."""
    with store.read() as s:
        # Sorted after the few trips ahead are found, not by walking the date index from
        # the office's first trip (18 ms → 2 ms at ten times the bench office).
        ids = list(s.scalars(select(_T.id).where(_ahead(today))
                             .order_by(_unindexed(_T.start_date), _T.id).limit(limit)))
        total = int(s.scalar(select(func.count(_T.id)).where(_ahead(today))) or 0)
    rows = {r.id: r for r in list_trips_by_id(store, ids)}
    return [_upcoming(rows[i], today) for i in ids if i in rows], total


def _upcoming(row: dto.TripRow, today: date) -> UpcomingTrip:
    under_way = row.start <= today or row.status == TripStatus.UNDER_WAY
    return UpcomingTrip(row, under_way, max(0, (row.start - today).days))


# ---------------------------------------------------------------------------- follow-ups


def follow_up_digest(store: Store, today: date, limit: int = 5) -> FollowUpDigest:
    """Overdue and due-this-week follow-ups (by the tracker's rules), the first few of
    each by due date: counted and picked by the database (an office has thousands)."""
    summary = due_summary(store, today)
    with store.read() as s:
        def first(window: DueWindow) -> list[int]:
            return list(s.scalars(select(_F.id).where(*due_conditions(window, today))
                                  .order_by(_F.due, _F.id).limit(limit)))

        overdue, this_week = first(DueWindow.OVERDUE), first(DueWindow.THIS_WEEK)
        shown = set(overdue + this_week)
        rows = {f.id: f for f in follow_up_rows(s, lambda q: q.where(_F.id.in_(shown)))}
    return FollowUpDigest(summary.overdue, summary.this_week, summary.open,
                          tuple(rows[i] for i in overdue), tuple(rows[i] for i in this_week))


# ---------------------------------------------------------------------------- the year


def in_year(year: int) -> ColumnElement[bool]:
    """A trip that touches the year and took (or takes) place: confirmed or later, never
    an idea, a plan not yet confirmed or a cancelled trip."""
    return and_(_T.start_date <= date(year, 12, 31), _T.end_date >= date(year, 1, 1),
                _T.status.in_(TAKES_PLACE))


def follow_ups_of_year(year: int) -> ColumnElement[bool]:
    """A follow-up of the year: of a trip of the year, or an office one due that year."""
    return or_(_F.trip_id.in_(select(_T.id).where(in_year(year))),
               and_(_F.trip_id.is_(None), _F.due >= date(year, 1, 1),
                    _F.due <= date(year, 12, 31)))


def _trip_counts(s: Session, year: int) -> dict[int, Counter[TripKind]]:
    query = (select(_D.city_id, _T.kind, func.count(_T.id))
             .join(Trip.__table__, _T.id == _D.trip_id)
             .where(in_year(year)).group_by(_D.city_id, _T.kind))
    counts: dict[int, Counter[TripKind]] = defaultdict(Counter)
    for city_id, kind, n in s.execute(query):
        counts[city_id][TripKind(kind)] += int(n)
    return counts


def _outcome_counts(s: Session, year: int) -> Counter[int]:
    """Outcomes of the year's trips: for the cities they name, else for the trip's
    destinations."""
    named = (select(outcome_city.c.city_id, func.count())
             .join(Outcome.__table__, _O.id == outcome_city.c.outcome_id)
             .join(Trip.__table__, _T.id == _O.trip_id)
             .where(in_year(year)).group_by(outcome_city.c.city_id))
    unnamed = (select(_D.city_id, func.count(_O.id))
               .join(Outcome.__table__, _O.trip_id == _D.trip_id)
               .join(Trip.__table__, _T.id == _O.trip_id)
               .where(in_year(year), ~exists().where(outcome_city.c.outcome_id == _O.id))
               .group_by(_D.city_id))
    counts: Counter[int] = Counter()
    for query in (named, unnamed):
        counts.update({city_id: int(n) for city_id, n in s.execute(query)})
    return counts


def _open_action_counts(s: Session, year: int) -> Counter[int]:
    """Open follow-ups of the year's trips (office ones: due that year), per city they
    concern: their own city or a destination of their trip, as the tracker's filter."""
    # Found through the year's trips, not by reading every open follow-up of every year
    # through the status index (150 ms → 25 ms at ten times the bench office).
    still_open = and_(_unindexed(_F.status).in_(OPEN), follow_ups_of_year(year))
    own = select(_F.id, _F.city_id).where(still_open, _F.city_id.is_not(None))
    via_trip = (select(_F.id, _D.city_id)
                .join(TripDestination.__table__, _D.trip_id == _F.trip_id)
                .where(still_open))
    pairs = union(own, via_trip).subquery()  # each (follow-up, city) once
    query = (select(pairs.c.city_id, func.count()).where(pairs.c.city_id.is_not(None))
             .group_by(pairs.c.city_id))
    return Counter({int(city): int(n) for city, n in s.execute(query)})


def year_activity(store: Store, year: int) -> list[CityActivity]:
    """Partner and friendly cities with something in `year`, busiest first."""
    with store.read() as s:
        cities = s.execute(select(_C.id, _C.name, _C.relation)
                           .where(_C.relation.in_(TWINNED))).all()
        trips = _trip_counts(s, year)
        outcomes = _outcome_counts(s, year)
        actions = _open_action_counts(s, year)
    found = [CityActivity(c.id, c.name, Relation(c.relation), dict(trips.get(c.id, {})),
                          outcomes[c.id], actions[c.id]) for c in cities]
    active = [a for a in found if a.trips or a.outcomes or a.open_actions]
    return sorted(active, key=lambda a: (-a.trips, -a.outcomes, -a.open_actions,
                                         sort_key(a.name)))


def default_year(years: Iterable[int], today: date) -> int:
    """This year if anything happened in it, else the latest year before it that has
    trips, else this year."""
    past = [y for y in years if y <= today.year]
    return max(past) if past else today.year


# ---------------------------------------------------------------------------- all of it


def dashboard(store: Store, today: date | None = None, year: int | None = None,
              limit: int = 5) -> Dashboard:
    """The start page: `today` in the home city unless given, `year` as default_year."""
    today = today or home_today(store)
    years = tuple(trip_years(store))
    year = year if year is not None else default_year(years, today)
    upcoming, total = upcoming_trips(store, today, limit)
    return Dashboard(today, tuple(upcoming), total, follow_up_digest(store, today, limit),
                     year, years, tuple(year_activity(store, year)),
                     retention_pending(store, today))
