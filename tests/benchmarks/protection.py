"""Protection at rest against no protection, on the same 20,000 entries, measured side by side.

The issue's three figures, each a ratio of medians over interleaved rounds:

(a) `holdfast urge` while locked (sealed to the folder's public key for the next unlock) against
    `holdfast urge` in an unprotected folder: within 1.2x.
(b) Unlocking and painting the window against an unprotected launch to its first paint: within
    1.3x, the key derivation (Argon2id, about 0.3 s by design) aside, and reported on its own.
    The protected launch is the real start of the window with the passphrase handed to its store
    in the process (a Store that unlocks itself as it is made): process start, imports, the key
    derivation, opening the sealed status cache, the first paint. It leaves out the lock screen
    (being built in app/ui as this was written): its own paint, the typing, and the hand-over
    from it to the main window.
(c) `holdfast status --json` unlocked through the login keyring (a fake Secret Service on a
    private bus) against `holdfast status --json` in an unprotected folder: within 1.3x.

`make bench` runs it with the others (tests/benchmarks/run.py); alone:
`.venv/bin/python -m tests.benchmarks.protection`.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import app
from app.storage import sealing
from app.storage.protecting import set_options, turn_on
from app.storage.protection import Keys, LockOptions, read_protection
from app.storage.store import Store
from tests.benchmarks.heavy_data import EVENT_COUNT, write_heavy_folder
from tests.benchmarks.processes import holdfast_command, reporting_its_paint

Interleaved = Callable[[Callable[[], object], Callable[[], object], int], tuple[float, float]]

PROCESS_ROUNDS = 25
LAUNCH_ROUNDS = 9
DERIVATION_ROUNDS = 5
URGE_LIMIT = 1.2
WINDOW_LIMIT = 1.3
STATUS_LIMIT = 1.3
PASSPHRASE = "correct horse battery staple"
BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
# Only this benchmark's window processes read it: the passphrase their store unlocks with.
PASSPHRASE_VARIABLE = "HOLDFAST_BENCH_PASSPHRASE"
DERIVED_LINE = "derived "
PAINT_LINE = "first-paint "

# The window as `holdfast` starts it, its Store replaced (before the window's modules import it)
# by one that unlocks itself with the passphrase in the environment, if the folder is protected,
# and says how long that took. Both sides run it; the unprotected side never unlocks.
WINDOW = f"""
import os, sys, time
import app.storage.store as store_module
from app.storage.protection import read_protection

class UnlockedStore(store_module.Store):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.locked:
            start = time.perf_counter()
            keys = read_protection(self.folder).unlock(os.environ[{PASSPHRASE_VARIABLE!r}])
            print({DERIVED_LINE!r} + str(time.perf_counter() - start), flush=True)
            self.unlock(keys)

store_module.Store = UnlockedStore
from app.cli import main
sys.exit(main())
"""


def bench_protection(
    interleaved: Interleaved, workdir: Path, now: datetime
) -> list[tuple[str, bool]]:
    plain = workdir / "protection-plain"
    protected = workdir / "protection-protected"
    for folder in (plain, protected):
        write_heavy_folder(folder, now)
    _protect(protected)
    _remember_overview(plain, None)
    # The urges go to copies: what they leave (entries added, lists sealed for later) is no part
    # of the launches and statuses measured after.
    urge_plain = shutil.copytree(plain, workdir / "protection-urge-plain")
    urge_locked = shutil.copytree(protected, workdir / "protection-urge-locked")
    verdicts = bench_locked_urge(interleaved, urge_plain, urge_locked)
    print()
    verdicts += bench_unlocked_window(plain, protected)
    print()
    verdicts += bench_status_through_the_keyring(interleaved, workdir, plain, protected)
    return verdicts


def bench_locked_urge(
    interleaved: Interleaved, plain: Path, protected: Path
) -> list[tuple[str, bool]]:
    """(a) A launcher's `holdfast urge text`, a whole process, locked against unprotected."""
    ours_command = [*holdfast_command(), "--data-dir", str(protected), "urge", "text"]
    plain_command = [*holdfast_command(), "--data-dir", str(plain), "urge", "text"]
    said = _run(ours_command)
    if "kept sealed" not in said:
        raise SystemExit(f"the locked urge did not say it was kept sealed: {said!r}")
    ours, baseline = interleaved(
        lambda: _run(ours_command), lambda: _run(plain_command), PROCESS_ROUNDS
    )
    print(f"`holdfast urge text` with {EVENT_COUNT:,} entries ({PROCESS_ROUNDS} runs each)")
    print("  protected and locked (sealed for the next unlock) against unprotected:")
    return [_verdict("a locked `holdfast urge`", ours, baseline, URGE_LIMIT)]


