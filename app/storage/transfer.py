"""Export files (JSON with everything, CSV of the entries) and reading a file to import: a JSON
export, or a Holdfast data file (a backup, the file a restore set aside, a sync tool's copy)."""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from app.domain.check_ins import CheckIn
from app.domain.errors import InvalidEntry
from app.domain.events import Contact, Event
from app.domain.journal import newest_first
from app.domain.logbook import Logbook
from app.domain.preferences import Preferences
from app.domain.words import QT_TRANSLATE_NOOP, Said, message_of
from app.storage.codec import (
    BadDocument,
    decode_check_in,
    decode_completion,
    decode_event,
    decode_goal,
    decode_hard_date,
    decode_journal_entry,
    decode_reasons,
    encode_check_in,
    encode_completion,
    encode_event,
    encode_goal,
    encode_hard_date,
    encode_journal_entry,
    encode_reasons,
)
from app.storage.errors import (
    DataFileError,
    LinkToNothing,
    NotAFile,
    NotAnExport,
    RefusedFile,
    WriteFailed,
    explain,
)
from app.storage.files import read_ordinary_file, write_file
from app.storage.layout import (
    CHECK_INS,
    COMPLETIONS,
    EVENTS,
    GOALS,
    HARD_DATES,
    JOURNAL,
    META,
    REFLECTION,
    SETTINGS,
)

EXPORT_FORMAT = "holdfast-export"
# Goes up by one whenever a section is added, so that a Holdfast that does not know the section
# refuses the file instead of importing it without. Version 1 gained the journal, the reasons
# and the two healing-first settings without a new number, so an older Holdfast dropped them;
# version 2 holds the same sections as a late version 1 and is numbered anew to stop that.
# Version 3 adds the hard dates and the daily check-ins.
EXPORT_VERSION = 3
_EXPORT_SECTIONS = frozenset(
    {
        "format",
        "version",
        "exported_at",
        "events",
        "goals",
        "completions",
        "journal",
        "hard_dates",
        "check_ins",
        "breakup_reasons",
        "relationship_unsafe",
        "relationship_betrayal",
    }
)
_DATA_FILE_TABLES = frozenset(
    {META, EVENTS, GOALS, COMPLETIONS, SETTINGS, JOURNAL, REFLECTION, HARD_DATES, CHECK_INS}
)
# Years of entries take a few MiB; a file far larger is not one Holdfast wrote.
MAX_IMPORT_BYTES = 64 * 1024 * 1024
EXPORT_SUFFIXES = (".json", ".csv")
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
    # Check-in rows, at the end so that scripts reading the older columns by place still work.
    "day",
    "mood",
    "mood_word",
    "pull",
    "pull_word",
)
# A spreadsheet runs a cell that starts with one of these as a formula; a note must stay a note.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

ReadDataFile = Callable[[Path, bytes], Logbook]

if TYPE_CHECKING:
    from app.storage.protection import Keys
    from app.storage.sealed_export import AskPassphrase, SealedWith


def export_to(
    target: Path,
    logbook: Logbook,
    now: datetime,
    data_folder: Path,
    overwrite: bool = False,
    sealed: SealedWith | None = None,
) -> None:
    """Writes `logbook` to `target`, as JSON or CSV by its suffix, readable by its owner only;
    `sealed`, an encrypted export (JSON only) that opens with the passphrase or recovery key.

    An existing file is replaced only with `overwrite`. Refuses other suffixes, and any place
    inside the data folder (its backups included), which holds Holdfast's own files only.
    """
    suffix = _export_suffix(target)
    if sealed is not None and suffix != ".json":
        raise InvalidEntry(
            QT_TRANSLATE_NOOP(
                "InvalidEntry",
                "an encrypted export is a JSON file: give it a name ending in .json (a CSV file "
                "is always plain, for a spreadsheet)",
            )
        )
    # Links followed by realpath, which leaves a link that leads back to itself as it is (the
    # write then says so), where Path.resolve raises RuntimeError before Python 3.13.
    folder = Path(os.path.realpath(data_folder))
    # The folder the file lands in, links followed; the file itself is never followed: a link
    # in its place is refused, or replaced by the export with `overwrite`.
    into = Path(os.path.realpath(target.absolute().parent))
    if into == folder or into.is_relative_to(folder):
        raise RefusedFile(
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "{target} is inside Holdfast's data folder {folder}, which holds only "
                    "Holdfast's own files; export to a folder of your own, such as your documents",
                ),
                target=str(target),
                folder=str(data_folder),
            )
        )
    payload = export_json(logbook, now) if suffix == ".json" else export_csv(logbook)
    if sealed is not None:
        from app.storage.sealed_export import sealed_export

        payload = sealed_export(payload, sealed)
    try:
        write_file(target, payload, exclusive=not overwrite)
    except WriteFailed as failed:
        if isinstance(failed.error, FileExistsError):
            raise RefusedFile(
                Said(
                    QT_TRANSLATE_NOOP(
                        "StorageError",
                        "{target} exists already and was left as it is; give another name, or add "
                        "--overwrite to replace it",
                    ),
                    target=str(target),
                )
            ) from None
        raise


