"""The use cases: what the window and the command line can do, as plain functions on a Store.

Loading the services loads the audit log too: it registers with the store
(delegations.storage.store.watch_sessions), so that every store opened afterwards logs
each change, whichever use case makes it.
"""

from delegations.model import follow_up_words as _follow_up_words
from delegations.model import search as _search
from delegations.privacy import audit as _audit  # noqa: F401  (registers the audit log)
from delegations.services import versions as _versions
from delegations.storage.store import watch_sessions as _watch_sessions

_watch_sessions(_search.watch)  # keeps the index of words that searches use
_watch_sessions(_follow_up_words.watch)  # and the follow-ups' words
_watch_sessions(_versions.watch)  # checks the versions an editor read when it saves
