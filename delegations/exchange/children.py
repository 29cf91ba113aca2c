"""The things inside a trip (participants, programme, travel, outcomes…), matched by ref.

Re-importing a trip updates its lists from the document's: an item whose ref the trip
already has is updated in place (it keeps its id, and the fields the document leaves
out), a new one is created; the rows the document does not list stay, or, when the
import replaces (merge_policy), are removed by the caller once every link to them has
been rewritten.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from delegations.errors import ValidationError
from delegations.exchange.context import Context, assign
from delegations.exchange.merge_policy import merged, note_change
from delegations.exchange.paths import index, located, objects, ref_list
from delegations.exchange.refs import UNKNOWN_PARTICIPANT, Claims, with_refs
from delegations.model import Base, Participant, Trip


@dataclass
class TripScope:
    """One trip being imported (or none, for the document's top-level lists)."""

    ctx: Context
    trip: Trip | None
    step: str = ""  # path of the trip, "trips[0]"
    people: dict[str, Participant] = field(default_factory=dict)

    def path(self, step: str) -> str:
        return f"{self.step}.{step}" if self.step else step

    def participants(self, data: Mapping[str, Any], key: str) -> list[Participant]:
        """The trip's participants named by the list under `key`."""
        found = []
        for position, ref in enumerate(ref_list(data, key)):
            if ref not in self.people:
                raise ValidationError(index(key, position), UNKNOWN_PARTICIPANT, ref=ref)
            found.append(self.people[ref])
        return found


Values = Callable[[TripScope, Mapping[str, Any]], dict[str, Any]]
Lookup = Callable[[str], Any]


@dataclass(frozen=True)
class Children:
    """One list of a trip: its key, the prefix of generated refs, its table, its cleaner."""

    key: str
    prefix: str
    model: type[Base]
    values: Values
    #: refs unique in the whole store (gifts), not only within the trip
    store_wide: bool = False


def sync(scope: TripScope, data: Mapping[str, Any], kind: Children, lookup: Lookup) -> list[Any]:
    """Create or update the items listed under `kind.key`; the rows, in the document's order.

    `lookup` finds the existing row for a ref (None: a new one is made).
    """
    listed = list(objects(data, kind.key))
    items = with_refs([item for _, item in listed], kind.prefix)
    claims = scope.ctx.gifts if kind.store_wide else Claims()
    rows = []
    for (step, _), item in zip(listed, items, strict=True):
        with located(step):
            row = lookup(item["ref"]) if isinstance(item["ref"], str) else None
            values = kind.values(scope, merged(row, item, scope.ctx.replace))
            claims.claim(values["ref"], scope.path(step))
            rows.append(_place(scope, kind, lookup(values["ref"]), values))
    return rows


def _place(scope: TripScope, kind: Children, row: Any, values: dict[str, Any]) -> Any:
    """Update `row` or make a new one in the trip; counted in the summary."""
    existed = row is not None
    scope.ctx.summary.count(kind.key, existed=existed)
    if row is None:
        row = kind.model()
        scope.ctx.session.add(row)
    assign(scope.ctx.session, row, {"trip": scope.trip, **values})
    note_change(scope.ctx.session, row, scope.ctx.summary, existed)
    return row


def stale(existing: list[Any], kept: list[Any]) -> list[Any]:
    """The rows of `existing` that are not among `kept`."""
    keep = {id(row) for row in kept}
    return [row for row in existing if id(row) not in keep]


def by_ref(rows: list[Any]) -> Lookup:
    """A lookup among `rows` by their ref."""
    return {row.ref: row for row in rows}.get
