"""A small file beside the data that lets `holdfast status` skip decoding years of entries.

It holds the timeline (plans, contacts, urge instants) computed from one exact version of the data
file, keyed by that file's length and checksum: any other version, however it came about, misses
and is computed afresh. Losing or damaging it costs one slower `status`, nothing more.
"""

from __future__ import annotations

import zlib
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson

from app.domain.timeline import Timeline
from app.storage.codec import BadDocument, decode_event, encode_event
from app.storage.errors import WriteFailed
from app.storage.files import write_file

CACHE_FILE_NAME = "status-cache.json"
_FORMAT = 1


def cache_key(payload: bytes) -> str:
    """Names one exact version of the data file."""
    return f"{len(payload)}-{zlib.crc32(payload):08x}"


class StatusCache:
    def __init__(self, path: Path) -> None:
        self.path = path

    def get(self, key: str) -> Timeline | None:
        try:
            cached: Any = orjson.loads(self.path.read_bytes())
            if cached["format"] != _FORMAT or cached["key"] != key:
                return None
            entries = [decode_event(doc) for doc in cached["entries"]]
            urge_times = tuple(float(moment) for moment in cached["urge_times"])
        except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError, BadDocument):
            return None  # missing or damaged: the caller computes the timeline afresh
        return replace(Timeline.of(entries), urge_times=urge_times)

    def put(self, key: str, timeline: Timeline) -> None:
        payload = orjson.dumps(
            {
                "format": _FORMAT,
                "key": key,
                "entries": [encode_event(plan) for plan in timeline.plans]
                + [encode_event(contact) for contact in timeline.contacts],
                "urge_times": timeline.urge_times,
            }
        )
        with suppress(WriteFailed):  # a read-only folder: status still works, only slower
            write_file(self.path, payload)
