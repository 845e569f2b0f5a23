"""`holdfast urge` and `contact` on a file the status cache has proven sound, as a launcher's
actions run them: the same answers as the full way, without decoding every entry or loading
more than they need, and a damaged file refused all the same."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.domain.clock import FixedClock
from app.domain.logbook import Logbook
from app.storage.migrations import Tables
from app.storage.status_cache import CACHE_FILE_NAME
from app.storage.store import Store
from tests.cli.support import NOON, Holdfast, ok, one_error_line
from tests.conftest import Result

COMMANDS = [
    ("start", "--since", "2026-02-20T09:00", "--target", "30"),
    ("urge", "text", "--intensity", "7", "--note", "after the song"),
    ("urge", "social"),
    ("contact", "call", "--by", "them"),
    ("urge", "visit"),
    ("contact", "text", "--necessary"),
    ("urge", "call"),
]


def _run_in(
    folder: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str], *args: str
) -> Result:
    code = main(list(args), clock=clock, environ={"HOLDFAST_DATA_DIR": str(folder)})
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def test_urges_and_contacts_answer_the_same_the_quick_way_as_the_full_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    decoded: list[Path] = []
    real = Store._decode

    def counting(store: Store, path: Path, tables: Tables) -> Logbook:
        decoded.append(path)
        return real(store, path, tables)

    monkeypatch.setattr(Store, "_decode", counting)
    quick, full = tmp_path / "quick", tmp_path / "full"
    quick_clock, full_clock = FixedClock(NOON), FixedClock(NOON)
    for args in COMMANDS:
        (full / CACHE_FILE_NAME).unlink(missing_ok=True)  # every command decodes every entry
        expected = _run_in(full, full_clock, capsys, *args)
        decoded.clear()

        answer = _run_in(quick, quick_clock, capsys, *args)

        assert answer == expected
        assert answer.code == 0
        if args[0] != "start":
            assert decoded == [], args  # the cache left by the command before proves the file
        for clock in (quick_clock, full_clock):
            clock.advance(timedelta(hours=3))

    (full / CACHE_FILE_NAME).unlink()
    assert _run_in(quick, quick_clock, capsys, "status") == _run_in(
        full, full_clock, capsys, "status"
    )


def test_a_damaged_file_is_refused_by_urge_even_with_a_cache(
    holdfast: Holdfast, data_dir: Path
) -> None:
    ok(holdfast("urge", "text"))
    ok(holdfast("urge", "text"))  # the cache now knows where the next one goes
    path = data_dir / "holdfast.json"
    damaged = path.read_bytes()[:-10]
    path.write_bytes(damaged)

    result = holdfast("urge", "text")

    assert result.code == 1
    assert "not valid JSON" in one_error_line(result)
    assert path.read_bytes() == damaged


FILELOCK_CHECK = """
import sys
from app.cli import main
code = main(sys.argv[1:])
print("EXIT:", code, "FILELOCK:", "filelock" in sys.modules)
"""


def test_a_launchers_urge_loads_no_lock_library(holdfast: Holdfast, data_dir: Path) -> None:
    ok(holdfast("urge", "text"))
    env = {**os.environ, "HOLDFAST_DATA_DIR": str(data_dir)}

    done = subprocess.run(
        [sys.executable, "-c", FILELOCK_CHECK, "urge", "text"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )

    # Its import alone took a sixth of the time a launcher's urge had (Windows still uses it).
    assert done.stdout.splitlines()[-1] == "EXIT: 0 FILELOCK: False"
