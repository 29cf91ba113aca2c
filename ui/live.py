"""Live view: open windows learn of other planners' changes within a few seconds.

On a shared server database a timer asks the core what the change log holds since it
last looked (delegations.services.live) and announces those kinds of change, as if this
program had made them: each open list and trip window redraws what it shows. Fields the
user is typing in keep their text (see OverviewTab.reload). An SQLite file has one
writer, this program, so nothing is polled there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from delegations.errors import DelegationsError
from delegations.services import live
from ui.context import AppContext, Change

INTERVAL_MS = 3000

#: Tables of the store and the kind of change they belong to.
KINDS = {
    "home": Change.HOME, "setting": Change.HOME, "trip": Change.TRIP,
    "trip_destination": Change.TRIP, "trip_goal": Change.TRIP,
    "participant": Change.PARTICIPANT, "agenda_item": Change.AGENDA,
    "travel_leg": Change.TRAVEL, "accommodation": Change.TRAVEL, "city": Change.CITY,
    "contact": Change.CONTACT, "goal": Change.GOAL, "follow_up": Change.FOLLOW_UP,
    "gift": Change.GIFT, "budget_line": Change.BUDGET,
}


def kind_of(entity: str) -> Change | None:
    if entity in KINDS:
        return KINDS[entity]
    if entity.startswith("outcome"):
        return Change.OUTCOME
    if entity.startswith("seating"):
        return Change.SEATING
    return None


class LiveView(QObject):
    """Polls the change log of `ctx.store` and announces what others changed."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seen = live.mark(ctx.store)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        try:
            self.seen, changed = live.since(self.ctx.store, self.seen)
        except DelegationsError:
            return  # the server is away for a moment: try again at the next tick
        announced: set[tuple[Change, int | None]] = set()
        for change in changed:
            kind = kind_of(change.entity)
            if kind is None:
                continue
            ident = int(change.key) if kind == Change.TRIP and change.key.isdigit() else None
            if (kind, ident) not in announced:
                announced.add((kind, ident))
                self.ctx.changes.announce(kind, ident=ident)


def follow(ctx: AppContext, parent: QObject | None = None) -> LiveView | None:
    """Start the live view for a server database (None for an SQLite file)."""
    return None if ctx.store.is_sqlite else LiveView(ctx, parent)
