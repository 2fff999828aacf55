"""Dates and numbers as a reader of each content language expects them in a printed document.

The interface formats with Qt's QLocale; printed documents are made by the core, which has no
Qt, and follow the session's content language rather than the computer's settings, so a Polish
workshop prints "2 kwietnia 2026" and "3,5" wherever it is exported.
"""

from __future__ import annotations

import math
from datetime import date

# Polish dates use the genitive month: "2 kwietnia 2026".
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
DECIMAL = {"pl": ",", "nl": ","}
# Polish groups thousands with a (non-breaking) space, and only from five digits on.
GROUP = {"en": ",", "nl": ".", "pl": "\u00a0", "zh_CN": ",", "zh_TW": ","}


def format_date(iso: str, lang: str) -> str:
    """ "2026-04-02" → "2 April 2026", "2 kwietnia 2026", "2 april 2026", "2026年4月2日".

    Text that is not an ISO date is returned as it is, so nothing the user typed is lost."""
    try:
        day = date.fromisoformat(iso.strip()[:10])
    except (ValueError, AttributeError):
        return iso
    if lang.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    months = MONTHS.get(lang, MONTHS["en"]).split()
    return f"{day.day} {months[day.month - 1]} {day.year}"


def format_number(value: float, lang: str, decimals: int = 0, *, signed: bool = False) -> str:
    """A number with the language's decimal comma or point and thousands separator.

    ``decimals`` is the most shown; trailing zeros are kept, as in a column of scores."""
    if not math.isfinite(value):
        return "–"
    text = f"{abs(value):,.{decimals}f}"
    whole, _, fraction = text.partition(".")
    digits = whole.replace(",", "")
    if lang == "pl" and len(digits) <= 4:
        whole = digits
    else:
        whole = whole.replace(",", GROUP.get(lang, ","))
    text = whole + (DECIMAL.get(lang, ".") + fraction if fraction else "")
    # -0.04 shown with one decimal is "0,0", not "-0,0"
    if value < 0 and float(f"{abs(value):.{decimals}f}") != 0:
        return "-" + text
    return "+" + text if signed else text


def format_amount(value: float, lang: str) -> str:
    """12.0 → "12", 12.5 → "12,5" in Polish: as many decimals as the value has, up to two."""
    if not math.isfinite(value):
        return "–"
    decimals = 0 if value == int(value) else 2
    text = format_number(value, lang, decimals)
    if decimals:
        separator = DECIMAL.get(lang, ".")
        text = text.rstrip("0").rstrip(separator)
    return text


def format_percent(value: float, lang: str, decimals: int = 0) -> str:
    """A share in per cent: 45 → "45%", 12.5 → "12,5%" in Dutch and Polish."""
    return f"{format_number(value, lang, decimals)}%"
