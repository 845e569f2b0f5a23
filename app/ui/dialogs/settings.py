"""Settings: the plan, healing first, reminders, appearance, and the data (backups, export...)."""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.events import MAX_TARGET_DAYS, MIN_TARGET_DAYS
from app.domain.preferences import Preferences, Theme
from app.domain.safety import healing_first
from app.ui.controller import Controller
from app.ui.dialogs.onboarding import DATE_TIME_FORMAT, from_qt, to_qt
from app.ui.theme import wrapped_label
from app.ui.widgets.healing_switch import HealingSwitch
from app.ui.widgets.history_text import moment_text


class SettingsDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._loading = True  # filling the fields is not the user changing them
        self.setWindowTitle(self.tr("Holdfast: settings"))

        layout = QVBoxLayout(self)
        layout.addWidget(self._plan_group())
        layout.addWidget(self._healing_group())
        layout.addWidget(self._reminder_group())
        layout.addWidget(self._appearance_group())
        layout.addWidget(self._privacy_group())
        layout.addWidget(self._data_group())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._show_preferences(controller.logbook.preferences)
        self._fill_backups()
        controller.changed.connect(self._fill_backups)
        self._show_privacy()
        controller.changed.connect(self._show_privacy)

    # The plan

    def _plan_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your plan"))
        status = self._controller.status()
        now = self._controller.now()
        started = status.current_run.started_at if status.current_run else now
        self.last_contact = QDateTimeEdit(to_qt(started))
        self.last_contact.setCalendarPopup(True)
        self.last_contact.setDisplayFormat(DATE_TIME_FORMAT)
        self.last_contact.setMaximumDateTime(to_qt(now))
        self.target = QSpinBox()
        self.target.setRange(MIN_TARGET_DAYS, MAX_TARGET_DAYS)
        self.target.setSuffix(self.tr(" days"))
        self.target.setMaximumWidth(140)
        self.target.setValue(
            status.countdown.target_days if status.countdown else self.target.value()
        )
        self.save_plan = QPushButton(self.tr("Save plan"))
        self.save_plan.clicked.connect(self._save_plan)
        form = QFormLayout(group)
        form.addRow(self.tr("Last contact"), self.last_contact)
        form.addRow(self.tr("Aim for"), self.target)
        form.addRow("", self.save_plan)
        return group

    def _healing_group(self) -> QGroupBox:
        # Saved as soon as it changes, like the reminders: it is not part of the plan's dates.
        group = QGroupBox(self.tr("Healing first"))
        self.healing = HealingSwitch()
        self.relationship_unsafe = self.healing.unsafe
        self.relationship_betrayal = self.healing.betrayal
        self.healing.toggled.connect(self._save_preferences)
        box = QVBoxLayout(group)
        box.addWidget(self.healing)
        return group

    def _save_plan(self) -> None:
        status = self._controller.status()
        now = self._controller.now()
        chosen = from_qt(self.last_contact.dateTime(), now)
        current = status.current_run.started_at if status.current_run else None
        # The editor shows whole minutes: an unchanged field keeps the exact recorded start.
        unchanged = current is not None and abs((chosen - current).total_seconds()) < 60
        self._controller.replan(None if unchanged else chosen, self.target.value())

    # Reminders and appearance: saved as soon as they change

    def _reminder_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Reminders"))
        self.check_in = QCheckBox(self.tr("A daily check-in at"))
        self.check_in_at = QTimeEdit()
        self.check_in_at.setDisplayFormat("HH:mm")
        self.milestones = QCheckBox(self.tr("Tell me when I reach a milestone"))
        row = QHBoxLayout()
        row.addWidget(self.check_in)
        row.addWidget(self.check_in_at)
        row.addStretch(1)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(self.milestones)
        for toggle in (self.check_in, self.milestones):
            toggle.toggled.connect(self._save_preferences)
        self.check_in_at.timeChanged.connect(self._save_preferences)
        return group

    def _appearance_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance and start-up"))
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Follow the system"), Theme.SYSTEM)
        self.theme.addItem(self.tr("Light"), Theme.LIGHT)
        self.theme.addItem(self.tr("Dark"), Theme.DARK)
        self.start_minimised = QCheckBox(self.tr("Start minimised to the tray"))
        form = QFormLayout(group)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow("", self.start_minimised)
        self.theme.currentIndexChanged.connect(self._save_preferences)
        self.start_minimised.toggled.connect(self._save_preferences)
        return group

    def _show_preferences(self, preferences: Preferences) -> None:
        self._loading = True
        self.check_in.setChecked(preferences.check_in_reminder)
        at = preferences.check_in_at
        self.check_in_at.setTime(QTime(at.hour, at.minute))
        self.milestones.setChecked(preferences.milestone_notifications)
        self.theme.setCurrentIndex(self.theme.findData(preferences.theme))
        self.start_minimised.setChecked(preferences.start_minimised)
        self.healing.show_said(preferences.relationship_unsafe, preferences.relationship_betrayal)
        self._loading = False

    def _save_preferences(self) -> None:
        if self._loading:
            return
        at = self.check_in_at.time()
        chosen = replace(
            self._controller.logbook.preferences,
            check_in_reminder=self.check_in.isChecked(),
            check_in_at=time(at.hour(), at.minute()),
            milestone_notifications=self.milestones.isChecked(),
            theme=self.theme.currentData(),
            start_minimised=self.start_minimised.isChecked(),
            relationship_unsafe=self.relationship_unsafe.isChecked(),
            relationship_betrayal=self.relationship_betrayal.isChecked(),
        )
        if chosen != self._controller.logbook.preferences:
            self._controller.set_preferences(chosen)

    # Privacy: discreet mode, saved as soon as it changes

    def _privacy_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Privacy"))
        self.discreet = QCheckBox(
            self.tr('Discreet mode: show only "Holdfast" and neutral words outside this window')
        )
        explanation = wrapped_label(
            self.tr(
                'The tray then offers one "Log a moment" instead of the urges, the launcher '
                "leaves out its menu of urges, and notifications name no one."
            ),
            "muted",
        )
        self.discreet.setAccessibleDescription(explanation.text())
        # Someone who put healing first may share a home with the person they left.
        self.discreet_suggestion = wrapped_label(
            self.tr(
                "If someone else might see this screen, discreet mode keeps Holdfast neutral "
                "from the outside."
            ),
            "muted",
        )
        self.discreet.toggled.connect(self._save_discreet)
        box = QVBoxLayout(group)
        box.addWidget(self.discreet)
        box.addWidget(explanation)
        box.addWidget(self.discreet_suggestion)
        return group

    def _show_privacy(self) -> None:
        discreet = self._controller.logbook.preferences.discreet
        if self.discreet.isChecked() != discreet:
            with QSignalBlocker(self.discreet):  # showing what is saved is not a change
                self.discreet.setChecked(discreet)
        self.discreet_suggestion.setHidden(discreet or not healing_first(self._controller.logbook))

    def _save_discreet(self, discreet: bool) -> None:
        said = self._controller.logbook.preferences
        if said.discreet != discreet:
            self._controller.set_preferences(replace(said, discreet=discreet))

    # The data

    def _data_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your data"))
        folder = wrapped_label(str(self._controller.store.folder))
        open_folder = QPushButton(self.tr("Open the folder"))
        open_folder.clicked.connect(self._open_folder)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups"))
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.clicked.connect(self._restore)
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(self._export)
        import_ = QPushButton(self.tr("Import…"))
        import_.clicked.connect(self._import)
        buttons = QHBoxLayout()
        for button in (open_folder, self.restore_button, export, import_):
            buttons.addWidget(button)
        form = QFormLayout(group)
        form.addRow(self.tr("Folder"), folder)
        form.addRow(self.tr("Backups"), self.backups)
        form.addRow("", buttons)
        return group

    def _fill_backups(self) -> None:
        self.backups.clear()
        zone = self._controller.now().tzinfo
        for backup in self._controller.store.backups.list():
            taken = backup.taken_at.astimezone(zone)
            item = QListWidgetItem(moment_text(taken))
            item.setData(Qt.ItemDataRole.UserRole, backup.name)
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        self.restore_button.setEnabled(bool(self.backups.count()))

    def _restore(self) -> None:
        item = self.backups.currentItem()
        if item is None or not self.confirm_restore(item.text(), self):
            return
        restored = self._controller.restore(item.data(Qt.ItemDataRole.UserRole))
        if restored is not None:
            self._show_preferences(self._controller.logbook.preferences)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._controller.store.folder)))

    def _export(self) -> None:
        path = self.choose_export_file(self)
        if path is not None:
            self._controller.export(path)

    def _import(self) -> None:
        path = self.choose_import_file(self)
        if path is not None:
            self._controller.import_export(path)

    # Questions to the user, each replaceable in tests

    @classmethod
    def confirm_restore(cls, when: str, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            parent.tr("Restore a backup?"),
            parent.tr(
                "Put back the backup from %s? The current data is kept aside in the data "
                "folder, so nothing is lost."
            )
            % when,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def choose_export_file(cls, parent: QWidget) -> Path | None:
        from app.ui.dialogs.places import suggested_file

        name, _ = QFileDialog.getSaveFileName(
            parent,
            parent.tr("Export"),
            suggested_file("holdfast-export.json"),
            parent.tr("JSON, everything (*.json);;CSV, the entries (*.csv)"),
        )
        return Path(name) if name else None

    @classmethod
    def choose_import_file(cls, parent: QWidget) -> Path | None:
        from app.ui.dialogs.places import documents_folder

        name, _ = QFileDialog.getOpenFileName(
            parent,
            parent.tr("Import"),
            str(documents_folder()),
            parent.tr("Holdfast export (*.json)"),
        )
        return Path(name) if name else None
