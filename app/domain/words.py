"""The marker that puts the domain's English words where Qt's translators find them, without Qt."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, unchanged.

    pyside6-lupdate reads a call by this name as Qt's own marker and files the literal `text`
    under the literal `context`; the window translates the word where it shows it, with
    QCoreApplication.translate and the same context.
    """
    return text
