"""An urge logged in the window while it cannot be saved (another Holdfast process is stuck with
the lock, or the data file is missing) survives the window being killed or quit: the next open
saves it, once, and says so. Real window processes, a real lock held by another process; then
what the window's own process does with what waits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.domain.logbook import log_urge
from app.storage.protection import Sealing
from app.storage.store import Store
from app.storage.waiting_entries import SavedNow, keep_waiting, save_if_free, waiting_path
from app.ui.app import QUIT_AFTER_PAINT
from app.ui.controller import Controller
from tests.conftest import run_holdfast_process
from tests.storage.lock_holder import lock_held_elsewhere

pytestmark = pytest.mark.gui

SAVED_NOW = "Saved now: 1 urge you logged earlier, while it could not be saved."

# `holdfast` as the launcher runs it, told what to do by the test, one line at a time: "urge"
# clicks the urge button, "quit" quits as the menu does. Each banner shown is printed.
DRIVEN_WINDOW = """
import sys
from PySide6.QtCore import QTimer
import app.ui.app
import app.ui.saving_queue
from app.cli import main
from app.domain.events import UrgeKind
from app.ui.main_window import MainWindow

# No retry while the test runs: only the last try on quit, or the next open, may save the urge.
app.ui.saving_queue.RETRY_INTERVAL_MS = 3_600_000


