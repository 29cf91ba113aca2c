"""Fixtures of the storage tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine


@pytest.fixture(params=["sqlite", "postgresql"])
def bare_engine(request: pytest.FixtureRequest, tmp_path) -> Iterator[Engine]:
    """An empty database on each engine, for a migration test to build up revision by
    revision (no store opened on it: that would upgrade it to the head)."""
    url = (f"sqlite:///{tmp_path / 'old.sqlite'}" if request.param == "sqlite"
           else request.getfixturevalue("pg_database"))
    made = create_engine(url)
    yield made
    made.dispose()