def _export_suffix(target: Path) -> str:
    """.json or .csv, as `target` ends; InvalidEntry saying what to give instead."""
    suffix = target.suffix.lower()
    if suffix in EXPORT_SUFFIXES:
        return suffix
    if target.name.lower() in EXPORT_SUFFIXES:  # ".json" has no suffix, only a name
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "give the export file a name before {suffix}, such as holdfast-export{suffix}",
                ),
                suffix=target.name,
            )
        )
    if os.path.isdir(target):  # noqa: PTH112 (unlike Path.is_dir, it never raises)
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "{target} is a folder; give the name of the file to write in it, such as "
                    "{example}",
                ),
                target=str(target),
                example=str(target / "holdfast-export.json"),
            )
        )
    raise InvalidEntry(
        Said(
            QT_TRANSLATE_NOOP(
                "InvalidEntry", "the export file must end in .json or .csv, not {name}"
            ),
            name=repr(target.name),
        )
    )


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
            "hard_dates": [encode_hard_date(h) for h in logbook.hard_dates],
            "check_ins": [encode_check_in(c) for c in sorted(logbook.check_ins, key=_day)],
            "breakup_reasons": encode_reasons(logbook.breakup_reasons),
            # The settings that travel: they decide whether healing comes first.
            "relationship_unsafe": logbook.preferences.relationship_unsafe,
            "relationship_betrayal": logbook.preferences.relationship_betrayal,
        },
        option=orjson.OPT_INDENT_2,
    )


