"""A data folder holding years of heavy use: 20,000 plans, urges and contacts."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from app.domain.events import ContactKind, Event, Plan, StartedBy, Urge, UrgeKind, new_id
from app.domain.goals import STARTER_GOALS
from app.storage.codec import encode_event
from app.storage.files import make_private_folder, write_file
from app.storage.layout import EVENTS, fresh_tables
from app.storage.migrations import MIGRATIONS, schema_version
from app.storage.store import DATA_FILE_NAME

EVENT_COUNT = 20_000


def heavy_events(end: datetime, count: int = EVENT_COUNT, years: int = 3) -> list[Event]:
    """Urges every few hours over `years`, a slip now and then, and a plan at the start."""
    rng = random.Random(20_000)
    start = end - timedelta(days=365 * years)
    span = (end - start).total_seconds()
    events: list[Event] = [
        Plan(id=new_id(), at=start, last_contact=start, target_days=30),
    ]
    for index in range(count - 1):
        at = start + timedelta(seconds=span * (index + 1) / count)
        if index % 400 == 399:
            events.append(_contact(at, rng.choice(list(ContactKind)), rng.choice(list(StartedBy))))
        else:
            events.append(
                Urge(
                    id=new_id(),
                    at=at,
                    kind=rng.choice(list(UrgeKind)),
                    intensity=rng.randint(1, 10),
                    note=rng.choice(["", "after the song on the radio", "late, could not sleep"]),
                )
            )
    return events


def write_heavy_folder(folder: Path, end: datetime) -> Path:
    """Writes the heavy data file into `folder` and returns its path."""
    make_private_folder(folder)
    tables = fresh_tables(schema_version(MIGRATIONS), STARTER_GOALS)
    tables[EVENTS] = {
        str(doc_id): encode_event(event) for doc_id, event in enumerate(heavy_events(end), start=1)
    }
    path = folder / DATA_FILE_NAME
    import orjson

    write_file(path, orjson.dumps(tables))
    return path


def _contact(at: datetime, kind: ContactKind, by: StartedBy) -> Event:
    from app.domain.events import Contact

    return Contact(id=new_id(), at=at, kind=kind, started_by=by, note="")
