"""Helpers shared by the command-line tests: reading what a command printed and left on disk."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.conftest import Result

Holdfast = Callable[..., Result]

BERLIN = ZoneInfo("Europe/Berlin")
# The fixed clock reads noon on Sunday 1 March 2026 in Berlin (UTC+01:00 until 29 March).
NOON = datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN)
STATUS_KEYS = {
    "tracking",
    "streak_started_at",
    "streak_days",
    "target_days",
    "target_at",
    "remaining_seconds",
    "progress",
    "target_reached",
    "longest_streak_days",
    "total_no_contact_days",
    "attempts",
    "urges_today",
    "urges_total",
}


def ok(result: Result) -> Result:
    """The result of a command that must succeed quietly on stderr."""
    assert result.code == 0, result
    assert result.err == "", result
    return result


def one_json_line(result: Result) -> Any:
    """The single JSON value a `--json` command printed on one line."""
    ok(result)
    assert result.out.endswith("\n") and result.out.count("\n") == 1, result.out
    return json.loads(result.out)


def status_json(holdfast: Holdfast, *options: str) -> dict[str, Any]:
    value = one_json_line(holdfast(*options, "status", "--json"))
    assert isinstance(value, dict)
    return value


def history_json(holdfast: Holdfast, *options: str) -> dict[str, Any]:
    value = one_json_line(holdfast(*options, "history", "--json"))
    assert isinstance(value, dict)
    return value


def one_error_line(result: Result) -> str:
    """The one line a failed command wrote to stderr, without its newline."""
    assert result.err.endswith("\n") and result.err.count("\n") == 1, repr(result.err)
    line = result.err.rstrip("\n")
    assert line.startswith("holdfast: ") and len(line) > len("holdfast: "), line
    return line


def snapshot(folder: Path) -> dict[str, bytes] | None:
    """Every file under `folder` with its bytes, or None when the folder does not exist."""
    if not folder.exists():
        return None
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
