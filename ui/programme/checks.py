"""The core's conflict checks as the tab and its editors use them: messages by line.

The checks live in delegations.services.conflicts; this module only arranges them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from delegations.services import conflicts
from delegations.services.conflicts import Conflict
from delegations.services.settings import BUFFER_MINUTES, office_value, set_office_value
from delegations.storage.store import Store
from ui.formatting import short_date


def check_trip(store: Store, trip_id: int) -> list[Conflict]:
    """The trip's conflicts, in the core's order."""
    return conflicts.check_trip(store, trip_id)


def check_item(store: Store, trip_id: int, data: Mapping[str, Any],
               item_id: int | None) -> list[str]:
    """Messages about an item as typed, before it is saved."""
    return [text(c) for c in conflicts.check_item(store, trip_id, data, item_id)]


def text(conflict: Conflict) -> str:
    """The problem in the interface's language, its days written as every date in the app."""
    return conflict.message(dates=short_date)


def by_line(found: Iterable[Conflict]) -> dict[tuple[str, int], list[str]]:
    """Each item, leg and stay concerned, with the messages about it."""
    lines: dict[tuple[str, int], list[str]] = {}
    for conflict in found:
        said = text(conflict)
        keys = [("agenda", i) for i in conflict.agenda_ids]
        keys += [("travel", i) for i in conflict.travel_ids]
        keys += [("stay", i) for i in conflict.stay_ids]
        for key in keys:
            lines.setdefault(key, []).append(said)
    return lines


def first_line(conflict: Conflict) -> tuple[str, int] | None:
    """What to select when the user picks a problem from the list."""
    for kind, ids in (("agenda", conflict.agenda_ids), ("travel", conflict.travel_ids),
                      ("stay", conflict.stay_ids)):
        if ids:
            return kind, ids[0]
    return None


def buffer_minutes(store: Store) -> int:
    return int(office_value(store, BUFFER_MINUTES))


def set_buffer_minutes(store: Store, minutes: int) -> None:
    """Store the office's buffer (the spin box offers only the setting's range)."""
    set_office_value(store, BUFFER_MINUTES, int(minutes))
