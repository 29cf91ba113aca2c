"""What is still to do after a trip: follow-up actions, their tracker and its exports.

(Outcomes are in delegations.services.outcomes, gifts in delegations.services.gifts.)

Follow-ups are the promises made abroad; listing the open ones (by due date, undated
last) is what the partnership office works from after every trip.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, exists, func, or_, select
from sqlalchemy.orm import Session

from delegations.atomic import write_atomic
from delegations.enums import FollowUpStatus
from delegations.errors import ValidationError
from delegations.folding import fold, search_terms, sort_key
from delegations.i18n import N_, gettext
from delegations.model import City, Contact, FollowUp, Goal, Trip, TripDestination
from delegations.model.follow_up_words import matching_follow_ups
from delegations.model.followup import follow_up_goal
from delegations.services import dto
from delegations.services._common import (
    assign,
    assign_checked,
    delete_row,
    fetch,
    fetch_many,
    id_list,
    link_given,
    not_found,
    ref_for,
    ref_taken,
)
from delegations.services._rows import FOLLOW_UP_ORDER, follow_up_row, follow_up_rows
from delegations.services.home import get_home
from delegations.storage.store import Store
from delegations.timezones import to_local
from delegations.validation import FOLLOW_UP, clean, enum

OPEN = (FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS)
DEFAULT_ZONE = "Europe/Berlin"

if TYPE_CHECKING:  # icalendar and the CSV writer load when a list is exported
    from icalendar import Todo


def _goals(s: Session, value: Any) -> list[Goal]:
    return fetch_many(s, Goal, id_list(value, "goals"), "goals")


# ---------------------------------------------------------------------------- follow-ups


def list_follow_ups(store: Store, status: FollowUpStatus | str | None = None,
                    open_only: bool = False, trip_id: int | None = None,
                    city_id: int | None = None, contact_id: int | None = None,
                    ) -> list[dto.FollowUpRow]:
    """Follow-ups by due date (undated last). Open means open or in progress; a city
    matches the follow-up's own city or a destination of its trip."""
    def narrow(query: Any) -> Any:
        if status is not None:
            query = query.where(FollowUp.status == FollowUpStatus(status))
        if open_only:
            query = query.where(FollowUp.status.in_(OPEN))
        if trip_id is not None:
            query = query.where(FollowUp.trip_id == trip_id)
        if contact_id is not None:
            query = query.where(FollowUp.contact_id == contact_id)
        if city_id is not None:
            query = query.where(or_(FollowUp.city_id == city_id, exists().where(
                TripDestination.trip_id == FollowUp.trip_id,
                TripDestination.city_id == city_id)))
        return query

    with store.read() as s:
        return follow_up_rows(s, narrow)


def open_follow_ups_about(store: Store, city_ids: Collection[int],
                          contact_ids: Collection[int]) -> list[dto.FollowUpRow]:
    """Open follow-ups that concern any of these cities (their own city or a destination
    of their trip) or contacts, by due date, in one query (a briefing asks for all its
    destinations and counterparts at once)."""
    cities, people = list(city_ids), list(contact_ids)
    if not cities and not people:
        return []

    def narrow(query: Any) -> Any:
        about = or_(FollowUp.city_id.in_(cities), FollowUp.contact_id.in_(people),
                    exists().where(TripDestination.trip_id == FollowUp.trip_id,
                                   TripDestination.city_id.in_(cities)))
        return query.where(FollowUp.status.in_(OPEN), about)

    with store.read() as s:
        return follow_up_rows(s, narrow)


def get_follow_up(store: Store, follow_up_id: int) -> dto.FollowUpRow:
    """One follow-up as the lists show it (for an editor's reread); NotFoundError once
    it is gone."""
    with store.read() as s:
        found = follow_up_rows(s, lambda query: query.where(FollowUp.id == follow_up_id))
    if not found:
        raise not_found("follow-up", follow_up_id)
    return found[0]


