"""Export and import from the window: the suffix a save dialog's answer gets is asked about before
it replaces a file, and the Settings dialog says what an import or export did, or why not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.dialogs.export_file import ReplaceQuestion
from app.ui.dialogs.settings import SettingsDialog
from app.ui.pages.history import HistoryPage

pytestmark = pytest.mark.gui


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], list[Path]]:
    """Answers the question about replacing a file with `answer`; lists the files asked about."""

    def answer_with(answer: bool) -> list[Path]:
        asked_about: list[Path] = []

        def ask(path: Path, parent: QWidget) -> bool:
            asked_about.append(path)
            return answer

        monkeypatch.setattr(ReplaceQuestion, "ask", staticmethod(ask))
        return asked_about

    return answer_with


@pytest.fixture
def history(controller: Controller, qtbot: QtBot) -> HistoryPage:
    made = HistoryPage(controller)
    qtbot.addWidget(made)
    return made


@pytest.fixture
def settings(controller: Controller, qtbot: QtBot) -> SettingsDialog:
    made = SettingsDialog(controller)
    qtbot.addWidget(made)
    return made


def _button(parent: QWidget, text: str) -> QPushButton:
    (found,) = [b for b in parent.findChildren(QPushButton) if b.text() == text]
    return found


@pytest.mark.parametrize("answer", [False, True])
def test_the_suffix_added_to_a_name_is_asked_about_before_it_replaces_a_file(
    history: HistoryPage,
    asked: Callable[[bool], list[Path]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    answer: bool,
) -> None:
    existing = tmp_path / "taxes.csv"
    existing.write_text("someone else's sums\n")
    # The dialog asked about "taxes", which does not exist; the export is "taxes.csv".
    monkeypatch.setattr(
        HistoryPage, "choose_export_file", staticmethod(lambda parent, suffix: tmp_path / "taxes")
    )
    asked_about = asked(answer)

    history.export_csv_button.click()

    assert asked_about == [existing]
    if answer:
        assert existing.read_text(encoding="utf-8").startswith("type,id,at,")
        assert str(existing) in history.notice_text.text()
    else:
        assert existing.read_text() == "someone else's sums\n"
        assert history.notice.isHidden()


def test_a_name_the_dialog_asked_about_is_not_asked_about_again(
    history: HistoryPage,
    asked: Callable[[bool], list[Path]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    chosen = tmp_path / "everything.json"
    chosen.write_text("an older export")
    monkeypatch.setattr(HistoryPage, "choose_export_file", staticmethod(lambda parent, s: chosen))
    asked_about = asked(False)

    history.export_json_button.click()

    assert asked_about == []
    assert chosen.read_bytes().startswith(b"{")


@pytest.mark.parametrize(
    ("kind", "suffix"),
    [("JSON, everything (*.json)", ".json"), ("CSV, the entries (*.csv)", ".csv")],
)
def test_settings_export_adds_the_suffix_of_the_kind_chosen(
    settings: SettingsDialog,
    asked: Callable[[bool], list[Path]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    kind: str,
    suffix: str,
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "mine"), kind)
    )
    (tmp_path / f"mine{suffix}").write_text("kept")
    asked_about = asked(False)

    assert SettingsDialog.choose_export_file(settings) is None
    assert asked_about == [tmp_path / f"mine{suffix}"]

    (tmp_path / f"mine{suffix}").unlink()
    assert SettingsDialog.choose_export_file(settings) == tmp_path / f"mine{suffix}"


def test_settings_says_where_the_export_went(
    settings: SettingsDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "all.json"
    monkeypatch.setattr(SettingsDialog, "choose_export_file", staticmethod(lambda parent: target))

    _button(settings, "Export…").click()

    assert settings.data_said.text() == f"Saved a copy to {target}."
    assert target.exists()


def test_settings_says_why_an_export_into_the_data_folder_was_refused(
    settings: SettingsDialog,
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = controller.store.folder / "all.json"
    monkeypatch.setattr(SettingsDialog, "choose_export_file", staticmethod(lambda parent: target))

    _button(settings, "Export…").click()

    assert "inside Holdfast's data folder" in settings.data_said.text()
    assert not target.exists()


def test_settings_says_what_an_import_added_and_that_a_backup_was_kept(
    settings: SettingsDialog,
    controller: Controller,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    other = Controller(Store(tmp_path / "other"), clock)
    other.log_urge(UrgeKind.SOCIAL)
    export = tmp_path / "other.json"
    assert other.keeping.export(export)
    other.deleteLater()
    monkeypatch.setattr(SettingsDialog, "choose_import_file", staticmethod(lambda parent: export))
    before = controller.store.path.read_bytes()

    _button(settings, "Import…").click()

    assert settings.data_said.text() == (
        "Imported 1 entry. Your data as it was before is kept as a backup."
    )
    assert controller.store.backups.list()[0].path.read_bytes() == before

    _button(settings, "Import…").click()

    assert settings.data_said.text() == ("Nothing to add: everything in that file is here already.")


def test_settings_says_when_nothing_was_imported(
    settings: SettingsDialog,
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    diary = tmp_path / "diary.json"
    diary.write_text("dear diary,")
    monkeypatch.setattr(SettingsDialog, "choose_import_file", staticmethod(lambda parent: diary))
    before = controller.store.path.read_bytes()

    _button(settings, "Import…").click()

    said = settings.data_said.text()
    assert "is not a Holdfast export or data file" in said
    assert said.endswith("Nothing was imported.")
    assert controller.store.path.read_bytes() == before
