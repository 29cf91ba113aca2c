"""'A. Jensen is editing this trip': the trip window's line about other planners who
have the same trip open (on a server database; see delegations.services.presence)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from delegations.errors import DelegationsError
from delegations.services import presence
from ui.context import AppContext

INTERVAL_MS = 3000


def sentence(names: list[str]) -> str:
    """'A. Jensen is editing this trip' / 'A. Jensen and B. Nowak are editing this trip'."""
    if not names:
        return ""
    if len(names) == 1:
        return QCoreApplication.translate("Presence", "%1 is editing this trip").replace(
            "%1", names[0])
    return QCoreApplication.translate("Presence", "%1 and %2 are editing this trip").replace(
        "%1", ", ".join(names[:-1])).replace("%2", names[-1])


class PresenceLine(QObject):
    """Holds the trip open for this planner and keeps `label` saying who else has it."""

    def __init__(self, ctx: AppContext, trip_id: int, label: QLabel,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(label)
        self.ctx, self.trip_id, self.label = ctx, trip_id, label
        self.mine: presence.Presence | None = None
        with contextlib.suppress(DelegationsError):  # the server is away: nobody is shown
            self.mine = presence.enter(ctx.store, trip_id)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        label.hide()
        if self.mine is not None:
            self.timer.start()
            self.poll()

    def poll(self) -> None:
        try:
            names = presence.others(self.ctx.store, self.trip_id, self.mine)
        except DelegationsError:
            return  # the server is away for a moment: ask again at the next tick
        self.label.setText(sentence(names))
        self.label.setVisible(bool(names))

    def leave(self) -> None:
        """The window closes: let the trip go."""
        self.timer.stop()
        if self.mine is not None:
            self.mine.leave()
            self.mine = None
