"""Interface translations: Truce's own .qm files and Qt's qtbase_*.qm for the standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app.paths import resources_dir

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str = "") -> QLocale:
    locale = QLocale(language) if language else QLocale.system()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
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
