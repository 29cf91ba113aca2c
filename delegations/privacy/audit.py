"""The audit log, written by the store's sessions themselves for every flush.

Each inserted, changed or deleted row becomes one AuditEntry: when (UTC), who (the
operating-system user unless `acting_as` says otherwise), the table, the row's key, and
the *names* of the fields set or changed. Values are never copied, so the log holds no
personal data and survives an erasure intact. Bulk statements run through the session
(merging duplicates) are logged per table.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from delegations.i18n import N_, gettext
from delegations.model import AuditEntry
from delegations.storage.store import Store, watch_sessions

_actor: ContextVar[str | None] = ContextVar("audit-actor", default=None)
_reason: ContextVar[str] = ContextVar("audit-reason", default="")
_TABLE = AuditEntry.__tablename__
#: Bookkeeping columns, not the planner's changes.
_UNLOGGED = frozenset({"row_version"})


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as the window shows it."""

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    key: str
    fields: tuple[str, ...]
    detail: str


def system_user() -> str:
    """The account this process runs as ('unknown' where the system cannot say): asked of
    the system itself, not of variables such as LOGNAME that anyone can set."""
    try:
        if os.name == "nt":
            return os.getlogin()
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (KeyError, OSError, ImportError):
        try:
            return getpass.getuser()
        except (KeyError, OSError, ImportError):
            return "unknown"


def current_actor(session: Session | None = None) -> str:
    """Who makes the change: `acting_as`'s actor if given; on a server database the
    database role (each planner signs in as their own); else the system account."""
    actor = _actor.get()
    if actor:
        return actor
    if session is not None and session.get_bind().dialect.name != "sqlite":
        if "db_role" not in session.info:
            session.info["db_role"] = str(
                session.connection().exec_driver_sql("SELECT current_user").scalar())
        return str(session.info["db_role"])
    return system_user()


@contextlib.contextmanager
def acting_as(actor: str | None = None, reason: str = "") -> Iterator[None]:
    """Changes made inside are logged under `actor`, with `reason` as their action."""
    token_a = _actor.set(actor or None)
    token_r = _reason.set(reason)
    try:
        yield
    finally:
        _actor.reset(token_a)
        _reason.reset(token_r)


def _key(obj: Any) -> str:
    identity = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(part) for part in identity if part is not None)


def _set_fields(obj: Any) -> list[str]:
    """Columns given a value on insert (names only)."""
    state = inspect(obj)
    out = []
    for attr in state.mapper.column_attrs:
        value = state.dict.get(attr.key)
        if (value is not None and value != "" and not attr.columns[0].primary_key
                and attr.key not in _UNLOGGED):
            out.append(attr.key)
    return out


def _changed_fields(obj: Any) -> list[str]:
    state = inspect(obj)
    return [a.key for a in state.attrs if a.history.has_changes() and a.key not in _UNLOGGED]


def _entry(action: str, entity: str, key: str, fields: list[str], detail: str = "",
           session: Session | None = None) -> dict:
    reason = _reason.get()
    if reason and action == "update":
        action = reason
    if reason in ("anonymise", "retention"):
        fields = []  # which fields a person had (mobility, diet) is itself personal data
    return {"at": datetime.now(UTC), "actor": current_actor(session), "action": action,
            "entity": entity, "key": key, "fields": ",".join(fields),
            "detail": detail or (reason if reason and reason != action else "")}


def _after_flush(session: Session, _context: Any) -> None:
    rows = []
    for action, objects in (("create", session.new), ("update", session.dirty),
                            ("delete", session.deleted)):
        for obj in objects:
            entity = obj.__tablename__
            if entity == _TABLE:
                continue
            if action == "update":
                fields = _changed_fields(obj)
                if not fields:
                    continue
            else:
                fields = _set_fields(obj) if action == "create" else []
            rows.append(_entry(action, entity, _key(obj), fields, session=session))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", "")
    if not name or name == _TABLE:
        return
    action = "create" if state.is_insert else "update" if state.is_update else "delete"
    state.session.connection().execute(
        insert(AuditEntry), [_entry(action, name, "", [], detail="bulk", session=state.session)])


