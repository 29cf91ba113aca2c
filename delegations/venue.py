"""Where a trip happens: abroad at its destinations, or at home for a visit we host.

An incoming visit (and a forum we hold) happens in the home city; its destinations are
where the guests come from. This one rule decides the zone a new programme point gets,
and the documents ask it how to name the trip's cities ("visit from Sovetsk").
"""

from __future__ import annotations

from collections.abc import Sequence

from delegations.enums import TripKind

HELD_AT_HOME = frozenset({TripKind.INCOMING, TripKind.FORUM})


def held_at_home(kind: TripKind | str) -> bool:
    """Whether a trip of `kind` happens in the home city (its cities send the guests)."""
    return kind in HELD_AT_HOME


def programme_zone(kind: TripKind | str, destination_zones: Sequence[str],
                   home_zone: str | None) -> str | None:
    """The zone of a programme point nobody gave one: home time for a visit held at
    home (a Kiel reception is on Kiel time, whatever city the guests come from), else
    the first destination's zone, else home time (None when nothing is known)."""
    if destination_zones and not held_at_home(kind):
        return destination_zones[0]
    return home_zone
