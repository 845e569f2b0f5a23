"""Export and import dialogs start in the user's documents or home folder, never the working one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.ui.dialogs.settings import SettingsDialog
from app.ui.pages.history import HistoryPage

pytestmark = pytest.mark.gui

Asked = list[tuple[str, str]]  # (the dialog's kind, the folder or file it started at)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    shown: Asked = []

    def recorder(kind: str) -> Callable[..., tuple[str, str]]:
        def ask(parent: QWidget, caption: str, start: str, filters: str) -> tuple[str, str]:
            shown.append((kind, start))
            return "", ""

        return ask

    monkeypatch.setattr(QFileDialog, "getSaveFileName", recorder("save"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", recorder("open"))
    return shown


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    made = QWidget()
    qtbot.addWidget(made)
    return made


def _ask_all(parent: QWidget) -> None:
    assert HistoryPage.choose_export_file(parent, ".csv") is None
    assert HistoryPage.choose_export_file(parent, ".json") is None
    assert SettingsDialog.choose_export_file(parent) is None
    assert SettingsDialog.choose_import_file(parent) is None


def test_the_dialogs_start_in_the_documents_folder(asked: Asked, parent: QWidget) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir()

    _ask_all(parent)

    assert asked == [
        ("save", str(documents / "holdfast-export.csv")),
        ("save", str(documents / "holdfast-export.json")),
        ("save", str(documents / "holdfast-export.json")),
        ("open", str(documents)),
    ]


def test_without_a_documents_folder_they_start_at_home(asked: Asked, parent: QWidget) -> None:
    home = Path.home()
    assert not (home / "Documents").exists()

    _ask_all(parent)

    for _, start in asked:
        assert Path(start) == home or Path(start).parent == home
        assert not start.startswith(str(Path.cwd()))