def bench_unlocked_window(plain: Path, protected: Path) -> list[tuple[str, bool]]:
    """(b) A launch to the first paint, the store unlocked with the passphrase, against an
    unprotected launch; the key derivation reported on its own."""
    compileall.compile_dir(Path(app.__file__).parent, quiet=1)  # as window.py does
    protection = read_protection(protected)
    assert protection is not None
    derivations = []
    for _ in range(DERIVATION_ROUNDS):
        start = time.perf_counter()
        sealing.passphrase_key(PASSPHRASE, protection.kdf)
        derivations.append(time.perf_counter() - start)
    env = {**reporting_its_paint(protected), PASSPHRASE_VARIABLE: PASSPHRASE}
    ours_command = [sys.executable, "-c", WINDOW, "--data-dir", str(protected)]
    plain_command = [sys.executable, "-c", WINDOW, "--data-dir", str(plain)]
    launches: dict[str, list[tuple[float, float]]] = {"ours": [], "plain": []}
    for round_ in range(LAUNCH_ROUNDS):
        pair = [("ours", ours_command), ("plain", plain_command)]
        for side, command in pair if round_ % 2 == 0 else reversed(pair):
            launches[side].append(_launch(command, env))
    if any(derived == 0 for _, derived in launches["ours"]):
        raise SystemExit("the protected window did not unlock its store")
    painted = statistics.median(paint for paint, _ in launches["ours"])
    unlocked = statistics.median(paint - derived for paint, derived in launches["ours"])
    derived = statistics.median(derived for _, derived in launches["ours"])
    baseline = statistics.median(paint for paint, _ in launches["plain"])
    kdf = protection.kdf
    print(f"The window with {EVENT_COUNT:,} entries, offscreen ({LAUNCH_ROUNDS} launches each)")
    print(
        "  covers: process start, imports, unlocking the store with the passphrase (the key "
        "derivation and the unwrapping), the sealed status cache opened, the first paint; not "
        "the lock screen (its paint, the typing, its hand-over to the window)"
    )
    print(
        f"  key derivation ({kdf['name']}, {kdf.get('memory_kib', '-')} KiB, "
        f"{kdf.get('iterations', '-')} passes): median "
        f"{statistics.median(derivations) * 1000:.0f} ms here, {derived * 1000:.0f} ms inside "
        "the launches"
    )
    print(
        f"  protected launch to first paint, the derivation included: {painted * 1000:.0f} ms "
        f"= {painted / baseline:.2f}x the unprotected launch"
    )
    print("  the derivation aside, against an unprotected launch to its first paint:")
    return [_verdict("unlocking and painting the window", unlocked, baseline, WINDOW_LIMIT)]


def bench_status_through_the_keyring(
    interleaved: Interleaved, workdir: Path, plain: Path, protected: Path
) -> list[tuple[str, bool]]:
    """(c) `holdfast status --json`, unlocked by the data key in the login keyring."""
    from tests.secret_service import FakeSecretService

    with _private_bus(workdir) as address:
        service = FakeSecretService(address)
        try:
            _keep_key(protected, address)
            env = {**os.environ, BUS_VARIABLE: address}
            ours_command = [*holdfast_command(), "--data-dir", str(protected), "status", "--json"]
            plain_command = [*holdfast_command(), "--data-dir", str(plain), "status", "--json"]
            answer = json.loads(_run(ours_command, env))
            if "locked" in answer or answer.get("tracking") is not True:
                raise SystemExit(f"the keyring did not unlock `status --json`: {answer}")
            ours, baseline = interleaved(
                lambda: _run(ours_command, env), lambda: _run(plain_command, env), PROCESS_ROUNDS
            )
        finally:
            service.close()
    print(f"`holdfast status --json` with {EVENT_COUNT:,} entries ({PROCESS_ROUNDS} runs each)")
    print("  protected, unlocked through the login keyring (a fake Secret Service), against")
    print("  unprotected:")
    return [_verdict("`status --json` through the keyring", ours, baseline, STATUS_LIMIT)]


