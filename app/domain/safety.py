"""Whether the app puts healing before any thought of reconnecting."""

from __future__ import annotations

from app.domain.journal import BreakupReason
from app.domain.logbook import Logbook


def healing_first(logbook: Logbook) -> bool:
    """True when the user said the relationship was unsafe, in Settings or among the reasons
    it ended; then nothing in the app coaches reconnection, and support comes first instead."""
    return logbook.preferences.relationship_unsafe or BreakupReason.ABUSE in logbook.breakup_reasons