def _completion(f: FollowUp, values: dict[str, Any], today: date) -> None:
    """Done today (in the home city) unless a date is given; reopening clears the date."""
    status = values.get("status", f.status)
    if status == FollowUpStatus.DONE and not values.get("completed_on", f.completed_on):
        values["completed_on"] = today
    elif status in OPEN and "completed_on" not in values:
        values["completed_on"] = None


def _concerns(s: Session, f: FollowUp, data: Mapping[str, Any]) -> None:
    """City, contact and goals; a new follow-up of a trip concerns its first destination."""
    link_given(s, f, data, city=City, contact=Contact)
    if "goals" in data:
        f.goals = _goals(s, data["goals"])


def add_follow_up(store: Store, trip_id: int | None, data: Mapping[str, Any]) -> dto.FollowUpRow:
    """A new action; `city`, `contact` and `goals` are ids. Without `city`, a trip's
    follow-up concerns the trip's first destination."""
    today = home_today(store)
    with store.transaction() as s:
        trip = fetch(s, Trip, trip_id, "trip") if trip_id is not None else None
        data = ref_for(s, FollowUp, data, str(data.get("action") or ""), "follow-up",
                       trip_id=trip_id)
        values = clean(FOLLOW_UP, data)
        ref_taken(s, FollowUp, values["ref"], None, trip_id=trip_id)
        f = FollowUp(trip=trip)
        _completion(f, values, today)
        assign(f, values)
        _concerns(s, f, data)
        if "city" not in data and trip is not None and trip.destination_links:
            f.city = trip.destination_links[0].city
        s.add(f)
        s.flush()
        return follow_up_row(f)


def update_follow_up(store: Store, follow_up_id: int,
                     changes: Mapping[str, Any]) -> dto.FollowUpRow:
    """Change the fields given; marking it done dates the completion."""
    today = home_today(store)
    with store.transaction() as s:
        f = fetch(s, FollowUp, follow_up_id, "follow-up")
        values = clean(FOLLOW_UP, changes, partial=True)
        _completion(f, values, today)
        assign_checked(s, f, values, trip_id=f.trip_id)
        _concerns(s, f, changes)
        s.flush()
        return follow_up_row(f)


def set_follow_up_status(store: Store, follow_up_id: int,
                         status: FollowUpStatus | str) -> dto.FollowUpRow:
    """Open, in progress, done (dated today) or dropped."""
    return update_follow_up(store, follow_up_id,
                            {"status": enum(FollowUpStatus)(status, "status")})


def delete_follow_up(store: Store, follow_up_id: int) -> None:
    """Remove a follow-up (dropping it keeps the record instead)."""
    delete_row(store, FollowUp, follow_up_id, "follow-up")


# ---------------------------------------------------------------------------- the tracker


class DueWindow(StrEnum):
    """Which due dates the tracker shows."""

    ANY = "any"
    OVERDUE = "overdue"  # open or in progress, due before today
    THIS_WEEK = "this_week"  # open or in progress, due today until Sunday
    NEXT_30_DAYS = "next_30_days"  # open or in progress, due today and the next 30 days
    UNDATED = "undated"


@dataclass(frozen=True)
class FollowUpFilter:
    """What the Follow-ups section narrows its list by (None or empty: everything)."""

    owner: str = ""
    city_id: int | None = None
    trip_id: int | None = None
    goal_id: int | None = None
    statuses: frozenset[FollowUpStatus] = frozenset()
    window: DueWindow = DueWindow.ANY
    search: str = ""


@dataclass(frozen=True)
class DueSummary:
    """What the status bar and the start of the day say."""

    overdue: int
    this_week: int
    open: int


def home_today(store: Store, now: datetime | None = None) -> date:
    """Today's date in the home city (where the office works), for due dates."""
    home = get_home(store)
    zone_name = home.timezone if home is not None else DEFAULT_ZONE
    moment = now if now is not None else datetime.now(UTC)
    return to_local(moment, zone_name).date()


