"""Dates and numbers as a reader of each content language expects them in a printed document.

The interface formats with Qt's QLocale; printed documents are made by the core, which has no
Qt, and follow the session's content language rather than the computer's settings, so a Polish
workshop prints "2 kwietnia 2026" and "3,5" wherever it is exported. The words and symbols are
CLDR's, through Babel, for the locale workshop_app.languages gives each content language; Babel is
imported when a document first formats something, never while the window starts.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal, localcontext

from workshop_app.languages import language


def format_date(iso: str, lang: str) -> str:
    """ "2026-04-02" → "2 April 2026", "2 kwietnia 2026", "2 april 2026", "2026年4月2日".

    Text that is not an ISO date is returned as it is, so nothing the user typed is lost."""
    try:
        day = date.fromisoformat(iso.strip()[:10])
    except (ValueError, AttributeError):
        return iso
    from babel.dates import format_date as cldr_date

    return cldr_date(day, format="long", locale=language(lang).locale)


def format_number(value: float, lang: str, decimals: int = 0, *, signed: bool = False) -> str:
    """A number with the language's decimal comma or point and thousands separator.

    ``decimals`` is the most shown; trailing zeros are kept, as in a column of scores."""
    if not math.isfinite(value):
        return "–"
    from babel.numbers import format_decimal

    written = language(lang)
    # Rounded here, as Python rounds the float (2.675 → 2.67); Babel only writes the digits.
    rounded = Decimal(f"{abs(value):.{decimals}f}")
    whole_digits = len(str(int(rounded)))
    grouped = whole_digits >= 3 + written.min_grouping_digits
    pattern = ("#,##0" if grouped else "0") + ("." + "0" * decimals if decimals else "")
    with localcontext() as context:
        # Room for every digit of a huge figure (1e300): Babel rounds in the current context.
        context.prec = max(context.prec, whole_digits + decimals + 2)
        text = format_decimal(rounded, format=pattern, locale=written.locale)
    # -0.04 shown with one decimal is "0,0", not "-0,0"
    if value < 0 and rounded != 0:
        return "-" + text
    return "+" + text if signed else text


def decimal_symbol(lang: str) -> str:
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(language(lang).locale)


def format_amount(value: float, lang: str) -> str:
    """12.0 → "12", 12.5 → "12,5" in Polish: as many decimals as the value has, up to two."""
    if not math.isfinite(value):
        return "–"
    decimals = 0 if value == int(value) else 2
    text = format_number(value, lang, decimals)
    if decimals:
        text = text.rstrip("0").rstrip(decimal_symbol(lang))
    return text


def format_percent(value: float, lang: str, decimals: int = 0) -> str:
    """A share in per cent: 45 → "45%", 12.5 → "12,5%" in Dutch and Polish."""
    return f"{format_number(value, lang, decimals)}%"


def format_money(value: float, currency: str, lang: str) -> str:
    """An amount in a currency as the language writes it: "€2,880,000", "€ 2.880.000",
    "2 880 000 zł", "¥2,880,000". Whole amounts show no cents, others two decimals; the digits
    follow format_number (Polish groups from five digits), the symbol and its place are CLDR's."""
    from babel import Locale
    from babel.numbers import get_currency_symbol

    written = language(lang)
    symbol = get_currency_symbol(currency, locale=written.locale)
    if not math.isfinite(value):
        return "–"
    digits = format_number(value, lang, 0 if value == int(value) else 2)
    pattern = str(Locale.parse(written.locale).currency_formats["standard"].pattern)
    pattern = pattern.split(";")[0]
    before = pattern.startswith("¤")
    # A code with no symbol of its own ("XYZ2,880,000") reads better spaced.
    spaced = any(space in pattern for space in ("\xa0", " ")) or symbol.isalpha()
    gap = "\xa0" if spaced else ""
    if value < 0:
        digits = digits.removeprefix("-")
        return "-" + (symbol + gap + digits if before else digits + gap + symbol)
    return symbol + gap + digits if before else digits + gap + symbol