class DrivenWindow(MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if sys.argv[1] == "driven":
            QTimer.singleShot(0, self.obey)

    def show_banner(self, text):
        print("banner:", text, flush=True)
        super().show_banner(text)

    def obey(self):
        print("ready", flush=True)
        # The event loop waits while the test thinks: nothing happens behind its back.
        for line in sys.stdin:
            if line.strip() == "urge":
                self.today.urges.buttons[UrgeKind.TEXT].click()
                print("logged", flush=True)
            elif line.strip() == "quit":
                self.quit()
                return


app.ui.app.MainWindow = DrivenWindow
sys.exit(main([]))
"""


class Window:
    """A window process on the data folder, told what to do through its input."""

    def __init__(self, folder: Path, runtime: Path, mode: str) -> None:
        env = {
            **os.environ,
            "HOLDFAST_DATA_DIR": str(folder),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(runtime),
        }
        env.pop(QUIT_AFTER_PAINT, None)
        if mode == "reopened":
            env[QUIT_AFTER_PAINT] = "1"  # quits once everything at the start is done
        self.process = subprocess.Popen(
            [sys.executable, "-c", DRIVEN_WINDOW, mode],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def wait_for(self, answer: str) -> None:
        """Reads what the window prints until `answer`, which says it did what it was told."""
        assert self.process.stdout is not None
        while (line := self.process.stdout.readline()) != answer + "\n":
            assert line, f"the window ended before it said {answer!r}"

    def ended(self) -> tuple[int, list[str]]:
        """Waits for the process to end; its exit code and the banners it showed."""
        out, err = self.process.communicate(timeout=60)
        banners = [
            line[len("banner: ") :] for line in out.splitlines() if line.startswith("banner:")
        ]
        assert "Traceback" not in err, err
        return self.process.returncode, banners

    def kill(self) -> None:
        if self.process.returncode is not None:
            return  # ended, and waited for
        self.process.kill()  # SIGKILL: no handler, no last try, as in a crash
        self.process.communicate(timeout=60)


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    """The windows' single-instance socket, kept apart from other tests'."""
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def folder(started_store: Store) -> Path:
    """A data folder where the period began twelve days before the fixed clock's noon."""
    return started_store.folder


def _driven(folder: Path, runtime: Path) -> Window:
    window = Window(folder, runtime, "driven")
    window.wait_for("ready")
    return window


def _urges(folder: Path) -> list[Urge]:
    return [event for event in Store(folder).load().events if isinstance(event, Urge)]


def _nothing_waits(folder: Path) -> bool:
    return not list(folder.glob("waiting*.json"))


def _reopened(folder: Path, runtime: Path) -> list[str]:
    """Opens the window again, as the launcher does; the banners it showed at the start."""
    code, banners = Window(folder, runtime, "reopened").ended()
    assert code == 0
    return banners


@pytest.mark.parametrize("ending", ["killed", "quit"])
def test_an_urge_waiting_for_a_stuck_process_survives_the_window_and_is_saved_on_the_next_open(
    folder: Path, runtime: Path, ending: str
) -> None:
    with lock_held_elsewhere(folder):
        window = _driven(folder, runtime)
        try:
            window.send("urge")
            window.wait_for("logged")
            assert waiting_path(folder).is_file()  # on disk at once, not only in the window
            if ending == "quit":
                window.send("quit")  # the last try finds the lock still held
                code, banners = window.ended()
                assert code == 0
                assert "Saved now" not in " ".join(banners)  # nothing said as it went
        finally:
            window.kill()
        assert _urges(folder) == []
    # The stuck process let go; the window is opened again.

    banners = _reopened(folder, runtime)

    assert SAVED_NOW in banners
    (urge,) = _urges(folder)  # exactly once
    assert urge.kind is UrgeKind.TEXT
    assert _nothing_waits(folder)
    assert SAVED_NOW not in _reopened(folder, runtime)  # said once


def test_the_last_try_on_quit_saves_what_waited_once_the_stuck_process_let_go(
    folder: Path, runtime: Path
) -> None:
    window = _driven(folder, runtime)
    try:
        with lock_held_elsewhere(folder):
            window.send("urge")
            window.wait_for("logged")
        window.send("quit")  # the lock is free now; nothing retried in between
        code, _ = window.ended()
    finally:
        window.kill()

    assert code == 0
    (urge,) = _urges(folder)
    assert urge.kind is UrgeKind.TEXT
    assert _nothing_waits(folder)


def test_an_urge_waiting_for_a_missing_file_keeps_waiting_until_it_is_back(
    folder: Path, runtime: Path, clock: FixedClock
) -> None:
    data_file = folder / "holdfast.json"
    kept = data_file.read_bytes()
    Store(folder).backups.take(kept, clock.now())  # beside its backups: missing, not a first run
    window = _driven(folder, runtime)
    try:
        data_file.unlink()  # a sync tool took it away while the window is open
        window.send("urge")
        window.wait_for("logged")
        assert waiting_path(folder).is_file()
    finally:
        window.kill()
    assert not data_file.exists()  # no new file hides the loss

    looked = run_holdfast_process(folder, "status")  # still missing: it keeps waiting
    assert looked.returncode == 1
    assert "holdfast.json is missing" in looked.stderr
    assert not _nothing_waits(folder)

    data_file.write_bytes(kept)  # put back
    banners = _reopened(folder, runtime)

    assert SAVED_NOW in banners
    (urge,) = _urges(folder)
    assert urge.kind is UrgeKind.TEXT
    assert _nothing_waits(folder)


# In the window's own process


def test_what_an_earlier_window_left_is_shown_once_saved_at_the_start(
    started_store: Store, clock: FixedClock, qtbot: QtBot
) -> None:
    folder = started_store.folder
    urge = log_urge(clock.now(), UrgeKind.CALL)
    keep_waiting(folder, [urge], Sealing())
    controller = Controller(Store(folder), clock)  # sets the list aside before anything else
    keep_waiting(folder, [], Sealing())  # as this window would, once its own list is empty

    with qtbot.waitSignal(controller.news) as news:
        controller.waiting.save_earlier()

    assert news.args == [SAVED_NOW]
    assert controller.status().urges_total == 1  # shown at once, not at the next look
    assert [u.id for u in _urges(folder)] == [urge.id]
    assert _nothing_waits(folder)


def test_a_damaged_list_is_said_in_the_banner_once(
    started_store: Store, clock: FixedClock, qtbot: QtBot
) -> None:
    folder = started_store.folder
    waiting_path(folder).write_bytes(b'{"version": 1, "entries": [')
    controller = Controller(Store(folder), clock)
    said: list[str] = []
    controller.problem.connect(said.append)

    controller.waiting.save_earlier()
    controller.waiting.save_earlier()

    (line,) = said
    assert line.startswith(
        "Some urges or contacts that were waiting to be saved could not be read (the file "
        "holding them is damaged), so they are not saved; the file is kept as "
    )
    assert Path(line.rsplit(" ", 1)[1].rstrip(".")).read_bytes() == b'{"version": 1, "entries": ['


def test_an_urge_a_command_saved_from_the_open_list_is_not_saved_again_by_the_window(
    controller: Controller, clock: FixedClock, qtbot: QtBot
) -> None:
    folder = controller.store.folder
    with lock_held_elsewhere(folder):
        assert controller.log_urge(UrgeKind.TEXT) is None  # it waits, on disk too
    assert save_if_free(Store(folder), clock.now()) == SavedNow(urges=1)  # a command, first
    said: list[str] = []
    controller.problem.connect(said.append)

    with qtbot.waitSignal(controller.news):
        controller.waiting.save_after_busy()  # the window's next try

    assert said == []
    assert len(_urges(folder)) == 1
    assert controller.status().urges_total == 1
    assert _nothing_waits(folder)
