"""Export files (JSON with everything, CSV of the entries) and reading a JSON export back."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import orjson

from app.domain.errors import InvalidEntry
from app.domain.events import Contact, Event
from app.domain.journal import newest_first
from app.domain.logbook import Logbook
from app.domain.preferences import Preferences
from app.storage.codec import (
    BadDocument,
    decode_completion,
    decode_event,
    decode_goal,
    decode_journal_entry,
    decode_reasons,
    encode_completion,
    encode_event,
    encode_goal,
    encode_journal_entry,
    encode_reasons,
)
from app.storage.errors import NotAnExport
from app.storage.files import write_file

EXPORT_FORMAT = "holdfast-export"
# The journal and the breakup reasons joined the export without a new version: an export from
# before them lacks them and imports as it always did.
EXPORT_VERSION = 1
CSV_COLUMNS = (
    "type",
    "id",
    "at",
    "kind",
    "intensity",
    "resisted",
    "started_by",
    "necessary",
    "ends_run",
    "last_contact",
    "target_days",
    "note",
    "unsent_message",
)


def export_to(target: Path, logbook: Logbook, now: datetime, data_file: Path) -> None:
    """Writes `logbook` to `target`, as JSON or CSV by its suffix; refuses other names."""
    suffix = target.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise InvalidEntry(f"the export file must end in .json or .csv, not {target.name!r}")
    if target.resolve() == data_file.resolve():
        raise InvalidEntry(
            f"{target} is Holdfast's own data file; export to a file of another name"
        )
    write_file(target, export_json(logbook, now) if suffix == ".json" else export_csv(logbook))


def export_json(logbook: Logbook, now: datetime) -> bytes:
    return orjson.dumps(
        {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": now.isoformat(),
            "events": [encode_event(e) for e in _by_time(logbook.events)],
            "goals": [encode_goal(g) for g in logbook.goals],
            "completions": [encode_completion(c) for c in logbook.completions],
            "journal": [encode_journal_entry(j) for j in reversed(newest_first(logbook.journal))],
            "breakup_reasons": encode_reasons(logbook.breakup_reasons),
            # The settings that travel: they decide whether healing comes first.
            "relationship_unsafe": logbook.preferences.relationship_unsafe,
            "relationship_betrayal": logbook.preferences.relationship_betrayal,
        },
        option=orjson.OPT_INDENT_2,
    )


def export_csv(logbook: Logbook) -> bytes:
    """One row per plan, urge and contact, oldest first, for a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for event in _by_time(logbook.events):
        row = encode_event(event)
        if isinstance(event, Contact):
            row["ends_run"] = event.breaks_no_contact
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def read_export(path: Path) -> Logbook:
    """The logbook in a JSON export, or NotAnExport saying what is wrong with the file."""
    try:
        payload = path.read_bytes()
    except FileNotFoundError:
        raise NotAnExport(f"there is no file {path}") from None
    except OSError as error:
        raise NotAnExport(f"cannot read {path}: {error.strerror}") from None
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError:
        data = None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise NotAnExport(
            f"{path} is not a Holdfast export; import takes a .json file made by `holdfast export`"
        )
    if data.get("version") != EXPORT_VERSION:
        raise NotAnExport(f"{path} is an export format this version of Holdfast does not know")
    try:
        return Logbook(
            events=tuple(decode_event(doc) for doc in _documents(data, "events")),
            goals=tuple(decode_goal(doc) for doc in _documents(data, "goals")),
            completions=tuple(decode_completion(doc) for doc in _documents(data, "completions")),
            journal=tuple(decode_journal_entry(doc) for doc in _documents(data, "journal")),
            breakup_reasons=decode_reasons(data.get("breakup_reasons", [])),
            preferences=Preferences(
                relationship_unsafe=_said(data, "relationship_unsafe"),
                relationship_betrayal=_said(data, "relationship_betrayal"),
            ),
        )
    except BadDocument as error:
        raise NotAnExport(f"{path} cannot be imported: {error}") from None


def _said(data: dict[str, object], key: str) -> bool:
    said = data.get(key, False)  # older exports do not say
    if type(said) is not bool:
        raise BadDocument(f"{key} must be true or false, not {said!r}")
    return said


def _documents(data: dict[str, object], key: str) -> list[dict[str, object]]:
    documents = data.get(key, [])
    if not isinstance(documents, list) or not all(isinstance(d, dict) for d in documents):
        raise BadDocument(f"its {key} are not a list of entries")
    return documents


def _by_time(events: tuple[Event, ...]) -> list[Event]:
    return sorted(events, key=lambda e: e.at)
