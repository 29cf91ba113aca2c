"""Importing what came of a trip (outcomes, follow-ups, gifts), and the loose ones.

Follow-up actions and gifts may belong to no trip; the document carries those in
top-level lists, which are only ever added to or updated (a file with one trip must
not delete the office's other records). Gift refs are unique in the whole store, so
a gift is found by its ref wherever it is and moved to the trip the document names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from delegations.exchange.children import Children, Lookup, TripScope, by_ref, stale, sync
from delegations.exchange.context import Context
from delegations.exchange.merge_policy import label
from delegations.exchange.paths import located, objects
from delegations.model import BudgetLine, FollowUp, Gift, Outcome, OutcomeAttachment, Trip
from delegations.services.budget import BUDGET_LINE
from delegations.validation import FOLLOW_UP, GIFT, OUTCOME, Field, boolean, clean, text

ATTACHMENT = {
    "title": Field(text(300)),
    "location": Field(text(5000), required=True),
    "copied": Field(boolean),
}

#: room left in a 64-character ref for "-g" and a position
_TRIP_REF_ROOM = 56


def _outcome(scope: TripScope, data: Mapping[str, Any]) -> dict[str, Any]:
    values = clean(OUTCOME, data)
    values["goals"] = scope.ctx.goals.many(data, "goals")
    values["contacts"] = scope.ctx.contacts.many(data, "contacts")
    values["cities"] = scope.ctx.cities.many(data, "cities")
    values["attachments"] = _attachments(data)
    return values


def _attachments(data: Mapping[str, Any]) -> list[OutcomeAttachment]:
    """An outcome's documents, new rows in the document's order (the old ones go)."""
    rows = []
    for position, (step, item) in enumerate(objects(data, "attachments")):
        with located(step):
            rows.append(OutcomeAttachment(position=position, **clean(ATTACHMENT, item)))
    return rows


def _budget_line(scope: TripScope, data: Mapping[str, Any]) -> dict[str, Any]:
    return clean(BUDGET_LINE, data)


def _follow_up(scope: TripScope, data: Mapping[str, Any]) -> dict[str, Any]:
    values = clean(FOLLOW_UP, data)
    values["city"] = scope.ctx.cities.one(data, "city")
    values["contact"] = scope.ctx.contacts.one(data, "contact")
    values["goals"] = scope.ctx.goals.many(data, "goals")
    return values


def _gift(scope: TripScope, data: Mapping[str, Any]) -> dict[str, Any]:
    values = clean(GIFT, data)
    values["contact"] = scope.ctx.contacts.one(data, "contact")
    values["city"] = scope.ctx.cities.one(data, "city")
    return values


OUTCOMES = Children("outcomes", "o", Outcome, _outcome)
FOLLOW_UPS = Children("follow_ups", "f", FollowUp, _follow_up)
BUDGET_LINES = Children("budget_lines", "b", BudgetLine, _budget_line)
GIFTS = Children("gifts", "g", Gift, _gift, store_wide=True)


def import_results(scope: TripScope, data: Mapping[str, Any]) -> None:
    """The trip's outcomes, follow-ups, budget lines and gifts become the document's."""
    trip = scope.trip
    assert trip is not None
    for kind in (OUTCOMES, FOLLOW_UPS, BUDGET_LINES):
        old = _of_trip(scope.ctx, kind.model, trip)
        _replace(scope, data, kind, old, by_ref(old))
    gifts = dataclasses.replace(GIFTS, prefix=f"{trip.ref[:_TRIP_REF_ROOM]}-g")
    moving = scope.ctx.gifts_listed  # listed under another trip: moved there, not removed
    old = [g for g in _of_trip(scope.ctx, Gift, trip) if g.ref not in moving]
    known = by_ref(old)
    _replace(scope, data, gifts, old, lambda ref: known(ref) or _gift_by_ref(scope.ctx, ref))


def _replace(scope: TripScope, data: Mapping[str, Any], kind: Children, old: list[Any],
             lookup: Lookup) -> None:
    new = sync(scope, data, kind, lookup)
    if not scope.ctx.replace:
        return  # what the document does not list stays
    gone = stale(old, new)
    for row in gone:
        scope.ctx.session.delete(row)
    scope.ctx.summary.count_removed(kind.key, [label(row) for row in gone])


def import_loose(ctx: Context, document: Mapping[str, Any]) -> None:
    """The top-level follow-ups and gifts, which belong to no trip."""
    scope = TripScope(ctx, None)
    sync(scope, document, FOLLOW_UPS, lambda ref: ctx.session.scalar(
        select(FollowUp).where(FollowUp.trip_id.is_(None), FollowUp.ref == ref)))
    sync(scope, document, GIFTS, lambda ref: _gift_by_ref(ctx, ref))


def gift_refs(document: Mapping[str, Any]) -> set[str]:
    """Every explicit gift ref in the document (looked at leniently: the import proper
    reports what is malformed)."""
    lists = [document.get("gifts")]
    trips = document.get("trips")
    if isinstance(trips, list):
        lists += [trip.get("gifts") for trip in trips if isinstance(trip, Mapping)]
    return {gift["ref"] for items in lists if isinstance(items, list)
            for gift in items if isinstance(gift, Mapping) and isinstance(gift.get("ref"), str)}


def _gift_by_ref(ctx: Context, ref: str) -> Gift | None:
    return ctx.session.scalar(select(Gift).where(Gift.ref == ref))


def _of_trip(ctx: Context, model: Any, trip: Trip) -> list[Any]:
    return list(ctx.session.scalars(select(model).where(model.trip_id == trip.id)))
