"""The Goals page: the growth areas' checklists, today's progress, and editing the goals."""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidEntry
from app.domain.goals import (
    MAX_TITLE_LENGTH,
    Area,
    Completion,
    Goal,
    Progress,
    Recurrence,
    check_title,
    healing_swaps,
    today_progress,
)
from app.domain.intents import Touched
from app.domain.safety import healing_first
from app.domain.wallclock import local_date, zone_of
from app.ui.controller import Controller
from app.ui.speech import goal_title
from app.ui.theme import wrapped_label
from app.ui.widgets.goal_area import AreaSection
from app.ui.widgets.goal_row import GoalRow
from app.ui.widgets.page_width import KeepCentred
from app.ui.widgets.undo_banner import UndoBanner

# Daily goals open again at local midnight even when nothing is saved; this finds the new day.
DAY_CHECK_MS = 30_000
MAX_WIDTH = 960  # a goal's title and its controls stay within a glance of each other


class GoalsPage(QWidget):
    """Goals: the growth areas, each with its goals to tick, rename, reorder, add and delete."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._day: date | None = None  # the local day the page was last shown for
        self._deleted: Goal | None = None  # the goal the banner offers to bring back

        heading = QLabel(self.tr("Goals"))
        heading.setProperty("role", "heading")
        intro = wrapped_label(
            self.tr(
                "Small steps in six areas. Daily goals open again each morning and weekly ones "
                "each Monday; every tick stays in your history."
            ),
            "muted",
        )
        self.today_progress = QLabel()
        self.today_bar = QProgressBar()
        self.today_bar.setTextVisible(False)
        self.today_bar.setMaximumHeight(8)
        self.today_bar.setAccessibleName(self.tr("Today's goals done"))

        self.banner = UndoBanner(self.tr("Undo the delete"))
        self.banner_text = self.banner.text
        self.undo_button = self.banner.undo_button
        self.banner.undo_requested.connect(self.undo_delete)

        # Asked once, when healing comes first and goals that invite self-blame are still here.
        self.swap_offer = QFrame()
        self.swap_offer.setProperty("role", "banner")
        self.swap_offer.setAccessibleName(self.tr("Goals for healing"))
        self.swap_text = wrapped_label("")
        self.swap_button = QPushButton(self.tr("Swap them"))
        self.swap_button.clicked.connect(lambda: self._controller.answer_healing_swap(True))
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.keep_button.clicked.connect(lambda: self._controller.answer_healing_swap(False))
        offer = QVBoxLayout(self.swap_offer)
        offer.addWidget(self.swap_text)
        offer_buttons = QHBoxLayout()
        offer_buttons.addStretch(1)
        offer_buttons.addWidget(self.keep_button)
        offer_buttons.addWidget(self.swap_button)
        offer.addLayout(offer_buttons)
        self.swap_offer.hide()

        self.sections: dict[Area, AreaSection] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 12)
        column.setSpacing(18)
        for area in Area:
            section = AreaSection(area, self._connect_row)
            section.add_requested.connect(lambda a, t, r: self.add_goal(Area(a), t, Recurrence(r)))
            self.sections[area] = section
            column.addWidget(section)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 12, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.today_progress)
        layout.addWidget(self.today_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.swap_offer)
        layout.addWidget(self.scroll_area, 1)
        self.centred = KeepCentred(self, MAX_WIDTH)

        controller.changed.connect(self._follow)
        self.day_timer = QTimer(self, interval=DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_day)
        self.day_timer.start()
        self.show_entries()

    def row(self, goal_id: str) -> GoalRow:
        """The row that shows a goal; KeyError when it is not on the page."""
        for section in self.sections.values():
            if goal_id in section.rows:
                return section.rows[goal_id]
        raise KeyError(goal_id)

    def show_entries(self) -> None:
        """Everything from the controller's entries, keeping the rows, so focus and an open
        editor stay where they are."""
        logbook = self._controller.logbook
        today = self._day = self._today()
        self._show_progress(today_progress(logbook.goals, logbook.completions, today))
        by_goal: dict[str, list[Completion]] = {}
        for completion in logbook.completions:
            by_goal.setdefault(completion.goal_id, []).append(completion)
        for area, section in self.sections.items():
            goals = [g for g in logbook.goals if g.area is area]
            # Counted as today's list counts them, so the areas add up to the line above and
            # to Today's: a one-off done on an earlier day is no longer part of a day.
            progress = today_progress(goals, logbook.completions, today)
            section.show_goals(goals, by_goal, today, progress)
        if self._deleted is not None and any(g.id == self._deleted.id for g in logbook.goals):
            self._deleted = None  # it is back, by the banner, Ctrl+Z or the Edit menu
            self.banner.hide()
        self._offer_healing_goals()
        self._order_tabs()

    def _follow(self, touched: Touched) -> None:
        """The goals again when they changed; the question about healing goals when healing
        first did. Urges and the journal change nothing here."""
        if Touched.GOALS in touched:
            self.show_entries()
        elif touched & (Touched.PREFERENCES | Touched.REASONS):
            self._offer_healing_goals()

    def _offer_healing_goals(self) -> None:
        logbook = self._controller.logbook
        swaps = healing_swaps(logbook.goals)
        if not (swaps and healing_first(logbook)) or logbook.preferences.healing_goals_offered:
            self.swap_offer.hide()
            return
        quoted = "\n".join(f"“{goal_title(old)}” → “{goal_title(new)}”" for old, new in swaps)
        self.swap_text.setText(
            self.tr(
                "Healing comes first now, and a goal or two from the start may ask the wrong "
                "questions: what you did wrong, or what you miss about them. Swap them for these? "
                "The ticks you made stay in your history."
            )
            + "\n"
            + quoted
        )
        self.swap_offer.show()

    def check_day(self) -> None:
        if self._today() != self._day:
            self.show_entries()  # a new day: daily goals are open again, with nothing saved

    # Intents

    def add_goal(self, area: Area, title: str, recurrence: Recurrence) -> None:
        section = self.sections[area]
        problem = self._title_problem(title)
        if problem:
            section.show_message(problem)
            return
        if self._controller.add_goal(area, title, recurrence) is not None:
            section.clear_new()

    def rename_goal(self, goal_id: str, title: str) -> None:
        row = self.row(goal_id)
        problem = self._title_problem(title)
        if problem:
            row.show_message(problem)
            return
        if self._controller.rename_goal(goal_id, title):
            row.stop_rename()

    def choose_recurrence(self, goal_id: str, recurrence: str) -> None:
        if not self._controller.set_goal_recurrence(goal_id, Recurrence(recurrence)):
            self.show_entries()  # not saved: show what is on disk

    def tick(self, goal_id: str, done: bool) -> None:
        if not self._controller.set_goal_done(goal_id, done):
            self.show_entries()

    def move_goal(self, goal_id: str, steps: int) -> None:
        self._controller.move_goal(goal_id, steps)

    def delete_goal(self, goal_id: str) -> None:
        section = next(s for s in self.sections.values() if goal_id in s.rows)
        next_focus = section.neighbour_of(goal_id)
        goal = self._controller.delete_goal(goal_id)
        if goal is None:
            return
        self._deleted = goal
        self.banner.say(
            self.tr("Deleted “%s”. Its past ticks are kept, so Undo brings it back whole.")
            % goal_title(goal),
            undo=True,
        )
        next_focus.setFocus()

    def undo_delete(self) -> None:
        """The banner's Undo: brings back the goal it names, whatever was done since."""
        goal = self._deleted
        if goal is None or not self._controller.undo_goal_deletion(goal.id):
            self._deleted = None
            self.banner.hide()
            return
        self.row(goal.id).check.setFocus()

    def undo(self) -> None:
        """Ctrl+Z: the controller takes back the last thing done in this window."""
        self._controller.undo()

    # Inner workings

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.check_day()

    def _connect_row(self, row: GoalRow) -> None:
        row.ticked.connect(self.tick)
        row.rename_requested.connect(self.rename_goal)
        row.recurrence_chosen.connect(self.choose_recurrence)
        row.move_requested.connect(self.move_goal)
        row.delete_requested.connect(self.delete_goal)

    def _today(self) -> date:
        now = self._controller.now()
        return local_date(now, zone_of(now))

    def _title_problem(self, title: str) -> str:
        """Why the domain would refuse the title, in the window's words; empty if it would not."""
        try:
            check_title(title)
        except InvalidEntry:
            if not title.strip():
                return self.tr("A goal needs a title.")
            if len(title.strip()) > MAX_TITLE_LENGTH:
                return self.tr("A goal title can be at most %d characters.") % MAX_TITLE_LENGTH
            return self.tr("Part of this title cannot be saved. Try typing it again.")
        return ""

    def _show_progress(self, progress: Progress) -> None:
        if progress.total:
            self.today_progress.setText(
                self.tr("Today: %d of %d done") % (progress.done, progress.total)
            )
        else:
            self.today_progress.setText(self.tr("Nothing on today's list yet."))
        self.today_bar.setRange(0, max(progress.total, 1))
        self.today_bar.setValue(progress.done)

    def _order_tabs(self) -> None:
        """Tab goes down the page as it reads, however the rows were added or moved."""
        chain: list[QWidget] = [self.undo_button]
        for section in self.sections.values():
            chain.extend(section.focus_chain())
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
