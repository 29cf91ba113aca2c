"""The use cases: what the window and the command line can do, as plain functions on a Store.

Loading the services loads the audit log too: it registers with the store
(delegations.storage.store.watch_sessions), so that every store opened afterwards logs
each change, whichever use case makes it.
"""

from delegations.privacy import audit as _audit  # noqa: F401  (registers the audit log)
