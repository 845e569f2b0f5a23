"""Every page and dialog holds a language 40% longer than English at the window's smallest size,
and shows no word that escaped translation: with the pseudo-translation installed (every text
stretched, accented and bracketed), over a busy logbook, nothing is cut off, nothing spills out or
overlaps, and every text on screen is either pseudo-translated or the user's own."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QRect, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind, new_id
from app.domain.goals import Area, Completion, Recurrence, add_goal
from app.domain.hard_dates import new_hard_date
from app.domain.journal import BreakupReason, Prompt, write_entry
from app.domain.logbook import plan
from app.domain.preferences import Theme
from app.storage.store import Store
from app.system.autostart import LoginStart
from app.system.language import LANGUAGE_NAMES
from app.ui.controller import Controller
from app.ui.main_window import SMALLEST, MainWindow, Page
from tests.ui.history_entries import at, record_known
from tests.ui.pseudo_translation import CLOSE, OPEN, PseudoTranslator

pytestmark = pytest.mark.gui

# What the user wrote: shown as written, in whatever language they wrote it.
OWN_GOAL = "Walk to the lake with Sam on Sundays"
JOURNAL_TEXTS = (
    "Today I wanted to write to them after the song came on the radio. I went for a walk instead.",
    "Two weeks now. Mornings are the hardest part.",
)
CHECK_IN_NOTES = ("a long day at work", "slept badly", "coffee with Ana helped")
HARD_DATE = ("Their birthday", "Lunch with Ana, phone off")
URGE_NOTES = ("after the party",)
# The program's name is the same in every language; each language is named in itself.
NAMES = ("Holdfast", *LANGUAGE_NAMES.values())
# A recovery key is letters and digits, in no language.
RECOVERY_KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


@dataclass(frozen=True)
class Busy:
    """A logbook as it looks some weeks in: runs, urges, goals, journal, check-ins, a hard date."""

    own_words: tuple[str, ...]


def _record_busy(store: Store, clock: FixedClock, slipped: bool) -> Busy:
    """The busy logbook; `slipped`: with History's known entries, a slip among them."""
    now = clock.now()
    notes: tuple[str, ...] = ()
    if slipped:
        known = record_known(store, clock)
        notes = (known.slip.note, known.strong.note)
    today = now.date()
    with store.transaction(now) as changes:
        goals = add_goal(changes.logbook.goals, Area.BODY, OWN_GOAL, Recurrence.WEEKLY)
        changes.set_goals(goals)
        changes.add_completions(
            *(
                Completion(goal.id, today - timedelta(days=back), now - timedelta(days=back))
                for goal in goals[:4]
                for back in range(3)
            )
        )
        changes.add(
            Urge(
                id=new_id(),
                at=now - timedelta(hours=2),
                kind=UrgeKind.VISIT,
                intensity=7,
                note=URGE_NOTES[0],
            ),
            Urge(id=new_id(), at=now - timedelta(hours=1), kind=UrgeKind.FRIENDS),
        )
        changes.add_journal_entry(
            write_entry(
                at(26, 21), date(2026, 2, 26), JOURNAL_TEXTS[0], Prompt(next(iter(Prompt)))
            ),
            write_entry(now, today, JOURNAL_TEXTS[1]),
        )
        changes.add_check_ins(
            *(
                CheckIn(
                    new_id(),
                    today - timedelta(days=back),
                    now - timedelta(days=back),
                    mood,
                    pull,
                    note,
                )
                for back, mood, pull, note in (
                    (0, Mood.MIXED, Pull.MODERATE, CHECK_IN_NOTES[0]),
                    (1, Mood.VERY_HARD, Pull.OVERWHELMING, CHECK_IN_NOTES[1]),
                    (2, Mood.GOOD, Pull.LIGHT, CHECK_IN_NOTES[2]),
                )
            )
        )
        changes.add_hard_dates(
            new_hard_date(today, 3, 4, None, HARD_DATE[0], HARD_DATE[1]),
        )
        changes.set_breakup_reasons({BreakupReason.GREW_APART, BreakupReason.TRUST})
    return Busy(
        own_words=(OWN_GOAL, *JOURNAL_TEXTS, *CHECK_IN_NOTES, *HARD_DATE, *URGE_NOTES, *notes)
    )


