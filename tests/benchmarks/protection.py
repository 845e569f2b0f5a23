"""Protection at rest against no protection, on the same 20,000 entries, measured side by side.

The issue's three measures, each a ratio of medians over interleaved rounds:

(a) `holdfast urge text` while locked (sealed to the folder's public key for the next unlock)
    against `holdfast urge text` in an unprotected folder, each a whole process from start to
    exit: within 1.2x.
(b) A protected launch through the real lock screen against an unprotected launch, each a
    whole process (`holdfast` on the folder, offscreen, through a small wrapper: WINDOW below),
    from just before its start to the first paint of the main window. The protected side is the
    real start of a protected folder: process start, imports, the lock screen built and painted,
    the passphrase typed into its field key by key the moment it has painted (no human delay)
    and Enter pressed, protection.json read and the key derived off the window's thread, the
    store unlocked, the sealed status cache opened, the main window built and first painted. The
    unprotected side: process start, imports, the status cache, the main window first painted.
    Three figures:
    (1) the lock screen's own first paint against the unprotected launch's first paint (a ratio,
        no limit);
    (2) the protected launch to the main window's first paint, less the key derivation, against
        the unprotected launch to its first paint: within 1.3x;
    (3) the key derivation alone (Argon2id with the folder's own parameters, slow by design),
        measured in this process, once per round between the launches, its median: what (2)
        takes away. (2) keeps everything else the lock screen adds: its build and paint, the
        typing and Enter, the thread hand-back, the unwrapping, the hand-over to the main window.
    Not covered: the time a person takes to read the lock screen and type; both sides start
    the window themselves (no Holdfast already running to hand over to).
(c) `holdfast status --json` unlocked through the login keyring (a fake Secret Service on a
    private bus; no key derivation) against `holdfast status --json` in an unprotected folder,
    each a whole process from start to exit: within 1.3x.

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
from typing import Any

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
URGE_LIMIT = 1.2
WINDOW_LIMIT = 1.3
STATUS_LIMIT = 1.3
PASSPHRASE = "correct horse battery staple"
BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
# Only the protected launch's wrapper reads it: the passphrase it types on the lock screen.
PASSPHRASE_VARIABLE = "HOLDFAST_BENCH_PASSPHRASE"
LOCK_PAINT_LINE = "lock-paint "
TYPED_LINE = "typed "
PAINT_LINE = "first-paint "
LAUNCH_TIMEOUT = 120  # seconds: a lock screen that refused the passphrase would wait forever

# The window as `holdfast` starts it (app.cli.main). With no passphrase in the environment (the
# unprotected side) it is exactly that, and run_window reports the main window's first paint and
# quits. With one (the protected side) the real start of the protected folder runs unchanged:
# the lock screen, the derivation off the window's thread, the main window built once unlocked.
# run_window's own report would there be the lock screen's first paint, quitting at it, so this
# wrapper turns that report off and does the rest itself, as a person would but at once. It
# imports early what that start imports anyway, and catches Application.exec, where the lock
# screen is built and shown and nothing has painted yet, to:
# - say when the lock screen first painted ("lock-paint <time.monotonic()>");
# - the moment after that paint, type the passphrase into its field, key event by key event,
#   say so ("typed <time.monotonic()>"), and press Enter;
# - once the lock screen has handed over (LockedStart.unlocked, after run_window's own slot has
#   built and shown the main window), report the main window's first paint in run_window's
#   format ("first-paint <time.monotonic()> <peak memory so far, KiB>") and quit by the window's
#   Quit once what it does after its paint has run, as run_window's report does.
WINDOW = f"""
import os, resource, sys, time

