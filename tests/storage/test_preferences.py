"""The user's preferences are kept in the data file with everything else."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import orjson
import pytest

from app.domain.clock import FixedClock
from app.domain.preferences import Preferences, Theme
from app.storage.errors import DamagedDataFile
from app.storage.store import Store
from tests.storage.support import data_file, read_tables, save_urges, write_raw


def test_preferences_survive_a_restart(data_dir: Path, clock: FixedClock) -> None:
    chosen = Preferences(
        check_in_reminder=False,
        check_in_at=time(7, 45),
        milestone_notifications=False,
        theme=Theme.DARK,
        start_minimised=True,
    )
    with Store(data_dir).transaction(clock.now()) as changes:
        changes.set_preferences(chosen)

    assert Store(data_dir).load().preferences == chosen


def test_a_file_without_preferences_gets_the_defaults(data_dir: Path, clock: FixedClock) -> None:
    save_urges(Store(data_dir), clock.now(), 1)
    assert Store(data_dir).load().preferences == Preferences()


def test_a_setting_missing_from_the_file_keeps_its_default(
    data_dir: Path, clock: FixedClock
) -> None:
    save_urges(Store(data_dir), clock.now(), 1)
    tables = read_tables(data_dir)
    tables["settings"] = {"1": {"theme": "light"}}
    write_raw(data_dir, orjson.dumps(tables))

    assert Store(data_dir).load().preferences == Preferences(theme=Theme.LIGHT)


@pytest.mark.parametrize(
    "settings",
    [{"theme": "purple"}, {"check_in_at": "25:00"}, {"start_minimised": "yes"}],
)
def test_bad_settings_are_a_damaged_file(
    data_dir: Path, clock: FixedClock, settings: dict[str, object]
) -> None:
    save_urges(Store(data_dir), clock.now(), 1)
    tables = read_tables(data_dir)
    tables["settings"] = {"1": settings}
    stored = write_raw(data_dir, orjson.dumps(tables)).read_bytes()

    with pytest.raises(DamagedDataFile, match="settings are not valid"):
        Store(data_dir).load()
    assert data_file(data_dir).read_bytes() == stored
