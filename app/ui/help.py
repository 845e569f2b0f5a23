"""The one wording of "If it is hard right now": crisis first, then support and a counsellor.

The Help menu, the Today page, the tray and Next steps all show it, so a person finds the same
words wherever they look. No phone number is ever written here: numbers differ by country and a
wrong one at the worst moment is worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.translation import TranslationContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Help(TranslationContext):
    """The help's words, wherever it is shown."""


def crisis_advice() -> str:
    return Help.tr(
        "If you might hurt yourself, or you are in danger, call your local emergency number or a "
        "crisis line where you live now. You don't have to explain it well; they will listen."
    )


def counsellor_advice() -> tuple[str, str]:
    """When to talk to a counsellor, in plain words: what it is for, and the signs."""
    return (
        Help.tr(
            "Holdfast is a tracker, not a therapist. Talking to a counsellor or therapist is a "
            "good step at any point, not only when things are bad."
        ),
        Help.tr(
            "It is worth finding one soon if your sleep, eating or work have suffered for weeks, "
            "if you can't stop checking on them, or if most days feel heavy. Your doctor can help "
            "you find someone."
        ),
    )


def help_text(unsafe: bool = False) -> str:
    """The whole help, crisis first. `unsafe` (abuse or control) adds abuse-specific support."""
    about, signs = counsellor_advice()
    paragraphs = [crisis_advice(), about, signs]
    if unsafe:
        paragraphs.append(
            Help.tr(
                "After a relationship that was abusive or controlling, a support service or "
                "helpline for abuse where you live can help, and so can a counsellor who knows "
                "about controlling relationships. Many are free and confidential."
            )
        )
    else:
        paragraphs.append(
            Help.tr(
                "If the relationship was abusive or controlling, or you feel unsafe, the healthier "
                "path is healing, not getting back together. You can say so in Settings, and "
                "Holdfast will put support first."
            )
        )
    paragraphs.append(
        Help.tr(
            "Talking to one person you trust, a friend or someone in your family, can make it "
            "lighter too."
        )
    )
    return "\n\n".join(paragraphs)


def show_help(parent: QWidget, unsafe: bool = False) -> None:
    """The help in a box of its own, over `parent`: the window's, or the lock screen's."""
    from PySide6.QtWidgets import QMessageBox  # loaded on first use: the start paints sooner

    QMessageBox.information(parent, Help.tr("If it is hard right now"), help_text(unsafe))
