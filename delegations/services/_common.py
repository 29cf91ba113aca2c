"""Small helpers every service needs: lookups, generated refs, id lists.

Kept private so the services share one way of saying "not found" and one way of making a
readable ref. (Search folding, which the window and the exchange need too, is public:
delegations.folding.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from delegations.errors import InUseError, NotFoundError, ValidationError
from delegations.i18n import N_
from delegations.model import Base, Trip
from delegations.services import versions
from delegations.timezones import to_local
from delegations.validation import clean

if TYPE_CHECKING:
    from delegations.storage.store import Store

M = TypeVar("M", bound=Base)
T = TypeVar("T")

_NON_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_LIMIT = 48


def slugify(text: str, fallback: str) -> str:
    """A readable ASCII ref from a name; `fallback` when nothing ASCII is left (杭州)."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")[:SLUG_LIMIT].strip("-")
    return slug or fallback


def unique_ref(session: Session, model: type[Base], text: str, fallback: str,
               **scope: Any) -> str:
    """A ref for a new row from `text`, with -2, -3… on a clash; `scope` limits the
    uniqueness (e.g. trip_id for refs inside a trip)."""
    base = slugify(text, fallback)
    column = model.__table__.c.ref
    query = select(column).where(column.startswith(base, autoescape=True))
    for name, value in scope.items():
        query = query.where(model.__table__.c[name] == value)
    taken = set(session.scalars(query))
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def ref_for(session: Session, model: type[Base], data: Mapping[str, Any], text: str,
            fallback: str, **scope: Any) -> dict[str, Any]:
    """`data` with a `ref`: the given one, or one made from `text`."""
    out = dict(data)
    if not out.get("ref"):
        out["ref"] = unique_ref(session, model, text, fallback, **scope)
    return out


#: One whole sentence per kind of thing, so that each translates properly.
NOT_FOUND = {
    "trip": N_("There is no trip with id {id}."),
    "city": N_("There is no city with id {id}."),
    "contact": N_("There is no contact with id {id}."),
    "goal": N_("There is no goal with id {id}."),
    "participant": N_("There is no participant with id {id}."),
    "agenda item": N_("There is no agenda item with id {id}."),
    "travel leg": N_("There is no travel leg with id {id}."),
    "accommodation": N_("There is no accommodation with id {id}."),
    "outcome": N_("There is no outcome with id {id}."),
    "follow-up": N_("There is no follow-up with id {id}."),
    "gift": N_("There is no gift with id {id}."),
    "budget line": N_("There is no budget line with id {id}."),
}


def not_found(what: str, ident: object) -> NotFoundError:
    """The NotFoundError for an id of the kind `what` (a NOT_FOUND key)."""
    return NotFoundError(NOT_FOUND[what], id=ident)


def fetch(session: Session, model: type[M], ident: int, what: str) -> M:
    """The row with that id, or NotFoundError naming what was looked for (a NOT_FOUND key)."""
    row = session.get(model, ident) if isinstance(ident, int) else None
    if row is None:
        raise not_found(what, ident)
    return row


def id_list(value: Any, field: str) -> list[int]:
    """A list of distinct integer ids from input (None means empty)."""
    if value is None:
        return []
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ValidationError(field, N_("must be a list of ids"))
    ids: list[int] = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int):
            raise ValidationError(field, N_("'{value}' is not an id"), value=item)
        if item in ids:
            raise ValidationError(field, N_("{value} is listed twice"), value=item)
        ids.append(item)
    return ids


def fetch_many(session: Session, model: type[M], ids: Sequence[int], field: str) -> list[M]:
    """The rows for `ids` in the given order; an unknown id is a ValidationError on `field`."""
    if not ids:
        return []
    found = {row.id: row for row in session.scalars(  # type: ignore[attr-defined]
        select(model).where(model.id.in_(ids)))}  # type: ignore[attr-defined]
    for ident in ids:
        if ident not in found:
            raise ValidationError(field, N_("{value} does not exist"), value=ident)
    return [found[ident] for ident in ids]


