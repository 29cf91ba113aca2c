"""The activity report of a year: its figures (services.report) and its PDF, read back."""

from __future__ import annotations

import io
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from pypdf import PdfReader

from delegations.documents import DocumentRequest, document_bytes
from delegations.documents.fonts import CJK, SANS
from delegations.documents.report_charts import integer_scale, label
from delegations.enums import FollowUpStatus, RegistrationStatus, TripKind, TripStatus
from delegations.model import FundingSource
from delegations.services import budget, cities, goals, outcomes, participants, trips
from delegations.services.dashboard import year_activity
from delegations.services.dto import TripFilter
from delegations.services.report import ActionTotals, YearReport, year_report
from delegations.storage.store import Store, open_store

PRINTED = date(2026, 2, 10)
HATAY_ONLY = "Hatay wird zum Städteforum 2020 eine eigene Ausstellung mitbringen."


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file) -> Iterator[Store]:
    """The demo office with budget lines on two 2019 trips (and one of 2020), and one
    forum outcome that names Hatay alone."""
    path = tmp_path_factory.mktemp("report") / "office.sqlite"
    shutil.copyfile(demo_file, path)
    store = open_store(path)
    aarhus, forum, hatay = (trips.find_trip(store, r)
                            for r in ("aarhus-2019", "forum-2019", "hatay-2020"))
    budget.add_budget_line(store, aarhus, {"funding": "city_budget", "category": "travel",
                                           "planned": "1.234,50", "actual": "1300"})
    budget.add_budget_line(store, forum, {"funding": "special_fund", "category": "hospitality",
                                          "planned": "20000", "actual": "18500,75"})
    budget.add_budget_line(store, forum, {"funding": "city_budget", "planned": "500"})
    budget.add_budget_line(store, hatay, {"funding": "eu_programme", "planned": "777"})
    outcomes.add_outcome(store, forum, {"kind": "decision", "text": HATAY_ONLY,
                                         "cities": [cities.get_city(store, "hatay").id]})
    yield store
    store.close()


@pytest.fixture(scope="module")
def report(demo: Store) -> YearReport:
    return year_report(demo, 2019)


