"""The exchange file (EXCHANGE.md, extensions in docs/exchange.md): export and import.

    document = export_store(store)            # or export_store(store, [trip.id])
    write_exchange(store, "kiel.json")
    summary = import_exchange(store, read_exchange("kiel.json"))
"""

from delegations.exchange.exporter import export_store
from delegations.exchange.importer import import_exchange
from delegations.exchange.reader import FORMAT, VERSION, check_header, read_exchange
from delegations.exchange.summary import KINDS, ImportSummary
from delegations.exchange.writer import dumps, write_exchange

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
