"""The Next steps page: reaching out or moving on as two equal paths, or healing first.

When the user said the relationship was abusive, controlling or unsafe, or full of betrayal or
disrespect, the reach-out path is not built at all: the page shows support and moving on instead,
and abuse-specific help only for abuse or control.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.intents import Touched
from app.domain.journal import BreakupReason
from app.domain.review import review
from app.domain.safety import healing_first, was_unsafe
from app.domain.status import Status
from app.ui.controller import Controller
from app.ui.help import counsellor_advice, crisis_advice
from app.ui.pages import next_steps_words as words
from app.ui.theme import wrapped_label
from app.ui.widgets.draft_checker import DraftChecker
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.review_section import ThenAndNowSection

TICK_MS = 30_000  # the line at the top notices the target day arriving while the page is open
MAX_WIDTH = 960  # the two paths side by side, each at a comfortable line length
READABLE_WIDTH = 720  # a paragraph across the whole page wraps here, for the same reason
SIDE_BY_SIDE_FROM = 700  # narrower than this, the two paths sit one above the other
# What the then-and-now review is made from: it is made again when one of them changes.
REVIEWED = Touched.EVENTS | Touched.CHECK_INS | Touched.JOURNAL | Touched.GOALS


class NextStepsPage(QWidget):
    """Next steps: what comes after the target, reaching out or moving on, or healing first.

    Built once per mode. Other changes only refresh the line at the top, the look back above the
    paths and the note on where healing was chosen, so the draft, its cursor and the scroll
    position stay put."""

    open_page = Signal(str)  # "goals" or "journal": the main window's Page values
    open_settings = Signal()
    help_requested = Signal()  # from the draft checker, when a draft holds crisis words

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._mode: tuple[bool, bool] | None = None  # (healing, unsafe): what the body shows
        self._kept_draft = ""  # the draft, in memory only, while the reach-out path is gone
        self._body: QWidget | None = None
        self._paths: QBoxLayout | None = None
        # Built in the ordinary mode only.
        self.reach_out: QFrame | None = None
        self.checker: DraftChecker | None = None
        # Built when healing comes first only.
        self.healing_switch: QFrame | None = None  # where a survivor can put healing first
        self.unsafe_button: QPushButton | None = None  # "It was abusive, controlling or unsafe"
        self.betrayal_button: QPushButton | None = None  # "There was betrayal or disrespect"
        self.after_target_note: QLabel | None = None  # before the target: this is for later
        self.support: QFrame | None = None
        self.healing_note: QLabel | None = None
        self.reasons_button: QPushButton | None = None  # to the reasons in the Journal
        self.settings_button: QPushButton | None = None  # "Open Settings" or "Change it…"
        # Built in both, by `_build` below.
        self.move_on: QFrame
        self.counsellor: QFrame
        self.goals_button: QPushButton
        self.journal_button: QPushButton

        self.heading = QLabel(self.tr("Next steps"))
        self.heading.setProperty("role", "heading")
        self.where_you_are = QLabel()
        self.where_you_are.setWordWrap(True)
        self.where_you_are.setAccessibleName(self.tr("Where you are"))
        # Once the target is reached, the line sits in a banner: this is the page's moment.
        self._where_frame = QFrame()
        self._where_layout = QVBoxLayout(self._where_frame)
        self._where_layout.setContentsMargins(0, 0, 0, 0)
        self._where_layout.addWidget(self.where_you_are)

        content = QWidget()
        content.setMaximumWidth(MAX_WIDTH)
        content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(14)
        self._column.addWidget(self.heading)
        self._column.addWidget(self._where_frame)
        # Once the target is reached, a look back comes before the two paths; before it, nothing.
        self.review = ThenAndNowSection()
        self.review.hide()
        self._review_of: tuple[object, ...] | None = None  # what the review shown was made for
        self._column.addWidget(self.review)
        self._column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 20)
        # The content takes the width up to its maximum; beyond that it stays in the middle.
        layout.addSpacerItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum))
        layout.addWidget(content)
        layout.addSpacerItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum))

        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        controller.changed.connect(self._follow)
        self.show_entries()

    @property
    def draft(self) -> QPlainTextEdit | None:
        """The draft box; None when healing comes first and there is no reach-out path."""
        return self.checker.draft if self.checker else None

    @property
    def healing(self) -> bool:
        """Whether the page shows healing and support instead of the reach-out path."""
        return self._mode is not None and self._mode[0]

    def show_entries(self) -> None:
        """Everything that depends on the entries; the body is built again only when the mode
        changes."""
        logbook = self._controller.logbook
        mode = (healing_first(logbook), was_unsafe(logbook))
        if mode != self._mode:
            self._build(*mode)
        if self.healing:
            self._show_where_chosen()
        self.tick()

    def _follow(self, touched: Touched) -> None:
        """Healing first decides what the page holds; the plan, what the top line says."""
        if touched & REVIEWED:
            self._review_of = None  # made again at the tick below
        if touched & (Touched.PREFERENCES | Touched.REASONS):
            self.show_entries()
        elif touched & REVIEWED:
            self.tick()

    def tick(self) -> None:
        """Follows the clock: the line at the top, and the reach-out path once the target came."""
        status = self._controller.status()
        countdown = status.countdown
        self.where_you_are.setText(words.where_you_are(status, self.healing))
        reached = countdown is not None and countdown.target_reached
        if self.checker is not None and self.after_target_note is not None:
            # Before the target the reach-out path is for reading, not for sending yet.
            self.checker.set_target_reached(reached)
            self.after_target_note.setVisible(not reached)
        self._show_review(status if reached else None)
        self._where_layout.setContentsMargins(*((8, 6, 8, 6) if reached else (0,) * 4))
        _set_role(self._where_frame, "banner" if reached else "")
        _set_role(self.where_you_are, "" if reached else "muted")

    def _show_review(self, status: Status | None) -> None:
        """The review at `status`, once the target is reached; made again when the entries
        change, or the date or the days without contact move on while the page is open."""
        made_for = None if status is None else (status.now.date(), status.streak_days)
        if made_for == self._review_of:
            return
        self._review_of = made_for
        shown = None if status is None else review(self._controller.logbook, status.now)
        if shown is not None:
            self.review.set_review(shown)
        self.review.setVisible(shown is not None)

    # Building the page

    def _build(self, healing: bool, unsafe: bool) -> None:
        if self.checker is not None:
            self._kept_draft = self.checker.draft.toPlainText()
        if self._body is not None:
            # Taken out at once, not hidden: nothing of the old mode stays on the page or in
            # the accessibility tree.
            self._column.removeWidget(self._body)
            self._body.hide()
            self._body.setParent(None)
            self._body.deleteLater()
        self._mode = (healing, unsafe)
        self.reach_out = self.checker = self.after_target_note = None
        self.healing_switch = self.support = self.healing_note = None
        self.unsafe_button = self.betrayal_button = None
        self.settings_button = self.reasons_button = None

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        if healing:
            column.addWidget(self._healing_intro(unsafe))
            self.support = first = self._support_card(unsafe)
        else:
            # Asked before the two paths, where someone leaving an abusive relationship meets it.
            self.healing_switch = self._healing_switch()
            column.addWidget(self.healing_switch)
            column.addWidget(_wide(words.two_ways()))
            self.reach_out = first = self._reach_out_card()
        self.move_on = self._move_on_card(healing)
        self._paths = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._paths.setSpacing(18)
        self._paths.addWidget(first, 1)
        self._paths.addWidget(self.move_on, 1)
        column.addLayout(self._paths)
        self.counsellor = self._counsellor_card()
        column.addWidget(self.counsellor)
        self._column.insertWidget(self._column.indexOf(self.review) + 1, body)
        body.show()  # at once, not when the event loop next runs
        self._body = body
        self._arrange()
        if self.checker is not None:
            self._kept_draft = ""  # it is back on the page

    def _reach_out_card(self) -> QFrame:
        card, layout = self._card(self.tr("Reach out"), "")
        self.after_target_note = _embolden(wrapped_label(words.not_yet()))
        layout.addWidget(self.after_target_note)
        layout.addWidget(wrapped_label(words.a_first_message()))
        self.checker = DraftChecker(self._kept_draft)
        self.checker.help_requested.connect(self.help_requested)
        layout.addWidget(_subheading(self.tr("Try out a first message")))
        layout.addWidget(self.checker)
        layout.addSpacing(8)
        layout.addWidget(_subheading(self.tr("If they answer warmly, go slowly")))
        steps = words.going_slowly()
        layout.addWidget(_bullets(steps, self.tr("Steps, if they answer warmly"), ordered=True))
        layout.addWidget(wrapped_label(words.slow_is_the_point()))
        layout.addSpacing(8)
        undoing = self.tr("What tends to undo progress")
        layout.addWidget(_subheading(undoing))
        layout.addWidget(_bullets(words.what_undoes_progress(), undoing))
        layout.addSpacing(8)
        layout.addWidget(wrapped_label(words.nobody_can_be_made()))
        layout.addStretch(1)
        return card

    def _move_on_card(self, healing: bool) -> QFrame:
        card, layout = self._card(self.tr("Move on"), words.moving_on(healing))
        layout.addWidget(_subheading(self.tr("What to keep doing")))
        self.goals_button = QPushButton(self.tr("Open Goals"))
        self.goals_button.clicked.connect(lambda: self._later(self.open_page.emit, "goals"))
        self.journal_button = QPushButton(self.tr("Open the Journal"))
        self.journal_button.clicked.connect(lambda: self._later(self.open_page.emit, "journal"))
        keep = (
            (words.keep_your_goals(), self.goals_button),
            (words.keep_writing(), self.journal_button),
        )
        for sentence, button in keep:
            layout.addWidget(wrapped_label(sentence))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(4)
        layout.addWidget(_bullets(words.more_that_helps(healing), self.tr("More things that help")))
        layout.addStretch(1)
        return card

    def _healing_switch(self) -> QFrame:
        """Healing first, offered in the words of what happened, with one click for each."""
        frame = QFrame()
        frame.setProperty("role", "banner")
        frame.setAccessibleName(self.tr("Healing first"))
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(wrapped_label(words.healing_first_question()))
        self.unsafe_button = unsafe = QPushButton(self.tr("It was abusive, controlling or unsafe"))
        unsafe.clicked.connect(lambda: self._later(self._put_healing_first, True))
        self.betrayal_button = betrayal = QPushButton(self.tr("There was betrayal or disrespect"))
        betrayal.clicked.connect(lambda: self._later(self._put_healing_first, False))
        buttons = FlowLayout(fill=False)  # one under the other when side by side is too wide
        buttons.addWidget(unsafe)
        buttons.addWidget(betrayal)
        layout.addLayout(buttons)
        return frame

    def _put_healing_first(self, unsafe: bool) -> None:
        said = self._controller.logbook.preferences
        self._controller.set_preferences(
            replace(said, relationship_unsafe=True)
            if unsafe
            else replace(said, relationship_betrayal=True)
        )

    def _healing_intro(self, unsafe: bool) -> QWidget:
        intro = QWidget()
        column = QVBoxLayout(intro)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Healing comes first"))
        heading.setProperty("role", "heading")
        column.addWidget(heading)
        column.addWidget(_wide(words.healing_first(unsafe)))
        self.healing_note = wrapped_label("", "muted")
        self.healing_note.setAccessibleName(self.tr("Where this was chosen"))
        self.settings_button = QPushButton(self.tr("Change it in Settings"))
        self.settings_button.setProperty("role", "quiet")
        self.settings_button.clicked.connect(lambda: self._later(self.open_settings.emit))
        self.reasons_button = QPushButton(self.tr("Change it in the Journal"))
        self.reasons_button.setProperty("role", "quiet")
        self.reasons_button.clicked.connect(lambda: self._later(self.open_page.emit, "journal"))
        buttons = FlowLayout(fill=False)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.reasons_button)
        column.addWidget(self.healing_note)
        column.addLayout(buttons)
        return intro

    def _support_card(self, unsafe: bool) -> QFrame:
        card, layout = self._card(self.tr("Support and help"), words.not_alone())
        support = words.where_to_find_support(unsafe)
        layout.addWidget(_bullets(support, self.tr("Where to find support")))
        if unsafe:
            layout.addWidget(_embolden(wrapped_label(words.in_danger())))
        layout.addStretch(1)
        return card

    def _counsellor_card(self) -> QFrame:
        card, layout = self._card(self.tr("When to talk to a counsellor"), "")
        for paragraph in (*counsellor_advice(), crisis_advice()):
            layout.addWidget(_wide(paragraph))
        return card

    def _card(self, title: str, summary: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setProperty("role", "banner")
        card.setAccessibleName(title)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 14)
        layout.setSpacing(8)
        # The cards stand side by side: a longer language wraps their headings.
        layout.addWidget(wrapped_label(title, "heading"))
        if summary:
            layout.addWidget(wrapped_label(summary))
        return card, layout

    # Keeping it current

    def _show_where_chosen(self) -> None:
        logbook = self._controller.logbook
        said = logbook.preferences
        in_settings = said.relationship_unsafe or said.relationship_betrayal
        in_journal = bool({BreakupReason.ABUSE, BreakupReason.BETRAYAL} & logbook.breakup_reasons)
        if self.healing_note is None or self.settings_button is None:
            return
        self.healing_note.setText(words.where_healing_was_chosen(in_settings, in_journal))
        self.settings_button.setVisible(in_settings)
        if self.reasons_button is not None:
            self.reasons_button.setVisible(in_journal)

    def _arrange(self) -> None:
        if self._paths is not None:
            self._paths.setDirection(
                QBoxLayout.Direction.LeftToRight
                if self.width() >= SIDE_BY_SIDE_FROM
                else QBoxLayout.Direction.TopToBottom
            )

    def _later(self, emit: Callable[..., object], *args: object) -> None:
        # Emitted once the click is over: what the window opens may change the mode, and the
        # button that was clicked is then taken off the page.
        QTimer.singleShot(0, lambda: emit(*args))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()


def _set_role(widget: QWidget, role: str) -> None:
    """A theme role that changes while the page is up: the style reads it again."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _wide(text: str) -> QWidget:
    """A paragraph across the page that stops at a readable width. It sits in a row of its own,
    so its height is worked out for the width it gets, not for the whole page."""
    label = wrapped_label(text)
    label.setMaximumWidth(READABLE_WIDTH)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label, 1)
    layout.addStretch(0)  # what is left over, once the label is as wide as it may be
    return row


def _subheading(text: str) -> QLabel:
    return _embolden(wrapped_label(text))


def _embolden(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _bullets(items: Sequence[str], name: str, ordered: bool = False) -> QLabel:
    """A list as one label, so it reads as a list and wraps with a hanging indent."""
    tag = "ol" if ordered else "ul"
    entries = "".join(f"<li style='margin-bottom: 4px'>{html.escape(i)}</li>" for i in items)
    label = QLabel(
        f"<{tag} style='margin: 0; -qt-list-indent: 1; margin-left: -18px'>{entries}</{tag}>"
    )
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAccessibleName(name)  # the items themselves are read as the label's text
    return label