def is_overdue(row: dto.FollowUpRow, today: date) -> bool:
    """Still to do and due before today."""
    return row.status in OPEN and row.due is not None and row.due < today


def week_end(today: date) -> date:
    """The Sunday of today's week."""
    return today + timedelta(days=6 - today.weekday())


def in_window(row: dto.FollowUpRow, window: DueWindow, today: date) -> bool:
    if window == DueWindow.ANY:
        return True
    if window == DueWindow.UNDATED:
        return row.due is None
    if window == DueWindow.OVERDUE:
        return is_overdue(row, today)
    last = week_end(today) if window == DueWindow.THIS_WEEK else today + timedelta(days=30)
    return row.status in OPEN and row.due is not None and today <= row.due <= last


_TABLE = FollowUp.__table__.c


def due_conditions(window: DueWindow, today: date) -> list[Any]:
    """`in_window` as conditions for the database (on the table's columns: the start
    page counts with them before any mapper is configured)."""
    if window == DueWindow.ANY:
        return []
    if window == DueWindow.UNDATED:
        return [_TABLE.due.is_(None)]
    still = _TABLE.status.in_(OPEN)
    if window == DueWindow.OVERDUE:
        return [still, _TABLE.due < today]
    last = week_end(today) if window == DueWindow.THIS_WEEK else today + timedelta(days=30)
    return [still, _TABLE.due >= today, _TABLE.due <= last]


def _spellings(s: Session, owner: str) -> list[str]:
    """The stored spellings of an owner that differ from `owner` only in case or accents
    (the few distinct owners are folded here, the follow-ups are not)."""
    wanted = fold(owner.strip())
    return [n for n in s.scalars(select(FollowUp.owner).distinct())
            if n is not None and fold(n.strip()) == wanted]


def _narrowed(s: Session, query: Any, flt: FollowUpFilter, today: date) -> Any:
    """`query` narrowed to what the filter keeps, all of it in the database."""
    if flt.trip_id is not None:
        query = query.where(FollowUp.trip_id == flt.trip_id)
    if flt.city_id is not None:
        query = query.where(or_(FollowUp.city_id == flt.city_id, exists().where(
            TripDestination.trip_id == FollowUp.trip_id, TripDestination.city_id == flt.city_id)))
    if flt.goal_id is not None:
        query = query.where(FollowUp.goals.any(Goal.id == flt.goal_id))
    if flt.statuses:
        query = query.where(FollowUp.status.in_(list(flt.statuses)))
    if flt.owner.strip():
        query = query.where(FollowUp.owner.in_(_spellings(s, flt.owner)))
    return query.where(*due_conditions(flt.window, today),
                       *matching_follow_ups(FollowUp.id, search_terms(flt.search)))


#: The columns the tracker can be sorted by (the table's columns, in their order).
SORTABLE = ("action", "owner", "due", "status", "trip", "city", "contact", "goals")


def _sort_key(sort: str) -> list[Any]:
    """The database's key for a SORTABLE column (names case-blind, undated last)."""
    if sort == "due":
        return [FollowUp.due.is_(None), FollowUp.due]
    if sort == "status":
        return [case({status: n for n, status in enumerate(FollowUpStatus)},
                     value=FollowUp.status)]
    if sort == "goals":  # the goals are shown in their order: the first one counts
        first = (select(func.min(Goal.position)).join(follow_up_goal,
                                                      follow_up_goal.c.goal_id == Goal.id)
                 .where(follow_up_goal.c.follow_up_id == FollowUp.id).scalar_subquery())
        return [first.is_(None), first]
    folded = {"action": FollowUp.sort_action, "owner": FollowUp.sort_owner,  # model.sorting
              "city": FollowUp.sort_city, "trip": Trip.sort_title, "contact": Contact.sort_name}
    return [func.coalesce(folded[sort], "")]


