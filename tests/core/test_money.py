"""Amounts as typed in a window: one parser for every field, in the interface's style."""

from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.numbers import format_currency, format_decimal

import delegations.money
from delegations import money
from delegations.errors import ValidationError
from delegations.i18n import gettext
from delegations.validation import money as core_money


@pytest.mark.parametrize(("text", "locale", "amount"), [
    ("2.400", "de_DE", Decimal("2400")),               # the dot groups thousands in German
    ("1.234", "de_DE", Decimal("1234")),
    ("2.400,50", "de_DE", Decimal("2400.50")),
    ("1,234.50", "en_GB", Decimal("1234.50")),
    ("1 234,50", "de_DE", Decimal("1234.50")),           # a space groups thousands too
    ("1\u00a0234,50", "de_DE", Decimal("1234.50")),      # no-break space
    ("1\u202f234,50", "de_DE", Decimal("1234.50")),      # narrow no-break space
    ("1\u202f234,50", "fr_FR", Decimal("1234.50")),
    ("1 234.50", "en_GB", Decimal("1234.50")),
    ("2400", "de_DE", Decimal("2400")),
    ("12,5", "de_DE", Decimal("12.5")),
    (" 2.400,50 € ", "de_DE", Decimal("2400.50")),
    ("EUR 120", "en_GB", Decimal("120")),
])
def test_what_people_type_is_read_in_their_style(text, locale, amount):
    assert money.parse(text, locale) == amount


def test_no_text_is_no_amount():
    assert money.parse("  ", "de_DE") is None
    assert money.parse_cents("", "en_GB") is None
    assert money.to_plain("", "de_DE") == ""


def test_cents_and_the_exchange_spelling_come_from_decimals():
    assert money.parse_cents("2.400,50", "de_DE") == 240050
    assert money.parse_cents("0,1", "de_DE") == 10
    assert money.to_plain("1.234,5", "de_DE") == "1234.50"
    assert money.plain(5) == "0.05"
    assert core_money(money.to_plain("68.500", "de_DE"), "budget") == 6850000


@pytest.mark.parametrize(("text", "locale", "message"), [
    ("12,3,4", "de_DE", "'12,3,4' has more than one decimal separator (',')"),
    ("abc", "de_DE", "'abc' is not an amount"),
    ("1e5", "de_DE", "'1e5' is not an amount"),
    ("NaN", "en_GB", "'NaN' is not an amount"),
    ("1.23.4", "de_DE", "'1.23.4' is not a well-formed amount: '.' separates thousands, "
                        "in groups of three digits"),
    ("12,3,4", "en_GB", "'12,3,4' is not a well-formed amount: ',' separates thousands, "
                        "in groups of three digits"),
    ("12,345", "de_DE", "'12,345' has more than two decimal places "
                        "(the decimal separator is ',')"),
    ("2.400", "en_GB", "'2.400' has more than two decimal places "
                       "(the decimal separator is '.')"),
    ("-5", "de_DE", "must not be negative"),
    ("\u22125,00", "de_DE", "must not be negative"),
    ("10.000.000.000.001", "de_DE", "10.000.000.000.001 is out of range (0–10000000000000)"),
])
def test_mistakes_are_named(text, locale, message):
    with pytest.raises(ValidationError) as caught:
        money.parse(text, locale, field="budget")
    assert caught.value.field == "budget"
    assert caught.value.message("en") == message


def test_a_minus_is_read_where_it_is_allowed():
    assert money.parse("-1.234,50", "de_DE", negative=True) == Decimal("-1234.50")


def test_mistakes_are_named_in_german():
    with pytest.raises(ValidationError) as caught:
        money.parse("12,3,4", "de_DE")
    assert caught.value.message("de") == "'12,3,4' hat mehr als ein Dezimaltrennzeichen (',')"


def test_every_message_of_the_parser_is_translated():
    messages = {msg for _line, msg, _comments, _context in
                extract_from_file("python", Path(delegations.money.__file__),
                                  keywords={"N_": None})}
    assert len(messages) >= 5
    assert sorted(m for m in messages if gettext(m, "de") == m) == []


@pytest.mark.parametrize("locale", ["de_DE", "en_GB", "fr_FR"])
def test_amounts_are_written_as_babel_writes_them(locale):
    assert money.format_amount(6850000, locale) == format_decimal(
        Decimal("68500.00"), format="#,##0.00", locale=locale)
    assert money.format_money(123450, "EUR", locale) == format_currency(
        Decimal("1234.50"), "EUR", locale=locale)
    assert money.format_amount(None, locale) == money.format_money(None, "EUR", locale) == ""


@pytest.mark.parametrize("locale", ["de_DE", "en_GB", "fr_FR"])
@pytest.mark.parametrize("cents", [0, 5, 240050, 6850000, 123456789])
def test_what_is_written_reads_back(locale, cents):
    assert money.parse_cents(money.format_amount(cents, locale), locale) == cents
    assert money.parse_cents(money.format_money(cents, "EUR", locale), locale) == cents


def test_the_core_reads_exchange_amounts_without_floats():
    assert core_money(0.1 + 0.2, "x") == 30
    assert core_money("1.234,50", "x") == 123450
    assert core_money(1234.505, "x") == 123451
    with pytest.raises(ValidationError):
        core_money("inf", "x")
