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
    if own.load(locale, "truce", "_", str(resources_dir() / "i18n")):
        app.installTranslator(own)
        _installed.append(own)
    return locale