def optional_id(value: Any, field: str) -> int | None:
    """One id or None from input."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, N_("'{value}' is not an id"), value=value)
    return value


REF_USED = N_("'{ref}' is already used")
REF_USED_IN_TRIP = N_("'{ref}' is already used in this trip")


def ref_taken(s: Session, model: Any, ref: str, own_id: int | None = None, *,
              message: str = REF_USED, **scope: Any) -> None:
    """Refuse `ref` when another row (within `scope`, e.g. the same trip) has it;
    `own_id` is the row being edited."""
    query = select(model.id).where(model.ref == ref)
    for name, value in scope.items():
        column = getattr(model, name)
        query = query.where(column.is_(None) if value is None else column == value)
    other = s.scalar(query)
    if other is not None and other != own_id:
        raise ValidationError("ref", message, ref=ref)


def linked(s: Session, model: Any, data: Mapping[str, Any], field: str) -> Any:
    """The row whose id is in `data[field]` (None stays None); an unknown id is refused."""
    ident = optional_id(data.get(field), field)
    if ident is None:
        return None
    row = s.get(model, ident)
    if row is None:
        raise ValidationError(field, N_("{value} does not exist"), value=ident)
    return row


def link_given(s: Session, row: Base, data: Mapping[str, Any], **models: Any) -> None:
    """Point each relation of `row` named in `data` (relation=Model) at the row whose id
    is given there; None unlinks, a relation not in `data` stays as it is."""
    for field, model in models.items():
        if field in data:
            setattr(row, field, linked(s, model, data, field))


def assign(row: Base, values: Mapping[str, Any]) -> None:
    """Copy cleaned column values onto an ORM row."""
    for name, value in values.items():
        setattr(row, name, value)


def add_checked(s: Session, model: type[M], values: Mapping[str, Any], *,
                message: str = REF_USED, **scope: Any) -> M:
    """A new row of cleaned `values` in `scope` (e.g. its trip), added to the session; its
    ref must be free there."""
    ref_taken(s, model, values["ref"], message=message, **scope)
    row = model(**values, **scope)
    s.add(row)
    return row


def assign_checked(s: Session, row: Any, values: Mapping[str, Any], *,
                   message: str = REF_USED, **scope: Any) -> None:
    """Copy cleaned values onto a row being edited; a new ref must stay free (in `scope`)."""
    if "ref" in values:
        ref_taken(s, type(row), values["ref"], row.id, message=message, **scope)
    assign(row, values)


Adjust = Callable[[Session, dict[str, Any]], None]


def create_record(store: Store, model: type[M], what: str, rules: Mapping[str, Any],
                  data: Mapping[str, Any], label: str, convert: Callable[[M], T], *,
                  message: str = REF_USED, adjust: Adjust | None = None) -> T:
    """A new directory record of cleaned `data` (a missing ref made from `label`), after
    `adjust` has set what cleaning cannot (links by id); as `convert` makes it."""
    with store.transaction() as s:
        values = clean(rules, ref_for(s, model, data, label, what))
        if adjust is not None:
            adjust(s, values)
        row = add_checked(s, model, values, message=message)
        s.flush()
        return convert(row)


def update_record(store: Store, model: type[M], ident: int, what: str,
                  rules: Mapping[str, Any], changes: Mapping[str, Any],
                  convert: Callable[[M], T], *, message: str = REF_USED,
                  adjust: Adjust | None = None, per_trip: bool = False) -> T:
    """Change the fields of a record that `changes` gives (a new ref must be free in the
    store, or `per_trip` in its trip), after `adjust` has set what cleaning cannot; as
    `convert` makes it."""
    with store.transaction() as s:
        row = fetch(s, model, ident, what)
        values = clean(rules, changes, partial=True)
        if adjust is not None:
            adjust(s, values)
        scope = {"trip_id": cast(Any, row).trip_id} if per_trip else {}
        assign_checked(s, row, values, message=message, **scope)
        s.flush()
        return convert(row)


def trip_rows(s: Session, model: type[M], trip_id: int, *order: Any,
              load: Sequence[Any] = ()) -> list[M]:
    """A trip's rows of `model` by `order`, then as entered; NotFoundError if the trip is
    gone (an empty list would hide that)."""
    fetch(s, Trip, trip_id, "trip")
    owned: Any = model  # every model a trip owns has trip_id and id
    query = select(model).where(owned.trip_id == trip_id).options(*load)
    return list(s.scalars(query.order_by(*order, owned.id)))


def trip_list(store: Store, model: type[M], trip_id: int, convert: Callable[[M], T],
              *order: Any, load: Sequence[Any] = ()) -> list[T]:
    """A trip's rows of `model` as the service's plain rows, read in one session (see
    trip_rows)."""
    with store.read() as s:
        return [convert(row) for row in trip_rows(s, model, trip_id, *order, load=load)]


def delete_referred(s: Session, row: Base, message: str, **names: Any) -> None:
    """Delete `row` now; if other records still refer to it (the database refuses),
    InUseError(message) instead (the caller's transaction is rolled back)."""
    try:
        s.delete(row)
        s.flush()
    except IntegrityError as exc:
        raise InUseError(message, **names) from exc


def delete_row(store: Store, model: type[Base], ident: int, what: str) -> None:
    """Delete one row by id in its own transaction (what goes with it is the model's
    cascade); a missing one is NotFoundError naming `what`."""
    with store.transaction() as s:
        s.delete(fetch(s, model, ident, what))
        s.flush()


def merge_times(changes: Mapping[str, Any], current: Mapping[str, tuple[datetime, str]],
                zones: Mapping[str, str]) -> dict[str, Any]:
    """`changes` completed with the stored local times and zones, for re-cleaning.

    `current` maps each time field to (UTC instant, name of its zone field); `zones`
    maps zone fields to the stored zone. A time whose zone changes keeps its wall-clock
    reading (naive); one whose zone stays keeps its instant (aware, so that a time
    settled with an offset in a daylight-saving overlap stays valid).
    """
    merged: dict[str, Any] = {key: changes.get(key, zones[key]) for key in zones}
    for key, (instant, zone_key) in current.items():
        local = to_local(instant, zones[zone_key])
        merged[key] = local.replace(tzinfo=None) if zone_key in changes else local
    merged.update(changes)
    return merged


def expect_version(s: Session, obj: Any, version: int | None) -> None:
    """ConflictError, naming who changed `obj` last and when, if its row is no longer at
    `version` (the one the planner's window read); None: no check (a new reading)."""
    if version is not None and obj.row_version != version:
        raise versions.conflict(s, obj)
