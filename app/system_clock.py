"""The machine's real clock, in the local zone with its real daylight-saving rules."""

from __future__ import annotations

from datetime import datetime

import tzlocal


class SystemClock:
    def now(self) -> datetime:
        # tzlocal gives a zoneinfo zone (real rules), where datetime.astimezone() would give a
        # fixed offset that goes wrong across a daylight-saving change.
        return datetime.now(tzlocal.get_localzone())
