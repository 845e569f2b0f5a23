"""An older copy of the data file put in place while no window is open, as the README says: no
process held the newer entries, so the next one reads the copy as it is; a backup that holds
them gives them back with `holdfast import`, merged by id."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.storage.store import Store
from tests.cli.support import Holdfast, ok, status_json


def _urge_kinds(data_dir: Path) -> list[UrgeKind]:
    return sorted(e.kind for e in Store(data_dir).load().events if isinstance(e, Urge))


def test_an_older_copy_is_read_as_it_is_and_a_backup_gives_back_what_it_holds(
    holdfast: Holdfast, clock: FixedClock, data_dir: Path
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    ok(holdfast("urge", "text"))
    older = (data_dir / "holdfast.json").read_bytes()
    clock.advance(timedelta(hours=2))
    ok(holdfast("urge", "call"))  # a backup is taken first: it holds the text urge alone
    clock.advance(timedelta(hours=2))
    ok(holdfast("urge", "social"))  # and here one holding the call too
    clock.advance(timedelta(minutes=10))
    ok(holdfast("urge", "visit"))  # saved after the newest backup: in no backup

    (data_dir / "holdfast.json").write_bytes(older)  # a sync tool, with no window open

    assert status_json(holdfast)["urges_total"] == 1  # read as it is: nothing to mend from
    newest = Store(data_dir).backups.list()[0]
    assert ok(holdfast("import", str(newest.path))).out == (
        "Imported 1 entry, 0 goals and 0 goal completions; 2 entries were already here.\n"
    )
    assert _urge_kinds(data_dir) == sorted([UrgeKind.TEXT, UrgeKind.CALL])
