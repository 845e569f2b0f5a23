"""Why it ended: a checkable list of reasons, where naming abuse or betrayal puts healing first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.journal import REASON_LABELS, BreakupReason
from app.domain.logbook import Logbook
from app.domain.safety import healing_first, was_unsafe
from app.ui.theme import wrapped_label
from app.ui.widgets.flow_layout import FlowLayout

COLUMNS = 2
HEALING_REASONS = (BreakupReason.ABUSE, BreakupReason.BETRAYAL)


class ReasonsPicker(QGroupBox):
    """The reasons as saved, each ticked or unticked by the user in turn; shows, calmly, when
    healing comes first and why. The page saves each choice and shows the reasons again."""

    reason_chosen = Signal(object, bool)  # a BreakupReason, and whether it is ticked now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Why it ended"))

        intro = wrapped_label(
            self.tr(
                "Tick whatever fits. Seeing the reasons side by side helps when memory starts "
                "to keep only the good parts. You can change this at any time."
            ),
            "muted",
        )

        self.boxes: dict[BreakupReason, QCheckBox] = {}
        # Side by side, or one under another where a longer language makes two too wide.
        grid = FlowLayout(columns=COLUMNS, column_gap=24)
        for reason in (r for r in BreakupReason if r not in HEALING_REASONS):
            grid.addWidget(self._box(reason))

        # The reasons that put healing first stand apart, with what choosing one does beside them.
        abuse = QFrame()
        abuse.setProperty("role", "banner")
        self.abuse_note = wrapped_label(
            self.tr(
                "Choosing either puts healing first: Holdfast then points you to support, "
                "professional help and moving on. You can untick it here, or change it in "
                "Settings under Healing first, whenever you like."
            )
        )
        abuse_layout = QVBoxLayout(abuse)
        for reason in HEALING_REASONS:
            box = self._box(reason)
            box.setAccessibleDescription(self.abuse_note.text())
            abuse_layout.addWidget(box)
        abuse_layout.addWidget(self.abuse_note)

        self.healing_note = QLabel()
        self.healing_note.setWordWrap(True)
        self.healing_note.setAccessibleName(self.tr("Healing comes first"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(abuse)
        layout.addWidget(self.healing_note)

    def show_reasons(self, logbook: Logbook) -> None:
        """The reasons as `logbook` holds them, and whether healing comes first by them or by
        what was said in Settings."""
        for reason, box in self.boxes.items():
            box.blockSignals(True)  # showing what is saved is not the user choosing
            box.setChecked(reason in logbook.breakup_reasons)
            box.blockSignals(False)
        if not healing_first(logbook):
            self.healing_note.hide()
            return
        text = (
            self.tr(
                "Healing comes first now. A counsellor, a therapist or a support service for "
                "abuse near you can help with what happened; Holdfast is no replacement for them. "
                "If you are in danger, call your local emergency number."
            )
            if was_unsafe(logbook)
            else self.tr(
                "Healing comes first now. A counsellor or therapist can help with what happened; "
                "Holdfast is no replacement for them."
            )
        )
        said = logbook.preferences
        if said.relationship_unsafe or said.relationship_betrayal:
            text += " " + self.tr(
                "You said so in Settings too; you can change that there, under Healing first."
            )
        self.healing_note.setText(text)
        self.healing_note.show()

    def _box(self, reason: BreakupReason) -> QCheckBox:
        box = QCheckBox(QCoreApplication.translate("BreakupReason", REASON_LABELS[reason]))
        box.toggled.connect(lambda checked, reason=reason: self.reason_chosen.emit(reason, checked))
        self.boxes[reason] = box
        return box
