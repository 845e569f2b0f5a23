"""The daily check-in on Today: how the day is, how strong the pull was, a line, and a reply."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.check_ins import (
    HARD_MOODS,
    MAX_NOTE_LENGTH,
    MOOD_WORDS,
    PULL_WORDS,
    STRONG_PULLS,
    CheckIn,
    Mood,
    Pull,
)
from app.ui.resources import icon
from app.ui.widgets.flow_layout import FlowLayout

FACE_SIZE = QSize(16, 16)
Answer = TypeVar("Answer", Mood, Pull)
WORD_MARGIN = 4  # the least room beside an answer's word, in pixels: five fit the column at 820px


def mood_word(mood: Mood) -> str:
    return QCoreApplication.translate("Mood", MOOD_WORDS[mood])


def pull_word(pull: Pull) -> str:
    return QCoreApplication.translate("Pull", PULL_WORDS[pull])


class CheckInCard(QWidget):
    """Five moods, each a face and a word, five strengths of the pull, and a one-line note.

    Once a mood and a pull are chosen, each click asks for the check-in to be saved (Enter in
    the note too); the page saves it and hands back what was saved (`show_saved`), and the card
    answers it. `show_check_in` shows the day's answers as saved, whoever saved them; the card
    itself saves nothing.
    """

    # A Mood, a Pull and the note: the user chose, or pressed Enter in the note.
    check_in_requested = Signal(object, object, str)
    help_requested = Signal()  # the reply to a hard day or a strong pull offers help

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: CheckIn | None = None  # the day's check-in as saved, if there is one
        self._answered: CheckIn | None = None  # the check-in the reply is about

        heading = QLabel(self.tr("How is today?"))
        heading.setProperty("role", "heading")
        self.mood_buttons: dict[Mood, QToolButton] = {}
        # A row that wraps: in a narrow column a longer language's words take two.
        mood_row = FlowLayout()
        mood_row.setSpacing(3)
        for mood in Mood:
            # A face and the word under it: a face never says it alone.
            face = QToolButton()
            face.setText(mood_word(mood))
            face.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            face.setCheckable(True)
            face.setProperty("role", "choice")
            face.setIconSize(FACE_SIZE)
            _fit_word(face)
            face.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached with Tab, as buttons are
            face.setAccessibleName(self.tr("Today is %s") % mood_word(mood))
            face.clicked.connect(lambda _=False, mood=mood: self._mood_chosen(mood))
            self.mood_buttons[mood] = face
            mood_row.addWidget(face)

        pull_label = QLabel(self.tr("How strong was the pull toward them?"))
        pull_label.setWordWrap(True)
        self.pull_buttons: dict[Pull, QPushButton] = {}
        pull_row = FlowLayout()
        pull_row.setSpacing(4)
        for pull in Pull:
            button = QPushButton(pull_word(pull))
            button.setCheckable(True)
            button.setProperty("role", "choice")
            _fit_word(button)
            button.setAccessibleName(self.tr("The pull toward them: %s") % pull_word(pull))
            button.clicked.connect(lambda _=False, pull=pull: self._pull_chosen(pull))
            self.pull_buttons[pull] = button
            pull_row.addWidget(button)

        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("A line about today (optional); Enter saves it"))
        self.note.setAccessibleName(self.tr("A line about today"))
        self.note.returnPressed.connect(self._request)

        # What the card says back: a reply once saved here, or that the day has its answers.
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setTextFormat(Qt.TextFormat.PlainText)
        # Focus can rest on it once saved: a screen reader reads it, and Ctrl+Z there is the
        # window's undo, not the note's.
        self.said.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.said.hide()
        self.help = QPushButton(self.tr("Open help"))
        self.help.setFlat(True)
        self.help.setProperty("role", "quiet")
        self.help.clicked.connect(self.help_requested)
        self.help.hide()

        # The pull and the note come once the mood is chosen: until then the card is one row.
        self.rest = QWidget()
        rest = QVBoxLayout(self.rest)
        rest.setContentsMargins(0, 0, 0, 0)
        rest.setSpacing(4)
        rest.addWidget(pull_label)
        rest.addLayout(pull_row)
        rest.addWidget(self.note)
        self.rest.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(heading)
        layout.addLayout(mood_row)
        layout.addWidget(self.rest)
        layout.addWidget(self.said)
        layout.addWidget(self.help, 0, Qt.AlignmentFlag.AlignLeft)

        self._color_faces()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._color_faces()  # a theme switch: the faces follow the text colour
        super().changeEvent(event)

    # What the page tells it

    def show_check_in(self, check_in: CheckIn | None) -> None:
        """The day's check-in as saved now (None: not yet, or taken back). Answers being given
        and a note being written are left alone while nothing saved changed under them."""
        if check_in is None and self._shown is None:
            return
        self._shown = check_in
        _choose(self.mood_buttons, None if check_in is None else check_in.mood)
        _choose(self.pull_buttons, None if check_in is None else check_in.pull)
        if not self.note.isModified():
            self.note.setText("" if check_in is None else check_in.note)
        self.rest.setVisible(check_in is not None)
        if self._answered is None or check_in != self._answered:  # a reply to other answers
            self._answered = None
            self._say(self.tr("Saved for today; a click changes it.") if check_in else "")

    def show_saved(self, check_in: CheckIn) -> None:
        """The check-in is saved: its answers, and a reply to them."""
        self.note.setModified(False)
        self.show_check_in(check_in)
        self._answered = check_in
        self._say(self._reply(check_in), help_offered=_needs_care(check_in))
        self.said.setFocus()  # the note's own undo would take Ctrl+Z from the window

    def tab_stops(self) -> list[QWidget]:
        """What Tab reaches in the card, in order, for the page to place in its own order."""
        return [*self.mood_buttons.values(), *self.pull_buttons.values(), self.note, self.help]

    def take_focus(self) -> None:
        """Opened from the reminder: the first answer to give has the focus."""
        mood = _chosen(self.mood_buttons) or Mood.VERY_HARD  # or the first, in Tab order
        self.mood_buttons[mood].setFocus(Qt.FocusReason.OtherFocusReason)

    # Inner workings

    def _mood_chosen(self, mood: Mood) -> None:
        _choose(self.mood_buttons, mood)
        if self.rest.isHidden():  # the first answer today: on to the pull
            self.rest.show()
            self.pull_buttons[Pull.NONE].setFocus(Qt.FocusReason.TabFocusReason)
        self._request()

    def _pull_chosen(self, pull: Pull) -> None:
        _choose(self.pull_buttons, pull)
        self._request()

    def _request(self) -> None:
        """Asks for the check-in to be saved, once the pull is chosen too (the mood always is
        by the time the pull and the note show)."""
        mood, pull = _chosen(self.mood_buttons), _chosen(self.pull_buttons)
        if mood is not None and pull is not None:
            self.check_in_requested.emit(mood, pull, self.note.text())

    def _reply(self, check_in: CheckIn) -> str:
        """A few calm words that answer what was chosen: care for a hard day or a strong pull,
        never cheer."""
        if check_in.mood in HARD_MOODS and check_in.pull in STRONG_PULLS:
            return self.tr(
                "A hard day, and a strong pull. You don't have to carry it alone: reach out to "
                "someone you trust, or open help now."
            )
        if check_in.mood in HARD_MOODS:
            return self.tr(
                "Thank you for saying so. Hard days pass, even when it doesn't feel like it. Be "
                "gentle with yourself today; help is here if you want it."
            )
        if check_in.pull in STRONG_PULLS:
            return self.tr(
                "A strong pull is hard to sit with. It rises and it passes; you don't have to act "
                "on it. Help is here if you want it."
            )
        if check_in.mood is Mood.MIXED:
            return self.tr("Noted. Days that go up and down are part of it.")
        return self.tr("Good to hear. Noted for today.")

    def _say(self, text: str, help_offered: bool = False) -> None:
        self.said.setText(text)
        self.said.setVisible(bool(text))
        self.help.setVisible(help_offered)

    def _color_faces(self) -> None:
        color = self.palette().color(QPalette.ColorRole.ButtonText)
        for mood, button in self.mood_buttons.items():
            button.setIcon(icon(f"mood-{mood.value}", color))


def _needs_care(check_in: CheckIn) -> bool:
    return check_in.mood in HARD_MOODS or check_in.pull in STRONG_PULLS


# The answers are plain checkable buttons, one chosen at most, and not in a QButtonGroup: Qt
# makes a group's buttons one stop for Tab, with the arrow keys choosing (so saving) each one
# passed on the way.


def _fit_word(button: QAbstractButton) -> None:
    """In a narrow column an answer may give up the style's margins, never its word."""
    words = button.fontMetrics().horizontalAdvance(button.text())
    button.setMinimumWidth(words + WORD_MARGIN)


def _chosen(buttons: Mapping[Answer, QAbstractButton]) -> Answer | None:
    return next((answer for answer, button in buttons.items() if button.isChecked()), None)


def _choose(buttons: Mapping[Answer, QAbstractButton], chosen: Answer | None) -> None:
    """Checks the button for `chosen` (a second click leaves it chosen), or none."""
    for answer, button in buttons.items():
        button.setChecked(answer == chosen)