def _verdict(what: str, ours: float, baseline: float, limit: float) -> tuple[str, bool]:
    ratio = ours / baseline
    passed = ratio <= limit
    print(
        f"  ours {ours * 1000:.1f} ms vs baseline {baseline * 1000:.1f} ms = ratio {ratio:.2f} "
        f"(limit {limit}): {'PASS' if passed else 'FAIL'}"
    )
    return (f"{what} within {limit}x of unprotected", passed)


def _protect(folder: Path) -> None:
    """Turns protection on (with the real key derivation), then leaves the sealed status cache
    matching the sealed data file, as any unlocked command or window would."""
    turn_on(Store(folder), PASSPHRASE)
    protection = read_protection(folder)
    assert protection is not None
    _remember_overview(folder, protection.unlock(PASSPHRASE))


def _remember_overview(folder: Path, keys: Keys | None) -> None:
    """Leaves the status cache of `folder` matching its data file, as after any command: every
    launch measured is then the same one, whose figures need no decoding of the entries."""

    def opened() -> Store:
        store = Store(folder)
        if keys is not None:
            store.unlock(keys)
        return store

    store = opened()
    store.load()
    store.remember_overview()
    if opened().cached_overview() is None:
        raise SystemExit(f"the status cache of {folder} does not match its data file")


def _keep_key(folder: Path, address: str) -> None:
    """ "Unlock with my login" chosen, and the data key kept in the keyring on `address`."""
    import keyring
    from keyring.backends import SecretService

    from app.system.login_keyring import keep_key

    store = Store(folder)
    set_options(store, LockOptions(unlock_with_login=True))
    protection = read_protection(folder)
    assert protection is not None
    key = protection.unlock(PASSPHRASE).data_key
    before = os.environ.get(BUS_VARIABLE)
    os.environ[BUS_VARIABLE] = address  # keyring finds the bus only here
    keyring.set_keyring(SecretService.Keyring())  # type: ignore[no-untyped-call]
    try:
        if not keep_key(folder, key):
            raise SystemExit("the fake Secret Service did not keep the data key")
    finally:
        if before is None:
            del os.environ[BUS_VARIABLE]
        else:
            os.environ[BUS_VARIABLE] = before


@contextmanager
def _private_bus(workdir: Path) -> Iterator[str]:
    from tests.dbus_support import private_session_bus

    config = workdir / "bus"
    config.mkdir(exist_ok=True)
    with private_session_bus(config) as address:
        yield address


def _run(command: list[str], env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        command, check=True, capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env
    )
    return done.stdout


def _launch(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from the start to the first paint, and the seconds the store took to unlock
    (0 when it was not protected)."""
    start = time.monotonic()
    done = subprocess.run(
        command, env=env, check=True, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True
    )
    lines = done.stdout.splitlines()
    painted = [line for line in lines if line.startswith(PAINT_LINE)]
    if not painted:
        raise SystemExit(f"{command[:2]} never reported its first paint: {done.stdout!r}")
    moment = float(painted[0].removeprefix(PAINT_LINE).split()[0])
    derived = [
        float(line.removeprefix(DERIVED_LINE)) for line in lines if line.startswith(DERIVED_LINE)
    ]
    return moment - start, sum(derived)


def main() -> int:
    from app.system.system_clock import SystemClock
    from tests.benchmarks.run import interleaved

    with tempfile.TemporaryDirectory(prefix="holdfast-bench-") as name:
        verdicts = bench_protection(interleaved, Path(name), SystemClock().now())
    print()
    for claim, passed in verdicts:
        print(f"  {'PASS' if passed else 'FAIL'}  {claim}")
    return 0 if all(passed for _, passed in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
