"""Shared fixtures of the exchange tests."""

from __future__ import annotations

import pytest

from delegations.services import cities, trips


@pytest.fixture
def trip(store) -> int:
    """The id of a planned four-day trip to Gdańsk (the target of calendar and CSV imports)."""
    city = cities.create_city(store, {"name": "Gdańsk", "timezone": "Europe/Warsaw"})
    return trips.create_trip(store, {"ref": "t", "title": "Gdańsk 2026", "kind": "outgoing",
                                     "status": "planned", "start": "2026-05-04",
                                     "end": "2026-05-07", "destinations": [city.id]}).id
