"""The marker that puts the domain's English words where Qt's translators find them, without Qt;
the sentences built from those words; and the few words said both in the window and outside it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Protocol, TypeAlias

# What a sentence may name besides words: numbers and moments are shown in the reader's own way
# (a German reader sees a German date); a Said inside a Said is a phrase translated in its turn.
Shown: TypeAlias = date | datetime | time | int | float
Value: TypeAlias = str | Shown


class Speaker(Protocol):
    """Says things in one language: the window's translator, or the command line's catalogue."""

    def translate(self, context: str, text: str) -> str:
        """`text`, marked under `context`, in the speaker's language (else as it is)."""
        ...

    def show(self, value: Shown) -> str:
        """A number, date, date and time, or time of day, written the speaker's way."""
        ...


class Said(str):
    """An English sentence that can be said in another language too.

    It is the English text itself, so everything that takes a message as text (an exception, a
    log line, a test) keeps working; it also keeps what a translator needs: the context and the
    English template lupdate extracted, and the values to put in the template's {named} fields.
    The template stays whole so that a translator can reorder it; never glue two Saids in code.

    Make one from the marker's result: `Said(QT_TRANSLATE_NOOP("Context", "{what} ..."), what=x)`.
    """

    context: str
    template: str
    values: Mapping[str, Value]

    def __new__(cls, marked: Said, /, **values: Value) -> Said:
        return _said(marked.context, marked.template, values)

    def spoken_by(self, speaker: Speaker) -> str:
        """This sentence in the speaker's language, with each value shown the speaker's way."""
        translated = speaker.translate(self.context, self.template)
        try:
            return _filled(translated, self.values, speaker)
        except (KeyError, IndexError, ValueError):
            # A translation whose fields do not match the English ones: the English sentence
            # (with the values still the speaker's) says it rather than nothing at all.
            return _filled(self.template, self.values, speaker)

    def __reduce__(self) -> tuple[object, tuple[str, str, Mapping[str, Value]]]:
        # str's own way would rebuild it from the English text alone, which __new__ cannot take.
        return _said, (self.context, self.template, self.values)


def _said(context: str, template: str, values: Mapping[str, Value]) -> Said:
    said = str.__new__(Said, _filled(template, values, ENGLISH))
    said.context = context
    said.template = template
    said.values = values
    return said


def _filled(template: str, values: Mapping[str, Value], speaker: Speaker) -> str:
    if not values:
        return template  # a word or sentence with no fields: its braces, if any, are its own
    return template.format_map({name: _shown(value, speaker) for name, value in values.items()})


def _shown(value: Value, speaker: Speaker) -> str:
    if isinstance(value, Said):
        return value.spoken_by(speaker)
    if isinstance(value, str):
        return value  # a name, a path, an id: the same in every language
    return speaker.show(value)


def filled(template: str, /, **values: Value) -> Said:
    """A Said with no words of its own to translate, only its values: "{number} {word}", or a
    list. Each value is said in the reader's language when the whole is."""
    return _said("", template, values)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Said:
    """`text`, unchanged, as a Said that knows its context.

    pyside6-lupdate reads a call by this name as Qt's own marker and files the literal `text`
    under the literal `context`; the window translates the word where it shows it, with
    QCoreApplication.translate and the same context, and a Said made from it is translated
    under that context too.
    """
    return _said(context, text, {})


def spoken(text: str, speaker: Speaker) -> str:
    """`text` in the speaker's language if it is a Said; other text (a system's own message, a
    word typed by the user) as it is."""
    return text.spoken_by(speaker) if isinstance(text, Said) else text


def message_of(error: BaseException) -> str:
    """What `error` says, as a Said where it carries one (its `said`, or the Said it was raised
    with), so that a sentence naming it can say it in the reader's language; else its text."""
    said = getattr(error, "said", None)
    if isinstance(said, Said):
        return said
    raised_with = error.args[0] if len(error.args) == 1 else None
    return raised_with if isinstance(raised_with, Said) else str(error)


def in_words(error: BaseException, speaker: Speaker) -> str:
    """What went wrong, in the speaker's language; an error that carries no Said says its own
    message."""
    return spoken(message_of(error), speaker)


class _English:
    """How the English sentence is written: the text as marked, dates as the messages always
    wrote them (2026-03-01, 2026-03-01 14:05, 14:05), and large numbers with commas."""

    def translate(self, context: str, text: str) -> str:
        return text

    def show(self, value: Shown) -> str:
        if isinstance(value, datetime):
            return f"{value:%Y-%m-%d %H:%M}"
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, time):
            return f"{value:%H:%M}"
        if isinstance(value, int):
            return f"{value:,}"  # 20,000 characters
        return str(value)


ENGLISH: Speaker = _English()


# What Holdfast says the moment an urge is logged. The window's confirmation begins with the
# first and ends with the second, naming the urge between them; a notification, which a lock
# screen may show, says these two alone (app/cli/feedback.py).
URGE_LOGGED = QT_TRANSLATE_NOOP("UrgeFeedback", "Logged")
URGE_PASSES = QT_TRANSLATE_NOOP("UrgeFeedback", "It will pass.")