def _order(sort: str | None, descending: bool) -> list[Any]:
    """The list's order: by `sort` (one of SORTABLE), then by due date; ties by id."""
    if sort is None:
        return list(FOLLOW_UP_ORDER)
    if sort not in SORTABLE:
        raise ValidationError("sort", N_("cannot sort by '{value}'"), value=sort)
    keys = [*_sort_key(sort), *FOLLOW_UP_ORDER]
    return [k.desc() for k in keys] if descending else keys


def filter_follow_ups(store: Store, flt: FollowUpFilter, today: date | None = None,
                      limit: int | None = None, offset: int = 0, sort: str | None = None,
                      descending: bool = False) -> list[dto.FollowUpRow]:
    """The tracker's list, filtered, sorted and paged by the database: by due date
    (undated last) or by `sort` (one of SORTABLE); `today` in the home city. The search
    finds words by their beginning, folded ("mueller" finds Müller), in what is shown of
    a follow-up: action, owner, notes, trip, city and contact."""
    today = today or home_today(store)
    order = _order(sort, descending)
    with store.read() as s:
        return follow_up_rows(s, lambda query: _narrowed(s, query, flt, today), order,
                              limit, offset)


def count_follow_ups(store: Store, flt: FollowUpFilter, today: date | None = None) -> int:
    """How many follow-ups `filter_follow_ups` would give without limit."""
    today = today or home_today(store)
    with store.read() as s:
        query = _narrowed(s, select(func.count(FollowUp.id)), flt, today)
        return int(s.scalar(query) or 0)


def due_summary(store: Store, today: date | None = None) -> DueSummary:
    """How many follow-ups are overdue, due this week, and open at all (counted by the
    database)."""
    today = today or home_today(store)
    query = select(func.count(_TABLE.id).filter(*due_conditions(DueWindow.OVERDUE, today)),
                   func.count(_TABLE.id).filter(*due_conditions(DueWindow.THIS_WEEK, today)),
                   func.count(_TABLE.id)).where(_TABLE.status.in_(OPEN))
    with store.read() as s:
        overdue, this_week, still_open = s.execute(query).one()
    return DueSummary(overdue=int(overdue), this_week=int(this_week), open=int(still_open))


def owners(store: Store) -> list[str]:
    """Everyone who owns a follow-up, for the owner filter (spellings that differ only
    in case or accents once)."""
    with store.read() as s:
        names = {n.strip() for n in s.scalars(select(FollowUp.owner).distinct()) if n}
    chosen: dict[str, str] = {}
    for name in sorted((n for n in names if n), key=sort_key):
        chosen.setdefault(fold(name), name)
    return list(chosen.values())


def set_status_many(store: Store, follow_up_ids: Sequence[int], status: FollowUpStatus | str,
                    today: date | None = None) -> list[dto.FollowUpRow]:
    """Give several follow-ups one status, all or none; the rows as they were before
    (for undo: `restore_follow_ups`)."""
    new = enum(FollowUpStatus)(status, "status")
    today = today or home_today(store)
    with store.transaction() as s:
        before = []
        for ident in id_list(list(follow_up_ids), "follow_ups"):
            f = fetch(s, FollowUp, ident, "follow-up")
            before.append(follow_up_row(f))
            values: dict[str, Any] = {"status": new}
            _completion(f, values, today)
            assign(f, values)
        s.flush()
        return before


def restore_follow_ups(store: Store, rows: Sequence[dto.FollowUpRow]) -> None:
    """Put back the status and completion date the rows had (one transaction)."""
    with store.transaction() as s:
        for row in rows:
            f = fetch(s, FollowUp, row.id, "follow-up")
            f.status, f.completed_on = row.status, row.completed_on
        s.flush()


CSV_COLUMNS = (
    ("action", N_("Action")), ("owner", N_("Owner")), ("due", N_("Due")),
    ("status", N_("State")), ("trip", N_("Trip")), ("city", N_("City")),
    ("contact", N_("Contact")), ("goals", N_("Goals")), ("notes", N_("Notes")),
    ("completed_on", N_("Completed on")), ("ref", N_("Ref")),
)
STATUS_NAMES = {
    FollowUpStatus.OPEN: N_("open"), FollowUpStatus.IN_PROGRESS: N_("in progress"),
    FollowUpStatus.DONE: N_("done"), FollowUpStatus.DROPPED: N_("dropped"),
}


