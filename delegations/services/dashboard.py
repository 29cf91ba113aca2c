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

from sqlalchemy import ColumnElement, and_, func, or_, select
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


# ---------------------------------------------------------------------------- coming up


def _ahead(today: date) -> ColumnElement[bool]:
    """Not cancelled, and not yet over (or still marked as under way)."""
    return and_(Trip.status != TripStatus.CANCELLED,
                or_(Trip.end_date >= today, Trip.status == TripStatus.UNDER_WAY))


def upcoming_trips(store: Store, today: date,
                   limit: int = 5) -> tuple[list[UpcomingTrip], int]:
    """The next `limit` trips by start date (those under way first) and how many there are."""
    with store.read() as s:
        ids = list(s.scalars(select(Trip.id).where(_ahead(today))
                             .order_by(Trip.start_date, Trip.id).limit(limit)))
        total = int(s.scalar(select(func.count(Trip.id)).where(_ahead(today))) or 0)
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
            return list(s.scalars(select(FollowUp.id).where(*due_conditions(window, today))
                                  .order_by(FollowUp.due, FollowUp.id).limit(limit)))

        overdue, this_week = first(DueWindow.OVERDUE), first(DueWindow.THIS_WEEK)
        shown = set(overdue + this_week)
        rows = {f.id: f for f in follow_up_rows(s, lambda q: q.where(FollowUp.id.in_(shown)))}
    return FollowUpDigest(summary.overdue, summary.this_week, summary.open,
                          tuple(rows[i] for i in overdue), tuple(rows[i] for i in this_week))


# ---------------------------------------------------------------------------- the year


def in_year(year: int) -> ColumnElement[bool]:
    """A trip that touches the year and took (or takes) place: confirmed or later, never
    an idea, a plan not yet confirmed or a cancelled trip."""
    return and_(Trip.start_date <= date(year, 12, 31), Trip.end_date >= date(year, 1, 1),
                Trip.status.in_(TAKES_PLACE))


def follow_ups_of_year(year: int) -> ColumnElement[bool]:
    """A follow-up of the year: of a trip of the year, or an office one due that year."""
    return or_(FollowUp.trip_id.in_(select(Trip.id).where(in_year(year))),
               and_(FollowUp.trip_id.is_(None), FollowUp.due >= date(year, 1, 1),
                    FollowUp.due <= date(year, 12, 31)))


def _trip_counts(s: Session, year: int) -> dict[int, Counter[TripKind]]:
    query = (select(TripDestination.city_id, Trip.kind, func.count(Trip.id))
             .join(Trip, Trip.id == TripDestination.trip_id)
             .where(in_year(year)).group_by(TripDestination.city_id, Trip.kind))
    counts: dict[int, Counter[TripKind]] = defaultdict(Counter)
    for city_id, kind, n in s.execute(query):
        counts[city_id][TripKind(kind)] += int(n)
    return counts


def _outcome_counts(s: Session, year: int) -> Counter[int]:
    """Outcomes of the year's trips: for the cities they name, else for the trip's
    destinations."""
    named = (select(outcome_city.c.city_id, func.count())
             .join(Outcome, Outcome.id == outcome_city.c.outcome_id)
             .join(Trip, Trip.id == Outcome.trip_id)
             .where(in_year(year)).group_by(outcome_city.c.city_id))
    unnamed = (select(TripDestination.city_id, func.count(Outcome.id))
               .join(Outcome, Outcome.trip_id == TripDestination.trip_id)
               .join(Trip, Trip.id == Outcome.trip_id)
               .where(in_year(year), ~Outcome.cities.any())
               .group_by(TripDestination.city_id))
    counts: Counter[int] = Counter()
    for query in (named, unnamed):
        counts.update({city_id: int(n) for city_id, n in s.execute(query)})
    return counts


def _open_action_counts(s: Session, year: int) -> Counter[int]:
    """Open follow-ups of the year's trips (office ones: due that year), per city they
    concern: their own city or a destination of their trip, as the tracker's filter."""
    still_open = and_(FollowUp.status.in_(OPEN), follow_ups_of_year(year))
    own = select(FollowUp.id, FollowUp.city_id).where(still_open, FollowUp.city_id.is_not(None))
    via_trip = (select(FollowUp.id, TripDestination.city_id)
                .join(TripDestination, TripDestination.trip_id == FollowUp.trip_id)
                .where(still_open))
    pairs = set(s.execute(own)) | set(s.execute(via_trip))
    return Counter(int(city) for _, city in pairs if city is not None)


def year_activity(store: Store, year: int) -> list[CityActivity]:
    """Partner and friendly cities with something in `year`, busiest first."""
    with store.read() as s:
        cities = s.execute(select(City.id, City.name, City.relation)
                           .where(City.relation.in_(TWINNED))).all()
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
