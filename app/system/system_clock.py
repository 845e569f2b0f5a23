"""The machine's real clock, in the local zone with its real daylight-saving rules."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Where Linux and macOS keep the zone the user chose: usually a link into the zone database.
LOCALTIME = Path("/etc/localtime")

_ZoneSource = tuple[str | None, str | None]  # TZ, and where the localtime link points


class SystemClock:
    def __init__(self) -> None:
        self._source: _ZoneSource | None = None
        self._zone: tzinfo | None = None

    def now(self) -> datetime:
        # A zoneinfo zone (real rules), where datetime.astimezone() would give a fixed offset
        # that goes wrong across a daylight-saving change. Looked up again when the system's
        # setting changes, as on a laptop taken across zones.
        source = _zone_source(os.environ, LOCALTIME)
        if source != self._source or self._zone is None:
            self._zone, self._source = local_zone(os.environ, LOCALTIME), source
        return datetime.now(self._zone)


def local_zone(environ: Mapping[str, str], localtime: Path) -> tzinfo:
    """The local zone from TZ or the localtime link, as the C library itself reads them.

    Reading them directly takes a fraction of a millisecond; tzlocal, which also knows the
    Windows registry, takes about twenty, and the window opens that much sooner without it.
    """
    chosen = environ.get("TZ", "").removeprefix(":")
    if chosen:
        zone = _named(chosen) if not chosen.startswith("/") else _from_file(Path(chosen))
        if zone is not None:
            return zone
    if localtime.exists():
        # Also when TZ holds what zoneinfo cannot read, such as a POSIX rule: the system's zone.
        target = str(localtime.readlink()) if localtime.is_symlink() else ""
        name = target.partition("/zoneinfo/")[2]
        zone = (_named(name) if name else None) or _from_file(localtime)
        if zone is not None:
            return zone
    import tzlocal  # Windows keeps its zone in the registry, which tzlocal reads

    try:
        return tzlocal.get_localzone()
    except (ZoneInfoNotFoundError, ValueError, LookupError):
        # Nothing names a zone: the current offset at least counts today's date right.
        return datetime.now().astimezone().tzinfo or UTC


def _zone_source(environ: Mapping[str, str], localtime: Path) -> _ZoneSource:
    try:
        link = str(localtime.readlink())
    except OSError:  # not a link, or not there: a change of zone then goes unnoticed until restart
        link = None
    return environ.get("TZ"), link


def _named(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _from_file(path: Path) -> ZoneInfo | None:
    try:
        with path.open("rb") as file:
            return ZoneInfo.from_file(file, key="localtime")
    except (OSError, ValueError):
        return None
