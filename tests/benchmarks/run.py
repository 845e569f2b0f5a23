"""Holdfast against the baselines its issues name, measured side by side in one run.

`make bench` runs it. The machines are shared and noisy, so every comparison interleaves the
two sides round by round and compares medians; the verdicts are ratios, not absolute timings.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import orjson
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from app.domain.events import UrgeKind
from app.domain.logbook import log_urge
from app.storage.codec import encode_event
from app.storage.layout import EVENTS
from app.storage.status_cache import CACHE_FILE_NAME
from app.storage.store import DATA_FILE_NAME, Store
from app.system.system_clock import SystemClock
from tests.benchmarks.drafts import bench_pasted_drafts
from tests.benchmarks.hand_over import bench_hand_over
from tests.benchmarks.heavy_data import EVENT_COUNT, write_heavy_folder
from tests.benchmarks.processes import holdfast_command
from tests.benchmarks.protection import bench_protection
from tests.benchmarks.window import bench_history_page, bench_urge_click, bench_window

WRITE_ROUNDS = 40
PROCESS_ROUNDS = 25


@dataclass(frozen=True)
class Verdict:
    claim: str
    passed: bool


def interleaved(
    ours: Callable[[], object], theirs: Callable[[], object], rounds: int
) -> tuple[float, float]:
    """Median seconds of each side, alternating which goes first so drift hits both alike."""
    ours_times: list[float] = []
    theirs_times: list[float] = []
    for round_ in range(rounds):
        pair = [(ours, ours_times), (theirs, theirs_times)]
        for action, times in pair if round_ % 2 == 0 else reversed(pair):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    return statistics.median(ours_times), statistics.median(theirs_times)


def bench_logging_an_urge(workdir: Path, now: datetime) -> list[Verdict]:
    ours_folder = workdir / "ours"
    write_heavy_folder(ours_folder, now)
    stock_path = workdir / "stock.json"
    shutil.copyfile(ours_folder / DATA_FILE_NAME, stock_path)

    store = Store(ours_folder)
    store.load()  # the window has its data in memory already
    stock = TinyDB(stock_path, storage=JSONStorage).table(EVENTS)
    clock = SystemClock()

    def log_ours() -> None:
        with store.transaction(clock.now()) as changes:
            changes.add(log_urge(clock.now(), UrgeKind.TEXT))

    def log_stock() -> None:
        stock.insert(encode_event(log_urge(clock.now(), UrgeKind.TEXT)))

    ours, theirs = interleaved(log_ours, log_stock, WRITE_ROUNDS)
    print(f"Logging an urge with {EVENT_COUNT:,} entries in the file ({WRITE_ROUNDS} rounds each)")
    print(f"  Holdfast, atomic and fsynced: median {ours * 1000:6.1f} ms")
    print(f"  stock TinyDB JSONStorage:     median {theirs * 1000:6.1f} ms (in place)")
    print(f"  stock / Holdfast:             {theirs / ours:6.1f}x")
    return [
        Verdict("median urge write is 15 ms or less", ours <= 0.015),
        Verdict("at least 5x faster than stock JSONStorage", theirs / ours >= 5),
    ]


def run(command: list[str]) -> Callable[[], object]:
    return lambda: subprocess.run(command, check=True, capture_output=True)


def bench_status_command(workdir: Path, now: datetime) -> list[Verdict]:
    folder = workdir / "status"
    data_file = write_heavy_folder(folder, now)
    ours_command = [*holdfast_command(), "--data-dir", str(folder), "status", "--json"]
    bare_command = [
        sys.executable,
        "-c",
        "import json, sys; print(len(json.load(open(sys.argv[1]))['events']))",
        str(data_file),
    ]

    def run_after_a_change() -> None:
        # The first status after any save cannot use the status cache and decodes every entry.
        (folder / CACHE_FILE_NAME).unlink(missing_ok=True)
        run(ours_command)()

    ours, bare = interleaved(run(ours_command), run(bare_command), PROCESS_ROUNDS)
    cold, bare_again = interleaved(run_after_a_change, run(bare_command), PROCESS_ROUNDS)
    print(f"`holdfast status --json` with {EVENT_COUNT:,} entries ({PROCESS_ROUNDS} runs each)")
    print(f"  holdfast status --json:               median {ours * 1000:6.1f} ms")
    print(f"  bare Python parsing the file (json):  median {bare * 1000:6.1f} ms")
    print(f"  holdfast / bare:                      {ours / bare:6.2f}x")
    print("  the first status after a save, without the status cache:")
    print(f"  holdfast status --json:               median {cold * 1000:6.1f} ms")
    print(f"  bare Python parsing the file (json):  median {bare_again * 1000:6.1f} ms")
    print(f"  holdfast / bare:                      {cold / bare_again:6.2f}x")
    return [Verdict("status --json within 2x a bare parse of the file", ours / bare <= 2)]


# A whole Python process inserting one urge with stock TinyDB, as the issue measures it.
STOCK_INSERT = """
import json
import sys

