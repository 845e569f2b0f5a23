"""Adding entries to a data file the status cache has already proven sound, without decoding
the entries it holds: what lets a launcher's `holdfast urge` take no longer than TinyDB's own
insert, even at tens of thousands of entries.

The status cache names one exact version of the data file (its length and checksum) and is only
ever made from a file decoded whole, or written here from one that was. A file that matches it is
sound, and its overview needs only the new entries added. Its tables take the new documents as
the full path writes them; and a version written here is also spliced as bytes, without being
parsed at all: the cache keeps, beside its overview, where its events table ends (its append
point). Anything else (no cache, another version of the file, an older format, an id already
held) writes nothing here, and the caller goes the full way, with all its checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson

from app.domain.events import Event
from app.domain.intents.edits import AddEvents, Edit, apply
from app.domain.timeline import Timeline
from app.storage.changes import write_edit
from app.storage.codec import encode_event
from app.storage.errors import StorageError
from app.storage.files import read_ordinary_file, remove_leftover_temp_files, write_file
from app.storage.layout import EVENTS, META
from app.storage.lock import store_lock
from app.storage.safe_storage import Tables, parse_tables
from app.storage.status_cache import CACHE_FILE_NAME, Overview, StatusCache, cache_key

if TYPE_CHECKING:
    from app.storage.store import Store


@dataclass(frozen=True, slots=True)
class AppendPoint:
    """Where new entries go in the one version of the data file written here that the status
    cache names. That version is written as orjson writes its tables (as SafeStorage does), so
    a document with an id holds the bytes `"id":<the id as JSON>`, and no string holds them."""

    offset: int  # of the closing brace of the events table, which holds a document
    next_key: int  # above every document key of the events table
    version: int  # the file's format


def append_to_proven_file(store: Store, now: datetime, edits: Sequence[Edit]) -> Overview | None:
    """Saves `edits`, which only add plans, urges or contacts, if the data file is the one the
    status cache has proven sound; returns the overview of the file as saved. None when the file
    is not proven sound: nothing was written, and the caller saves through a transaction.

    Holds the store's lock from the read to the write, takes the backup a transaction would, and
    writes the file the same atomic, durable, private way. Raises as a transaction does when the
    lock stays held (StoreBusy), the edits break a rule (InvalidEntry) or the write fails.
    """
    if not edits or not all(isinstance(edit, AddEvents) for edit in edits):
        return None
    cache = StatusCache(store.folder / CACHE_FILE_NAME, store.sealing)
    # Locked, the caller seals the entries for later; without a cache, it is a first entry, in a
    # folder that may not be there yet.
    if store.locked or not cache.path.exists():
        return None
    with store_lock(store.folder, store.lock_wait):
        store.follow_protection()
        if store.locked:
            return None
        try:
            # Read through a link the user made, as the full path reads it.
            stored = read_ordinary_file(store.path, follow_link=True)
        except OSError:  # missing, a pipe, a link to nothing: the full path says what it means
            return None
        proven = cache.entry(cache_key(stored))
        if proven is None:
            return None
        # With protection on, the entries are spliced into the opened bytes, sealed again.
        payload = store.sealing.opened(store.path, stored)
        overview, kept_point = proven
        saved = _with_entries_added(overview, edits)  # the domain's rules, before any write
        appended = _appended(store, payload, kept_point, edits)
        if appended is None:
            return None
        spliced, after = appended
        written = store.sealing.seal(spliced)
        remove_leftover_temp_files(store.folder)
        remove_leftover_temp_files(store.backups.folder)
        if store.backups.is_due(now):
            store.backups.take(stored, now)
        write_file(store.path, written)
        # The next append, start or status reads the file as saved from the cache in turn.
        cache.put(cache_key(written), saved, None if after is None else _as_json(after))
    return saved


def _appended(
    store: Store, payload: bytes, kept_point: Any, edits: Sequence[Edit]
) -> tuple[bytes, AppendPoint | None] | None:
    """The proven file's bytes with the entries `edits` add, and their append point; None when
    the file already holds one of their ids, or is not in this Holdfast's format."""
    events = [event for edit in edits if isinstance(edit, AddEvents) for event in edit.events]
    point = _append_point(kept_point, payload, store.format_version)
    if point is not None:  # written here: spliced, without parsing
        if any(_id_bytes(event) in payload for event in events):
            return None  # the full path refuses it, in the domain's words
        return _spliced(payload, point, events)
    tables = _tables_to_append_to(store, payload)
    if tables is None or _already_held(tables, events):
        return None
    for edit in edits:
        write_edit(tables, edit)
    return _serialised_with_append_point(tables, store.format_version)


