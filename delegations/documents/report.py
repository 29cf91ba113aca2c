"""The activity report for a year, as the office reports to the council.

A summary (trips by kind, participants, outcomes, actions, budget by funding source),
two charts, then each partner and friendly city's year, the forums and other
multi-city events once, and the trips to other cities. The figures come from
services.report, whose per-city numbers are the dashboard's.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import CondPageBreak, Flowable

from delegations.documents import report_cities
from delegations.documents.blocks import Cell, facts, gap, heading, para, rich, table
from delegations.documents.report_charts import Series, bar_chart
from delegations.documents.words import Words
from delegations.enums import OutcomeKind, TripKind
from delegations.i18n import N_
from delegations.model import FundingSource
from delegations.money import format_money
from delegations.services.budget import Amounts, YearBudget
from delegations.services.report import GoalCount, Totals, YearReport, year_report
from delegations.storage.store import Store

_MONEY_LOCALES = {"de": "de_DE", "en": "en_GB"}  # "1.234,50 €" / "€1,234.50"
FUNDING = {
    FundingSource.CITY_BUDGET: N_("City budget"),
    FundingSource.SPECIAL_FUND: N_("Special fund"),
    FundingSource.EU_PROGRAMME: N_("EU programme"),
    FundingSource.PARTNER: N_("Partner"),
}
CITY_CHART_LIMIT = 30  # bars; more would not fit a page


def title(w: Words, year: int) -> str:
    return w(N_("Activity report {year}")).format(year=year)


def money(w: Words, cents: int, currency: str = "EUR") -> str:
    """An amount as the language writes it: '1.234,50 €' / '€1,234.50'."""
    return format_money(cents, currency, _MONEY_LOCALES[w.language])


def _counts(w: Words, counts: Mapping[OutcomeKind, int]) -> str:
    return " · ".join(f"{w.enum(kind)} {n}" for kind, n in counts.items())


def _summary(w: Words, t: Totals) -> Flowable:
    a = t.actions
    return facts([
        (w(N_("Trips")), w(N_("{n} – trips out: {out}, incoming visits: {incoming}, "
                               "exchanges and forums: {both}")).format(
            n=t.trips, out=t.outgoing, incoming=t.incoming, both=t.both_ways)),
        (w(N_("Participants")), w(N_("{places} places on the year's trips; different people: "
                                     "{people} (counted once per contact, else per name)"))
         .format(places=t.participants, people=t.people)),
        (w(N_("Cities")), w(N_("{n} – partner and friendly cities with activity: {twinned}"))
         .format(n=t.cities, twinned=t.twinned_cities)),
        (w(N_("Outcomes")), f"{t.outcomes} – {_counts(w, t.outcomes_by_kind)}"
         if t.outcomes else "0"),
        (w(N_("Follow-up actions")), w(N_("{n} – done: {done}, dropped: {dropped}, still "
                                          "open: {open}")).format(
            n=a.total, done=a.done, dropped=a.dropped, open=a.open)),
    ], label_width=0.22)


def _kinds_table(w: Words, t: Totals) -> Flowable:
    rows: list[list[Cell]] = [[w.enum(k), str(n), str(t.participants_by_kind.get(k, 0))]
                              for k, n in t.trips_by_kind.items()]
    rows.append([para(w(N_("Total")), "cell-bold"), para(str(t.trips), "cell-bold"),
                 para(str(t.participants), "cell-bold")])
    return table([w(N_("Kind")), w(N_("Trips")), w(N_("Participants"))], rows, [0.5, 0.2, 0.3])


def _budget(w: Words, budget: YearBudget) -> list[Flowable]:
    out = heading(w(N_("Budget by funding source")), 2)
    if not budget.totals.lines:
        return [*out, para(w(N_("No budget lines recorded for trips starting in {year}."))
                           .format(year=budget.year), "note")]

    def row(name: Cell, a: Amounts, style: str = "cell") -> list[Cell]:
        return [name, *(para(money(w, c), style) for c in (
            a.planned_cents, a.actual_cents, a.difference_cents))]

    rows = [row(w(FUNDING.get(f, str(f))), a) for f, a in budget.totals.by_funding.items()]
    rows.append(row(para(w(N_("Total")), "cell-bold"), budget.totals.total, "cell-bold"))
    header = [w(N_("Funding source")), w(N_("Planned")), w(N_("Actual")),
              w(N_("Difference"))]
    return [*out, table(header, rows, [0.34, 0.22, 0.22, 0.22]), para(w(N_(
        "Budget lines of the trips starting in {year} ({lines} lines); difference is "
        "actual minus planned.")).format(year=budget.year, lines=budget.totals.lines), "small")]


def _with_heading(text: str, chart: Drawing) -> list[Flowable]:
    """A chart under its heading, both on a new page if the chart does not fit."""
    return [CondPageBreak(chart.height + 40), *heading(text, 2), chart]


def _city_chart(w: Words, report: YearReport) -> list[Flowable]:
    busiest = sorted(report.cities, key=lambda c: (-c.activity.trips, -c.activity.outcomes))
    shown = busiest[:CITY_CHART_LIMIT]
    if not shown:
        return []
    kinds = [k for k in TripKind if any(c.activity.trips_by_kind.get(k) for c in shown)]
    series = [Series(w.enum(k), tuple(c.activity.trips_by_kind.get(k, 0) for c in shown))
              for k in kinds]
    chart = bar_chart([c.city.name for c in shown], series, stacked=True)
    out = _with_heading(w(N_("Trips per partner and friendly city")), chart)
    if len(busiest) > len(shown):
        out.append(para(w(N_("The {n} busiest of {total} cities.")).format(
            n=len(shown), total=len(busiest)), "small"))
    return out


def goal_label(w: Words, goal: GoalCount) -> str:
    name = goal.name_en if w.language == "en" and goal.name_en else goal.name
    return f"{goal.code} {name}".strip()


def _goal_chart(w: Words, report: YearReport) -> list[Flowable]:
    goals = [g for g in report.goals if g.trips or g.outcomes or g.actions]
    if not goals:
        return []
    series = [Series(w(N_("Trips")), tuple(g.trips for g in goals)),
              Series(w(N_("Outcomes")), tuple(g.outcomes for g in goals)),
              Series(w(N_("Follow-up actions")), tuple(g.actions for g in goals))]
    chart = bar_chart([goal_label(w, g) for g in goals], series)
    return [*_with_heading(w(N_("Trips, outcomes and actions per goal")), chart),
            para(w(N_("Counted for a goal when linked to it or to a goal below it; goals "
                      "without any are left out.")), "small")]


def counted(w: Words, report: YearReport) -> Flowable:
    """What the figures count, said once under the summary."""
    text = w(N_("Counted are the trips of {year} that took place, are under way or are "
                "confirmed.")).format(year=report.year)
    if report.not_counted:
        text += " " + w(N_("Not counted: {n} ideas, unconfirmed plans and cancelled trips."))\
            .format(n=report.not_counted)
    return para(text, "small")


def build(store: Store, w: Words, year: int) -> list[Flowable]:
    """Title and summary, charts, then each city's year, the multi-city events, the rest."""
    report = year_report(store, year)
    story: list[Flowable] = [para(title(w, year), "title"), para(
        w(N_("Partnerships and international relations · {home}")).format(
            home=report.home) if report.home else w(N_("Partnerships and international "
                                                       "relations")), "subtitle")]
    story += heading(w(N_("Summary")))
    if not report.trips:
        return [*story, para(w(N_("No trips in {year}.")).format(year=year), "note"),
                counted(w, report)]
    story += [_summary(w, report.totals), counted(w, report), gap(8),
              rich([("b", w(N_("Trips by kind")))], "body"), _kinds_table(w, report.totals),
              *_budget(w, report.budget), *_city_chart(w, report), *_goal_chart(w, report)]
    return story + report_cities.sections(w, report)