def export_csv(logbook: Logbook) -> bytes:
    """One row per plan, urge, contact and check-in, oldest first, for a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    rows: list[tuple[datetime, dict[str, Any]]] = []
    for event in logbook.events:
        row = encode_event(event)
        if isinstance(event, Contact):
            row["ends_run"] = event.breaks_no_contact
        rows.append((event.at, row))
    for check_in in logbook.check_ins:
        row = {
            "type": "check_in",
            **encode_check_in(check_in),
            "mood_word": check_in.mood_word,
            "pull_word": check_in.pull_word,
        }
        rows.append((check_in.at, row))
    for _, row in sorted(rows, key=lambda timed: timed[0]):
        writer.writerow({column: _cell(value) for column, value in row.items()})
    return buffer.getvalue().encode("utf-8")


def read_import(
    path: Path,
    read_data_file: ReadDataFile,
    keys: Keys | None = None,
    ask_passphrase: AskPassphrase | None = None,
) -> Logbook:
    """The logbook in a JSON export (plain or encrypted) or a Holdfast data file, or NotAnExport
    saying what is wrong.

    `read_data_file` decodes a data file's bytes, upgrading an older format, as the store does.
    An encrypted export opens with `keys` when it was written under them, else with the
    passphrase `ask_passphrase` gives.
    """
    payload = _read_bounded(path)
    from app.storage.protection import looks_sealed

    if looks_sealed(payload):  # a protected data file: a backup, a conflict copy
        return _data_file(path, payload, read_data_file)
    data = _json(path, payload)
    from app.storage.sealed_export import is_sealed_export, opened_export

    if isinstance(data, dict) and is_sealed_export(data):
        data = _json(path, opened_export(path, data, keys, ask_passphrase))
    if isinstance(data, dict) and "format" in data:
        return _decode_export(path, data)
    if isinstance(data, dict) and META in data:
        unknown = sorted(name for name, table in data.items() if name not in _DATA_FILE_TABLES)
        if any(data[name] for name in unknown):
            raise NotAnExport(
                Said(
                    QT_TRANSLATE_NOOP(
                        "StorageError",
                        "{path} holds a kind of entry this version of Holdfast does not know "
                        "({kind}); update Holdfast to import it",
                    ),
                    path=str(path),
                    kind=repr(unknown[0]),
                )
            )
        return _data_file(path, payload, read_data_file)
    raise _not_holdfast(path)


def _data_file(path: Path, payload: bytes, read_data_file: ReadDataFile) -> Logbook:
    try:
        return read_data_file(path, payload)
    except DataFileError as error:
        raise NotAnExport(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "{path} cannot be imported: {problem}"),
                path=str(path),
                problem=error.problem,
            )
        ) from None


def read_export(path: Path) -> Logbook:
    """The logbook in a JSON export, or NotAnExport saying what is wrong with the file."""
    data = _json(path, _read_bounded(path))
    if not isinstance(data, dict):
        raise _not_holdfast(path)
    return _decode_export(path, data)


def _decode_export(path: Path, data: dict[str, Any]) -> Logbook:
    if data.get("format") != EXPORT_FORMAT:
        raise _not_holdfast(path)
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise NotAnExport(
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError", "{path} does not say which version of the export format it is"
                ),
                path=str(path),
            )
        )
    if version > EXPORT_VERSION:
        raise NotAnExport(
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "{path} was made by a newer Holdfast (export format {version}; this version "
                    "reads up to {known}); update Holdfast to import it",
                ),
                path=str(path),
                version=str(version),
                known=str(EXPORT_VERSION),
            )
        )
    unknown = sorted(set(data) - _EXPORT_SECTIONS)
    if unknown:
        raise NotAnExport(
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "{path} holds a section this version of Holdfast does not know ({section}); "
                    "update Holdfast to import it",
                ),
                path=str(path),
                section=repr(unknown[0]),
            )
        )
    try:
        return Logbook(
            events=tuple(decode_event(doc) for doc in _documents(data, "events")),
            goals=tuple(decode_goal(doc) for doc in _documents(data, "goals")),
            completions=tuple(decode_completion(doc) for doc in _documents(data, "completions")),
            journal=tuple(decode_journal_entry(doc) for doc in _documents(data, "journal")),
            hard_dates=tuple(decode_hard_date(doc) for doc in _documents(data, "hard_dates")),
            check_ins=tuple(decode_check_in(doc) for doc in _documents(data, "check_ins")),
            breakup_reasons=decode_reasons(data.get("breakup_reasons", [])),
            preferences=Preferences(
                relationship_unsafe=_said(data, "relationship_unsafe"),
                relationship_betrayal=_said(data, "relationship_betrayal"),
            ),
        )
    except BadDocument as error:
        raise NotAnExport(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "{path} cannot be imported: {problem}"),
                path=str(path),
                problem=message_of(error),
            )
        ) from None


def _read_bounded(path: Path) -> bytes:
    """The bytes of the file to import, through a link, of at most MAX_IMPORT_BYTES."""
    try:
        return read_ordinary_file(path, follow_link=True, limit=MAX_IMPORT_BYTES)
    except FileNotFoundError:
        raise NotAnExport(
            Said(QT_TRANSLATE_NOOP("StorageError", "there is no file {path}"), path=str(path))
        ) from None
    except OSError as error:
        raise _unreadable(path, error) from None


def _unreadable(path: Path, error: OSError) -> NotAnExport:
    if isinstance(error, LinkToNothing):
        return NotAnExport(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "there is no file {path}: it is {what}"),
                path=str(path),
                what=error.what,
            )
        )
    if isinstance(error, NotAFile):
        return NotAnExport(
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "cannot read {path}: it is not a file but a pipe or a device; give a file "
                    "made by `holdfast export`, a backup or a copy of holdfast.json",
                ),
                path=str(path),
            )
        )
    if isinstance(error, PermissionError):
        return NotAnExport(
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "cannot read {path}: its permissions do not let you read it; copy it "
                    "somewhere of your own, or ask whoever owns it",
                ),
                path=str(path),
            )
        )
    if isinstance(error, IsADirectoryError):
        return NotAnExport(
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError", "cannot read {path}: it is a folder; give the file to import"
                ),
                path=str(path),
            )
        )
    if error.errno == errno.ELOOP:  # an import is read through links, so this one loops
        return NotAnExport(
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "cannot read {path}: its path holds a link that leads back to itself; give "
                    "the path of the file itself",
                ),
                path=str(path),
            )
        )
    return NotAnExport(
        Said(
            QT_TRANSLATE_NOOP("StorageError", "cannot read {path}: {why}"),
            path=str(path),
            why=explain(error),
        )
    )


def _not_holdfast(path: Path) -> NotAnExport:
    return NotAnExport(
        Said(
            QT_TRANSLATE_NOOP(
                "StorageError",
                "{path} is not a Holdfast export or data file; import takes a .json file made by "
                "`holdfast export`, a backup, or a copy of holdfast.json",
            ),
            path=str(path),
        )
    )


def _json(path: Path, payload: bytes) -> object:
    try:
        return orjson.loads(payload)
    except orjson.JSONDecodeError:
        raise NotAnExport(
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "{path} is not a Holdfast export or data file (it is not valid JSON; it may "
                    "have been cut short); import takes a .json file made by `holdfast export`, a "
                    "backup, or a copy of holdfast.json",
                ),
                path=str(path),
            )
        ) from None


def _said(data: dict[str, object], key: str) -> bool:
    said = data.get(key, False)  # older exports do not say
    if type(said) is not bool:
        raise BadDocument(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "{key} must be true or false, not {value}"),
                key=key,
                value=repr(said),
            )
        )
    return said


def _documents(data: dict[str, object], key: str) -> list[dict[str, object]]:
    documents = data.get(key, [])
    if not isinstance(documents, list) or not all(isinstance(d, dict) for d in documents):
        raise BadDocument(
            Said(QT_TRANSLATE_NOOP("StorageError", "its {key} are not a list of entries"), key=key)
        )
    return documents


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value  # what spreadsheet makers advise: the cell then shows as text
    return value


def _day(check_in: CheckIn) -> date:
    return check_in.day


def _by_time(events: tuple[Event, ...]) -> list[Event]:
    return sorted(events, key=lambda e: e.at)
