"""Translation: the helpers the window's modules share, and loading a translation at start.

Source strings are English. Classes may use ``self.tr("…")`` (lupdate files those under
the class name); module-level code uses ``tr("…")`` from here, and tables of strings mark
each with ``QT_TR_NOOP("…")``: lupdate files both under the empty context, which is where
``tr`` looks them up. Counts are plural messages, ``tr("%n item(s)", "", n)``, so a
translation holds a form for each number. ``tools/update_translations.py`` regenerates
resources/i18n/*.ts.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` translated; with ``n``, a plural message: ``tr("%n item(s)", "", n)``."""
    if n < 0:
        return QCoreApplication.translate("", text)
    return plural(QCoreApplication.translate("", text, disambiguation or None, n), n)


def plural(text: str, n: int) -> str:
    """English plural of a ``%n …(s)`` message no translation has filled in.

    Qt puts ``n`` in for ``%n`` but leaves the ``(s)``; a translation (English's .qm
    included) has its own numerus forms and no ``(s)`` left to resolve. Classes call it
    around their own ``self.tr("%n day(s) LATE", "", days)``.
    """
    return text.replace("(s)", "" if n == 1 else "s")


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Load Qt's own and Facilitator's translation for ``locale`` (the system's by default).

    English needs none: the source strings are English. Returns what was loaded.
    """
    locale = locale or QLocale.system()
    loaded: list[str] = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        loaded.append("qtbase")
    ours = QTranslator(app)
    folder = resources.files("facilitator.resources").joinpath("i18n")
    with resources.as_file(folder) as path:
        if ours.load(locale, "facilitator", "_", str(path)):
            app.installTranslator(ours)
            loaded.append("facilitator")
    if loaded:
        log.info("Translations for %s: %s", locale.name(), ", ".join(loaded))
    return loaded


# Markers lupdate finds by name; they return the English text (typed, unlike Qt's own).
def QT_TR_NOOP(text: str) -> str:
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
