"""First run: when the last contact was, how many days to aim for, which goals to keep."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
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
from app.domain.goals import STARTER_GOALS, Area, Goal
from app.domain.wallclock import zone_of
from app.ui.theme import wrapped_label
from app.ui.widgets.goal_area import area_texts


@dataclass(frozen=True)
class Beginning:
    last_contact: datetime
    target_days: int
    goals: tuple[Goal, ...]


DATE_TIME_FORMAT = "ddd d MMM yyyy, HH:mm"  # a weekday helps place the last contact in time


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qt(moment: QDateTime, like: datetime) -> datetime:
    """The instant a date-time edit shows, in the zone of `like` (the clock's local zone)."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), zone_of(like))


class OnboardingDialog(QDialog):
    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
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

        self.last_contact = QDateTimeEdit(to_qt(now))
        self.last_contact.setCalendarPopup(True)
        self.last_contact.setDisplayFormat(DATE_TIME_FORMAT)
        self.last_contact.setMaximumDateTime(to_qt(now))  # never in the future
        self.last_contact.setAccessibleName(self.tr("When your last contact was"))
        self.target = QSpinBox()
        self.target.setRange(MIN_TARGET_DAYS, MAX_TARGET_DAYS)
        self.target.setValue(DEFAULT_TARGET_DAYS)
        self.target.setSuffix(self.tr(" days"))
        self.target.setAccessibleName(self.tr("Days to aim for"))
        self.target.setMaximumWidth(140)
        advice = wrapped_label(
            self.tr(
                "About 30 days suits most people; a longer or more intense relationship "
                "often needs closer to 45."
            ),
            "muted",
        )

        form = QFormLayout()
        form.addRow(self.tr("Last contact"), self.last_contact)
        form.addRow(self.tr("Aim for"), self.target)
        form.addRow("", advice)

        self.goal_boxes: list[tuple[QCheckBox, Goal]] = []
        goals = QGroupBox(self.tr("Growth goals to start with (you can change them any time)"))
        goal_layout = QVBoxLayout(goals)
        names = {area: name for area, (name, _) in area_texts().items()}  # as Goals shows them
        for area in Area:
            heading = QLabel(names[area])
            heading.setProperty("role", "muted")
            goal_layout.addWidget(heading)
            for goal in (g for g in STARTER_GOALS if g.area is area):
                box = QCheckBox(goal.title)
                box.setChecked(True)
                goal_layout.addWidget(box)
                self.goal_boxes.append((box, goal))
        scroll = QScrollArea()
        scroll.setWidget(goals)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

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
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.begin_button.setDefault(True)
        self.resize(560, 640)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def beginning(self) -> Beginning:
        return Beginning(
            last_contact=min(from_qt(self.last_contact.dateTime(), self._now), self._now),
            target_days=self.target.value(),
            goals=tuple(goal for box, goal in self.goal_boxes if box.isChecked()),
        )

    @classmethod
    def ask(cls, now: datetime, parent: QWidget | None = None) -> Beginning:
        """The user's answers; skipping means now, 30 days and every starter goal."""
        dialog = cls(now, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.beginning()
        return Beginning(now, DEFAULT_TARGET_DAYS, STARTER_GOALS)
