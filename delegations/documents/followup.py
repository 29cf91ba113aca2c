"""The follow-up brief: what the trip achieved and what is still to do, by goal."""

from __future__ import annotations

from reportlab.platypus import Flowable

from delegations.documents import followup_more, texts
from delegations.documents.blocks import Cell, facts, heading, heading_over, para, table
from delegations.documents.source import Source
from delegations.enums import FollowUpStatus, OutcomeKind
from delegations.i18n import N_
from delegations.services import dto
from delegations.services.goals import list_goals
from delegations.storage.store import Store

_OPEN = (FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS)


def title(src: Source) -> str:
    return src.words(N_("Follow-up brief"))


def _summary(src: Source) -> list[Flowable]:
    w, trip = src.words, src.trip
    open_count = sum(f.status in _OPEN for f in trip.follow_ups)
    pairs: list[tuple[str, Cell]] = [
        (w(N_("Trip")), trip.title),
        (w(N_("Dates")), w.span(trip.start, trip.end)),
        src.cities(),
        (w(N_("Status")), w.enum(trip.status)),
        (w(N_("Outcomes")), str(len(trip.outcomes))),
        (w(N_("Follow-up actions")), w(N_("{count} in all, {open} open")).format(
            count=len(trip.follow_ups), open=open_count)),
    ]
    return [*heading(w(N_("Summary"))), facts(pairs)]


def _goal_names(src: Source, goals: dict[int, dto.GoalRow], ids: tuple[int, ...]) -> str:
    return "; ".join(goals[i].label(src.words.language) for i in ids if i in goals)


def _outcomes(src: Source, goals: dict[int, dto.GoalRow]) -> list[Flowable]:
    """Agreements first, then the other results, each with the goals it serves."""
    w = src.words
    out = [*heading(w(N_("Outcomes and agreements")))]
    if not src.trip.outcomes:
        return [*out, para(w(N_("No outcomes recorded yet.")), "note")]
    ordered = sorted(src.trip.outcomes, key=lambda o: o.kind != OutcomeKind.AGREEMENT)
    rows: list[list[Cell]] = []
    for item in ordered:
        text: list[Flowable] = [para(item.text, "cell")]
        if item.notes:
            text.append(para(item.notes, "cell-note"))
        rows.append([w.short(item.date), para(w.enum(item.kind), "cell-bold"), text,
                     para(_goal_names(src, goals, item.goal_ids), "cell-small")])
    header = [w(N_("Date")), w(N_("Kind")), w(N_("Outcome")), w(N_("Goals"))]
    return [*out, table(header, rows, [0.13, 0.17, 0.45, 0.25]),
            *texts.some_untranslated(src, [(o.text, "") for o in src.trip.outcomes])]


def _action_rows(src: Source, actions: list[dto.FollowUpRow],
                 goals: dict[int, dto.GoalRow], under: int | None) -> list[list[Cell]]:
    """The actions of one group; an action that serves more goals names the others."""
    w = src.words
    rows: list[list[Cell]] = []
    for action in actions:
        text: list[Flowable] = [para(action.action, "cell")]
        concerns = ", ".join(x for x in (action.contact_name, action.city_name) if x)
        if concerns:
            text.append(para(concerns, "cell-small"))
        also = _goal_names(src, goals, tuple(g for g in action.goal_ids if g != under))
        if also and under is not None:
            text.append(para(w(N_("Also serves: {goals}")).format(goals=also), "cell-small"))
        status = w.enum(action.status)
        if action.completed_on:
            status += f"\n{w.short(action.completed_on)}"
        rows.append([text, action.owner, w.short(action.due),
                     para(status, "cell-bold" if action.status in _OPEN else "cell")])
    return rows


def _groups(src: Source, goals: dict[int, dto.GoalRow]
            ) -> list[tuple[str, int | None, list[dto.FollowUpRow]]]:
    """Each action once: under the first goal it serves (in the goals' order), then the
    actions of no goal."""
    groups: list[tuple[str, int | None, list[dto.FollowUpRow]]] = []
    told: set[int] = set()
    for goal in goals.values():
        served = [f for f in src.trip.follow_ups if goal.id in f.goal_ids and f.id not in told]
        told |= {f.id for f in served}
        if served:
            groups.append((goal.label(src.words.language), goal.id, served))
    rest = [f for f in src.trip.follow_ups if f.id not in told]
    if rest:
        groups.append((src.words(N_("Not assigned to a goal")), None, rest))
    return groups


def _actions(src: Source, goals: dict[int, dto.GoalRow]) -> list[Flowable]:
    w = src.words
    out = [*heading_over(w(N_("Follow-up actions by goal")))]
    if not src.trip.follow_ups:
        return [*out, para(w(N_("No follow-up actions recorded yet.")), "note")]
    header = [w(N_("Action")), w(N_("Owner")), w(N_("Due")), w(N_("Status"))]
    for label, goal_id, actions in _groups(src, goals):
        out += heading(label, 2, toc=False)
        out.append(table(header, _action_rows(src, actions, goals, goal_id),
                         [0.46, 0.24, 0.14, 0.16]))
    return out


def build(store: Store, src: Source) -> list[Flowable]:
    """Title, summary, outcomes and agreements, then the actions grouped by goal."""
    goals = {g.id: g for g in list_goals(store)}
    trip = src.trip
    story: list[Flowable] = [para(title(src), "title"), para(trip.title, "subtitle"),
                             para(src.words.span(trip.start, trip.end), "small")]
    return (story + _summary(src) + followup_more.objectives(src, goals)
            + _outcomes(src, goals) + followup_more.costs(store, src)
            + followup_more.gifts_received(src) + _actions(src, goals))
