"""Stores for the tests: files made once per session (migrating, loading the demo take
seconds), copied for each test or module that changes them, opened and closed."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from delegations.model import City
from delegations.storage.store import Store, open_store


def filled_file(factory: pytest.TempPathFactory, name: str, fill: Callable[[Store], object],
                start: Path | None = None) -> Path:
    """A store file made once for a session or module: a copy of `start` (else a new one),
    filled by `fill` and closed again, for tests to copy."""
    path = factory.mktemp(name) / f"{name}.sqlite"
    if start is not None:
        shutil.copyfile(start, path)
    store = open_store(path)
    try:
        fill(store)
    finally:
        store.close()
    return path


def city_names(path: Path) -> list[str]:
    """The names of the cities in a store file, sorted, read without writing to it."""
    store = open_store(path, read_only=True)
    try:
        with store.read() as s:
            return sorted(c.name for c in s.query(City))
    finally:
        store.close()


def opened_copy(source: Path, target: Path) -> Iterator[Store]:
    """`source` copied to `target` and opened, for a fixture to yield from; closed after."""
    shutil.copyfile(source, target)
    store = open_store(target)
    yield store
    store.close()


def store_of_kind(request: pytest.FixtureRequest, kind: str, source: Path,
                  target: Path, snapshot: str) -> Iterator[Store]:
    """A store copied from a template: the SQLite file `source`, or on PostgreSQL this
    worker's database put back to `snapshot` ('empty' or 'demo')."""
    if kind == "sqlite":
        yield from opened_copy(source, target)
        return
    store = open_store(request.getfixturevalue("pg_workspace").reset(snapshot))
    try:
        yield store
    finally:  # also when a test closes the generator itself
        store.close()
