"""A data file that is a link: the window says so in its banner and writes nothing through it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.events import UrgeKind
from app.storage.store import Store
from app.ui.controller import Controller

pytestmark = pytest.mark.gui


def test_a_save_to_a_linked_data_file_is_refused_with_a_banner_and_the_link_kept(
    controller: Controller, qtbot: QtBot, started_store: Store, tmp_path: Path
) -> None:
    real = tmp_path / "synced" / "holdfast.json"
    real.parent.mkdir()
    started_store.path.rename(real)
    started_store.path.symlink_to(real)
    before = real.read_bytes()

    with qtbot.waitSignal(controller.problem) as said:
        controller.log_urge(UrgeKind.TEXT)

    assert said.args is not None
    (message,) = said.args
    assert "is a link to another file, and Holdfast does not save through links" in message
    assert started_store.path.is_symlink()
    assert real.read_bytes() == before
