"""Interface translations: Truce's own .qm files and Qt's qtbase_*.qm for the standard dialogs,
and dates, times and numbers as the interface language writes them.

The interface language is a setting of this computer (ui/language); it never changes a session's
content language, which the printed documents follow (workshop_app.formats).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)

from workshop_app.paths import resources_dir

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str = "") -> QLocale:
    locale = interface_locale(QLocale(language) if language else QLocale.system())
    remove_translators(app)
    # Every QLocale() made from now on (dates in tables, numbers, calendar pop-ups) speaks the
    # interface language, not the system's.
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    own = QTranslator(app)
    folder = str(resources_dir() / "i18n")
    # English is the source language, but its plural forms ("1 action", "2 actions") live in
    # truce_en.qm, which also serves any language Truce has no translation for.
    if own.load(locale, "truce", "_", folder) or own.load("truce_en", folder):
        app.installTranslator(own)
        _installed.append(own)
    return locale


def interface_locale(locale: QLocale) -> QLocale:
    """Truce's English is British: its dates are too (12/03/2026, never the US 3/12/26), whichever
    English the system speaks."""
    if locale.language() == QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def remove_translators(app: QCoreApplication) -> None:
    """Back to untranslated source strings and the system's locale."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def date_pattern() -> str:
    """The interface language's short date pattern, for tables and date pickers alike: 2.04.2026,
    4/2/2026. The year always has four digits, and a computer with no language set (the C locale,
    whose own pattern reads "2 04 2026") gets ISO 8601."""
    locale = QLocale()
    if locale.name() == "C":
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def show_date(iso: str, long: bool = False) -> str:
    """An ISO date as the interface language writes it: 2.04.2026, or in full with ``long``.

    Text that is not an ISO date is shown as it is."""
    day = QDate.fromString(iso.strip()[:10], Qt.DateFormat.ISODate) if iso else QDate()
    if not day.isValid():
        return iso
    if long:
        return QLocale().toString(day, QLocale.FormatType.LongFormat)
    return QLocale().toString(day, date_pattern())


def show_time(moment: datetime) -> str:
    """The time of day with seconds, in the interface language's own style (14:05:09, 2:05:09 PM)."""
    short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    with_seconds = short.replace("mm", "mm:ss", 1) if ":ss" not in short else short
    return QLocale().toString(QTime(moment.hour, moment.minute, moment.second), with_seconds)


def show_timestamp(stamp: str) -> str:
    """A stored ISO timestamp (UTC) as local date and time in the interface language."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError, OverflowError):  # the year 9999 in a far eastern zone
        return stamp
    when = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    time = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return QLocale().toString(when, f"{date_pattern()} {time}")


def number_language() -> str:
    """The interface language as workshop_app.formats names it ("pl", "nl", "zh"), for figures
    the core writes with their unit."""
    return QLocale().name().split("_")[0]


def show_number(value: float | None, decimals: int = 1, signed: bool = False) -> str:
    """3.5 → "3,5" in Polish and Dutch; ``signed`` shows "+" on positive values; None is "–"."""
    if value is None:
        return "–"
    if round(value, decimals) == 0:
        value = 0.0  # never "-0,0"
    text = QLocale().toString(float(value), "f", decimals)
    return "+" + text if signed and value >= 0 else text
