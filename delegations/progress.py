"""How long work (a large import) says how far it got and learns that it should stop.

The core knows no threads and no Qt: the window runs the work in the background and
hands in two plain callables, `report(done, total)` and `cancelled()`. The work calls
`Progress.step` between records; once `cancelled()` is true that raises Cancelled,
which, raised inside the import's one transaction, rolls everything back — so a
cancelled import leaves the store exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from delegations.errors import DelegationsError
from delegations.i18n import N_

T = TypeVar("T")


class Cancelled(DelegationsError):
    """The user stopped the work; nothing of it was saved."""

    def __init__(self) -> None:
        super().__init__(N_("stopped; nothing was saved"))


@dataclass(frozen=True)
class Progress:
    """The two callables of one piece of work (either may be None: not asked)."""

    report: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None

    def check(self) -> None:
        """Cancelled if the user asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def step(self, done: int, total: int) -> None:
        """`done` of `total` finished: stop here if asked, else say so."""
        self.check()
        if self.report is not None:
            self.report(done, total)

    def over(self, items: Iterable[T], total: int, start: int = 0) -> Iterator[T]:
        """`items`, stepping before each one (counting on from `start`) and at the end."""
        done = start
        for item in items:
            self.step(done, total)
            yield item
            done += 1
        self.step(done, total)


#: Work nobody watches.
QUIET = Progress()