def watch(sessions: sessionmaker[Session]) -> None:
    """Log every change made through sessions from `sessions` (called by each store as
    it opens, once this module has registered with watch_sessions below)."""
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)


watch_sessions(watch)


def record(store: Store, action: str, entity: str, key: str = "",
           fields: tuple[str, ...] | list[str] = (), detail: str = "") -> None:
    """Log an event the hook cannot see (an export, a retention run); no values.

    A store opened read-only cannot take the entry; the event then goes unlogged.
    """
    if store.read_only:
        return
    with store.transaction() as s:
        s.connection().execute(insert(AuditEntry),
                               [_entry(action, entity, key, list(fields), detail, s)])


def _narrowed(query: Any, entity: str | None, start: datetime | None,
              end: datetime | None) -> Any:
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if start is not None:
        query = query.where(AuditEntry.at >= start)
    if end is not None:
        query = query.where(AuditEntry.at < end)
    return query


def list_audit(store: Store, entity: str | None = None, start: datetime | None = None,
               end: datetime | None = None, limit: int | None = 20000,
               offset: int = 0) -> list[AuditRow]:
    """Entries newest first; `start` inclusive and `end` exclusive (aware datetimes); a
    page of them with `limit` and `offset` (the log grows with every change)."""
    query = _narrowed(select(AuditEntry), entity, start, end).order_by(
        AuditEntry.at.desc(), AuditEntry.id.desc()).offset(offset or None).limit(limit)
    with store.read() as s:
        return [AuditRow(e.id, e.at, e.actor, e.action, e.entity, e.key,
                         tuple(f for f in e.fields.split(",") if f), e.detail)
                for e in s.scalars(query)]


def count_audit(store: Store, entity: str | None = None, start: datetime | None = None,
                end: datetime | None = None) -> int:
    """How many entries `list_audit` would give without limit."""
    with store.read() as s:
        return int(s.scalar(_narrowed(select(func.count(AuditEntry.id)), entity, start,
                                      end)) or 0)


