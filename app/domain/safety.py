"""Whether the app puts healing before any thought of reconnecting, and which help it offers."""

from __future__ import annotations

from app.domain.journal import BreakupReason
from app.domain.logbook import Logbook


def healing_first(logbook: Logbook) -> bool:
    """True when the user said the relationship was abusive, controlling or unsafe, or full of
    disrespect or betrayal, in Settings or among the reasons it ended. Then nothing in the app
    coaches reconnection, and support comes first instead."""
    return was_unsafe(logbook) or _betrayed(logbook)


def was_unsafe(logbook: Logbook) -> bool:
    """True for abuse or control: the app then points to abuse-specific support as well. Betrayal
    alone puts healing first too, but is never called unsafe."""
    return logbook.preferences.relationship_unsafe or BreakupReason.ABUSE in logbook.breakup_reasons


def _betrayed(logbook: Logbook) -> bool:
    return (
        logbook.preferences.relationship_betrayal
        or BreakupReason.BETRAYAL in logbook.breakup_reasons
    )