@pytest.fixture
def pseudo_translated(qapp: QApplication) -> Iterator[None]:
    translator = PseudoTranslator()
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(params=[False, True], ids=["counting", "target reached"])
def busy(request: pytest.FixtureRequest, data_dir: Path, clock: FixedClock) -> tuple[Store, Busy]:
    """The busy logbook: 12 days in, with a slip, counting down to 30; or 40 days without
    contact, past a target of 21."""
    reached = request.param
    store = Store(data_dir)
    began, target = (timedelta(days=40), 21) if reached else (timedelta(days=12), 30)
    with store.transaction(clock.now()) as changes:
        changes.add(plan(changes.logbook, clock.now(), clock.now() - began, target))
    return store, _record_busy(store, clock, slipped=not reached)


@pytest.fixture
def busy_controller(
    qapp: QApplication, busy: tuple[Store, Busy], clock: FixedClock
) -> Iterator[Controller]:
    made = Controller(Store(busy[0].folder), clock)
    yield made
    made.deleteLater()


@pytest.fixture
def window(
    pseudo_translated: None,
    themed: None,
    busy_controller: Controller,
    qtbot: QtBot,
    tmp_path: Path,
) -> MainWindow:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    themes: list[Theme] = []
    made = MainWindow(busy_controller, settings, themes.append, lambda: False)
    qtbot.addWidget(made)
    made.resize(SMALLEST)
    made.show()
    qtbot.waitExposed(made)
    return made


# What a reader sees of a widget, and how to tell it is all there


def _visible(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible() and not w.isWindow()]


def _texts(widget: QWidget) -> list[str]:
    """The texts `widget` shows, or shows on hover."""
    found = [widget.toolTip()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        found.append(widget.text())
    elif isinstance(widget, QGroupBox):
        found.append(widget.title())
    elif isinstance(widget, QTabBar):
        found += [widget.tabText(i) for i in range(widget.count())]
        found += [widget.tabToolTip(i) for i in range(widget.count())]
    elif isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QHeaderView) and widget.model() is not None:
        model = widget.model()
        found += [
            str(model.headerData(i, widget.orientation()) or "")
            for i in range(widget.count())
            if not widget.isSectionHidden(i)
        ]
    elif (isinstance(widget, QLineEdit) and not widget.text()) or (
        isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.toPlainText()
    ):
        found.append(widget.placeholderText())
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for row in range(model.rowCount()):
            for column in range(columns):
                index = model.index(row, column, QModelIndex())
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        found.append(value)
    return [text for text in found if text]


TAG = re.compile(r"<[^<>]+>|&(?:[a-z]+|#\d+);")
PSEUDO_PART = re.compile(
    re.escape(OPEN) + r"[^" + re.escape(OPEN + CLOSE) + r"]*" + re.escape(CLOSE)
)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
# Dates are the locale's to write (QLocale), not the translator's: their English names stand.
DATE_WORDS = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {
                name
                for i in range(1, 13)
                for name in (
                    ENGLISH.monthName(i, QLocale.FormatType.LongFormat),
                    ENGLISH.monthName(i, QLocale.FormatType.ShortFormat),
                )
            }
            | {
                name
                for i in range(1, 8)
                for name in (
                    ENGLISH.dayName(i, QLocale.FormatType.LongFormat),
                    ENGLISH.dayName(i, QLocale.FormatType.ShortFormat),
                )
            },
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)


def _shortened(own_words: tuple[str, ...]) -> set[str]:
    """The user's words as the window may show them: whole, lowered, or cut short with "…"."""
    return {
        shown
        for words in own_words
        for shown in (
            words,
            words.lower(),
            *(words[:end] + "…" for end in range(4, len(words))),
            *(words[:end].rstrip() + "…" for end in range(4, len(words))),
        )
    }


def _escaped(text: str, own_words: tuple[str, ...]) -> bool:
    """Whether `text` holds English the translator never saw: letters outside a pseudo part,
    the user's words, the program's name and the dates."""
    rest = TAG.sub("", text)
    for words in sorted(_shortened((*own_words, *NAMES)), key=len, reverse=True):
        rest = rest.replace(words, "")
    while PSEUDO_PART.search(rest):  # innermost first: a translation may hold another
        rest = PSEUDO_PART.sub("", rest)
    # A pseudo part cut short by eliding ("[Ţöðå…"): what follows the bracket was translated.
    rest = rest.split(OPEN)[0]
    rest = DATE_WORDS.sub("", rest)
    return re.search(r"[A-Za-z]", rest) is not None


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def _elided_with_tooltip(widget: QLabel) -> bool:
    return widget.text().endswith("…") and bool(widget.toolTip())


