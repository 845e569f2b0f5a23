"""Words translated outside a widget, in a context named by a class, as `self.tr` names its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TranslationContext:
    """Subclass it and write `Name.tr("literal")` or `Name.tr("%n things", "", n)`.

    pyside6-lupdate files such a call under "Name" (a plural too, which it does not do for
    QCoreApplication.translate), and this translates it there: the two agree by construction.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
