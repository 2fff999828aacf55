"""Dates and numbers in printed documents follow the session's content language."""

from __future__ import annotations

import pytest

from workshop_app.documents.wording import number
from workshop_app.formats import (
    format_amount,
    format_date,
    format_money,
    format_number,
    format_percent,
)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "2 April 2026"),
        ("pl", "2 kwietnia 2026"),
        ("nl", "2 april 2026"),
        ("zh_CN", "2026年4月2日"),
        ("zh_TW", "2026年4月2日"),
    ],
)
def test_a_date_is_written_out_in_the_content_language(lang, expected):
    assert format_date("2026-04-02", lang) == expected


def test_polish_months_take_the_genitive_and_every_month_has_a_name():
    assert format_date("2026-09-30", "pl") == "30 września 2026"
    assert format_date("2026-12-01", "pl") == "1 grudnia 2026"
    assert format_date("2027-03-15", "nl") == "15 maart 2027"
    assert format_date("2027-10-05", "en") == "5 October 2027"


def test_text_that_is_not_a_date_is_left_alone():
    assert format_date("", "pl") == ""
    assert format_date("next spring", "nl") == "next spring"
    assert format_date("2026-02-30", "en") == "2026-02-30"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "3.5"), ("pl", "3,5"), ("nl", "3,5"), ("zh_CN", "3.5"), ("zh_TW", "3.5")],
)
def test_the_decimal_separator_follows_the_language(lang, expected):
    assert format_number(3.5, lang, 1) == expected


def test_thousands_are_grouped_as_each_language_does():
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(1234567, "nl") == "1.234.567"
    assert format_number(1234567, "pl") == "1\u00a0234\u00a0567"
    # Polish leaves four-digit numbers whole
    assert format_number(2500, "pl") == "2500"
    assert format_number(2500, "nl") == "2.500"


def test_signed_gaps_keep_their_sign_and_never_show_minus_zero():
    assert format_number(1.5, "pl", 1, signed=True) == "+1,5"
    assert format_number(-0.75, "nl", 1, signed=True) == "-0,8"
    assert format_number(-0.04, "en", 1, signed=True) == "+0.0"
    assert format_number(-2, "en") == "-2"


def test_amounts_show_only_the_decimals_they_have():
    assert format_amount(12.0, "pl") == "12"
    assert format_amount(12.5, "pl") == "12,5"
    assert format_amount(1250000.25, "nl") == "1.250.000,25"
    assert format_percent(12.5, "nl", 1) == "12,5%"
    assert format_percent(40, "en") == "40%"


def test_goal_numbers_in_documents_use_the_language_and_keep_their_unit():
    assert number(12.5, "%", "pl") == "12,5%"
    assert number(1500000, "EUR", "nl") == "1.500.000 EUR"
    assert number(30, "count", "en") == "30"
    assert number(None, "%", "pl") == "–"


def test_a_number_longer_than_the_decimal_context_is_written_in_full():
    # Babel rounds in the decimal context (28 digits); a goal of 1e300 once raised InvalidOperation.
    text = format_number(1e300, "en")
    assert text.replace(",", "").startswith("1000000000000000052504760255")
    assert len(text.replace(",", "")) == 301


@pytest.mark.parametrize(
    ("lang", "currency", "whole", "cents"),
    [
        ("en", "EUR", "€2,880,000", "€4,500.50"),
        ("nl", "EUR", "€\xa02.880.000", "€\xa04.500,50"),
        ("pl", "PLN", "2\xa0880\xa0000\xa0zł", "4500,50\xa0zł"),
        ("zh_CN", "CNY", "¥2,880,000", "¥4,500.50"),
        ("zh_TW", "TWD", "$2,880,000", "$4,500.50"),
    ],
)
def test_money_is_written_with_the_languages_symbol_and_place(lang, currency, whole, cents):
    assert format_money(2_880_000, currency, lang) == whole
    assert format_money(4500.5, currency, lang) == cents
    assert format_money(-4500.5, currency, lang) == "-" + cents
