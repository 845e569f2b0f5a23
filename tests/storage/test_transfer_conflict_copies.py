"""Sync tools' conflict copies of the data file: found beside it by their names, merged in by id,
and then kept in merged/, never deleted."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.domain.journal import write_entry
from app.domain.logbook import log_urge
from app.storage.conflict_copies import conflict_copies, merge_conflict_copies
from app.storage.store import Store
from tests.storage.support import data_file, event_ids, read_plain, save_urges

CONFLICT_COPIES = [
    "holdfast.sync-conflict-20260301-120000-ABCDEFG.json",  # Syncthing
    "holdfast (Sam's conflicted copy 2026-03-01).json",  # Dropbox
    "holdfast (conflicted copy 2026-03-01 120000).json",  # Nextcloud
    "holdfast_conflict-20260301-120000.json",  # ownCloud
    "holdfast (Konfliktkopie von Sam 2026-03-01).json",  # Dropbox, in German
]
NOT_CONFLICT_COPIES = [
    "holdfast.json",
    "holdfast-set-aside-20260301T110000Z.json",  # what a restore kept: merged only when asked
    "status-cache.json",
    "window.ini",
    "notes (conflicted copy 2026-03-01).json",  # another program's file
    "holdfast.sync-conflict-20260301-120000-ABCDEFG.txt",
]


def test_conflict_copies_are_found_by_the_names_sync_tools_give_them(data_dir: Path) -> None:
    data_dir.mkdir(exist_ok=True)  # protected mode made it already
    for name in CONFLICT_COPIES + NOT_CONFLICT_COPIES:
        (data_dir / name).write_text("{}")
    (data_dir / "holdfast.sync-conflict-a-folder.json").mkdir()
    (data_dir / "holdfast (conflicted copy, a link).json").symlink_to(data_dir / "holdfast.json")

    assert conflict_copies(data_dir) == sorted(data_dir / name for name in CONFLICT_COPIES)


def test_a_missing_folder_has_no_conflict_copies(tmp_path: Path) -> None:
    assert conflict_copies(tmp_path / "nowhere") == []


def _conflict_copy_of(store: Store, name: str) -> Path:
    """The store's data file as a sync tool keeps the other computer's version, then forgotten."""
    copy = store.folder / name
    copy.write_bytes(data_file(store.folder).read_bytes())
    return copy


def test_merging_adds_what_each_copy_holds_and_keeps_the_copies_in_merged(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    now = clock.now()
    store = Store(data_dir)
    here = save_urges(store, now, 1, note="on this computer")
    laptop = Store(tmp_path / "laptop")
    from_laptop = save_urges(laptop, now, 2, note="on the laptop")
    with laptop.transaction(now) as changes:
        changes.add_journal_entry(write_entry(now, now.date(), "Written on the laptop."))
    phone = Store(tmp_path / "phone")
    from_phone = save_urges(phone, now, 1, note="on the phone")
    copies = {
        store.folder / name: data_file(source.folder).read_bytes()
        for name, source in zip(CONFLICT_COPIES[:2], (laptop, phone), strict=True)
    }
    for path, payload in copies.items():
        path.write_bytes(payload)

    merged = merge_conflict_copies(store, now)

    logbook = Store(data_dir).load()
    assert event_ids(logbook) == {*here, *from_laptop, *from_phone}
    assert [entry.text for entry in logbook.journal] == ["Written on the laptop."]
    assert merged.entries_added == 4 and merged.refused == ()
    assert conflict_copies(data_dir) == []
    # Kept as they were; with protection on, sealed like every other copy of the data.
    assert {kept.name: read_plain(kept) for kept in merged.kept} == {
        path.name: payload for path, payload in copies.items()
    }
    assert all(kept.parent == data_dir / "merged" for kept in merged.kept)
    assert stat.S_IMODE((data_dir / "merged").stat().st_mode) == 0o700


def test_a_copy_merged_before_under_the_same_name_is_kept_too(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    name = CONFLICT_COPIES[0]
    _conflict_copy_of(store, name)
    first = merge_conflict_copies(store, clock.now())
    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)
    _conflict_copy_of(store, name)

    second = merge_conflict_copies(store, clock.now())

    assert [p.name for p in first.kept] == [name]
    assert [p.name for p in second.kept] == [name.replace(".json", "-2.json")]
    assert sorted(p.name for p in (data_dir / "merged").iterdir()) == sorted(
        [name, name.replace(".json", "-2.json")]
    )


def test_a_damaged_copy_is_left_in_place_and_named_while_the_others_merge(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    now = clock.now()
    store = Store(data_dir)
    save_urges(store, now, 1)
    laptop = Store(tmp_path / "laptop")
    (from_laptop,) = save_urges(laptop, now, 1, note="laptop")
    good = store.folder / CONFLICT_COPIES[0]
    good.write_bytes(data_file(laptop.folder).read_bytes())
    damaged = store.folder / CONFLICT_COPIES[1]
    damaged.write_bytes(b'{"meta": {"1": {"schema_version": 2}}, "events": {"1": ')

    merged = merge_conflict_copies(store, now)

    assert [p.name for p in merged.kept] == [good.name]
    ((left, why),) = merged.refused
    assert left == damaged and damaged.exists()
    assert "not valid JSON" in why and why.endswith("Nothing was imported.")
    assert from_laptop in event_ids(store.load())


@pytest.mark.parametrize("resisted", [False, True])
def test_a_merged_urge_keeps_whether_it_was_resisted(
    tmp_path: Path, data_dir: Path, clock: FixedClock, resisted: bool
) -> None:
    laptop = Store(tmp_path / "laptop")
    urge = replace(log_urge(clock.now(), UrgeKind.TEXT), resisted=resisted)
    with laptop.transaction(clock.now()) as changes:
        changes.add(urge)
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    (data_dir / CONFLICT_COPIES[0]).write_bytes(data_file(laptop.folder).read_bytes())

    merge_conflict_copies(store, clock.now())

    (merged,) = (e for e in store.load().events if isinstance(e, Urge) and e.id == urge.id)
    assert merged.resisted is resisted
