"""Whether a day already holds something the user logged, so its check-in needs no reminder."""

from __future__ import annotations

from datetime import date, tzinfo
from itertools import chain

from app.domain.logbook import Logbook
from app.domain.wallclock import local_date


def logged_on(logbook: Logbook, day: date, zone: tzinfo) -> bool:
    """True when an entry of any kind was made on `day`, on the wall clock of `zone`: an urge,
    a contact or a plan, a journal entry written or edited, a goal ticked off."""
    instants = chain(
        (event.at for event in logbook.events),
        (entry.written_at for entry in logbook.journal),
        (entry.edited_at for entry in logbook.journal if entry.edited_at is not None),
        (completion.at for completion in logbook.completions),
    )
    return any(local_date(instant, zone) == day for instant in instants)
