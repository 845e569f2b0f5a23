"""The real clock's zone: found as the C library finds it, with the zone's real rules."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta, tzinfo
from importlib import resources
from pathlib import Path

import pytest

from app.system import system_clock
from app.system.system_clock import SystemClock, local_zone

WINTER = datetime(2026, 1, 15, 12, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, tzinfo=UTC)


def _zone_file(name: str) -> Path:
    """A compiled zone from the tzdata package, which the project depends on."""
    path = Path(str(resources.files("tzdata") / "zoneinfo" / name))
    assert path.is_file()
    return path


def _offsets(zone: tzinfo) -> tuple[timedelta | None, timedelta | None]:
    return (WINTER.astimezone(zone).utcoffset(), SUMMER.astimezone(zone).utcoffset())


BERLIN = (timedelta(hours=1), timedelta(hours=2))


def test_tz_names_the_zone(tmp_path: Path) -> None:
    zone = local_zone({"TZ": "Europe/Berlin"}, tmp_path / "no-localtime")

    assert str(zone) == "Europe/Berlin"
    assert _offsets(zone) == BERLIN


def test_tz_may_name_a_zone_file(tmp_path: Path) -> None:
    zone = local_zone({"TZ": f":{_zone_file('America/New_York')}"}, tmp_path / "none")

    assert _offsets(zone) == (timedelta(hours=-5), timedelta(hours=-4))


def test_the_localtime_link_names_the_zone(tmp_path: Path) -> None:
    link = tmp_path / "localtime"
    link.symlink_to(_zone_file("Australia/Lord_Howe"))

    zone = local_zone({}, link)

    assert str(zone) == "Australia/Lord_Howe"
    assert _offsets(zone) == (timedelta(hours=11), timedelta(hours=10, minutes=30))


def test_a_copied_localtime_file_keeps_its_daylight_saving_rules(tmp_path: Path) -> None:
    copy = tmp_path / "localtime"
    shutil.copyfile(_zone_file("Europe/Berlin"), copy)

    assert _offsets(local_zone({}, copy)) == BERLIN


def test_a_setting_it_cannot_read_falls_back_to_tzlocal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tzlocal

    monkeypatch.setattr(tzlocal, "get_localzone", lambda: datetime.now(UTC).tzinfo)

    assert local_zone({"TZ": "Not/A_Zone"}, tmp_path / "none") is UTC
    assert local_zone({}, tmp_path / "none") is UTC  # no TZ and no localtime: as on Windows


def test_the_clock_follows_a_change_of_zone_while_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = tmp_path / "localtime"
    link.symlink_to(_zone_file("Europe/Berlin"))
    monkeypatch.setattr(system_clock, "LOCALTIME", link)
    monkeypatch.delenv("TZ", raising=False)
    clock = SystemClock()
    assert str(clock.now().tzinfo) == "Europe/Berlin"

    link.unlink()
    link.symlink_to(_zone_file("Asia/Kolkata"))  # the laptop arrived in India

    assert str(clock.now().tzinfo) == "Asia/Kolkata"


def test_a_tz_rule_zoneinfo_cannot_read_falls_back_to_the_system_s_zone(tmp_path: Path) -> None:
    link = tmp_path / "localtime"
    link.symlink_to(_zone_file("Europe/Berlin"))

    zone = local_zone({"TZ": "CET-1CEST,M3.5.0,M10.5.0/3"}, link)

    assert str(zone) == "Europe/Berlin"


def test_with_no_zone_anywhere_the_clock_still_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zoneinfo import ZoneInfoNotFoundError

    import tzlocal

    def unknown() -> None:
        raise ZoneInfoNotFoundError("no zone here")

    monkeypatch.setattr(tzlocal, "get_localzone", unknown)

    zone = local_zone({"TZ": "Not/A_Zone"}, tmp_path / "none")

    assert datetime.now(zone).utcoffset() is not None  # a fixed offset, never a crash
