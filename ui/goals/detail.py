"""A goal's page as rich text: its description, then the trips, outcomes and follow-up
actions that serve it. Links `trip:ID` ask the main window to open the trip."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QObject

from delegations.services.dto import FollowUpRow, GoalRow, TripRow
from delegations.services.goals import GoalOutcome, GoalUsage
from ui.after.labels import name as after_name
from ui.common.colours import error_colour
from ui.formatting import date_range, short_date
from ui.goals.model import goal_label
from ui.labels import label


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _trip_link(ident: int | None, title: str) -> str:
    return f"<a href='trip:{ident}'>{escape(title)}</a>" if ident else escape(title)


class GoalWriter(QObject):
    """Writes the HTML of a goal's page."""

    def page(self, goal: GoalRow, parent: GoalRow | None, usage: GoalUsage) -> str:
        lead = " · ".join(x for x in (
            label(goal.kind),
            self.tr("below %1").replace("%1", goal_label(parent)) if parent else "",
            goal.ref) if x)
        none = escape(self.tr("No description."))
        description = (f"<p>{_text(usage.description)}</p>" if usage.description
                       else f"<p class='muted'>{none}</p>")
        return "".join([
            f"<h1>{escape(goal_label(goal))}</h1><p class='lead'>{escape(lead)}</p>",
            description,
            self._section(self.tr("Trips (%1)"), [self._trip(t) for t in usage.trips],
                          self.tr("No trip serves this goal yet.")),
            self._section(self.tr("Outcomes (%1)"), [self._outcome(o) for o in usage.outcomes],
                          self.tr("No outcome is linked to this goal yet.")),
            self._section(self.tr("Follow-up actions (%1)"),
                          [self._follow_up(f, f.id in usage.overdue) for f in usage.follow_ups],
                          self.tr("No follow-up action serves this goal yet.")),
        ])

    def _section(self, title: str, items: Sequence[str], empty: str) -> str:
        heading = escape(title.replace("%1", str(len(items))))
        body = ("".join(f"<p>{item}</p>" for item in items) if items
                else f"<p class='muted'>{escape(empty)}</p>")
        return f"<h2>{heading}</h2>{body}"

    def _trip(self, trip: TripRow) -> str:
        facts = " · ".join(x for x in (date_range(trip.start, trip.end),
                                       ", ".join(trip.destinations), label(trip.status)) if x)
        return f"{_trip_link(trip.id, trip.title)}<br><span class='muted'>{escape(facts)}</span>"

    def _outcome(self, outcome: GoalOutcome) -> str:
        facts = " · ".join(x for x in (after_name(outcome.kind),
                                       short_date(outcome.date) if outcome.date else "") if x)
        return (f"{_text(outcome.text)}<br><span class='muted'>{escape(facts)} · </span>"
                f"{_trip_link(outcome.trip_id, outcome.trip_title)}")

    def _follow_up(self, item: FollowUpRow, overdue: bool) -> str:
        due = self.tr("due %1").replace("%1", short_date(item.due)) if item.due else ""
        status = escape(after_name(item.status))
        if overdue:
            late = self.tr("overdue since %1").replace("%1", short_date(item.due)) \
                if item.due else ""
            red = error_colour().name()
            due = f"<span style='color:{red}; font-weight:600'>{escape(late)}</span>" \
                if late else ""
        else:
            due = escape(due)
        facts = " · ".join(x for x in (status, due, escape(item.owner)) if x)
        trip = (" · " + _trip_link(item.trip_id, item.trip_title)) if item.trip_id else ""
        return f"{_text(item.action)}<br><span class='muted'>{facts}</span>{trip}"
