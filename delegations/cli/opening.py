"""The store as the commands open it, and trips named on the command line."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from delegations.errors import NotFoundError
from delegations.paths import default_db
from delegations.services import trips
from delegations.services.trips import UNKNOWN_TRIP
from delegations.storage.lock import StoreInUseError
from delegations.storage.store import Store, open_store


@contextlib.contextmanager
def opened(args: argparse.Namespace, reading: bool = False) -> Iterator[Store]:
    """The store; a command that only reads (`reading`) may use it read-only while the app
    has it open for writing."""
    target = args.db or default_db()
    try:
        store = open_store(target)
    except StoreInUseError:
        if not reading:
            raise
        store = open_store(target, read_only=True)
    try:
        from delegations.privacy.pending import finish_pending

        finish_pending(store)  # an erasure's rewrite of the file that had to wait
        yield store
    finally:
        store.close()


def find_trip_id(store: Store, key: str) -> int:
    """The id of the trip with that ref or id."""
    try:
        return trips.find_trip(store, key)
    except NotFoundError:
        raise NotFoundError(UNKNOWN_TRIP, trip=key) from None
