"""Helpers the storage tests share: raw access to the files on disk and the writer process."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from app.domain.events import UrgeKind
from app.domain.logbook import Logbook, log_urge
from app.storage.codec import encode_event
from app.storage.store import DATA_FILE_NAME, Store

WRITER = Path(__file__).with_name("writer.py")


def data_file(folder: Path) -> Path:
    return folder / DATA_FILE_NAME


def event_ids(logbook: Logbook) -> set[str]:
    return {event.id for event in logbook.events}


def leftover_temp_files(folder: Path) -> list[Path]:
    """Temp files an interrupted atomic write left anywhere under the data folder."""
    return sorted(folder.rglob("*.tmp")) if folder.exists() else []


def write_raw(folder: Path, payload: bytes) -> Path:
    """Puts `payload` in place as the data file, as a crash, an editor or a bad disk might."""
    folder.mkdir(parents=True, exist_ok=True)
    path = data_file(folder)
    path.write_bytes(payload)
    return path


def version_1_tables(*events: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        "meta": {"1": {"schema_version": 1}},
        "events": {str(n): event for n, event in enumerate(events, start=1)},
        "goals": {"1": {"goals": []}},
        "completions": {},
    }


def urge_document(now: datetime, **fields: Any) -> dict[str, Any]:
    return {**encode_event(log_urge(now, UrgeKind.TEXT, intensity=5, note="walked")), **fields}


def save_urges(store: Store, now: datetime, count: int, note: str = "") -> list[str]:
    """Logs `count` urges in one transaction and returns their ids."""
    urges = [log_urge(now, UrgeKind.TEXT, intensity=4, note=note) for _ in range(count)]
    with store.transaction(now) as changes:
        changes.add(*urges)
    return [urge.id for urge in urges]


def start_writer(folder: Path, *args: str) -> subprocess.Popen[str]:
    """Starts writer.py against `folder` in a separate Python process."""
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def to_bytes(tables: object) -> bytes:
    return orjson.dumps(tables)


def content(payload: bytes) -> Any:
    """What a data file's bytes hold, less the restore generation that every restore raises."""
    tables = orjson.loads(payload)
    tables["meta"]["1"].pop("restore_generation", None)
    return tables
