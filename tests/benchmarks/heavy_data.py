"""A data folder holding years of heavy use: 20,000 plans, urges and contacts, and two years of
daily check-ins."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.events import ContactKind, Event, Plan, StartedBy, Urge, UrgeKind, new_id
from app.domain.goals import STARTER_GOALS
from app.storage.codec import encode_check_in, encode_event
from app.storage.files import make_private_folder, write_file
from app.storage.layout import CHECK_INS, EVENTS, fresh_tables
from app.storage.migrations import MIGRATIONS, schema_version
from app.storage.store import DATA_FILE_NAME

EVENT_COUNT = 20_000
CHECK_IN_DAYS = 2 * 365


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


def heavy_check_ins(end: datetime, days: int = CHECK_IN_DAYS) -> list[CheckIn]:
    """One check-in every evening for `days` days up to `end`, a line on about half of them."""
    rng = random.Random(CHECK_IN_DAYS)
    check_ins = []
    for back in range(days, 0, -1):
        at = (end - timedelta(days=back)).replace(hour=21, minute=0)
        check_ins.append(
            CheckIn(
                id=new_id(),
                day=at.date(),
                at=at,
                mood=rng.choice(list(Mood)),
                pull=rng.choice(list(Pull)),
                note=rng.choice(["", "a long walk after work", "their song came on"]),
            )
        )
    return check_ins


def write_heavy_folder(folder: Path, end: datetime) -> Path:
    """Writes the heavy data file into `folder` and returns its path."""
    make_private_folder(folder)
    tables = fresh_tables(schema_version(MIGRATIONS), STARTER_GOALS)
    tables[EVENTS] = {
        str(doc_id): encode_event(event) for doc_id, event in enumerate(heavy_events(end), start=1)
    }
    tables[CHECK_INS] = {
        str(doc_id): encode_check_in(check_in)
        for doc_id, check_in in enumerate(heavy_check_ins(end), start=1)
    }
    path = folder / DATA_FILE_NAME
    import orjson

    write_file(path, orjson.dumps(tables))
    return path


def _contact(at: datetime, kind: ContactKind, by: StartedBy) -> Event:
    from app.domain.events import Contact

    return Contact(id=new_id(), at=at, kind=kind, started_by=by, note="")
