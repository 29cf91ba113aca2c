"""What a conflict check reports: a kind, the things concerned, and a message for people.

A Conflict holds ids (for markers in the window) and the few names and times its
message needs, so that the message can be given in either language later, with its days
written as the face that shows it writes dates (the window its own, paper the documents').
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from delegations.i18n import N_, current_language, gettext


class ConflictKind(StrEnum):
    OUTSIDE_TRIP = "outside_trip"
    END_BEFORE_START = "end_before_start"
    DOUBLE_BOOKED = "double_booked"
    WHILE_TRAVELLING = "while_travelling"
    BEFORE_ARRIVAL = "before_arrival"
    AFTER_DEPARTURE = "after_departure"
    TOO_LITTLE_TIME = "too_little_time"
    NO_ACCOMMODATION = "no_accommodation"
    NONEXISTENT_TIME = "nonexistent_time"
    AMBIGUOUS_TIME = "ambiguous_time"


#: How a face writes a day ('24.02.2026'); times are the 24-hour clock on every face.
DayFormat = Callable[[date], str]

# who a conflict concerns while nobody is registered yet (translated when shown)
DELEGATION = N_("The delegation")

ORDER = {kind: position for position, kind in enumerate(ConflictKind)}

# (one person, several people): {people} {subject} {other} {when} {moment} {zone} {gap} {buffer}
_TEMPLATES: dict[ConflictKind, tuple[str, str]] = {
    ConflictKind.OUTSIDE_TRIP: (
        N_("'{subject}' ({when}) is outside the trip's dates"),) * 2,
    ConflictKind.END_BEFORE_START: (
        N_("'{subject}' ends before it starts ({when})"),) * 2,
    ConflictKind.DOUBLE_BOOKED: (
        N_("{people} is in '{subject}' and '{other}' at the same time ({when})"),
        N_("{people} are in '{subject}' and '{other}' at the same time ({when})")),
    ConflictKind.WHILE_TRAVELLING: (
        N_("{people} is travelling ({other}) during '{subject}' ({when})"),
        N_("{people} are travelling ({other}) during '{subject}' ({when})")),
    ConflictKind.BEFORE_ARRIVAL: (
        N_("{people} has not arrived yet for '{subject}' ({when}): {other} lands {moment}"),
        N_("{people} have not arrived yet for '{subject}' ({when}): {other} lands {moment}")),
    ConflictKind.AFTER_DEPARTURE: (
        N_("{people} has already left for '{subject}' ({when}): {other} departs {moment}"),
        N_("{people} have already left for '{subject}' ({when}): {other} departs {moment}")),
    ConflictKind.TOO_LITTLE_TIME: (
        N_("{people} has only {gap} min from '{subject}' to '{other}' at another place "
           "({when}); {buffer} min are planned"),
        N_("{people} have only {gap} min from '{subject}' to '{other}' at another place "
           "({when}); {buffer} min are planned")),
    ConflictKind.NO_ACCOMMODATION: (
        N_("{people} has no accommodation for the night of {day}"),
        N_("{people} have no accommodation for the night of {day}")),
    ConflictKind.NONEXISTENT_TIME: (
        N_("'{subject}': {moment} does not exist in {zone} (clocks move forward at the "
           "daylight-saving change)"),) * 2,
    ConflictKind.AMBIGUOUS_TIME: (
        N_("'{subject}': {moment} occurs twice in {zone} (clocks move back at the "
           "daylight-saving change)"),) * 2,
}


@dataclass(frozen=True)
class Conflict:
    """One problem of a trip's programme; the ids say what to mark, message() what to say."""

    kind: ConflictKind
    agenda_ids: tuple[int, ...] = ()
    travel_ids: tuple[int, ...] = ()
    stay_ids: tuple[int, ...] = ()
    participant_ids: tuple[int, ...] = ()
    day: date | None = None
    # what the message names: titles (item, then the other item or leg), people, times
    subjects: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    when: datetime | None = None  # aware local time of the item concerned
    moment: datetime | None = None  # the other time named (arrival, departure, typed time)
    zone: str = ""
    numbers: tuple[int, ...] = ()  # TOO_LITTLE_TIME: (gap, buffer) in minutes

    def message(self, language: str | None = None, dates: DayFormat | None = None) -> str:
        """The problem in words, in `language` (default: the current one); `dates` writes
        its days as the face does (default: the printed documents' short date)."""
        lang = language or current_language()
        one, many = _TEMPLATES[self.kind]
        template = gettext(many if len(self.people) > 1 else one, lang)
        return template.format(**self._params(lang, dates or printed_dates(lang)))

    def _params(self, lang: str, dates: DayFormat) -> dict[str, Any]:
        subjects = (*self.subjects, "", "")
        gap, buffer = (*self.numbers, 0, 0)[:2]
        return {
            "subject": subjects[0], "other": subjects[1],
            "people": people_text(self.people, lang),
            "when": moment_text(self.when, dates), "moment": moment_text(self.moment, dates),
            "day": dates(self.day) if self.day else "", "zone": self.zone, "gap": gap,
            "buffer": buffer,
        }

    def sort_key(self) -> tuple[Any, ...]:
        """Day, time, kind, then the ids: the same list comes out in the same order."""
        instant = self.when or self.moment
        if instant is not None:
            instant = instant.astimezone(UTC) if instant.tzinfo else instant.replace(tzinfo=UTC)
        return (self.day or date.min, instant or datetime.min.replace(tzinfo=UTC),
                ORDER[self.kind], self.agenda_ids, self.travel_ids, self.stay_ids,
                self.participant_ids)


def people_text(names: tuple[str, ...], lang: str) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B and 3 others'."""
    names = tuple(gettext(n, lang) if n == DELEGATION else n for n in names)
    if len(names) <= 1:
        return names[0] if names else ""
    if len(names) > 4:
        return gettext("{names} and {count} others", lang).format(
            names=", ".join(names[:2]), count=len(names) - 2)
    return gettext("{names} and {last}", lang).format(names=", ".join(names[:-1]),
                                                      last=names[-1])


def moment_text(moment: datetime | None, dates: DayFormat) -> str:
    """'24.02.2026, 12:30' in the time's own zone (a naive time is shown as typed)."""
    if moment is None:
        return ""
    return f"{dates(moment.date())}, {moment:%H:%M}"


def printed_dates(lang: str) -> DayFormat:
    """The documents' short date ('24.02.2026' / '24 Feb 2026'): one date on paper."""
    from delegations.documents.words import Words  # babel's locale data only when asked

    return Words(lang).short