def _cells(row: dto.FollowUpRow, goal_names: Mapping[int, str],
           language: str | None) -> dict[str, str]:
    return {
        "action": row.action, "owner": row.owner,
        "due": row.due.isoformat() if row.due else "",
        "status": gettext(STATUS_NAMES[row.status], language), "trip": row.trip_title,
        "city": row.city_name, "contact": row.contact_name,
        "goals": ", ".join(goal_names.get(g, "") for g in row.goal_ids),
        "notes": row.notes, "ref": row.ref,
        "completed_on": row.completed_on.isoformat() if row.completed_on else "",
    }


def write_follow_ups_csv(store: Store, rows: Sequence[dto.FollowUpRow], path: str | Path,
                         language: str | None = None) -> int:
    """Write the (filtered) list to `path` as CSV for spreadsheets (UTF-8 with BOM, ';',
    formula-like cells escaped); how many rows were written."""
    with store.read() as s:
        goal_names = {g.id: f"{g.code} {g.name}".strip() for g in s.scalars(select(Goal))}
    from delegations.exchange.csvfile.writer import table_text

    text = table_text(CSV_COLUMNS, [_cells(r, goal_names, language) for r in rows], language)
    write_atomic(path, text.encode("utf-8-sig"))
    return len(rows)


ICS_STATUS = {
    FollowUpStatus.OPEN: "NEEDS-ACTION", FollowUpStatus.IN_PROGRESS: "IN-PROCESS",
    FollowUpStatus.DONE: "COMPLETED", FollowUpStatus.DROPPED: "CANCELLED",
}
ICS_PRODID = "-//Delegations//Delegations follow-ups 1.0//EN"


def _todo(row: dto.FollowUpRow, trip_refs: Mapping[int, str], language: str | None,
          stamp: datetime) -> Todo:
    """One follow-up as a VTODO: a stable UID, the due day, the status, who and what."""
    from icalendar import Todo

    todo = Todo()
    scope = trip_refs.get(row.trip_id or 0, "office")
    todo.add("uid", f"{scope}-{row.ref}@delegations")
    todo.add("dtstamp", stamp)
    todo.add("summary", row.action)
    if row.due is not None:
        todo.add("due", row.due)
    todo.add("status", ICS_STATUS[row.status])
    if row.completed_on is not None and row.status == FollowUpStatus.DONE:
        todo.add("completed", datetime(row.completed_on.year, row.completed_on.month,
                                       row.completed_on.day, 12, tzinfo=UTC))
    label = dict(CSV_COLUMNS)
    lines = [("owner", row.owner), ("trip", row.trip_title), ("city", row.city_name),
             ("contact", row.contact_name), ("notes", row.notes)]
    text = "\n".join(f"{gettext(label[key], language)}: {value}"
                     for key, value in lines if value)
    if text:
        todo.add("description", text)
    return todo


def follow_ups_ics(store: Store, rows: Sequence[dto.FollowUpRow], language: str | None = None,
                   now: datetime | None = None) -> bytes:
    """The follow-ups as iCalendar to-dos (RFC 5545 VTODO) for task lists and calendars."""
    with store.read() as s:
        trip_refs = {ident: ref for ident, ref in s.execute(select(Trip.id, Trip.ref))}
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", ICS_PRODID)
    calendar.add("version", "2.0")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    for row in rows:
        calendar.add_component(_todo(row, trip_refs, language, stamp))
    return calendar.to_ical()


def write_follow_ups_ics(store: Store, rows: Sequence[dto.FollowUpRow], path: str | Path,
                         language: str | None = None) -> int:
    """Write the (filtered) list to `path` as iCalendar to-dos; how many were written."""
    write_atomic(path, follow_ups_ics(store, rows, language))
    return len(rows)
