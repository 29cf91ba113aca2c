"""The exchange file (EXCHANGE.md, extensions in docs/exchange.md): export and import.

    document = export_store(store)            # or export_store(store, [trip.id])
    write_exchange(store, "kiel.json")
    summary = import_exchange(store, read_exchange("kiel.json"))

The names below load their module when first used: the window and the command line
import a part of this package (the import preview, the CSV reader) without paying for
the whole of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from delegations.exchange.exporter import export_store
    from delegations.exchange.importer import import_exchange
    from delegations.exchange.reader import FORMAT, VERSION, check_header, read_exchange
    from delegations.exchange.summary import KINDS, ImportSummary
    from delegations.exchange.writer import dumps, write_exchange

_HOMES = {
    "export_store": "exporter", "import_exchange": "importer", "FORMAT": "reader",
    "VERSION": "reader", "check_header": "reader", "read_exchange": "reader",
    "KINDS": "summary", "ImportSummary": "summary", "dumps": "writer",
    "write_exchange": "writer",
}

__all__ = [
    "FORMAT",
    "KINDS",
    "VERSION",
    "ImportSummary",
    "check_header",
    "dumps",
    "export_store",
    "import_exchange",
    "read_exchange",
    "write_exchange",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'delegations.exchange' has no attribute {name!r}")
    # Plain import statements (not names in strings): bundlers find the modules by them.
    from delegations.exchange import exporter, importer, reader, summary, writer

    homes = {"exporter": exporter, "importer": importer, "reader": reader,
             "summary": summary, "writer": writer}
    return getattr(homes[_HOMES[name]], name)