#: What the log's field names (the model's attributes) are called on screen; a field not
#: named here is shown as stored.
FIELD_LABELS = {
    "name": N_("Name"), "honorific": N_("Honorific"), "title": N_("Title"),
    "function": N_("Function"), "organisation": N_("Organisation"), "city_id": N_("City"),
    "email": N_("E-mail"), "phone": N_("Phone"), "languages": N_("Languages"),
    "address_form": N_("Form of address"), "bio": N_("Biography"), "notes": N_("Notes"),
    "role": N_("Role"), "status": N_("Status"), "registered_at": N_("Registered"),
    "diet": N_("Diet"), "mobility": N_("Mobility"), "ref": N_("Ref"),
    "action": N_("Action"), "owner": N_("Owner"), "due": N_("Due"),
    "completed_on": N_("Completed on"), "trip_id": N_("Trip"), "contact_id": N_("Contact"),
    "start_date": N_("Start"), "end_date": N_("End"), "kind": N_("Kind"),
    "country": N_("Country"), "timezone": N_("Time zone"), "description": N_("Description"),
    "location": N_("Location"), "address": N_("Address"),
    "accommodation": N_("Hotels"), "agenda": N_("Programme"), "travel": N_("Travel"),
    "participants": N_("Participants"), "goals": N_("Goals"), "purpose": N_("Purpose"),
    "objectives": N_("Aims"), "destination_links": N_("Destinations"),
    "start_utc": N_("Start"), "end_utc": N_("End"), "depart_utc": N_("Departure"),
    "arrive_utc": N_("Arrival"), "depart_timezone": N_("Departure time zone"),
    "arrive_timezone": N_("Arrival time zone"), "mode": N_("Means of travel"),
    "carrier": N_("Carrier"), "number": N_("Number"), "origin": N_("From"),
    "destination": N_("Destination"), "booking_ref": N_("Booking reference"),
    "check_in": N_("Check-in"), "check_out": N_("Check-out"), "capacity": N_("Places"),
    "budget_cents": N_("Budget"), "value_cents": N_("Value"), "currency": N_("Currency"),
    "funding_source": N_("Funding"), "confidential": N_("Confidential"), "date": N_("Date"),
    "direction": N_("Direction"), "dress_code": N_("Dress code"),
    "talking_points": N_("Talking points"), "topics": N_("Topics"), "text": N_("Text"),
    "responsible": N_("Responsible"), "relation": N_("Relation"), "since": N_("Since"),
    "counterpart": N_("Counterpart"), "code": N_("Code"), "example": N_("Example"),
    "language": N_("Language"), "letterhead": N_("Letterhead"), "office": N_("Office"),
    "name_en": N_("Name (English)"), "parent_id": N_("Parent goal"),
    "position": N_("Place in order"), "precedence": N_("Precedence"),
    "actor": N_("Who"), "at": N_("When"), "entity": N_("Record type"), "key": N_("Record"),
    "fields": N_("Fields"), "detail": N_("Details"), "actual_cents": N_("Actual amount"),
    "planned_cents": N_("Planned amount"), "address_spoken": N_("Spoken address"),
    "spoken": N_("Spoken address"), "agenda_item": N_("Programme item"),
    "agenda_item_id": N_("Programme item"), "item": N_("Programme item"),
    "apart": N_("Kept apart"), "first_id": N_("Kept apart"), "second_id": N_("Kept apart"),
    "attachments": N_("Attachments"), "copied": N_("Copied file"), "outcome_id": N_("Outcome"),
    "attendees": N_("Attendees"), "billing": N_("Billing"),
    "bio_en": N_("Biography (English)"), "both_sides": N_("Seated on both sides"),
    "category": N_("Category"), "cities": N_("Cities"), "city": N_("City"),
    "contact": N_("Contact"), "contacts": N_("Contacts"),
    "counterpart_links": N_("Counterparts"), "couples_together": N_("Couples together"),
    "decision": N_("Decision"), "delegation": N_("Delegation"), "driver": N_("Driver"),
    "driver_phone": N_("Driver's phone"), "emergency": N_("Emergency numbers"),
    "envelope": N_("Envelope"), "salutation": N_("Salutation"),
    "expected_asks": N_("Expected requests"), "external_uid": N_("Calendar ID"),
    "function_en": N_("Function (English)"), "funding": N_("Funding"), "guests": N_("Guests"),
    "head": N_("Head of table"), "interpreter": N_("Interpreter"),
    "interpreters_at_table": N_("Interpreters at the table"), "kept_at": N_("Kept at"),
    "key_messages": N_("Key messages"), "liaison": N_("Liaison"), "locked": N_("Seat fixed"),
    "logistics": N_("Logistics"), "logo_path": N_("Logo"),
    "name_latin": N_("Name in Latin letters"), "nationality": N_("Nationality"),
    "note": N_("Note"), "objectives_en": N_("Aims (English)"),
    "our_person": N_("Our giver or recipient"), "participant": N_("Participant"),
    "participant_id": N_("Participant"), "partner_id": N_("Partner"),
    "passport_name": N_("Name in passport"), "passport_number": N_("Passport number"),
    "photo_path": N_("Photo"), "plan": N_("Seating plan"), "plan_id": N_("Seating plan"),
    "press_line": N_("Press line"), "purpose_en": N_("Purpose (English)"), "rank": N_("Rank"),
    "room_requests": N_("Room requests"), "room_share": N_("Shares a room with"),
    "room_type": N_("Room type"), "seat": N_("Seat"), "seats": N_("Seats"),
    "serves_id": N_("Interprets for"), "shape": N_("Table shape"), "table": N_("Table"),
    "table_id": N_("Table"), "tables": N_("Tables"),
    "talking_points_en": N_("Talking points (English)"), "thanked": N_("Thanked"),
    "title_en": N_("Title (English)"), "travellers": N_("Travellers"), "trip": N_("Trip"),
    "value": N_("Value"), "vehicle": N_("Car"), "vehicle_id": N_("Car"),
}


def field_label(field: str, language: str | None = None) -> str:
    """A logged field's name in `language` (the stored name when it has no label)."""
    label = FIELD_LABELS.get(field)
    return field if label is None else gettext(label, language)


def audit_entities(store: Store) -> list[str]:
    """The tables that have entries, for the viewer's filter."""
    with store.read() as s:
        return sorted(s.scalars(select(AuditEntry.entity).distinct()))
