"""Where the data lives: opening the SQLite store (engine, write lock, migrations),
checking it, and copying it safely (backups, restore, snapshots).

The domain (model, services, exchange, documents) sits beside this package and uses
the store through `delegations.storage.store`; nothing here knows about trips.
"""
