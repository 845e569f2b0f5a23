"""Settings: the plan, healing first, reminders, appearance, and the data (backups, export...)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.events import MAX_TARGET_DAYS, MIN_TARGET_DAYS
from app.domain.intents import Touched
from app.domain.logbook import NewEntries
from app.domain.preferences import Preferences, Theme
from app.domain.safety import healing_first
from app.storage.errors import WriteFailed, explain
from app.system.autostart import LoginStart
from app.system.language import AVAILABLE, LANGUAGE_NAMES, chosen_language, saved_language
from app.system.language_choice import save_language
from app.ui.controller import Controller
from app.ui.dialogs.export_file import encrypted_or_not, saved_encrypted_text
from app.ui.dialogs.login_start import LoginStartChoice, this_login_start
from app.ui.dialogs.protection import ProtectionSettings
from app.ui.qt_time import from_qt
from app.ui.speech import in_window_words
from app.ui.theme import wrapped_label
from app.ui.tray import Tray
from app.ui.widgets.healing_switch import HealingSwitch
from app.ui.widgets.past_moment import past_moment_edit
from app.ui.wording import moment_text


class SettingsDialog(QDialog):
    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        login_start: LoginStart | None = None,
        tray_available: Callable[[], bool] = Tray.available,
        environ: Mapping[str, str] = os.environ,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._environ = environ  # the system's language, named in the language choice
        self._login_start = this_login_start() if login_start is None else login_start
        self._tray_available = tray_available
        self._loading = True  # filling the fields is not the user changing them
        self.setWindowTitle(self.tr("Holdfast: settings"))

        layout = QVBoxLayout(self)
        # One rule for the whole dialog, said once, so no field waits for a button.
        layout.addWidget(
            wrapped_label(
                self.tr("Changes are saved as you make them: the plan when you leave its field."),
                "muted",
            )
        )
        groups = QWidget()
        body = QVBoxLayout(groups)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self._plan_group())
        body.addWidget(self._healing_group())
        body.addWidget(self._reminder_group())
        body.addWidget(self._appearance_group())
        body.addWidget(self._privacy_group())
        body.addWidget(self._data_group())
        body.addStretch(1)  # room to spare stays below the settings, not inside their rows
        # The settings are taller than a small screen: they scroll there, where Qt would squeeze
        # fields and lines into each other.
        scroll = QScrollArea()
        scroll.setWidget(groups)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._fit(layout, groups, scroll)
        # Enter in a field saves that field and stays; made default, the first button would open
        # the data folder instead (or Close would shut the dialog on the confirmation).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._show_preferences(controller.logbook.preferences)
        self._fill_backups()
        self._show_privacy()
        controller.changed.connect(self._follow)

    def _fit(self, layout: QVBoxLayout, groups: QWidget, scroll: QScrollArea) -> None:
        """Opens as tall as every setting needs, up to most of the screen (a scroll area alone
        would ask for a few hundred pixels)."""
        content = groups.sizeHint().width()
        margins = layout.contentsMargins()
        width = content + scroll.verticalScrollBar().sizeHint().width()
        around = self.sizeHint().height() - scroll.sizeHint().height()  # the rule, Close
        room = self.screen().availableGeometry().height() * 9 // 10
        self.resize(
            width + margins.left() + margins.right(),
            min(around + groups.heightForWidth(content), room),
        )

    def _follow(self, touched: Touched) -> None:
        self._fill_backups()  # any save may have taken a backup first
        if touched & (Touched.PREFERENCES | Touched.REASONS):
            self._show_privacy()

    # The plan: saved when a field is left, or when the dialog closes with an edit in it

    def _plan_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your plan"))
        status = self._controller.status()
        now = self._controller.now()
        started = status.current_run.started_at if status.current_run else now
        self.last_contact = past_moment_edit(started, now)
        self.last_contact.setAccessibleName(self.tr("When your last contact was"))
        self.target = QSpinBox()
        self.target.setRange(MIN_TARGET_DAYS, MAX_TARGET_DAYS)
        self.target.setSuffix(self.tr(" days"))
        self.target.setMaximumWidth(140)
        self.target.setAccessibleName(self.tr("Days to aim for"))
        self.target.setValue(
            status.countdown.target_days if status.countdown else self.target.value()
        )
        # Says what was saved, or why not: a plan is the one setting that can be refused.
        self.plan_saved = wrapped_label("", "muted")
        self.plan_saved.hide()
        for field in (self.last_contact, self.target):
            field.editingFinished.connect(self._save_plan)
        form = QFormLayout(group)
        form.addRow(self.tr("Last contact"), self.last_contact)
        form.addRow(self.tr("Aim for"), self.target)
        form.addRow("", self.plan_saved)
        return group

    def _save_plan(self) -> None:
        status = self._controller.status()
        now = self._controller.now()
        chosen = from_qt(self.last_contact.dateTime(), now)
        current = status.current_run.started_at if status.current_run else None
        # The editor shows whole minutes: an unchanged field keeps the exact recorded start,
        # and a change of target alone records no last contact.
        unchanged = current is not None and abs((chosen - current).total_seconds()) < 60
        target = self.target.value()
        kept_target = status.countdown is not None and status.countdown.target_days == target
        if unchanged and kept_target:
            return
        with self._controller.problems_told() as refused:
            saved = self._controller.replan(None if unchanged else chosen, target)
        if not saved:
            said = self.tr("Not saved: %s.") % "; ".join(refused)
        elif unchanged:
            said = self.tr("Saved: aiming for %n days.", "", target)
        else:
            said = self.tr("Saved: last contact on %s; aiming for %n days.", "", target) % (
                moment_text(chosen)
            )
        self.plan_saved.setText(said)
        self.plan_saved.show()

    def done(self, result: int) -> None:
        self._save_plan()  # an edit still in its field when the dialog closes is kept too
        super().done(result)

    def _healing_group(self) -> QGroupBox:
        # Saved as soon as it changes, like the reminders.
        group = QGroupBox(self.tr("Healing first"))
        self.healing = HealingSwitch()
        self.relationship_unsafe = self.healing.unsafe
        self.relationship_betrayal = self.healing.betrayal
        self.healing.toggled.connect(self._save_preferences)
        box = QVBoxLayout(group)
        box.addWidget(self.healing)
        return group

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
        # The evening before a hard date is a reminder too: the dates are kept one click away.
        hard_dates = QPushButton(self.tr("Hard dates…"))
        hard_dates.clicked.connect(self._open_hard_dates)
        hard_dates_row = QHBoxLayout()
        hard_dates_row.addWidget(
            wrapped_label(self.tr("Days you know will be hard, and your plan for each"), "muted"),
            1,
        )
        hard_dates_row.addWidget(hard_dates)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(self.milestones)
        box.addLayout(hard_dates_row)
        for toggle in (self.check_in, self.milestones):
            toggle.toggled.connect(self._save_preferences)
        self.check_in_at.timeChanged.connect(self._save_preferences)
        return group

    def _open_hard_dates(self) -> None:
        from app.ui.dialogs.hard_dates import HardDatesDialog  # loaded when first opened

        HardDatesDialog(self._controller, self).exec()

    def _appearance_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance and start-up"))
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Follow the system"), Theme.SYSTEM)
        self.theme.addItem(self.tr("Light"), Theme.LIGHT)
        self.theme.addItem(self.tr("Dark"), Theme.DARK)
        self.start_minimised = QCheckBox(self.tr("Start minimised to the tray"))
        # Not a preference: whether Holdfast starts at login is the desktop's file, changed at
        # once, so the box and the desktop's own start-up settings always agree.
        self.login_start = LoginStartChoice(
            self.tr("Start Holdfast when I log in"), self._login_start, self
        )
        self.login_start.box.toggled.connect(self.login_start.apply)
        # Said only where it applies: GNOME, for one, shows no tray without an extension.
        self.no_tray = wrapped_label(
            self.tr(
                "This desktop shows no tray. While a reminder is on, closing the window leaves "
                "Holdfast running in the background, so reminders still arrive; to end it, "
                "choose Holdfast > Quit or press Ctrl+Q."
            ),
            "muted",
        )
        self.no_tray.setHidden(self._tray_available())
        form = QFormLayout()
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Language"), self._language_choice())
        # Under its choice: the window is built in one language, so a new one waits for a start.
        form.addRow("", self.language_said)
        form.addRow("", self.start_minimised)
        form.addRow("", self.login_start.box)
        # Starting in the tray means nothing where there is none: the login start is the way.
        form.setRowVisible(self.start_minimised, self._tray_available())
        box = QVBoxLayout(group)
        box.addLayout(form)
        # Under the form: a form row cuts a wrapped line short.
        box.addWidget(self.login_start.said)
        box.addWidget(self.no_tray)
        self.theme.currentIndexChanged.connect(self._save_preferences)
        self.start_minimised.toggled.connect(self._save_preferences)
        return group

    def _language_choice(self) -> QComboBox:
        """The system's language first, then each language Holdfast speaks, named in itself."""
        system = chosen_language(None, None, self._environ)
        self.language = QComboBox()
        self.language.addItem(self.tr("System default (%s)") % LANGUAGE_NAMES[system], "")
        for code in AVAILABLE:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(
            self.language.findData(saved_language(self._controller.store.folder) or "")
        )
        self.language_said = wrapped_label(
            self.tr("A new language shows the next time Holdfast starts."), "muted"
        )
        self.language.currentIndexChanged.connect(self._save_language)
        return self.language

    def _save_language(self) -> None:
        try:
            save_language(self._controller.store.folder, self.language.currentData() or None)
        except (WriteFailed, OSError) as error:
            self.language_said.setText(
                self.tr("The language could not be saved: %s.") % in_window_words(explain(error))
            )

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

    # Privacy: discreet mode, saved as soon as it changes; protection with a passphrase

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
        self.protection = ProtectionSettings(self._controller)
        box = QVBoxLayout(group)
        box.addWidget(self.discreet)
        box.addWidget(explanation)
        box.addWidget(self.discreet_suggestion)
        box.addSpacing(6)
        box.addWidget(self.protection)
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
        folder = wrapped_label(str(self._controller.keeping.folder))
        open_folder = QPushButton(self.tr("Open the folder"))
        open_folder.clicked.connect(self._open_folder)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups"))
        # A few rows in view (the newest first); the rest scroll inside the list.
        self.backups.setMaximumHeight(self.backups.fontMetrics().height() * 7)
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
        # What an export or import did, or why it did not.
        self.data_said = wrapped_label("", "muted")
        self.data_said.hide()
        form.addRow("", self.data_said)
        return group

    def _fill_backups(self) -> None:
        self.backups.clear()
        zone = self._controller.now().tzinfo
        for backup in self._controller.keeping.backups():
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
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._controller.keeping.folder)))

    def _export(self) -> None:
        keeping = self._controller.keeping
        path = self.choose_export_file(self)
        encrypted = None if path is None else encrypted_or_not(keeping.protected, path, self)
        if path is None or encrypted is None:
            return
        with self._controller.problems_told() as refused:
            # The save dialog, or the question after it, asked before replacing a file.
            exported = keeping.export(path, overwrite=True, encrypted=encrypted)
        if not exported:
            self._say_about_data(refused)
        else:
            saved = self.tr("Saved a copy to %s.") % path
            self._say_about_data(saved_encrypted_text(path) if encrypted else saved)

    def _import(self) -> None:
        from app.ui.dialogs.passphrases import ExportPassphrase

        path = self.choose_import_file(self)
        if path is None:
            return
        asked = 0

        def ask_passphrase() -> str | None:  # asked again after each one that did not open it
            nonlocal asked
            asked += 1
            return ExportPassphrase.ask(self, again=asked > 1)

        with self._controller.problems_told() as refused:
            new = self._controller.keeping.import_file(path, ask_passphrase)
        self._say_about_data(refused if new is None else self._imported(new))

    def _say_about_data(self, said: str | list[str]) -> None:
        self.data_said.setText(said if isinstance(said, str) else " ".join(said))
        self.data_said.show()

    def _imported(self, new: NewEntries) -> str:
        if new.is_empty:
            return self.tr("Nothing to add: everything in that file is here already.")
        events, goals, ticked = len(new.events), len(new.goals), len(new.completions)
        journal, reasons = len(new.journal), len(new.breakup_reasons)
        counts = (
            (events, self.tr("%n entries", "", events)),
            (goals, self.tr("%n goals", "", goals)),
            (ticked, self.tr("%n goals ticked", "", ticked)),
            (journal, self.tr("%n journal entries", "", journal)),
            (reasons, self.tr("%n reasons it ended", "", reasons)),
        )
        parts = [said for count, said in counts if count]
        if new.marks_unsafe or new.marks_betrayal:
            parts.append(self.tr("that healing comes first"))
        return self.tr("Imported %s. Your data as it was before is kept as a backup.") % ", ".join(
            parts
        )

    # Questions to the user, each replaceable in tests

    @classmethod
    def confirm_restore(cls, when: str, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("SettingsDialog", "Restore a backup?"),
            QCoreApplication.translate(
                "SettingsDialog",
                "Put back the backup from %s? The current data is kept aside in the data "
                "folder, so nothing is lost.",
            )
            % when,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def choose_export_file(cls, parent: QWidget) -> Path | None:
        from app.ui.dialogs.export_file import export_file
        from app.ui.dialogs.places import suggested_file

        name, kind = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SettingsDialog", "Export"),
            suggested_file("holdfast-export.json"),
            QCoreApplication.translate(
                "SettingsDialog", "JSON, everything (*.json);;CSV, the entries (*.csv)"
            ),
        )
        if not name:
            return None
        suffix = ".csv" if "*.csv" in kind else ".json"
        return export_file(Path(name), suffix, parent, kept=(".json", ".csv"))

    @classmethod
    def choose_import_file(cls, parent: QWidget) -> Path | None:
        from app.ui.dialogs.places import documents_folder

        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SettingsDialog", "Import"),
            str(documents_folder()),
            QCoreApplication.translate("SettingsDialog", "Holdfast export or data file (*.json)"),
        )
        return Path(name) if name else None
