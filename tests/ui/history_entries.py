"""The entries the History page and its charts are tested on, beside the started plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.clock import FixedClock
from app.domain.events import Contact, ContactKind, StartedBy, Urge, UrgeKind, new_id
from app.storage.store import Store
from tests.conftest import BERLIN


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in February 2026 in Berlin (UTC+1 all month)."""
    return datetime(2026, 2, day, hour, minute, tzinfo=BERLIN)


@dataclass(frozen=True)
class Known:
    """The entries beside the plan: its last contact was Tue 17 Feb at noon, now is Sun 1 Mar."""

    slip: Contact  # Sun 22 Feb 15:00: ends the first run after 5 days
    theirs: Contact  # Tue 24 Feb: they called, the run goes on
    strong: Urge  # Fri 20 Feb 21:30, strength 9
    late: tuple[Urge, Urge]  # Wed 25 Feb 23:10 and 23:40, not rated
    quiet: Urge  # Fri 27 Feb 08:15, not rated


def record_known(store: Store, clock: FixedClock) -> Known:
    """Saves the known entries into `store` and returns them."""
    entries = Known(
        slip=Contact(id=new_id(), at=at(22, 15), kind=ContactKind.TEXT, note="I wrote first"),
        theirs=Contact(
            id=new_id(), at=at(24, 18), kind=ContactKind.CALL, started_by=StartedBy.THEM
        ),
        strong=Urge(
            id=new_id(), at=at(20, 21, 30), kind=UrgeKind.TEXT, intensity=9, note="the song"
        ),
        late=(
            Urge(id=new_id(), at=at(25, 23, 10), kind=UrgeKind.CALL),
            Urge(id=new_id(), at=at(25, 23, 40), kind=UrgeKind.SOCIAL),
        ),
        quiet=Urge(id=new_id(), at=at(27, 8, 15), kind=UrgeKind.OTHER),
    )
    with store.transaction(clock.now()) as changes:
        changes.add(entries.slip, entries.theirs, entries.strong, *entries.late, entries.quiet)
    return entries
