"""The check every test of a bad exchange document makes: refused, and nothing changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from delegations.errors import ValidationError
from delegations.exchange import import_exchange
from delegations.storage.store import Store


def refused_unchanged(store: Store, document: dict[str, Any], expected: str,
                      state: Callable[[], object]) -> None:
    """Importing `document` fails with a message that starts with `expected` (the path of
    the bad field), and `state()` reads the same after as before."""
    before = state()
    with pytest.raises(ValidationError) as caught:
        import_exchange(store, document)
    assert str(caught.value).startswith(expected)
    assert state() == before
