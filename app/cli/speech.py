"""The command line in the user's language, without Qt.

The window translates with Qt's QTranslator; the command line must not load Qt, which takes
longer to start than `holdfast urge` takes in all. It reads the same compiled catalogues instead
(resources/translations/holdfast_<language>.qm, with app/system/qm_catalogue.py), so there is one
catalogue per language for the window and the command line, and translators work in one place.

A module marks its words as the window's do: a class of its own, named for the context, written
`CliStatus.tr("text")`, or `CliStatus.tr("%n days", "", n)` for a count. pyside6-lupdate files
such a call under the class's name, with plural forms; the English catalogue gives "1 day".
A word the catalogue lacks is said in English. JSON is for programs and is never translated.
"""

from __future__ import annotations

from datetime import date, datetime, time
from string import Formatter

from app.domain.words import ENGLISH, Shown
from app.system.language import catalogue_path
from app.system.qm_catalogue import Catalogue, with_count


class CliSpeaker:
    """Says the command line's words in one language; a Speaker (app/domain/words.py) for the
    domain's sentences too."""

    def __init__(self, language: str, catalogue: Catalogue | None) -> None:
        self.language = language
        self._catalogue = catalogue

    def translate(self, context: str, text: str) -> str:
        return self.counted(context, text, "", -1)

    def counted(self, context: str, text: str, disambiguation: str, n: int) -> str:
        """`text` under `context` in this language, with "%n" as `n` when it is 0 or more."""
        found = None
        if self._catalogue is not None:
            found = self._catalogue.translate(context, text, disambiguation, n)
        if found is None or _fields(found) != _fields(text):
            # Untranslated, or a translation whose {fields} are not the English ones: filling
            # it in would fail, and a command must answer at any moment, in English if need be.
            return with_count(text, n)
        return found

    def show(self, value: Shown) -> str:
        """A number or moment written this language's way; in English as Holdfast's messages
        have always written it (2026-03-01 14:05)."""
        if self.language == "en":
            return ENGLISH.show(value)
        from babel import dates, numbers  # only when something is shown in another language

        if isinstance(value, datetime):
            return dates.format_datetime(value, "short", locale=self.language)
        if isinstance(value, date):
            return dates.format_date(value, "medium", locale=self.language)
        if isinstance(value, time):
            return dates.format_time(value, "short", locale=self.language)
        return numbers.format_decimal(value, locale=self.language)

    def day(self, day: date) -> str:
        """A day with its weekday: "Fri 04 Dec 2026", as the command line always wrote it;
        "Fr., 4. Dez. 2026" in German."""
        if self.language == "en":
            return f"{day:%a %d %b %Y}"
        from babel.dates import format_skeleton

        return format_skeleton("yMMMEd", day, locale=self.language)


def _fields(text: str) -> set[str] | None:
    """The names of the {fields} `text` is filled in with; None when it cannot be filled in."""
    try:
        return {name for _, name, _, _ in Formatter().parse(text) if name is not None}
    except ValueError:
        return None


_speaker: CliSpeaker | None = None


def speak(language: str) -> CliSpeaker:
    """From now on the command line says everything in `language`, from its catalogue when it
    was built (else in English)."""
    global _speaker
    path = catalogue_path(language)
    _speaker = CliSpeaker(language, None if path is None else Catalogue.read(path))
    return _speaker


def speaker() -> CliSpeaker:
    """Who speaks now: English (with its catalogue's plural forms) until `speak` chose another."""
    return _speaker or speak("en")


class TranslationContext:
    """Subclass it and write `Name.tr("literal")` or `Name.tr("%n things", "", n)`, as the
    window's own TranslationContext (app/ui/translation.py) is used, but without Qt."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return speaker().counted(cls.__name__, text, disambiguation or "", n)
