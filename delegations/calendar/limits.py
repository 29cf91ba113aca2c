"""A limit on the work of expanding repeating events (counted function calls, not money),
so that no calendar file can hang an import.

A rule such as `FREQ=SECONDLY;COUNT=1000000000`, or one that can never match
(`FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30`), makes the recurrence library step through
millions of moments, up to the year 9999, before it finds out. The steps are counted
(Python function calls during the expansion, which is deterministic, unlike a clock)
and the expansion is stopped once a file has used its allowance; the event is then
imported once, with a note.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any

from delegations.i18n import N_, gettext

#: Function calls one calendar file may spend on repeating events (about a second): a
#: daily event since 2000 takes about 35 000, an hourly one since 2000 about a million.
CALLS = 200_000


class RepeatsTooOften(Exception):
    """The expansion was stopped; the message says why, for the import's note."""


@dataclass
class CallAllowance:
    """What is left of one file's allowance of calls."""

    left: int = CALLS


@contextmanager
def counted(allowance: CallAllowance) -> Iterator[None]:
    """Run the block, stopping it with RepeatsTooOften once `allowance` is spent."""
    if allowance.left <= 0:
        raise RepeatsTooOften(_message())
    previous = sys.getprofile()

    def count(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            allowance.left -= 1
            if allowance.left <= 0:
                raise RepeatsTooOften(_message())

    sys.setprofile(count)
    try:
        yield
    finally:
        sys.setprofile(previous)


def _message() -> str:
    return gettext(N_("it repeats too often to be worked out"))
