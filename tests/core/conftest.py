"""Fixtures for the core tests: real SQLite stores in pytest's temporary folder (the
session's template files are made in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from delegations.storage.store import Store
from tests.stores import opened_copy, store_of_kind


@pytest.fixture
def store(request: pytest.FixtureRequest, engine_kind: str, tmp_path: Path,
          migrated_file: Path) -> Iterator[Store]:
    """A fresh, empty store of our own: a file in the test's folder, or (tests marked
    both_engines, second run) a database of its own on the test cluster."""
    yield from store_of_kind(request, engine_kind, migrated_file, tmp_path / "office.sqlite",
                             "empty")


@pytest.fixture
def other_store(tmp_path: Path, migrated_file: Path) -> Iterator[Store]:
    """A second empty store, for round trips."""
    yield from opened_copy(migrated_file, tmp_path / "other.sqlite")
