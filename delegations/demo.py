"""The demo data set (Kiel, from the background documents), loaded like any exchange file.

Going through the importer keeps the demo honest: it obeys the same rules as a file
from another office, and loading it twice updates rather than duplicates.
"""

from __future__ import annotations

from pathlib import Path

from delegations.exchange import ImportSummary, import_exchange, read_exchange
from delegations.paths import resource
from delegations.storage.store import Store


def demo_file() -> Path:
    """Where the demo data set lives (resources/demo/kiel.json)."""
    return resource("demo", "kiel.json")


def load_demo(store: Store, path: str | Path | None = None) -> ImportSummary:
    """Import the demo data set (or the exchange file at `path`) into the store.

    Errors are those of `read_exchange` and `import_exchange`; the store is unchanged.
    """
    return import_exchange(store, read_exchange(path or demo_file()))
