"""Export and import with protection on: an export is encrypted or plain as the user chooses (a
CSV file is always plain, and said to be readable by anyone), and an encrypted export written
under another passphrase asks for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.storage.protecting import turn_on
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.dialogs.export_file import ExportProtection
from app.ui.dialogs.passphrases import ExportPassphrase
from app.ui.dialogs.settings import SettingsDialog
from app.ui.pages.history import HistoryPage
from tests.ui.conftest import SECRET_NOTE

pytestmark = pytest.mark.gui

OTHER_PASSPHRASE = "another folder, another key"


@pytest.fixture
def settings(protected_controller: Controller, qtbot: QtBot) -> SettingsDialog:
    made = SettingsDialog(protected_controller)
    qtbot.addWidget(made)
    return made


def _answer_export(monkeypatch: pytest.MonkeyPatch, encrypted: bool | None) -> list[Path]:
    asked: list[Path] = []

    def ask(target: Path, parent: QWidget) -> bool | None:
        asked.append(target)
        return encrypted

    monkeypatch.setattr(ExportProtection, "ask", staticmethod(ask))
    return asked


def _button(parent: QWidget, text: str) -> QPushButton:
    (found,) = [b for b in parent.findChildren(QPushButton) if b.text() == text]
    return found


def test_an_encrypted_export_holds_nothing_readable_and_says_how_it_opens(
    settings: SettingsDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "all.json"
    monkeypatch.setattr(SettingsDialog, "choose_export_file", staticmethod(lambda parent: target))
    asked = _answer_export(monkeypatch, encrypted=True)

    _button(settings, "Export…").click()

    assert asked == [target]
    assert json.loads(target.read_bytes())["format"] == "holdfast-export-sealed"
    assert SECRET_NOTE.encode() not in target.read_bytes()
    assert settings.data_said.text() == (
        f"Saved an encrypted copy to {target}. It opens with your passphrase or your recovery key."
    )


def test_a_plain_export_is_written_plain_when_chosen(
    settings: SettingsDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "all.json"
    monkeypatch.setattr(SettingsDialog, "choose_export_file", staticmethod(lambda parent: target))
    _answer_export(monkeypatch, encrypted=False)

    _button(settings, "Export…").click()

    assert SECRET_NOTE.encode() in target.read_bytes()
    assert settings.data_said.text() == f"Saved a copy to {target}."


def test_cancelling_the_question_exports_nothing(
    protected_controller: Controller,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    history = HistoryPage(protected_controller)
    qtbot.addWidget(history)
    chosen = tmp_path / "entries.csv"
    monkeypatch.setattr(HistoryPage, "choose_export_file", staticmethod(lambda parent, s: chosen))
    asked = _answer_export(monkeypatch, encrypted=None)

    history.export_csv_button.click()

    assert asked == [chosen]
    assert not chosen.exists()
    assert history.notice.isHidden()


@pytest.mark.parametrize(
    ("name", "buttons", "says"),
    [
        ("all.json", ["Encrypted", "Plain", "Cancel"], "An encrypted export opens with"),
        ("entries.csv", ["Export plain", "Cancel"], "anyone who opens it can read every note"),
    ],
    ids=["JSON", "CSV"],
)
def test_the_question_offers_what_each_kind_of_file_can_be(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    name: str,
    buttons: list[str],
    says: str,
) -> None:
    seen: list[tuple[str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        seen.append((box.text(), [button.text() for button in box.buttons()]))
        (first,) = [b for b in box.buttons() if b.text() == buttons[0]]
        first.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    parent = QWidget()
    qtbot.addWidget(parent)

    answer = ExportProtection.ask(Path(name), parent)

    ((text, offered),) = seen
    assert says in text
    assert sorted(offered) == sorted(buttons)
    assert answer is (name == "all.json")  # the first offered: encrypted for JSON, plain for CSV


def test_an_export_encrypted_elsewhere_asks_for_its_passphrase_until_it_opens(
    settings: SettingsDialog,
    protected_controller: Controller,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    other_store = Store(tmp_path / "other")
    other = Controller(other_store, clock)
    logged = other.log_urge(UrgeKind.VISIT)
    assert logged is not None
    turn_on(other_store, OTHER_PASSPHRASE)
    export = tmp_path / "other.json"
    assert other.keeping.export(export, encrypted=True)
    other.deleteLater()
    monkeypatch.setattr(SettingsDialog, "choose_import_file", staticmethod(lambda parent: export))
    answers = iter(["not this one", OTHER_PASSPHRASE])
    asked: list[bool] = []

    def ask(parent: QWidget, again: bool) -> str | None:
        asked.append(again)
        return next(answers)

    monkeypatch.setattr(ExportPassphrase, "ask", staticmethod(ask))

    _button(settings, "Import…").click()

    assert asked == [False, True]  # the second time, it says the first did not open it
    assert settings.data_said.text().startswith("Imported 1 entry.")
    assert any(
        isinstance(e, Urge) and e.id == logged.id for e in protected_controller.logbook.events
    )


def test_an_encrypted_export_is_not_imported_when_its_passphrase_is_not_given(
    settings: SettingsDialog,
    protected_controller: Controller,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    other_store = Store(tmp_path / "other")
    other = Controller(other_store, clock)
    assert other.log_urge(UrgeKind.VISIT) is not None
    turn_on(other_store, OTHER_PASSPHRASE)
    export = tmp_path / "other.json"
    assert other.keeping.export(export, encrypted=True)
    other.deleteLater()
    monkeypatch.setattr(SettingsDialog, "choose_import_file", staticmethod(lambda parent: export))
    monkeypatch.setattr(ExportPassphrase, "ask", staticmethod(lambda parent, again: None))
    before = protected_controller.logbook

    _button(settings, "Import…").click()

    assert settings.data_said.text().endswith("Nothing was imported.")
    assert protected_controller.logbook is before


def test_an_export_from_this_folder_opens_without_asking(
    settings: SettingsDialog,
    protected_controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    export = tmp_path / "mine.json"
    assert protected_controller.keeping.export(export, encrypted=True)
    monkeypatch.setattr(SettingsDialog, "choose_import_file", staticmethod(lambda parent: export))
    monkeypatch.setattr(ExportPassphrase, "ask", staticmethod(lambda parent, again: pytest.fail()))

    _button(settings, "Import…").click()

    assert settings.data_said.text() == "Nothing to add: everything in that file is here already."
