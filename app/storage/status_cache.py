"""A small file beside the data that lets a start skip decoding years of entries.

It holds the overview (plans, contacts, urge instants, goals, ticks and settings) decoded from one
exact version of the data file, keyed by that file's length and checksum: any other version,
however it came about, misses and is decoded afresh. Losing or damaging it costs one slower
start, nothing more.
"""

from __future__ import annotations

import zlib
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from app.domain.check_ins import newest_first
from app.domain.logbook import Logbook
from app.domain.timeline import Timeline
from app.storage.codec import (
    BadDocument,
    decode_check_in,
    decode_completion,
    decode_event,
    decode_goal,
    decode_hard_date,
    decode_preferences,
    decode_reasons,
    encode_check_in,
    encode_completion,
    encode_event,
    encode_goal,
    encode_hard_date,
    encode_preferences,
    encode_reasons,
)
from app.storage.errors import StorageError
from app.storage.files import read_ordinary_file, write_file

if TYPE_CHECKING:
    from app.storage.protection import Sealing

CACHE_FILE_NAME = "status-cache.json"
_FORMAT = 4  # 4: the newest check-ins and the hard dates
RECENT_CHECK_INS = 7


@dataclass(frozen=True, slots=True)
class Overview:
    """The logbook without the urges and the journal: what the figures and Today need.

    `logbook.events` holds the plans and contacts only; every urge counts by its instant in
    `timeline`, so years of urges take one list of numbers. The breakup reasons are kept: they
    decide whether healing comes first, which must hold from the very first paint. The newest
    week of check-ins is kept, today's among them: `status --json` says whether today has one,
    and Today shows it from the first paint, while years of them cost a start nothing. The hard
    dates are kept (a short list): Today shows the day's plan from the first paint.
    """

    timeline: Timeline
    logbook: Logbook

    @classmethod
    def of(cls, logbook: Logbook, timeline: Timeline | None = None) -> Overview:
        timeline = Timeline.of(logbook.events) if timeline is None else timeline
        return cls(
            timeline,
            Logbook(
                events=(*timeline.plans, *timeline.contacts),
                goals=logbook.goals,
                completions=logbook.completions,
                preferences=logbook.preferences,
                breakup_reasons=logbook.breakup_reasons,
                check_ins=newest_first(logbook.check_ins)[:RECENT_CHECK_INS],
                hard_dates=logbook.hard_dates,
            ),
        )


def cache_key(payload: bytes) -> str:
    """Names one exact version of the data file."""
    return f"{len(payload)}-{zlib.crc32(payload):08x}"


class StatusCache:
    """The cache file, sealed like the data file when protection is on: it holds goal titles,
    check-in notes and dates. While locked it is neither read nor written."""

    def __init__(self, path: Path, sealing: Sealing) -> None:
        self.path = path
        self.sealing = sealing

    def get(self, key: str) -> Overview | None:
        found = self.entry(key)
        return None if found is None else found[0]

    def entry(self, key: str) -> tuple[Overview, Any] | None:
        """The overview of the data file version `key` names, and the append point `put` kept
        with it (None without one); None when the cache holds another version, or nothing."""
        try:
            cached: Any = self._read()
            if cached["format"] != _FORMAT or cached["key"] != key:
                return None
            entries = tuple(decode_event(doc) for doc in cached["entries"])
            logbook = Logbook(
                events=entries,
                goals=tuple(decode_goal(doc) for doc in cached["goals"]),
                completions=tuple(decode_completion(doc) for doc in cached["completions"]),
                preferences=decode_preferences(cached["preferences"]),
                breakup_reasons=decode_reasons(cached["breakup_reasons"]),
                check_ins=tuple(decode_check_in(doc) for doc in cached["check_ins"]),
                hard_dates=tuple(decode_hard_date(doc) for doc in cached["hard_dates"]),
            )
            timeline = Timeline.of(entries)
            urge_times = tuple(float(moment) for moment in cached["urge_times"])
        except (
            OSError,
            StorageError,
            orjson.JSONDecodeError,
            KeyError,
            TypeError,
            ValueError,
            BadDocument,
        ):
            return None  # missing, damaged or locked: the caller decodes the data file instead
        overview = Overview(Timeline(timeline.plans, timeline.contacts, urge_times), logbook)
        return overview, cached.get("append_point")

    def holds(self, key: str) -> bool:
        """Whether the cache was made, in this format, from the data file version `key` names.

        A cache an older Holdfast wrote for the same file holds the same key, yet `get` cannot
        read it: it does not count, or nothing would replace it until the data file changed.
        """
        try:
            cached = self._read()
            return bool(cached.get("format") == _FORMAT and cached.get("key") == key)
        except (OSError, StorageError, orjson.JSONDecodeError, AttributeError):
            return False

    def _read(self) -> Any:
        return orjson.loads(self.sealing.opened(self.path, read_ordinary_file(self.path)))

    def put(self, key: str, overview: Overview, append_point: object = None) -> None:
        """Keeps `overview` for the data file version `key` names, with where new entries go in
        that version's bytes when the writer knows it (a JSON value: see quick_append.py)."""
        logbook = overview.logbook
        payload = orjson.dumps(
            {
                "format": _FORMAT,
                "key": key,
                "entries": [encode_event(event) for event in logbook.events],
                "urge_times": overview.timeline.urge_times,
                "goals": [encode_goal(goal) for goal in logbook.goals],
                "completions": [encode_completion(done) for done in logbook.completions],
                "preferences": encode_preferences(logbook.preferences),
                "breakup_reasons": encode_reasons(logbook.breakup_reasons),
                "check_ins": [encode_check_in(check_in) for check_in in logbook.check_ins],
                "hard_dates": [encode_hard_date(hard_date) for hard_date in logbook.hard_dates],
                "append_point": append_point,
            }
        )
        # A read-only folder, or locked: everything still works, only slower.
        with suppress(StorageError):
            write_file(self.path, self.sealing.seal(payload))
