"""The window in another language: Holdfast's words from its catalogue, Qt's own buttons in the
same language, and dates written the way that language writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.system.language_choice import save_language
from app.ui.app import speak_chosen_language
from app.ui.controller import Controller
from app.ui.pages.today import TodayPage
from app.ui.translation import use_language
from app.ui.wording import day_text, weekday_names
from tests.catalogues import compiled

pytestmark = pytest.mark.gui

# A catalogue of one German sentence, as a translator's .ts would hold it.
TINY_GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>TodayPage</name>
    <message>
        <source>Day %d arrives on %s</source>
        <translation>Tag %d ist am %s erreicht</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    """Puts the application back as the other tests know it: English, its own translators."""
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


@pytest.fixture
def german(qapp: QApplication, speaking: None, tmp_path: Path) -> None:
    ts = tmp_path / "holdfast_de.ts"
    ts.write_text(TINY_GERMAN, encoding="utf-8")
    use_language(qapp, "de", compiled(ts, tmp_path))


@pytest.mark.usefixtures("german")
def test_today_says_its_words_and_its_date_in_german(controller: Controller, qtbot: QtBot) -> None:
    page = TodayPage(controller)
    qtbot.addWidget(page)

    # Twelve days into a 30-day plan on Sunday 1 March: day 30 is Thursday 19 March.
    assert page.target.text() == "Tag 30 ist am Do. 19 März, 12:00 erreicht"


@pytest.mark.usefixtures("german")
def test_dates_and_weekdays_follow_the_language() -> None:
    assert day_text(date(2026, 3, 1)) == "So. 1 März 2026"
    assert weekday_names()[0] == "Mo."  # weeks still start on Monday


@pytest.mark.usefixtures("german")
def test_qt_s_own_buttons_speak_the_same_language(qtbot: QtBot) -> None:
    assert _cancel_text(qtbot) == "Abbrechen"


@pytest.mark.usefixtures("speaking")
def test_a_language_without_a_catalogue_keeps_holdfast_s_english_words(
    qapp: QApplication, controller: Controller, qtbot: QtBot
) -> None:
    use_language(qapp, "es", None)
    page = TodayPage(controller)
    qtbot.addWidget(page)

    assert page.target.text() == "Day 30 arrives on jue 19 mar, 12:00"


def _cancel_text(qtbot: QtBot) -> str:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    return cancel.text()


@pytest.mark.usefixtures("speaking")
def test_the_language_chosen_in_settings_comes_before_the_system_s(
    qapp: QApplication, data_dir: Path, qtbot: QtBot
) -> None:
    save_language(data_dir, "es")

    speak_chosen_language(qapp, None, data_dir, {"LANG": "de_DE.UTF-8"})

    assert _cancel_text(qtbot) == "Cancelar"
    assert day_text(date(2026, 3, 1)) == "dom 1 mar 2026"


@pytest.mark.usefixtures("speaking")
def test_the_language_asked_for_comes_before_the_one_chosen_in_settings(
    qapp: QApplication, data_dir: Path, qtbot: QtBot
) -> None:
    save_language(data_dir, "es")

    speak_chosen_language(qapp, "de", data_dir, {})

    assert _cancel_text(qtbot) == "Abbrechen"
