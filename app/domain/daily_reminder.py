"""Whether a day already holds something the user logged, so the daily check-in reminder is not
needed that day. (The check-in itself is in check_ins.py.)"""

from __future__ import annotations

from datetime import date, tzinfo
from itertools import chain

from app.domain.logbook import Logbook
from app.domain.wallclock import local_date


def logged_on(logbook: Logbook, day: date, zone: tzinfo) -> bool:
    """True when an entry of any kind was made on `day`, on the wall clock of `zone`: an urge,
    a contact or a plan, a journal entry written or edited, a goal ticked off; or when `day`
    was checked in, wherever the check-in was made (it is about its own local date)."""
    if any(check_in.day == day for check_in in logbook.check_ins):
        return True
    instants = chain(
        (event.at for event in logbook.events),
        (entry.written_at for entry in logbook.journal),
        (entry.edited_at for entry in logbook.journal if entry.edited_at is not None),
        (completion.at for completion in logbook.completions),
    )
    return any(local_date(instant, zone) == day for instant in instants)
