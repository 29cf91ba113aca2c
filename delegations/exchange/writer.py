"""Writing an exchange file: stable, readable JSON, moved into place only when complete."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from delegations.atomic import write_atomic
from delegations.exchange.exporter import export_store
from delegations.storage.store import Store


def dumps(document: Any) -> str:
    """The document as UTF-8-ready text: names as written (Gdańsk, 杭州), two-space
    indentation and a final newline, so that files diff well."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_exchange(store: Store, path: str | Path,
                   trip_ids: Sequence[int] | None = None) -> dict[str, Any]:
    """Export the store (or the trips with `trip_ids`) to `path`; the document written.

    The file appears whole or not at all (see delegations.atomic).
    """
    document = export_store(store, trip_ids)
    write_atomic(path, dumps(document).encode("utf-8"))
    return document