def _cut_off(widget: QWidget) -> str:
    """Why `widget` does not show its whole text, or ""."""
    size = widget.size()
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            needed = widget.heightForWidth(size.width())
            if size.height() < needed:
                return f"wraps to {needed}px high in {size.height()}px"
            return ""
        hint = widget.sizeHint()
        if (size.width() < hint.width() or size.height() < hint.height()) and not (
            _elided_with_tooltip(widget)
        ):
            return f"needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}"
        return ""
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        # A button may give up its style's margins down to a minimum made to fit its word.
        least = widget.minimumWidth() or hint.width()
        if size.width() < min(least, hint.width()) or size.height() < hint.height():
            return f"needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}"
        return ""
    if isinstance(widget, QGroupBox) and widget.title():
        needed = widget.fontMetrics().horizontalAdvance(widget.title())
        if size.width() < needed:
            return f"title needs {needed}px, has {size.width()}px"
        return ""
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            rect = widget.tabRect(i)
            if rect.width() < widget.tabSizeHint(i).width() or not widget.rect().contains(rect):
                return f"tab {widget.tabText(i)!r} is cut off"
        return ""
    if isinstance(widget, QComboBox) and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
        if field.width() < needed:
            return f"shows {field.width()}px of {needed}px"
        return ""
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model = widget.model()
        for i in range(widget.count()):
            if widget.isSectionHidden(i):
                continue
            text = str(model.headerData(i, widget.orientation()) or "")
            needed = widget.fontMetrics().horizontalAdvance(text)
            if widget.sectionSize(i) < needed:
                return f"section {text!r} shows {widget.sectionSize(i)}px of {needed}px"
        return ""
    return ""


def _in_a_scroller(widget: QWidget) -> bool:
    """Whether `widget` lies inside a scroll area's viewport, where the page may run on."""
    parent = widget.parentWidget()
    while parent is not None:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is parent:
            return True
        parent = holder
    return False


def _problems(root: QWidget) -> list[str]:
    shown = _visible(root)
    # A page wider than the window scrolls sideways: whatever is past the edge is cut off.
    problems = [
        f"scrolls sideways: {_name(widget)} holds {_name(held)} "
        f"{held.minimumSizeHint().width()}px wide in {widget.viewport().width()}px"
        for widget in shown
        if isinstance(widget, QScrollArea)
        and widget.horizontalScrollBar().isVisible()
        and (held := widget.widget()) is not None
    ]
    for widget in shown:
        why = _cut_off(widget)
        if why:
            problems.append(f"cut off: {_name(widget)} {_texts(widget)[-1:]}: {why}")
        parent = widget.parentWidget()
        if (
            parent is not None
            and not isinstance(parent, QAbstractScrollArea)
            and not _in_a_scroller(widget)
            and not parent.rect().contains(widget.geometry())
        ):
            problems.append(
                f"outside {_name(parent)}: {_name(widget)} {_texts(widget)[-1:]} at "
                f"{_rect(widget.geometry())} in {_rect(parent.rect())}"
            )
    for parent in {w.parentWidget() for w in shown} - {None}:
        assert parent is not None
        if isinstance(parent, QAbstractScrollArea):
            continue  # its viewport, bars and corner are placed by Qt
        children = [w for w in shown if w.parentWidget() is parent]
        for i, one in enumerate(children):
            for other in children[i + 1 :]:
                if one.geometry().intersects(other.geometry()):
                    problems.append(
                        f"overlap in {_name(parent)}: {_name(one)} {_texts(one)[-1:]} and "
                        f"{_name(other)} {_texts(other)[-1:]}"
                    )
    return problems


def _escapes(root: QWidget, own_words: tuple[str, ...]) -> list[str]:
    return [
        f"{_name(widget)}: {text!r}"
        for widget in [root, *_visible(root)]
        for text in _texts(widget)
        if _escaped(text, own_words)
    ]


def _central(window: MainWindow) -> QWidget:
    central = window.centralWidget()
    assert central is not None
    return central


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


# The pages


@pytest.mark.parametrize("page", list(Page), ids=[page.value for page in Page])
def test_every_page_shows_its_longer_words_whole_at_the_smallest_size(
    window: MainWindow, page: Page, qtbot: QtBot
) -> None:
    window.show_page(page)
    qtbot.waitUntil(lambda: window.current_page() is page)
    QApplication.processEvents()

    assert window.size() == SMALLEST
    problems = _problems(_central(window))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", list(Page), ids=[page.value for page in Page])
def test_every_page_shows_no_word_that_escaped_translation(
    window: MainWindow, page: Page, busy: tuple[Store, Busy], qtbot: QtBot
) -> None:
    window.show_page(page)
    qtbot.waitUntil(lambda: window.current_page() is page)

    escaped = _escapes(_central(window), busy[1].own_words)
    assert not escaped, "\n".join(escaped)


# The lock screen, in place of the pages


