"""A window asked to end (a logout, `kill`, Ctrl+C in its terminal) keeps the journal entry being
written as a draft, and the next open offers it again: a real window process, a real signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.storage.journal_draft import draft_path
from app.ui.app import QUIT_AFTER_PAINT
from app.ui.controller import Controller
from app.ui.pages.journal import JournalPage

pytestmark = pytest.mark.gui

WRITTEN = "What I would have said, if I had called"

# `holdfast` as the launcher runs it, with one difference: once the window is up, it opens the
# Journal and types, and typing never pauses long enough for the draft to be kept on its own,
# so only the way the process ends can keep it.
WRITING_WINDOW = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
import app.ui.app
import app.ui.pages.journal
from app.cli import main
from app.ui.main_window import MainWindow, Page

app.ui.pages.journal.DRAFT_PAUSE_MS = 3_600_000


class WritingWindow(MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        QTimer.singleShot(0, self.write)

    def write(self):
        self.show_page(Page.JOURNAL)
        journal = self.page(Page.JOURNAL)
        journal.text.setFocus()
        QTest.keyClicks(journal.text, {WRITTEN!r})
        print("typed", flush=True)


app.ui.app.MainWindow = WritingWindow
sys.exit(main([]))
"""


@pytest.fixture
def writing(controller: Controller, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A window process on the controller's folder, typing in the Journal; ended by the test."""
    runtime = tmp_path / "runtime"  # its single-instance socket, kept apart from other tests'
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOLDFAST_DATA_DIR": str(controller.store.folder),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
    }
    env.pop(QUIT_AFTER_PAINT, None)
    process = subprocess.Popen(
        [sys.executable, "-c", WRITING_WINDOW],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


@pytest.mark.parametrize("ending", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_journal_entry_being_written_survives_a_request_to_end_and_is_offered_again(
    writing: subprocess.Popen[str], controller: Controller, qtbot: QtBot, ending: str
) -> None:
    assert writing.stdout is not None
    assert writing.stdout.readline() == "typed\n"  # blocks until the window has typed
    draft = draft_path(controller.store.folder)
    assert not draft.exists()  # nothing kept it yet: typing has not paused

    writing.send_signal(getattr(signal, ending))
    _, errors = writing.communicate(timeout=60)

    assert writing.returncode == 0, errors  # ended cleanly, not killed by the signal
    assert draft.exists()
    again = JournalPage(controller)  # the next open
    qtbot.addWidget(again)
    assert again.text.toPlainText() == WRITTEN
    assert again.has_unsaved_changes
    assert again.notice_text.text().startswith("Restored what you were writing")
