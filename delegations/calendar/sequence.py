"""SEQUENCE numbers of exported events: they go up when an event changed since the last
export, so that calendars replace the old version instead of ignoring the new one.

The state is one office setting per trip (`calendar.sequence.<trip id>`): for each UID
the last SEQUENCE written and a hash of the event's content. An export with unchanged
content keeps the number; a changed one gets the next.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from delegations.services import home
from delegations.storage.store import Store


def setting_key(trip_id: int) -> str:
    return f"calendar.sequence.{trip_id}"


def fingerprint(content: bytes) -> str:
    """A short hash of an event's content (without DTSTAMP and SEQUENCE)."""
    return hashlib.sha256(content).hexdigest()[:16]


def next_sequences(store: Store, trip_id: int, prints: Mapping[str, str],
                   record: bool = True) -> dict[str, int]:
    """SEQUENCE for each UID given its content hash; `record` stores the new state."""
    known = home.get_setting(store, setting_key(trip_id), {}) or {}
    state = dict(known)
    numbers = {}
    for uid, digest in prints.items():
        number, seen = known.get(uid, [0, digest])
        if seen != digest:
            number += 1
        numbers[uid] = number
        state[uid] = [number, digest]
    if record and state != known:
        home.set_setting(store, setting_key(trip_id), state)
    return numbers