def _with_entries_added(overview: Overview, edits: Sequence[Edit]) -> Overview:
    """The overview once `edits` are made, checked by the domain's rules (InvalidEntry)."""
    # The overview's logbook holds its plans and contacts: with the edits made, it holds those
    # and the new entries, whose urges join the instants of the urges held before.
    logbook = apply(overview.logbook, *edits)
    added = Timeline.of(logbook.events)
    urge_times = tuple(sorted((*overview.timeline.urge_times, *added.urge_times)))
    return Overview.of(logbook, Timeline(added.plans, added.contacts, urge_times))


def _tables_to_append_to(store: Store, payload: bytes) -> Tables | None:
    """The tables of a proven file, if it is in this Holdfast's format; None otherwise."""
    try:
        tables = parse_tables(store.path, payload)
    except StorageError:  # a cache made for other bytes with the same checksum
        return None
    version = tables.get(META, {}).get("1", {}).get("schema_version")
    # The cache may be made from a file in an older format, decoded after an upgrade in memory:
    # a new document must not go into a file the upgrade has not been written to.
    if type(version) is not int or version != store.format_version:
        return None
    return tables


def _already_held(tables: Tables, events: Sequence[Event]) -> bool:
    new_ids = {event.id for event in events}
    return any(document.get("id") in new_ids for document in tables.get(EVENTS, {}).values())


def _serialised_with_append_point(tables: Tables, version: int) -> tuple[bytes, AppendPoint | None]:
    """The file's bytes, as orjson writes the tables (key, colon and value of each table, in
    order, between braces), and where the events table ends in them."""
    parts = [orjson.dumps(name) + b":" + orjson.dumps(table) for name, table in tables.items()]
    payload = b"{" + b",".join(parts) + b"}"
    start = 1
    for name, part in zip(tables, parts, strict=True):
        if name == EVENTS:
            try:
                next_key = max((int(key) for key in tables[EVENTS]), default=0) + 1
            except ValueError:  # not TinyDB's numeric document ids: no splicing into this one
                return payload, None
            return payload, AppendPoint(start + len(part) - 1, next_key, version)
        start += len(part) + 1
    return payload, None


def _spliced(
    payload: bytes, point: AppendPoint, events: Sequence[Event]
) -> tuple[bytes, AppendPoint]:
    """The file's bytes with `events` added at the end of its events table, as orjson would
    write the tables holding them, and the append point of the new bytes."""
    documents = b"".join(
        b"," + orjson.dumps(str(point.next_key + number)) + b":" + orjson.dumps(encode_event(event))
        for number, event in enumerate(events)
    )
    whole = memoryview(payload)  # one copy of the file's bytes, not three
    spliced = b"".join((whole[: point.offset], documents, whole[point.offset :]))
    after = AppendPoint(point.offset + len(documents), point.next_key + len(events), point.version)
    return spliced, after


def _append_point(kept: Any, payload: bytes, version: int) -> AppendPoint | None:
    """The append point the cache kept for `payload`, if it is one for this Holdfast's format."""
    try:
        point = AppendPoint(**kept)
    except TypeError:  # none kept, or not one this Holdfast wrote
        return None
    if not all(type(value) is int for value in (point.offset, point.next_key, point.version)):
        return None
    if point.version != version or not 0 < point.offset < len(payload):
        return None
    # The close of the table, after its last document: a last look, as the key proves it. (An
    # empty table has none: an entry added to it goes in as the file is parsed.)
    if payload[point.offset - 1 : point.offset + 1] != b"}}":
        return None
    return point


def _as_json(point: AppendPoint) -> dict[str, int]:
    return {"offset": point.offset, "next_key": point.next_key, "version": point.version}


def _id_bytes(event: Event) -> bytes:
    return b'"id":' + orjson.dumps(event.id)
