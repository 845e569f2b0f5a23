"""First run: when the last contact was, how many days to aim for, which goals to keep."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.events import DEFAULT_TARGET_DAYS, MAX_TARGET_DAYS, MIN_TARGET_DAYS
from app.domain.goals import STARTER_GOALS, Area, Goal, starter_goals
from app.system.autostart import LoginStart
from app.ui.dialogs.login_start import LoginStartChoice, this_login_start
from app.ui.qt_time import from_qt
from app.ui.speech import goal_title
from app.ui.theme import wrapped_label
from app.ui.widgets.healing_switch import HealingSwitch
from app.ui.widgets.past_moment import past_moment_edit
from app.ui.widgets.title_box import TitleBox
from app.ui.wording import area_texts


@dataclass(frozen=True)
class Beginning:
    last_contact: datetime
    target_days: int
    goals: tuple[Goal, ...]
    unsafe: bool = False  # abusive, controlling or unsafe: healing first, with abuse support
    betrayal: bool = False  # betrayal or constant disrespect: healing first


class OnboardingDialog(QDialog):
    def __init__(
        self,
        now: datetime,
        parent: QWidget | None = None,
        *,
        login_start: LoginStart | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self.setWindowTitle(self.tr("Holdfast: welcome"))

        welcome = wrapped_label(
            self.tr(
                "<h2>Welcome</h2><p>No contact gives your feelings time to settle and breaks the "
                "habit of reaching for them. Holdfast counts the days with you and keeps what "
                "you learn along the way.</p>"
            )
        )

        self.last_contact = past_moment_edit(now, now)  # never in the future
        self.last_contact.setAccessibleName(self.tr("When your last contact was"))
        self.target = QSpinBox()
        self.target.setRange(MIN_TARGET_DAYS, MAX_TARGET_DAYS)
        self.target.setValue(DEFAULT_TARGET_DAYS)
        self.target.setSuffix(self.tr(" days"))
        self.target.setAccessibleName(self.tr("Days to aim for"))
        self.target.setMaximumWidth(140)
        advice = wrapped_label(
            self.tr(
                "About 30 days is the usual suggestion; a longer or more intense relationship "
                "often needs closer to 45."
            ),
            "muted",
        )

        form = QFormLayout()
        form.addRow(self.tr("Last contact"), self.last_contact)
        form.addRow(self.tr("Aim for"), self.target)
        form.addRow("", advice)

        # Optional, and asked here because someone leaving an abusive relationship should not
        # meet advice on getting back together before they find the switch.
        healing = QGroupBox(self.tr("Healing first (optional)"))
        self.healing = HealingSwitch()
        self.healing.toggled.connect(self._show_goal_titles)
        QVBoxLayout(healing).addWidget(self.healing)

        self._boxes: list[TitleBox] = []
        # The title stays short: a group box is never narrower than its title.
        goals = QGroupBox(self.tr("Growth goals to start with"))
        goal_layout = QVBoxLayout(goals)
        goal_layout.addWidget(wrapped_label(self.tr("You can change them any time."), "muted"))
        names = {area: name for area, (name, _) in area_texts().items()}  # as Goals shows them
        for area in Area:
            heading = QLabel(names[area])
            heading.setProperty("role", "muted")
            goal_layout.addWidget(heading)
            for goal in (g for g in STARTER_GOALS if g.area is area):
                box = TitleBox(goal_title(goal))
                box.setChecked(True)
                goal_layout.addWidget(box)
                self._boxes.append(box)
        scroll = QScrollArea()
        scroll.setWidget(goals)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # Offered once, here, and off unless already on: starting at login is the user's call.
        self.login_start = LoginStartChoice(
            self.tr("Start Holdfast when I log in, so reminders arrive"),
            this_login_start() if login_start is None else login_start,
            self,
        )

        buttons = QDialogButtonBox()
        self.begin_button = buttons.addButton(
            self.tr("Begin"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Skip: start now with 30 days"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(welcome)
        layout.addLayout(form)
        layout.addWidget(healing)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.login_start.box)
        layout.addWidget(self.login_start.said)
        layout.addWidget(buttons)
        self.begin_button.setDefault(True)
        self.resize(560, 640)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    @property
    def goal_boxes(self) -> list[tuple[TitleBox, Goal]]:
        """Each box with the goal it stands for now: healing first swaps a few of them."""
        healing = self.healing.unsafe.isChecked() or self.healing.betrayal.isChecked()
        by_area = sorted(starter_goals(healing), key=lambda goal: list(Area).index(goal.area))
        return list(zip(self._boxes, by_area, strict=True))

    def beginning(self) -> Beginning:
        return Beginning(
            last_contact=min(from_qt(self.last_contact.dateTime(), self._now), self._now),
            target_days=self.target.value(),
            goals=tuple(goal for box, goal in self.goal_boxes if box.isChecked()),
            unsafe=self.healing.unsafe.isChecked(),
            betrayal=self.healing.betrayal.isChecked(),
        )

    def accept(self) -> None:
        # Starting at login is set as the user begins; if it cannot be, the dialog stays open
        # to say why, with the box unticked, and Begin goes on without it.
        if self.login_start.apply():
            super().accept()

    def _show_goal_titles(self) -> None:
        for box, goal in self.goal_boxes:
            box.set_title(goal_title(goal))

    @classmethod
    def ask(
        cls, now: datetime, parent: QWidget | None = None, *, login_start: LoginStart | None = None
    ) -> Beginning:
        """The user's answers; skipping means now, 30 days and every starter goal, and leaves
        starting at login as it was."""
        dialog = cls(now, parent, login_start=login_start)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.beginning()
        return Beginning(now, DEFAULT_TARGET_DAYS, STARTER_GOALS)
