"""The follow-up brief's balance: objectives against results, planned against actual
costs, the gifts received (value, where kept) and the thank-you letters still to send."""

from __future__ import annotations

from reportlab.platypus import Flowable

from delegations.documents import texts
from delegations.documents.blocks import Cell, bullets, heading, para, table
from delegations.documents.briefing_facts import money
from delegations.documents.source import Source
from delegations.enums import GiftDirection
from delegations.i18n import N_
from delegations.services import dto
from delegations.services.budget import list_budget_lines, totals
from delegations.storage.store import Store


def objectives(src: Source, goals: dict[int, dto.GoalRow]) -> list[Flowable]:
    """The trip's objectives, then each goal it serves beside the results that serve it."""
    w, trip = src.words, src.trip
    out = [*heading(w(N_("Objectives and results")))]
    if trip.objectives.strip():
        out += texts.points(src, trip.objectives, trip.objectives_en)
    rows: list[list[Cell]] = []
    for goal in trip.goals:
        results = [para(o.text, "cell") for o in trip.outcomes if goal.id in o.goal_ids]
        rows.append([para(goal.label(w.language), "cell-bold"),
                     results or para(w(N_("No result recorded.")), "cell-note")])
    if rows:
        out += [table([w(N_("Goal")), w(N_("Results"))], rows, [0.4, 0.6]),
                *texts.some_untranslated(src, [(o.text, "") for o in trip.outcomes])]
    elif not trip.objectives.strip():
        out.append(para(w(N_("No objectives recorded.")), "note"))
    return out


def costs(store: Store, src: Source) -> list[Flowable]:
    """Planned against actual costs, line by line, with the totals."""
    w = src.words
    lines = list_budget_lines(store, src.trip.id)
    out = [*heading(w(N_("Planned and actual costs")))]
    if not lines:
        return [*out, para(w(N_("No budget lines recorded.")), "note")]
    rows: list[list[Cell]] = [
        [w.enum(b.category), b.note, money(src, b.planned_cents), money(src, b.actual_cents)]
        for b in lines]
    total = totals(lines).total
    rows.append([para(w(N_("Total")), "cell-bold"), "",
                 para(money(src, total.planned_cents), "cell-bold"),
                 para(money(src, total.actual_cents), "cell-bold")])
    header = [w(N_("Category")), w(N_("For")), w(N_("Planned")), w(N_("Actual"))]
    sign = "+" if total.difference_cents > 0 else ""
    return [*out, table(header, rows, [0.2, 0.44, 0.18, 0.18]),
            para(w(N_("Difference (actual minus planned): {amount}")).format(
                amount=sign + money(src, total.difference_cents)), "small"),
            *texts.some_untranslated(src, [(b.note, "") for b in lines])]


def gifts_received(src: Source) -> list[Flowable]:
    """Gifts received with value and where they are kept; the thanks still owed."""
    w = src.words
    received = [g for g in src.trip.gifts if g.direction == GiftDirection.RECEIVED]
    out = [*heading(w(N_("Gifts received")))]
    if not received:
        return [*out, para(w(N_("No gifts received recorded.")), "note")]
    rows: list[list[Cell]] = [
        [w.short(g.date), g.description, g.contact_name or g.counterpart or g.city_name,
         money(src, g.value_cents) if g.value_cents is not None else w(N_("unknown")),
         g.kept_at or "–"] for g in received]
    header = [w(N_("Date")), w(N_("Gift")), w(N_("From")), w(N_("Value")), w(N_("Kept at"))]
    out.append(table(header, rows, [0.13, 0.33, 0.2, 0.12, 0.22]))
    owed = [g for g in received if not g.thanked]
    out += heading(w(N_("Thank-you letters still to send")), 2, toc=False)
    if not owed:
        return [*out, para(w(N_("None: every gift received has been thanked for.")), "note")]
    return out + bullets("\n".join(
        f"{g.contact_name or g.counterpart or g.city_name}: {g.description}" for g in owed))
