"""The marker that puts the domain's English words where Qt's translators find them, without Qt,
and the few words said both in the window and outside it."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, unchanged.

    pyside6-lupdate reads a call by this name as Qt's own marker and files the literal `text`
    under the literal `context`; the window translates the word where it shows it, with
    QCoreApplication.translate and the same context.
    """
    return text


# What Holdfast says the moment an urge is logged. The window's confirmation begins with the
# first and ends with the second, naming the urge between them; a notification, which a lock
# screen may show, says these two alone (app/cli/feedback.py).
URGE_LOGGED = QT_TRANSLATE_NOOP("UrgeFeedback", "Logged")
URGE_PASSES = QT_TRANSLATE_NOOP("UrgeFeedback", "It will pass.")
