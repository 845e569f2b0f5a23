"""The window against a bare PySide6 window: launch to first paint, peak memory, an urge click."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from tests.benchmarks.heavy_data import EVENT_COUNT, write_heavy_folder

LAUNCH_ROUNDS = 9
CLICK_ROUNDS = 30
FRAME_SECONDS = 1 / 60

# A bare window with one label that quits once painted, as Holdfast does when asked to.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Holdfast")
class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
quitter = QuitOnPaint()
label.installEventFilter(quitter)
label.show()
sys.exit(app.exec())
"""


def _run(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from start to exit, and the process's peak memory in KiB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited with {process.returncode}")
    return elapsed, usage.ru_maxrss


def bench_window(workdir: Path, now: datetime) -> list[tuple[str, bool]]:
    folder = workdir / "window"
    write_heavy_folder(folder, now)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOLDFAST_DATA_DIR": str(folder),
        "HOLDFAST_QUIT_AFTER_PAINT": "1",
    }
    ours_command = [sys.executable, "-m", "app"]
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    ours: list[tuple[float, int]] = []
    bare: list[tuple[float, int]] = []
    for round_ in range(LAUNCH_ROUNDS):
        pair = [(ours_command, ours), (bare_command, bare)]
        for command, results in pair if round_ % 2 == 0 else reversed(pair):
            results.append(_run(command, env))
    ours_time, bare_time = (statistics.median(t for t, _ in runs) for runs in (ours, bare))
    ours_memory, bare_memory = (statistics.median(m for _, m in runs) for runs in (ours, bare))
    launch, memory = ours_time / bare_time, ours_memory / bare_memory
    print(f"The window with {EVENT_COUNT:,} entries, offscreen ({LAUNCH_ROUNDS} runs each)")
    print(
        f"  launch to first paint: Holdfast {ours_time * 1000:4.0f} ms, "
        f"bare window {bare_time * 1000:4.0f} ms: {launch:.2f}x"
    )
    print(
        f"  peak memory:           Holdfast {ours_memory / 1024:4.0f} MiB, "
        f"bare window {bare_memory / 1024:4.0f} MiB: {memory:.2f}x"
    )
    return [
        ("launch within 1.5x a bare PySide6 window", launch <= 1.5),
        ("peak memory within 1.5x a bare PySide6 window", memory <= 1.5),
    ]


def bench_urge_click(workdir: Path, now: datetime) -> list[tuple[str, bool]]:
    """A click on an urge button against the durable write alone, in one process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.domain.events import UrgeKind
    from app.domain.logbook import log_urge
    from app.storage.store import Store
    from app.system_clock import SystemClock
    from app.ui.controller import Controller
    from app.ui.main_window import MainWindow

    folder = workdir / "click"
    write_heavy_folder(folder, now)
    clock = SystemClock()
    app = QApplication.instance() or QApplication([])
    window = MainWindow(
        Controller(Store(folder), clock),
        QSettings(str(workdir / "window.ini"), QSettings.Format.IniFormat),
        lambda theme: None,
        lambda: False,
    )
    window.show()
    app.processEvents()
    bare_store = Store(workdir / "click-bare")
    write_heavy_folder(bare_store.folder, now)
    bare_store.load()
    button = window.today.urges.buttons[UrgeKind.TEXT]

    clicks: list[float] = []
    writes: list[float] = []
    for _ in range(CLICK_ROUNDS):
        start = time.perf_counter()
        button.click()
        app.processEvents()  # the repaint the click causes
        clicks.append(time.perf_counter() - start)
        start = time.perf_counter()
        with bare_store.transaction(clock.now()) as changes:
            changes.add(log_urge(clock.now(), UrgeKind.TEXT))
        writes.append(time.perf_counter() - start)
    click, write = statistics.median(clicks), statistics.median(writes)
    extra = click - write
    print(f"Clicking an urge button with {EVENT_COUNT:,} entries ({CLICK_ROUNDS} rounds each)")
    print(f"  click, saved and repainted: median {click * 1000:6.1f} ms")
    print(f"  the durable write alone:    median {write * 1000:6.1f} ms")
    print(
        f"  work beyond the write:      {extra * 1000:6.1f} ms "
        f"({extra / FRAME_SECONDS:.2f} of a 60 Hz frame)"
    )
    window.close()
    return [("an urge click adds at most one frame beyond the write", extra <= FRAME_SECONDS)]
