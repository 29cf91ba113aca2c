"""Every amount field reads what a German planner types the same way: the trip's budget,
a gift's value and a budget line (one parser, delegations.money)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from babel.numbers import format_decimal
from PySide6.QtCore import QLocale, Qt

from delegations.services import budget, gifts, trips
from tests.ui.trip_support import open_window, trip_of
from ui.after.budget_tab import BudgetTab
from ui.after.gifts_tab import GiftsTab
from ui.context import AppContext


@pytest.fixture
def german_numbers(app) -> Iterator[None]:
    """The interface writes numbers as in Germany (messages stay English)."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def ctx(german_numbers, demo_store):
    return AppContext.create(demo_store)


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _trip_id(ctx: AppContext) -> int:
    return trips.find_trip(ctx.store, "sf-2026")


def test_the_trip_budget_is_shown_with_thousands_and_read_as_typed(qtbot, ctx):
    overview = open_window(qtbot, ctx, "sf-2026").tab("overview")
    field = overview.form.fields["budget"]
    assert trip_of(ctx.store, "sf-2026").budget_cents == 6850000
    assert field.text() == format_decimal(68500, format="#,##0.00", locale="de_DE")
    _type(qtbot, field, "2.400")
    assert trip_of(ctx.store, "sf-2026").budget_cents == 240000
    assert field.text() == format_decimal(2400, format="#,##0.00", locale="de_DE")
    _type(qtbot, field, "2.400,50")
    assert trip_of(ctx.store, "sf-2026").budget_cents == 240050


@pytest.mark.parametrize(("typed", "message"), [
    ("12,3,4", "'12,3,4' has more than one decimal separator (',')"),
    ("1.23.4", "'1.23.4' is not a well-formed amount: '.' separates thousands, "
               "in groups of three digits"),
    ("12,345", "'12,345' has more than two decimal places (the decimal separator is ',')"),
    ("-100", "Must not be negative"),
])
def test_a_mistyped_budget_is_named_at_the_field_and_not_stored(qtbot, ctx, typed, message):
    overview = open_window(qtbot, ctx, "sf-2026").tab("overview")
    field = overview.form.fields["budget"]
    _type(qtbot, field, typed)
    assert overview.form.message("budget") == message
    assert field.text() == typed
    assert trip_of(ctx.store, "sf-2026").budget_cents == 6850000
    assert ctx.undo.count() == 0


def test_a_gift_value_reads_the_same_text_as_the_same_amount(qtbot, ctx):
    tab = GiftsTab(ctx, _trip_id(ctx))
    qtbot.addWidget(tab)
    editor = tab.new_gift()
    editor.form.fields["description"].setPlainText("Porzellan aus Kämpfers Werkstatt")
    editor.form.fields["counterpart"].setText("Bürgermeisterin")
    editor.form.fields["value"].setText("12,3,4")
    assert editor.form.message("value") == "'12,3,4' has more than one decimal separator (',')"
    assert not editor.save_button.isEnabled()
    editor.form.fields["value"].setText("2.400")
    editor.save()
    assert not editor.isVisible()
    added = next(g for g in gifts.list_gifts(ctx.store, trip_id=_trip_id(ctx))
                 if g.description.startswith("Porzellan"))
    assert added.value_cents == 240000


def test_a_budget_line_reads_the_same_text_as_the_same_amount(qtbot, ctx):
    tab = BudgetTab(ctx, _trip_id(ctx))
    qtbot.addWidget(tab)
    before = {line.id for line in budget.list_budget_lines(ctx.store, _trip_id(ctx))}
    editor = tab.new_line()
    editor.form.fields["planned"].setText("1 234,50")
    editor.form.fields["actual"].setText("1.23.4")
    assert editor.form.message("actual").startswith("'1.23.4' is not a well-formed amount")
    editor.form.fields["actual"].setText("2.400")
    editor.save()
    assert not editor.isVisible()
    [line] = [x for x in budget.list_budget_lines(ctx.store, _trip_id(ctx)) if x.id not in before]
    assert (line.planned_cents, line.actual_cents) == (123450, 240000)
