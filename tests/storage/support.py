"""Helpers the storage tests share: what the files on disk hold, read and written through the
data folder's sealing so that a test asserts the same in plain and protected mode (see
conftest.py), and the processes that write alongside a test."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from app.domain.events import UrgeKind
from app.domain.logbook import Logbook, log_urge
from app.storage.codec import encode_event
from app.storage.protection import PROTECTION_FILE_NAME, Sealing
from app.storage.sealing import MAGIC_SEALED
from app.storage.store import DATA_FILE_NAME, Store
from tests.conftest import run_holdfast_process
from tests.storage.protected_mode import REPOSITORY, keys_from_environment, protect

# The sentence a sealed file that does not open gives, and a plain one that does not parse.
SEALED_DAMAGED = "it is protected, and it does not open with the key that opens the others"
NOT_JSON = "it is not valid JSON"


def data_file(folder: Path) -> Path:
    return folder / DATA_FILE_NAME


def event_ids(logbook: Logbook) -> set[str]:
    return {event.id for event in logbook.events}


def leftover_temp_files(folder: Path) -> list[Path]:
    """Temp files an interrupted atomic write left anywhere under the data folder."""
    return sorted(folder.rglob("*.tmp")) if folder.exists() else []


# The mode


def protected() -> bool:
    """Whether this test runs in protected mode."""
    return keys_from_environment() is not None


def folder_sealing() -> Sealing:
    """The sealing of the data folder as an unlocked Store has it: plain, or the suite's keys."""
    keys = keys_from_environment()
    return Sealing() if keys is None else Sealing(keys.public_key, keys)


def like_the_data_folder(folder: Path) -> Path:
    """Sets another folder up as the mode set the data folder up (protected with the same keys
    in protected mode, so that its files may be copied into the data folder); returns it."""
    if protected():
        protect(folder)
    return folder


def set_up_files() -> list[str]:
    """The names in `folder` the mode put there before the test began."""
    return [PROTECTION_FILE_NAME] if protected() else []


def untouched(folder: Path) -> bool:
    """Whether the test wrote nothing in the data folder: in plain mode it is not even there;
    protected, it holds what turning protection on put there, alone."""
    if not protected():
        return not folder.exists()
    return sorted(path.name for path in folder.iterdir()) == set_up_files()


# What a file holds, in either mode


def as_stored(plain: bytes) -> bytes:
    """The bytes a file holding `plain` has on disk in the data folder: sealed when protected."""
    return folder_sealing().seal(plain)


def read_plain(path: Path) -> bytes:
    """What the file at `path` holds, opened when sealed."""
    return folder_sealing().opened(path, path.read_bytes())


def write_plain(path: Path, plain: bytes) -> None:
    """Replaces what the file at `path` holds with `plain` (sealed when protected), in place, as
    an editor would."""
    path.write_bytes(as_stored(plain))


def read_tables(folder: Path) -> Any:
    """The tables the data file holds."""
    return orjson.loads(read_plain(data_file(folder)))


def write_raw(folder: Path, payload: bytes) -> Path:
    """Puts a data file holding `payload` in place (sealed when protected), as an older Holdfast,
    an editor or a bad disk might leave it."""
    return write_stored(folder, as_stored(payload))


def write_stored(folder: Path, stored: bytes) -> Path:
    """Puts `stored` in place as the data file byte for byte: a sealed file cut short, say."""
    folder.mkdir(parents=True, exist_ok=True)
    path = data_file(folder)
    path.write_bytes(stored)
    return path


def not_opening(stored: bytes) -> str:
    """The problem a data file damaged to `stored` (not empty) is refused with: a sealed file
    that does not open, or bytes that are not JSON."""
    return SEALED_DAMAGED if stored.startswith(MAGIC_SEALED) else NOT_JSON


def version_1_tables(*events: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        "meta": {"1": {"schema_version": 1}},
        "events": {str(n): event for n, event in enumerate(events, start=1)},
        "goals": {"1": {"goals": []}},
        "completions": {},
    }


def urge_document(now: datetime, **fields: Any) -> dict[str, Any]:
    return {**encode_event(log_urge(now, UrgeKind.TEXT, intensity=5, note="walked")), **fields}


def save_urges(store: Store, now: datetime, count: int, note: str = "") -> list[str]:
    """Logs `count` urges in one transaction and returns their ids."""
    urges = [log_urge(now, UrgeKind.TEXT, intensity=4, note=note) for _ in range(count)]
    with store.transaction(now) as changes:
        changes.add(*urges)
    return [urge.id for urge in urges]


def to_bytes(tables: object) -> bytes:
    return orjson.dumps(tables)


def content(payload: bytes) -> Any:
    """What a data file's bytes hold (opened when sealed), less the restore generation that
    every restore raises."""
    tables = orjson.loads(folder_sealing().opened(Path(DATA_FILE_NAME), payload))
    tables["meta"]["1"].pop("restore_generation", None)
    return tables


# Other processes


def start_module(name: str, *args: str, **kwargs: Any) -> subprocess.Popen[str]:
    """Starts `python -m tests.storage.<name> ARGS`, with pipes for its input and output."""
    return subprocess.Popen(
        [sys.executable, "-m", f"tests.storage.{name}", *args],
        cwd=REPOSITORY,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def start_writer(folder: Path, *args: str) -> subprocess.Popen[str]:
    """Starts writer.py against `folder` in a separate Python process (unlocked in protected
    mode)."""
    return start_module("writer", str(folder), *args)


def run_holdfast(folder: Path, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Runs `holdfast ARGS` as a separate process on the real clock, as a shortcut would: `python
    -m app` in plain mode; protected, the same unlocked, as after the user typed the passphrase."""
    if not protected():
        return run_holdfast_process(folder, *args, **kwargs)
    return subprocess.run(
        [sys.executable, "-m", "tests.storage.protected_mode", *args],
        cwd=REPOSITORY,
        env={**os.environ, "HOLDFAST_DATA_DIR": str(folder)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,  # a command that hangs fails the test instead of the whole run
        **kwargs,
    )


MOST_ACKS_BEFORE_KILL = 6
LONGEST_EXTRA_DELAY = 0.03  # seconds; the kill lands anywhere inside the next save or two


def killed_at_random(writer: subprocess.Popen[str], rng: random.Random) -> tuple[set[str], str]:
    """Reads a few acknowledged ids from `writer`, kills it with SIGKILL at a random moment, and
    returns every id it acknowledged (a line cut short by the kill was not) and its stderr."""
    assert writer.stdout is not None
    acknowledged: set[str] = set()
    try:
        for _ in range(rng.randint(1, MOST_ACKS_BEFORE_KILL)):
            line = writer.stdout.readline()
            if not line.endswith("\n"):
                break  # the writer died by itself; its stderr says why
            acknowledged.add(line.strip())
        time.sleep(rng.uniform(0, LONGEST_EXTRA_DELAY))  # the random moment of the kill
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.kill()
        rest, errors = writer.communicate(timeout=30)
    acknowledged |= {line.strip() for line in rest.splitlines(keepends=True) if line.endswith("\n")}
    assert writer.returncode == -signal.SIGKILL, f"the writer failed on its own:\n{errors}"
    return acknowledged, errors