passphrase = os.environ.pop({PASSPHRASE_VARIABLE!r}, None)
if passphrase is not None:
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    import app.ui.app as window_app
    from app.ui.lock_screen import LockScreen
    from app.ui.locked_start import LockedStart
    from app.ui.main_window import MainWindow

    del os.environ[window_app.QUIT_AFTER_PAINT]  # else run_window reports the lock screen's paint
    kept = []  # the event filters, alive as long as the process

    def fail(why):  # from a slot, where an exception would only be reported in the window
        print(why, file=sys.stderr, flush=True)
        os._exit(3)

    def press(field, key, text):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(field, event)

    def type_passphrase(screen):
        field = screen.passphrase
        for character in passphrase:  # letters and spaces: each key's code is its capital's
            press(field, ord(character.upper()), character)
        if field.text() != passphrase:
            fail("the lock screen's field did not take the passphrase typed")
        print({TYPED_LINE!r} + str(time.monotonic()), flush=True)
        press(field, Qt.Key.Key_Return, "\\r")

    class LockPainted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print({LOCK_PAINT_LINE!r} + str(time.monotonic()), flush=True)
                QTimer.singleShot(0, lambda: type_passphrase(watched))  # once it is on screen
            return False

    class MainPainted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                print({PAINT_LINE!r} + str(time.monotonic()), peak, flush=True)
                # Two turns: after what the window does once painted, queued by its own filter.
                QTimer.singleShot(0, lambda: QTimer.singleShot(0, watched.quit))
            return False

    def handed_over(_tray, _logged):
        # Connected after run_window's own slot, which has built and shown the main window.
        shown = [
            widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, MainWindow) and widget.isVisible()
        ]
        if len(shown) != 1:
            fail(f"not one main window shown after the unlock: {{shown}}")
        kept.append(MainPainted(shown[0]))
        shown[0].installEventFilter(kept[-1])

    running = window_app.Application.exec

    def exec_watching_the_lock_screen(application):
        screens = [
            widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, LockScreen) and widget.isVisible()
        ]
        starts = application.findChildren(LockedStart)
        if len(screens) != 1 or len(starts) != 1:
            sys.exit(f"the protected start did not show one lock screen: {{screens}}")
        kept.append(LockPainted(screens[0]))
        screens[0].installEventFilter(kept[-1])
        starts[0].unlocked.connect(handed_over)
        return running()  # static in PySide6

    window_app.Application.exec = exec_watching_the_lock_screen

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
    """(b) A protected launch through the real lock screen, the passphrase typed at once, to the
    main window's first paint, the key derivation aside, against an unprotected launch to its
    first paint; the lock screen's own first paint, and the derivation alone, beside it."""
    compileall.compile_dir(Path(app.__file__).parent, quiet=1)  # as window.py does
    protection = read_protection(protected)
    assert protection is not None
    plain_env = reporting_its_paint(protected)
    ours_env = {**plain_env, PASSPHRASE_VARIABLE: PASSPHRASE}
    ours_command = [sys.executable, "-c", WINDOW, "--data-dir", str(protected)]
    plain_command = [sys.executable, "-c", WINDOW, "--data-dir", str(plain)]
    ours: list[dict[str, float]] = []
    baselines: list[float] = []
    derivations: list[float] = []
    for round_ in range(LAUNCH_ROUNDS):
        steps: list[Callable[[], object]] = [
            lambda: ours.append(_launch(ours_command, ours_env)),
            lambda: baselines.append(_launch(plain_command, plain_env)[PAINT_LINE]),
            lambda: derivations.append(_derivation(protection.kdf)),
        ]
        for step in steps if round_ % 2 == 0 else reversed(steps):
            step()
    for launch in ours:
        if not launch[LOCK_PAINT_LINE] < launch[TYPED_LINE] < launch[PAINT_LINE]:
            raise SystemExit(
                f"the protected launch did not go lock screen, Enter, window: {launch}"
            )
    derived = statistics.median(derivations)
    lock_painted = statistics.median(launch[LOCK_PAINT_LINE] for launch in ours)
    painted = statistics.median(launch[PAINT_LINE] for launch in ours)
    typed_to_paint = statistics.median(launch[PAINT_LINE] - launch[TYPED_LINE] for launch in ours)
    baseline = statistics.median(baselines)
    kdf = protection.kdf
    print(
        f"The window with {EVENT_COUNT:,} entries, offscreen ({LAUNCH_ROUNDS} launches each, "
        "interleaved)"
    )
    print(
        "  protected: process start, imports, the real lock screen built and painted, the "
        "passphrase typed into it at once and Enter pressed, the key derived off the window's "
        "thread, the store unlocked, the sealed status cache opened, the main window built and "
        "first painted"
    )
    print("  unprotected: process start, imports, the status cache, the main window first painted")
    print(
        f"  (1) the lock screen's first paint: {lock_painted * 1000:.0f} ms = "
        f"{lock_painted / baseline:.2f}x the unprotected launch to its first paint "
        f"({baseline * 1000:.0f} ms)"
    )
    print(
        f"  (3) the key derivation alone ({kdf['name']}, {kdf.get('memory_kib', '-')} KiB, "
        f"{kdf.get('iterations', '-')} passes, in this process): median {derived * 1000:.0f} ms"
    )
    print(
        f"  Enter on the lock screen to the main window's first paint: "
        f"{typed_to_paint * 1000:.0f} ms, the derivation included"
    )
    print(
        f"  protected launch to the main window's first paint, the derivation included: "
        f"{painted * 1000:.0f} ms = {painted / baseline:.2f}x the unprotected launch"
    )
    print(
        "  (2) the protected launch to the main window's first paint less the derivation, "
        "against the unprotected launch to its first paint:"
    )
    return [
        _verdict(
            "a launch through the lock screen to the main window",
            painted - derived,
            baseline,
            WINDOW_LIMIT,
        )
    ]


def _derivation(kdf: dict[str, Any]) -> float:
    """Seconds the passphrase's key derivation takes here, with the folder's parameters."""
    start = time.perf_counter()
    sealing.passphrase_key(PASSPHRASE, kdf)
    return time.perf_counter() - start


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


def _launch(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the start to each moment the process reported (its first paint; and, on the
    protected side, the lock screen's first paint and Enter pressed on it), by the line that
    reported it."""
    start = time.monotonic()
    done = subprocess.run(
        command,
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=LAUNCH_TIMEOUT,
    )
    moments: dict[str, float] = {}
    for line in done.stdout.splitlines():
        for name in (LOCK_PAINT_LINE, TYPED_LINE, PAINT_LINE):
            if line.startswith(name):
                if name in moments:
                    raise SystemExit(f"{command[:2]} reported {name!r} twice: {done.stdout!r}")
                moments[name] = float(line.removeprefix(name).split()[0]) - start
    if PAINT_LINE not in moments:
        raise SystemExit(f"{command[:2]} never reported its first paint: {done.stdout!r}")
    return moments


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