from tinydb import TinyDB

TinyDB(sys.argv[1]).table("events").insert(json.loads(sys.argv[2]))
"""


def bench_urge_command(workdir: Path, now: datetime) -> list[Verdict]:
    """`holdfast urge text` as a launcher's action runs it, a whole process, against a whole
    process inserting an urge into a copy of the same file with stock TinyDB."""
    folder = workdir / "urge"
    write_heavy_folder(folder, now)
    ours_command = [*holdfast_command(), "--data-dir", str(folder), "urge", "text"]
    # As after any status, window or earlier urge: the status cache holds this very file.
    run([*holdfast_command(), "--data-dir", str(folder), "status"])()
    stock_path = workdir / "urge-stock.json"
    shutil.copyfile(folder / DATA_FILE_NAME, stock_path)
    urge = orjson.dumps(encode_event(log_urge(now, UrgeKind.TEXT))).decode()
    stock_command = [sys.executable, "-c", STOCK_INSERT, str(stock_path), urge]

    ours, stock = interleaved(run(ours_command), run(stock_command), PROCESS_ROUNDS)
    print(f"`holdfast urge text` with {EVENT_COUNT:,} entries ({PROCESS_ROUNDS} runs each)")
    print(f"  holdfast urge text (atomic, fsynced): median {ours * 1000:6.1f} ms")
    print(f"  Python + stock TinyDB insert:         median {stock * 1000:6.1f} ms (in place)")
    print(f"  holdfast / stock:                     {ours / stock:6.2f}x")
    return [Verdict("holdfast urge within 1.0x a stock TinyDB insert", ours / stock <= 1.0)]


def main() -> int:
    now = SystemClock().now()
    with tempfile.TemporaryDirectory(prefix="holdfast-bench-") as name:
        workdir = Path(name)
        verdicts = bench_logging_an_urge(workdir, now)
        print()
        verdicts += bench_status_command(workdir, now)
        print()
        verdicts += bench_urge_command(workdir, now)
        print()
        verdicts += [Verdict(claim, passed) for claim, passed in bench_window(workdir, now)]
        print()
        verdicts += [Verdict(claim, passed) for claim, passed in bench_hand_over(workdir, now)]
        print()
        verdicts += [Verdict(claim, passed) for claim, passed in bench_urge_click(workdir, now)]
        print()
        verdicts += [Verdict(claim, passed) for claim, passed in bench_history_page(workdir, now)]
        print()
        verdicts += [Verdict(claim, passed) for claim, passed in bench_pasted_drafts(interleaved)]
        print()
        protection = bench_protection(interleaved, workdir, now)
        verdicts += [Verdict(claim, passed) for claim, passed in protection]
    print()
    for verdict in verdicts:
        print(f"  {'PASS' if verdict.passed else 'FAIL'}  {verdict.claim}")
    return 0 if all(v.passed for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
