"""Stores for the tests: files made once per session (migrating, loading the demo take
seconds), copied for each test or module that changes them, opened and closed."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from delegations.storage.store import Store, open_store


def opened_copy(source: Path, target: Path) -> Iterator[Store]:
    """`source` copied to `target` and opened, for a fixture to yield from; closed after."""
    shutil.copyfile(source, target)
    store = open_store(target)
    yield store
    store.close()