@pytest.mark.parametrize("busy", [False], ids=["counting"], indirect=True)
def test_the_lock_screen_shows_its_longer_words_whole_at_the_smallest_size(
    window: MainWindow, busy: tuple[Store, Busy]
) -> None:
    from app.ui.lock_screen import LockScreen

    window.show_locked(LockScreen())
    QApplication.processEvents()

    problems = _problems(_central(window))
    assert not problems, "\n".join(problems)
    escaped = _escapes(_central(window), busy[1].own_words)
    assert not escaped, "\n".join(escaped)


# The dialogs, each at the size it opens at


def _settings(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.ui.dialogs.settings import SettingsDialog

    login_start = LoginStart.of("linux", {"XDG_CONFIG_HOME": str(tmp_path / "config")})
    return SettingsDialog(controller, window, login_start=login_start, tray_available=lambda: True)


def _contact(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.ui.dialogs.contact import ContactDialog

    return ContactDialog(6, window, clock=controller.clock.now)


def _hard_dates(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.ui.dialogs.hard_dates import HardDatesDialog

    return HardDatesDialog(controller, window)


def _hard_date_plan(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.ui.dialogs.hard_dates import HardDatesDialog

    (hard_date,) = controller.logbook.hard_dates
    return HardDatesDialog(controller, window, editing=hard_date.id)


def _onboarding(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.ui.dialogs.onboarding import OnboardingDialog

    login_start = LoginStart.of("linux", {"XDG_CONFIG_HOME": str(tmp_path / "config")})
    return OnboardingDialog(controller.clock.now(), window, login_start=login_start)


def _urge_editor(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.domain.events import Urge as UrgeEntry
    from app.ui.dialogs.entry import UrgeEditor

    urge = max(
        (e for e in controller.logbook.events if isinstance(e, UrgeEntry)), key=lambda e: e.at
    )
    return UrgeEditor(urge, controller.clock.now(), window)


def _contact_editor(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.domain.events import Contact
    from app.ui.dialogs.entry import ContactEditor

    contact = next(e for e in controller.logbook.events if isinstance(e, Contact))
    return ContactEditor(contact, controller.clock.now(), window)


def _check_in_editor(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.ui.dialogs.check_in import CheckInEditor

    return CheckInEditor(controller.logbook.check_ins[0], window)


def _protected_settings(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    """Settings once protection is on: its Privacy group has more to say."""
    from app.storage.protecting import turn_on

    turn_on(controller.store, "a passphrase for the test")
    return _settings(controller, window, tmp_path)


def _protect(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.ui.dialogs.passphrases import ProtectDialog

    return ProtectDialog(lambda _typed: None, window)


def _change_passphrase(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.ui.dialogs.passphrases import ChangePassphraseDialog

    return ChangePassphraseDialog(lambda _typed: None, window)


def _turn_off(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.ui.dialogs.passphrases import TurnOffDialog

    return TurnOffDialog(lambda _typed: None, window)


def _recovery_key(controller: Controller, window: MainWindow, tmp_path: Path) -> QDialog:
    from app.ui.dialogs.passphrases import RecoveryKeyDialog

    return RecoveryKeyDialog(RECOVERY_KEY, window)


DIALOGS: dict[str, Callable[[Controller, MainWindow, Path], QDialog]] = {
    "settings": _settings,
    "contact": _contact,
    "hard dates": _hard_dates,
    "a hard date's plan": _hard_date_plan,
    "onboarding": _onboarding,
    "urge editor": _urge_editor,
    "contact editor": _contact_editor,
    "check-in editor": _check_in_editor,
    "settings, protected": _protected_settings,
    "protect with a passphrase": _protect,
    "change passphrase": _change_passphrase,
    "turn off protection": _turn_off,
    "recovery key": _recovery_key,
}


@pytest.fixture(params=list(DIALOGS), ids=list(DIALOGS))
def dialog(
    request: pytest.FixtureRequest,
    window: MainWindow,
    busy_controller: Controller,
    qtbot: QtBot,
    tmp_path: Path,
) -> QDialog:
    made = DIALOGS[request.param](busy_controller, window, tmp_path)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.mark.parametrize("busy", [False], ids=["counting"], indirect=True)
def test_every_dialog_shows_its_longer_words_whole(dialog: QDialog) -> None:
    problems = _problems(dialog)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("busy", [False], ids=["counting"], indirect=True)
def test_every_dialog_shows_no_word_that_escaped_translation(
    dialog: QDialog, busy: tuple[Store, Busy]
) -> None:
    # Settings names the data folder: a path is the same in every language.
    escaped = _escapes(dialog, (*busy[1].own_words, str(busy[0].folder), RECOVERY_KEY))
    assert not escaped, "\n".join(escaped)
