"""The programme's changes as undoable actions: one short method per user action.

Undoing a deletion creates the record again under a new id; an IdMap (as in the
directory) lets older commands find it where it lives now.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from delegations.services import agenda, travel
from delegations.services.dto import AgendaRow, StayRow, TravelRow
from ui.common.ops import IdMap, changed
from ui.context import AppContext, Change
from ui.undo import perform_update, record_added, record_removed

R = TypeVar("R", AgendaRow, TravelRow, StayRow)  # a record the programme adds

AGENDA_TEXT = ("title", "location", "address", "responsible", "dress_code", "objectives",
               "talking_points", "notes")
LEG_TEXT = ("carrier", "number", "booking_ref", "notes")
STAY_TEXT = ("name", "address", "phone", "booking_ref", "notes")


_ITEM_TIMES = ("start", "end", "timezone")
_LEG_TIMES = ("depart", "arrive", "depart_timezone", "arrive_timezone")


def _with_all_times(before: dict, after: dict, old: Mapping[str, Any], new: Mapping[str, Any],
                    keys: tuple[str, ...]) -> tuple[dict, dict]:
    """All time fields once one changed: the services keep a length when only a start
    is given, but an editor means the times as typed."""
    if any(k in after for k in keys):
        before.update({k: old[k] for k in keys if k in old})
        after.update({k: new[k] for k in keys if k in new})
    return before, after


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def item_values(row: AgendaRow) -> dict[str, Any]:
    """An item in exchange spelling, as the editor shows it (local wall times, naive)."""
    values: dict[str, Any] = {name: getattr(row, name) for name in AGENDA_TEXT}
    values.update(kind=str(row.kind), start=_naive(row.start), end=_naive(row.end),
                  timezone=row.timezone, confidential=row.confidential,
                  contacts=list(row.contact_ids), attendees=list(row.attendee_ids))
    return values


def leg_values(row: TravelRow) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(row, name) for name in LEG_TEXT}
    values.update(mode=str(row.mode), depart=_naive(row.depart), arrive=_naive(row.arrive),
                  depart_timezone=row.depart_timezone, arrive_timezone=row.arrive_timezone,
                  travellers=list(row.traveller_ids))
    values["from"], values["to"] = row.origin, row.destination
    return values


def stay_values(row: StayRow) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(row, name) for name in STAY_TEXT}
    values.update(check_in=row.check_in.isoformat(), check_out=row.check_out.isoformat(),
                  guests=list(row.guest_ids))
    return values


class ProgrammeOps(QObject):
    """Creates, changes and deletes a trip's items, legs and stays undoably."""

    def __init__(self, ctx: AppContext, trip_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id = ctx, trip_id
        self.ids = IdMap()

    def _named(self, template: str, name: str) -> str:
        return template.replace("%1", name)

    # ------------------------------------------------------------------ agenda items

    def create_item(self, values: Mapping[str, Any], text: str = "") -> int:
        store, trip = self.ctx.store, self.trip_id
        return self._create("agenda", values, lambda data: agenda.add_item(store, trip, data),
                            lambda item: text or self._named(self.tr("New item “%1”"),
                                                             item.title),
                            lambda ident: agenda.delete_item(store, ident))

    def update_item(self, item_id: int, old: Mapping[str, Any], new: Mapping[str, Any],
                    text: str = "") -> None:
        """Write the fields that differ; undo writes the old ones back."""
        before, after = _with_all_times(*changed(old, new), old, new, _ITEM_TIMES)
        if not after:
            return
        store, ids = self.ctx.store, self.ids
        title = str(new.get("title") or old.get("title") or "")
        perform_update(self.ctx, text or self._named(self.tr("Edit item “%1”"), title),
                       (Change.AGENDA,),
                       lambda values: agenda.update_item(store, ids("agenda", item_id), values),
                       before, after)

    def shift_item(self, row: AgendaRow, minutes: int) -> None:
        """Move an item earlier or later by real minutes (the length stays)."""
        step = timedelta(minutes=minutes)
        old = {"start": row.start, "end": row.end}
        new = {"start": row.start + step, "end": row.end + step}
        text = (self.tr("Move “%1” later") if minutes > 0 else self.tr("Move “%1” earlier"))
        self.update_item(row.id, old, new, self._named(text, row.title))

    def move_item(self, row: AgendaRow, day: date) -> None:
        """Put an item on another day at the same local time."""
        shift = day - row.start.date()
        old = {"start": _naive(row.start), "end": _naive(row.end)}
        new = {"start": old["start"] + shift, "end": old["end"] + shift}
        self.update_item(row.id, old, new, self._named(self.tr("Move “%1” to another day"),
                                                       row.title))

    def copy_item(self, row: AgendaRow, day: date) -> int:
        """A copy of an item on `day` (the same day is allowed) at the same local time."""
        values = item_values(row)
        shift = day - row.start.date()
        values["start"] += shift
        values["end"] += shift
        return self.create_item(values, self._named(self.tr("Copy “%1”"), row.title))

    def delete_item(self, row: AgendaRow) -> None:
        store, trip = self.ctx.store, self.trip_id
        self._delete("agenda", self._named(self.tr("Delete item “%1”"), row.title), row,
                     item_values(row), lambda data: agenda.add_item(store, trip, data),
                     lambda ident: agenda.delete_item(store, ident))

    # ------------------------------------------------------------------ travel legs

    def create_leg(self, values: Mapping[str, Any]) -> int:
        store, trip = self.ctx.store, self.trip_id
        return self._create("travel", values, lambda data: travel.add_leg(store, trip, data),
                            lambda leg: self._named(self.tr("New travel leg “%1”"), leg.ref),
                            lambda ident: travel.delete_leg(store, ident))

    def update_leg(self, leg_id: int, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        before, after = _with_all_times(*changed(old, new), old, new, _LEG_TIMES)
        if after:
            store, ids = self.ctx.store, self.ids
            perform_update(self.ctx, self.tr("Edit travel leg"), (Change.TRAVEL,),
                           lambda values: travel.update_leg(store, ids("travel", leg_id),
                                                            values), before, after)

    def delete_leg(self, row: TravelRow) -> None:
        store, trip = self.ctx.store, self.trip_id
        self._delete("travel", self.tr("Delete travel leg"), row, leg_values(row),
                     lambda data: travel.add_leg(store, trip, data),
                     lambda ident: travel.delete_leg(store, ident))

    # ------------------------------------------------------------------ hotel stays

    def create_stay(self, values: Mapping[str, Any]) -> int:
        store, trip = self.ctx.store, self.trip_id
        return self._create("stay", values, lambda data: travel.add_stay(store, trip, data),
                            lambda stay: self._named(self.tr("New hotel stay “%1”"), stay.name),
                            lambda ident: travel.delete_stay(store, ident))

    def update_stay(self, stay_id: int, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        before, after = changed(old, new)
        if after:
            store, ids = self.ctx.store, self.ids
            perform_update(self.ctx, self.tr("Edit hotel stay"), (Change.TRAVEL,),
                           lambda values: travel.update_stay(store, ids("stay", stay_id),
                                                             values), before, after)

    def delete_stay(self, row: StayRow) -> None:
        store, trip = self.ctx.store, self.trip_id
        self._delete("stay", self._named(self.tr("Delete hotel stay “%1”"), row.name), row,
                     stay_values(row), lambda data: travel.add_stay(store, trip, data),
                     lambda ident: travel.delete_stay(store, ident))

    # ------------------------------------------------------------------ shared

    def _announced(self, kind: str) -> tuple[Change, ...]:
        return (Change.TRAVEL,) if kind == "stay" else (Change(kind),)

    def _create(self, kind: str, values: Mapping[str, Any], add: Callable[[dict], R],
                text: Callable[[R], str], delete: Callable[[int], Any]) -> int:
        return record_added(self.ctx, self.ids, kind, self._announced(kind), values, add, text,
                            delete)

    def _delete(self, kind: str, text: str, row: R, values: Mapping[str, Any],
                add: Callable[[dict], R], delete: Callable[[int], Any]) -> None:
        record_removed(self.ctx, self.ids, kind, self._announced(kind), text, row, values, add,
                       delete)
