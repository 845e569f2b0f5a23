"""The window in the user's language: the translators Qt looks words up in, and words translated
outside a widget, in a context named by a class, as `self.tr` names its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


class TranslationContext:
    """Subclass it and write `Name.tr("literal")` or `Name.tr("%n things", "", n)`.

    pyside6-lupdate files such a call under "Name" (a plural too, which it does not do for
    QCoreApplication.translate), and this translates it there: the two agree by construction.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


def use_language(app: QCoreApplication, language: str, catalogue: Path | None) -> None:
    """Holdfast's words from `catalogue` (English's holds only its plural forms: "1 urge"),
    Qt's own words (OK, Cancel, Yes) in `language`, and dates and numbers written its way.

    Call it before any window is built: a widget translates its words when it is made. A word
    either catalogue lacks stays in English, which is Qt's own fallback.
    """
    QLocale.setDefault(_writing(language))
    qt_words = QTranslator(app)  # the application keeps it, as long as it lives
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_words)
    if catalogue is not None:
        words = QTranslator(app)
        # Installed last, so looked in first: Holdfast's words win over Qt's.
        if words.load(str(catalogue)):
            app.installTranslator(words)


def _writing(language: str) -> QLocale:
    """How dates and numbers are written: the system's way when it speaks `language` (British
    English keeps its weeks from Monday, Austrian German its "Jänner"), else `language`'s own."""
    system = QLocale.system()
    # "C" is Qt's English of no country, what a system set to no language gets.
    spoken = (
        QLocale.Language.English if system.language() == QLocale.Language.C else system.language()
    )
    return system if spoken == QLocale(language).language() else QLocale(language)
