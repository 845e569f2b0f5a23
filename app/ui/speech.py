"""The window's Speaker (app/domain/words.py): a sentence the domain or storage wrote as a Said,
said in the window's language, its dates and numbers written as the window writes them.

The command line has its own (app/cli/speech.py), which reads the same catalogues without Qt.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from app.domain.goals import Goal, shown_title
from app.domain.words import ENGLISH, Shown, in_words, spoken
from app.ui.wording import day_text, moment_text


class WindowSpeaker:
    def translate(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def show(self, value: Shown) -> str:
        # "C", Qt's English of no country, is what a system set to no language has.
        if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
            return ENGLISH.show(value)  # as Holdfast's messages have always written them
        if isinstance(value, datetime):
            return moment_text(value)
        if isinstance(value, date):
            return day_text(value)
        if isinstance(value, time):
            return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")
        return QLocale().toString(value)


WINDOW = WindowSpeaker()


def in_window_words(text: str) -> str:
    """`text` as the window shows it: a Said in the window's language, other text as it is."""
    return spoken(text, WINDOW)


def what_went_wrong(error: BaseException) -> str:
    """What `error` says, in the window's language where Holdfast worded it."""
    return in_words(error, WINDOW)


def goal_title(goal: Goal) -> str:
    """A goal's title as the window shows it: a starter goal the user kept as Holdfast wrote
    it, in the window's language; a title the user wrote or changed, as they wrote it."""
    return in_window_words(shown_title(goal))