def text_of(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(scope="module")
def english(demo: Store) -> str:
    return text_of(document_bytes(demo, DocumentRequest("report", year=2019, language="en"),
                                  printed_on=PRINTED))


@pytest.fixture(scope="module")
def german(demo: Store) -> str:
    return text_of(document_bytes(demo, DocumentRequest("report", year=2019, language="de"),
                                  printed_on=PRINTED))


# ---------------------------------------------------------------------------- the figures


def test_per_city_numbers_are_the_dashboards(demo: Store, report: YearReport) -> None:
    dashboard = {a.city_id: a for a in year_activity(demo, 2019)}
    assert {s.city.id for s in report.cities} == set(dashboard)
    for section in report.cities:
        a = dashboard[section.city.id]
        assert section.activity == a
        assert len(section.outcomes) + section.shared_outcomes == a.outcomes
        assert len(section.open_actions) + section.shared_actions == a.open_actions
        assert sum(section.city.id in t.city_ids for t in section.trips) == a.trips
    names = [s.city.name for s in report.cities]
    assert {"Aarhus", "Sovetsk", "Kaliningrad", "Moshi District", "Hangzhou"} <= set(names)
    assert names.index("Vaasa") < names.index("Göteborg")  # twin cities, then friendly ones


def test_totals_count_the_years_trips_participants_outcomes_and_actions(
        demo: Store, report: YearReport) -> None:
    rows = [t for t in trips.list_trips(demo, TripFilter(year=2019))
            if t.status != TripStatus.CANCELLED]
    kinds = Counter(t.kind for t in rows)
    t = report.totals
    assert dict(t.trips_by_kind) == dict(kinds) == {
        TripKind.OUTGOING: 1, TripKind.INCOMING: 1, TripKind.STAFF_EXCHANGE: 1,
        TripKind.FORUM: 1}
    assert (t.outgoing, t.incoming, t.both_ways) == (1, 1, 2)
    people = [p for r in rows for p in participants.list_participants(demo, r.id)
              if p.status in (RegistrationStatus.REGISTERED, RegistrationStatus.CONFIRMED)]
    assert t.participants == len(people) == sum(t.participants_by_kind.values())
    assert 0 < t.people <= t.participants
    details = [trips.get_trip(demo, r.id) for r in rows]
    assert t.outcomes == sum(len(d.outcomes) for d in details) == 12
    actions = [f for d in details for f in d.follow_ups]
    status = Counter(f.status for f in actions)
    assert t.actions == ActionTotals(len(actions), status[FollowUpStatus.DONE],
                                     status[FollowUpStatus.DROPPED],
                                     status[FollowUpStatus.OPEN]
                                     + status[FollowUpStatus.IN_PROGRESS])
    assert t.cities == len({c for d in details for c in d.destinations})


def test_a_forum_is_told_once_and_its_city_outcome_under_the_city(report: YearReport) -> None:
    [forum] = report.events
    assert forum.trip.ref == "forum-2019" and len(forum.trip.city_ids) == 11
    assert len(forum.outcomes) == 4 and HATAY_ONLY not in [o.text for o in forum.outcomes]
    by_name = {s.city.name: s for s in report.cities}
    assert [o.text for o in by_name["Hatay"].outcomes] == [HATAY_ONLY]
    assert by_name["Brest"].outcomes == () and by_name["Brest"].shared_outcomes == 4
    assert by_name["Brest"].shared_actions == 1 and by_name["Brest"].open_actions == ()
    assert len(by_name["Moshi District"].open_actions) == 1
    assert by_name["Sovetsk"].shared_outcomes == 0 and len(by_name["Sovetsk"].outcomes) == 2
    assert report.other_trips == ()


def test_goal_counts_include_the_goals_below(demo: Store, report: YearReport) -> None:
    year_trips = {t.id for t in report.trips}
    assert [g.code for g in report.goals][:3] == ["OZ 1", "OZ 2", "OZ 3"]
    for g in report.goals:
        usage = goals.goal_usage(demo, g.goal_id, include_children=True)
        assert g.trips == sum(t.id in year_trips for t in usage.trips)
        assert g.outcomes == sum(o.trip_id in year_trips for o in usage.outcomes)
    assert report.goals[0].trips > 0


def test_budget_is_the_years_totals_by_funding_source(demo: Store, report: YearReport) -> None:
    assert report.budget == budget.year_totals(demo, 2019)
    funding = report.budget.totals.by_funding
    assert list(funding) == [FundingSource.CITY_BUDGET, FundingSource.SPECIAL_FUND]
    assert funding[FundingSource.CITY_BUDGET].planned_cents == 123450 + 50000
    assert funding[FundingSource.SPECIAL_FUND].actual_cents == 1850075


# ---------------------------------------------------------------------------- the PDF


def test_english_report_has_summary_charts_and_each_citys_section(english: str) -> None:
    assert "Activity report 2019" in english
    assert "Partnerships and international relations · Kiel" in english
    for words in ("Summary", "Trips by kind", "Delegation trip 1 4", "Incoming visit 1 5",
                  "Total 4 31", "trips out: 1, incoming visits: 1, exchanges and forums: 2",
                  "Trips per partner and friendly city", "Trips, outcomes and actions per goal",
                  "OZ 1 Global responsibility", "Follow-up actions",
                  "Partner and friendly cities", "Forums and multi-city events"):
        assert words in english, words
    for city in ("Aarhus", "Sovetsk", "Kaliningrad", "Moshi District", "Hangzhou"):
        assert english.count(city) >= 3, city  # chart, heading, at least one mention more
    assert "Trips: 2 (Staff exchange 1, Forum / conference 1) · Outcomes: 6 (4 of them at " \
           "multi-city events) · Open follow-ups: 1" in english
    assert "Twin city since 2019 · Denmark" in english and "Friendly city" in english
    assert "followups" not in english  # lines broken at a hyphen keep it


def test_english_budget_by_funding_source(english: str) -> None:
    assert "Budget by funding source" in english
    assert "City budget €1,734.50 €1,300.00 -€434.50" in english
    assert "Special fund €20,000.00 €18,500.75 -€1,499.25" in english
    assert "Total €21,734.50 €19,800.75 -€1,933.75" in english
    assert "€777.00" not in english  # a 2020 trip


def test_forum_outcomes_appear_once_and_the_city_one_under_its_city(
        demo: Store, english: str) -> None:
    forum = trips.get_trip(demo, trips.find_trip(demo, "forum-2019"))
    for outcome in forum.outcomes:
        assert english.count(" ".join(outcome.text.split())[:50]) == 1, outcome.text
    assert english.index("Hatay") < english.index(HATAY_ONLY) < english.index(
        "Forums and multi-city events Their general")
    # Aarhus and Hatay have outcomes of their own; the other nine only took part
    assert english.count("General outcomes: see “Forums and multi-city events”") == 2
    assert english.count("Took part in: Internationales Städteforum") == 9


def test_german_report(german: str) -> None:
    for words in ("Tätigkeitsbericht 2019", "Überblick", "Reisen nach Art",
                  "Budget nach Finanzierungsquelle", "Städtischer Haushalt 1.734,50 € 1.300,00 €",
                  "Sondermittel 20.000,00 € 18.500,75 €", "Partnerstädte und befreundete Städte",
                  "Foren und Veranstaltungen mit mehreren Städten",
                  "Partnerstadt seit 2019 · Dänemark",
                  "Allgemeine Ergebnisse: siehe „Foren und Veranstaltungen mit mehreren Städten“",
                  "Reisen je Partnerstadt und befreundeter Stadt", "OZ 1 Globale Verantwortung",
                  "Delegationsbesuch", "Offene Folgeaufgaben"):
        assert words in german, words
    assert "Activity report" not in german and "Summary" not in german


def test_a_year_without_trips_says_so(demo: Store) -> None:
    data = document_bytes(demo, DocumentRequest("report", year=2005, language="en"),
                          printed_on=PRINTED)
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    text = text_of(data)
    assert "Activity report 2005" in text and "No trips in 2005." in text
    assert "Budget" not in text


def test_cjk_and_cyrillic_names_and_other_cities(store: Store) -> None:
    hz = cities.create_city(store, {"ref": "hz", "name": "杭州", "relation": "friendly",
                                    "timezone": "Asia/Shanghai", "since": 2015})
    kd = cities.create_city(store, {"ref": "kd", "name": "Калининград", "relation": "partner",
                                    "timezone": "Europe/Kaliningrad"})
    net = cities.create_city(store, {"ref": "ubc", "name": "Union of the Baltic Cities",
                                     "relation": "network", "timezone": "Europe/Berlin"})
    for ref, dest in (("a", hz), ("b", kd), ("c", kd), ("d", net)):
        trips.create_trip(store, {"ref": ref, "title": f"Reise {ref}", "status": "completed",
                                  "start": "2021-05-04", "end": "2021-05-06",
                                  "destinations": [dest.id]})
    text = text_of(document_bytes(store, DocumentRequest("report", year=2021, language="en"),
                                  printed_on=PRINTED))
    assert text.count("杭州") >= 2 and text.count("Калининград") >= 2  # chart and section
    assert "Other cities and networks" in text and "Union of the Baltic Cities" in text
    assert "Trips: 2 (Delegation trip 2)" in text


def test_chart_labels_and_integer_ticks() -> None:
    fonts = [(s.fontName, s.text) for s in label("Kiel – 杭州", 100, 0).contents]
    assert fonts == [(SANS, "Kiel – "), (CJK, "杭州")]
    assert integer_scale(0) == (1, 1) and integer_scale(2) == (2, 1)
    assert integer_scale(13) == (14, 2) and integer_scale(95) == (100, 20)


def test_only_trips_that_take_place_are_counted_and_the_report_says_so(store: Store) -> None:
    """Ideas, plans not yet confirmed and cancelled trips are left out of every figure."""
    gd = cities.create_city(store, {"ref": "gd", "name": "Gdańsk", "relation": "partner",
                                    "timezone": "Europe/Warsaw"})
    for ref, status in (("done", "completed"), ("sure", "confirmed"), ("idea", "idea"),
                        ("plan", "planned"), ("off", "cancelled")):
        trip = trips.create_trip(store, {"ref": ref, "title": f"Reise {ref}", "status": status,
                                         "start": "2022-05-04", "end": "2022-05-06",
                                         "destinations": [gd.id]})
        budget.add_budget_line(store, trip.id, {"planned": "100"})
    report = year_report(store, 2022)
    assert [t.ref for t in report.trips] == ["done", "sure"]
    assert (report.totals.trips, report.not_counted, report.budget.totals.lines) == (2, 3, 2)
    text = text_of(document_bytes(store, DocumentRequest("report", year=2022, language="en"),
                                  printed_on=PRINTED))
    assert "Trips 2 – trips out: 2" in text
    assert ("Counted are the trips of 2022 that took place, are under way or are confirmed. "
            "Not counted: 3 ideas, unconfirmed plans and cancelled trips.") in text
    assert "Reise idea" not in text and "Reise off" not in text


def test_a_city_at_a_forum_without_general_outcomes_is_not_sent_there(store: Store) -> None:
    """'See forums' only points at a forum section that has something to say."""
    ids = [cities.create_city(store, {"ref": r, "name": n, "relation": "partner",
                                      "timezone": "Europe/Berlin"}).id
           for r, n in (("a", "Aarhus"), ("b", "Brest"), ("c", "Coventry"))]
    forum = trips.create_trip(store, {"ref": "f", "title": "Forum ohne Ergebnis",
                                      "status": "completed", "kind": "forum",
                                      "start": "2023-03-01", "end": "2023-03-02",
                                      "destinations": ids})
    outcomes.add_outcome(store, forum.id, {"kind": "result", "text": "Nur für Brest",
                                           "cities": [ids[1]]})
    text = text_of(document_bytes(store, DocumentRequest("report", year=2023, language="en"),
                                  printed_on=PRINTED))
    assert "Nur für Brest" in text
    assert "see “Forums" not in text and "see \u201cForums" not in text
