"""The window against a bare PySide6 window: launch to first paint, peak memory, an urge click."""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import app
from tests.benchmarks.heavy_data import EVENT_COUNT, write_heavy_folder
from tests.benchmarks.processes import reporting_its_paint

LAUNCH_ROUNDS = 9
CLICK_ROUNDS = 30
FRAME_SECONDS = 1 / 60

# The measure: a cold launch to a painted window, and the peak memory up to that paint,
# each within this much of a bare PySide6 window's.
LAUNCH_LIMIT = 1.75
MEMORY_LIMIT = 1.75

# A bare window with one label that reports its first paint (and its peak memory so far) and
# quits, as Holdfast does when asked to.
BARE_WINDOW = """
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Holdfast")
class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print("first-paint", time.monotonic(), peak, flush=True)
            QTimer.singleShot(0, app.quit)
        return False
quitter = QuitOnPaint()
label.installEventFilter(quitter)
label.show()
sys.exit(app.exec())
"""


def bench_window(workdir: Path, now: datetime) -> list[tuple[str, bool]]:
    """A cold launch of the window against a bare PySide6 window, process against process.

    Holdfast paints first and reads its entries after: the verdicts are the issue's, on the
    launch to a painted window; the peak once every entry is read is printed beside them.
    """
    folder = workdir / "window"
    write_heavy_folder(folder, now)
    env = reporting_its_paint(folder)
    # Installing compiles a package's bytecode; do the same for this checkout, so that a
    # shell with PYTHONDONTWRITEBYTECODE set does not make every launch compile Holdfast anew.
    compileall.compile_dir(Path(app.__file__).parent, quiet=1)
    ours_command = [sys.executable, "-m", "app"]
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    # As after any status, urge or earlier window: the status cache holds this very file, so
    # every launch measured is the same one, whose figures need no decoding of the entries.
    subprocess.run([*ours_command, "status"], env=env, check=True, capture_output=True)
    # A small process of its own launches both, so neither inherits this one's memory.
    driver = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("launch.py")),
            str(LAUNCH_ROUNDS),
            json.dumps(ours_command),
            json.dumps(bare_command),
        ],
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    results = json.loads(driver.stdout)
    # Each run gives the seconds to the first paint, then the peak KiB up to it and over the run.
    ours, bare = (
        [statistics.median(run[column] for run in results[side]) for column in range(3)]
        for side in ("ours", "bare")
    )
    launch, memory, loaded = (ours[column] / bare[column] for column in range(3))
    print(f"The window with {EVENT_COUNT:,} entries, offscreen ({LAUNCH_ROUNDS} runs each)")
    print(
        f"  launch to first paint:       Holdfast {ours[0] * 1000:4.0f} ms, "
        f"bare window {bare[0] * 1000:4.0f} ms: {launch:.2f}x"
    )
    print(
        f"  peak memory to first paint:  Holdfast {ours[1] / 1024:4.0f} MiB, "
        f"bare window {bare[1] / 1024:4.0f} MiB: {memory:.2f}x"
    )
    print(
        f"  peak memory, entries read:   Holdfast {ours[2] / 1024:4.0f} MiB, "
        f"bare window {bare[2] / 1024:4.0f} MiB: {loaded:.2f}x (after the paint)"
    )
    return [
        (
            f"a cold launch paints within {LAUNCH_LIMIT}x a bare PySide6 window",
            launch <= LAUNCH_LIMIT,
        ),
        (
            f"peak memory to the first paint within {MEMORY_LIMIT}x a bare PySide6 window",
            memory <= MEMORY_LIMIT,
        ),
    ]


def bench_urge_click(workdir: Path, now: datetime) -> list[tuple[str, bool]]:
    """A click on an urge button against the durable write alone, in one process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.domain.events import UrgeKind
    from app.domain.logbook import log_urge
    from app.storage.store import Store
    from app.system.system_clock import SystemClock
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


HISTORY_ROUNDS = 15
HISTORY_PAGE_SIZE = (940, 640)  # what the window's default size leaves for a page
OPEN_BUDGET_SECONDS = 0.100


def bench_history_page(workdir: Path, now: datetime) -> list[tuple[str, bool]]:
    """Opening the History page over the heavy folder, and switching its range, in one process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from app.domain.preferences import Theme
    from app.storage.store import Store
    from app.system.system_clock import SystemClock
    from app.ui.controller import Controller
    from app.ui.theme import apply_theme

    folder = workdir / "history"
    write_heavy_folder(folder, now)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app, Theme.LIGHT)
    controller = Controller(Store(folder), SystemClock())

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    start = time.perf_counter()
    from app.ui.pages.history import HistoryPage  # the window imports it on the first visit

    imported = time.perf_counter() - start
    # The window's page stack: a page shown inside an open window, not a window of its own.
    stack = QWidget()
    stack.resize(*HISTORY_PAGE_SIZE)
    layout = QVBoxLayout(stack)
    layout.setContentsMargins(0, 0, 0, 0)
    stack.show()
    app.processEvents()
    opens: list[float] = []
    switches: dict[int, list[float]] = {90: [], 365: [], 30: []}
    for _ in range(HISTORY_ROUNDS):
        paints = Paints()
        start = time.perf_counter()
        page = HistoryPage(controller)
        page.calendar.installEventFilter(paints)
        layout.addWidget(page)
        page.show()
        app.processEvents()  # lays it out and paints it
        opens.append(time.perf_counter() - start)
        if not paints.count:
            raise RuntimeError("the History page was not painted")
        for days, times in switches.items():  # 30 -> 90 -> 365, and back for the next round
            start = time.perf_counter()
            page.set_range(days)
            app.processEvents()  # the charts repaint
            times.append(time.perf_counter() - start)
        layout.removeWidget(page)
        page.hide()
        page.deleteLater()
        # processEvents leaves deferred deletes alone: without a running loop, only this does.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    stack.close()
    first, typical = opens[0], statistics.median(opens)
    switch = {days: statistics.median(times) for days, times in switches.items()}
    slowest = max(switch.values())
    print(f"The History page with {EVENT_COUNT:,} entries, offscreen ({HISTORY_ROUNDS} rounds)")
    print(f"  importing the page's modules:  {imported * 1000:6.1f} ms (once, at the first visit)")
    print(f"  opening and painting, first:   {first * 1000:6.1f} ms")
    print(f"  the first visit, imports too:  {(imported + first) * 1000:6.1f} ms")
    print(f"  opening and painting, median:  {typical * 1000:6.1f} ms (budget 100 ms)")
    for days, seconds in switch.items():
        print(
            f"  switching the range to {days:>3} d: {seconds * 1000:6.1f} ms median "
            f"({seconds / FRAME_SECONDS:.2f} of a 60 Hz frame)"
        )
    return [
        ("the History page opens and paints in 100 ms or less", typical <= OPEN_BUDGET_SECONDS),
        ("switching the History range stays within one 60 Hz frame", slowest <= FRAME_SECONDS),
    ]
