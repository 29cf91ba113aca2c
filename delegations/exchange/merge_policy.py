"""What an import may change in records the store already has (EXCHANGE.md, "Updating").

An exchange file often carries only part of what an office knows: a partner's file names
a trip's ref but not the office's own participants, notes or follow-ups. So an import
changes only what the file states: a field the file leaves out keeps its value (the file's
item is laid over the record as it stands), and records the file does not list stay —
unless the user asks for the file to replace them (`replace`). Either way, an import that
changes or removes records the store had takes a checked backup first (see
`backup_before`), while the import's own transaction is still open: the backup holds the
store as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from delegations.exchange.summary import ImportSummary
from delegations.model import (
    Accommodation,
    AgendaItem,
    BudgetLine,
    City,
    Contact,
    FollowUp,
    Gift,
    Goal,
    Outcome,
    Participant,
    TravelLeg,
    Trip,
)

TRIP_LISTS = ("participants", "agenda", "travel", "accommodation", "outcomes", "follow_ups",
              "gifts", "budget_lines", "vehicles")


def _trip_fields(trip: Trip) -> dict[str, Any]:
    from delegations.exchange import export_trips as docs

    whole = docs.trip_document(trip, docs.Results((), (), ()))
    return {key: value for key, value in whole.items() if key not in TRIP_LISTS}


def _goal(goal: Goal) -> dict[str, Any]:
    return {"ref": goal.ref, "kind": goal.kind.value, "code": goal.code, "name": goal.name,
            "name_en": goal.name_en, "description": goal.description,
            "position": goal.position}


@cache
def as_item() -> dict[type, Callable[[Any], dict[str, Any]]]:
    """How each kind of record reads as an exchange item (the exporter's own spelling);
    asked when first needed, since the exporter's modules import this one."""
    from delegations.exchange import export_trips as docs
    from delegations.exchange.exporter import city_document, contact_document

    return {
        City: city_document, Contact: contact_document, Goal: _goal, Trip: _trip_fields,
        Participant: docs.participant_document, AgendaItem: docs.agenda_document,
        TravelLeg: docs.travel_document, Accommodation: docs.stay_document,
        Outcome: docs.outcome_document, FollowUp: docs.follow_up_document,
        Gift: docs.gift_document, BudgetLine: docs.budget_line_document,
    }


def merged(row: Any, item: Mapping[str, Any], replace: bool) -> Mapping[str, Any]:
    """The item to import over `row`: the file's fields laid over the record's own (all of
    the file's, and nothing else, when replacing or when there is no record yet)."""
    if row is None or replace:
        return item
    current = as_item()[type(row)](row)
    return {**current, **item}


def item_ref(item: Any) -> str | None:
    """The ref an item of the file gives itself, if it is well-formed enough to have one."""
    ref = item.get("ref") if isinstance(item, Mapping) else None
    return ref if isinstance(ref, str) and ref else None


def label(row: Any) -> str:
    """How a record is named in the list of what an import would remove."""
    for name in ("name", "title", "action", "description", "text", "ref"):
        value = getattr(row, name, None)
        if isinstance(value, str) and value:
            return value
    return str(getattr(row, "ref", "?"))


def note_change(session: Session, row: Any, summary: ImportSummary, existed: bool) -> None:
    """Count a record the store had if the import changed any of its values."""
    if existed and session.is_modified(row):
        summary.changed_existing += 1


def changes_existing(summary: ImportSummary) -> bool:
    return bool(summary.changed_existing or sum(summary.removed.values()))


def backup_before(path: Path | None, summary: ImportSummary) -> Path | None:
    """A checked backup of the store as it was (its committed state), if the import changes
    or removes records it had; the backup's path. Raises StoreError when it cannot be
    made, which rolls the import back."""
    if path is None or not changes_existing(summary):
        return None
    from delegations.storage.backup import make_backup

    return make_backup(path, reason="import").path
