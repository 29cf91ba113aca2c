"""The start page on the demo office (today fixed at 23 November 2026): the trips coming
up open their window, overdue follow-ups stand out, one bar per city with activity, and
the page follows changes made elsewhere."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from delegations.services import followups, trips
from tests.ui.support import on_screen
from ui import formatting
from ui.app import use_language
from ui.context import AppContext, Change
from ui.dashboard.page import DashboardPage

TODAY = date(2026, 11, 23)


def _page(qtbot, store, width=1100):
    page = DashboardPage(AppContext.create(store), today=lambda: TODAY)
    return on_screen(qtbot, page, width, 900)


@pytest.fixture
def page(qtbot, app, demo_store):
    return _page(qtbot, demo_store)


def test_shows_the_trips_coming_up_and_opens_the_one_clicked(page, demo_store, qtbot):
    titles = [b.title for b in page.coming_up.buttons]
    assert titles == ["Bürgerreise zum Advent nach Aarhus",
                      "60 Jahre Städtepartnerschaft Kiel – Vaasa: Jubiläumsreise mit Station "
                      "in Tallinn", "Jugendaustausch Kiel – Gdynia: Segeln und Meeresschutz"]
    # the dates as every list and date field shows them
    advent = formatting.date_range(date(2026, 12, 5), date(2026, 12, 6))
    assert page.coming_up.buttons[0].description().startswith(f"{advent} · Aarhus · ")
    assert "Tallinn, Vaasa" in page.coming_up.buttons[1].description()
    wanted = trips.find_trip(demo_store, "vaasa-2027")
    with qtbot.waitSignal(page.trip_requested) as opened:
        qtbot.mouseClick(page.coming_up.buttons[1], Qt.MouseButton.LeftButton)
    assert opened.args == [wanted]


def test_overdue_follow_ups_stand_out_by_sign_word_and_weight(page, qtbot):
    figure = page.follow_ups.overdue
    assert figure.number.text() == "⚠ 1"
    assert figure.caption.text() == "overdue"
    assert "font-weight: 600" in figure.caption.styleSheet()
    assert page.follow_ups.this_week.number.text() == "0"
    [item] = page.follow_ups.item_texts()
    assert item.startswith("⚠ overdue since 31/10/2026 · Hospitation")
    assert item.endswith("— San Francisco")
    assert page.summary == "3 trips coming up · ⚠ 1 follow-up overdue · 0 due this week"
    with qtbot.waitSignal(page.follow_ups_requested):
        page.follow_ups.open_all.click()


def test_one_bar_per_city_with_activity_and_a_year_to_choose(page, qtbot):
    chart = page.activity
    assert chart.year_box.currentData() == 2026
    assert chart.bar_count() == 2
    assert [chart.year_box.itemData(i) for i in range(chart.year_box.count())] == [
        2027, 2026, 2020, 2019]
    index = chart.year_box.findData(2019)
    chart.year_box.setCurrentIndex(index)
    chart.year_box.activated.emit(index)
    assert chart.bar_count() == 14
    axis = chart.chart.axes(Qt.Orientation.Vertical)[0]
    assert axis.categories()[-1] == "Aarhus"  # the busiest on top
    assert "Göteborg" in axis.categories() and "Hangzhou" in axis.categories()
    assert "Aarhus: 2 trips" in chart.view.accessibleDescription()
    page.refresh()  # the chosen year stays
    assert chart.year_box.currentData() == 2019 and chart.bar_count() == 14


def test_follows_changes_made_elsewhere(page, demo_store, qtbot):
    trip = trips.find_trip(demo_store, "buergerreise-aarhus-2026")
    followups.add_follow_up(demo_store, trip, {"action": "Busse bestätigen",
                                               "due": "2026-11-25"})
    with qtbot.waitSignal(page.summary_changed):
        page.ctx.changes.announce(Change.FOLLOW_UP)
    assert page.follow_ups.this_week.number.text() == "1"
    assert page.follow_ups.item_texts()[-1].startswith("25/11/2026 · Busse bestätigen")
    page.hide()
    trips.delete_trip(demo_store, trip)
    page.ctx.changes.announce(Change.TRIP, ident=trip)
    assert len(page.coming_up.buttons) == 3  # hidden: redrawn when shown again
    page.show()
    qtbot.waitUntil(lambda: len(page.coming_up.buttons) == 2)


def test_an_empty_office_gets_calm_messages(qtbot, app, tmp_path):
    from delegations.storage.store import open_store
    store = open_store(tmp_path / "empty.sqlite")
    try:
        page = _page(qtbot, store, width=700)
        texts = [w.text() for w in page.findChildren(type(page.date_line)) if w.isVisible()]
        assert any(t.startswith("No trips planned from today on.") for t in texts)
        assert any(t.startswith("Nothing overdue, nothing due this week.") for t in texts)
        assert "No trips with partner or friendly cities in 2026." in texts
        assert not page.activity.view.isVisible()
        assert page.follow_ups.overdue.number.text() == "0"
    finally:
        store.close()


def test_in_german_nothing_is_clipped(qtbot, app, demo_store, tmp_path):
    use_language(app, "de")
    try:
        page = _page(qtbot, demo_store, width=900)
        page.show_year(2019)
        assert page.date_line.text() == "Montag, 23. November 2026"
        advent = formatting.date_range(date(2026, 12, 5), date(2026, 12, 6))
        assert advent == "05.12.2026 – 06.12.2026"  # as the date fields show a date
        assert page.coming_up.buttons[0].description().startswith(f"{advent} · Aarhus")
        for card in (page.coming_up, page.follow_ups, page.activity):
            assert card.width() >= card.minimumSizeHint().width()
        page.grab().save(str(tmp_path / "dashboard-de.png"))
        assert (tmp_path / "dashboard-de.png").stat().st_size > 10_000
    finally:
        use_language(app, "en")


def test_personal_data_past_retention_is_announced_until_anonymised(page, demo_store, qtbot):
    from delegations.privacy.retention import apply_retention, retention_due

    due = retention_due(demo_store, TODAY)
    trips_due = len({d.trip_id for d in due})
    assert due and page.retention.isVisible()
    assert page.retention.text.text() == (
        f"The retention period is over for the personal data of {len(due)} delegation "
        f"members of {trips_due} trips.")
    with qtbot.waitSignal(page.privacy_requested):
        qtbot.mouseClick(page.retention.review, Qt.MouseButton.LeftButton)
    apply_retention(demo_store, TODAY)
    page.ctx.changes.announce(Change.PARTICIPANT)
    qtbot.waitUntil(lambda: not page.retention.isVisible())
