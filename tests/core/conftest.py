"""Fixtures for the core tests: a real SQLite store in pytest's temporary folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegations.storage.store import Store, open_store


@pytest.fixture(scope="session")
def migrated_file(tmp_path_factory) -> Path:
    """An empty store at the newest schema, made once: migrating takes most of a second."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_store(path).close()
    return path


@pytest.fixture
def store(tmp_path, migrated_file) -> Iterator[Store]:
    """A fresh, empty store of our own in the test's folder."""
    path = tmp_path / "office.sqlite"
    shutil.copyfile(migrated_file, path)
    store = open_store(path)
    yield store
    store.close()
