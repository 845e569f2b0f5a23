"""The Journal page: dated entries with optional prompts, search, and why it ended."""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidEntry
from app.domain.intents import Touched
from app.domain.journal import (
    PROMPT_QUESTIONS,
    PROMPT_TITLES,
    BreakupReason,
    JournalDraft,
    JournalEntry,
    Prompt,
    find_entry,
    offered_prompts,
    search,
)
from app.domain.safety import healing_first
from app.domain.wallclock import local_date, zone_of
from app.ui.controller import Controller
from app.ui.qt_time import from_qdate, to_qdate
from app.ui.theme import wrapped_label
from app.ui.widgets.crisis_note import CrisisNote
from app.ui.widgets.page_width import KeepCentred
from app.ui.widgets.past_moment import past_day_edit
from app.ui.widgets.reasons_picker import ReasonsPicker
from app.ui.widgets.undo_banner import UndoBanner
from app.ui.wording import day_text

PREVIEW_LENGTH = 80  # characters of an entry's first line shown in the list
DRAFT_PAUSE_MS = 700  # the draft is kept this long after typing pauses
MAX_WIDTH = 1100  # the list and the editor at comfortable line lengths


class JournalPage(QWidget):
    """Journal: dated entries with the honest questions, search, and the reasons it ended."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._editing: JournalEntry | None = None  # the saved entry the editor holds, if any
        self._dirty = False  # the editor holds something not saved yet
        self._loading = False  # filling the editor is not the user typing
        self._deleted_id: str | None = None  # the entry the Undo button puts back

        heading = QLabel(self.tr("Journal"))
        heading.setProperty("role", "heading")
        self.intro = wrapped_label("", "muted")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search your entries"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._render_list)
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Journal entries, newest first"))
        self.entries.setSpacing(2)
        self.entries.setWordWrap(True)
        # Previews wrap to the list's width; a sideways scroll bar would only cut them off.
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.entries.currentItemChanged.connect(self._open_selected)
        self.empty_note = QLabel()
        self.empty_note.setProperty("role", "muted")
        self.empty_note.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.clicked.connect(self.start_new)
        entries_column = QVBoxLayout()
        entries_column.addWidget(heading)
        entries_column.addWidget(self.intro)
        entries_column.addWidget(self.search)
        entries_column.addWidget(self.entries, 1)
        entries_column.addWidget(self.empty_note)
        entries_column.addWidget(self.new_button)

        self.editor_heading = QLabel()
        self.editor_heading.setProperty("role", "heading")
        self.day = past_day_edit()
        self.day.setAccessibleName(self.tr("The day this entry is about"))
        self.day.dateChanged.connect(self._edited)
        self.prompt = QComboBox()
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.prompt.currentIndexChanged.connect(self._prompt_chosen)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setAccessibleName(self.tr("The prompt's question"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr(
                "Write whatever comes. It stays on this computer; Holdfast never sends it anywhere."
            )
        )
        self.text.setAccessibleName(self.tr("What you write"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(160)
        self.text.textChanged.connect(self._edited)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.notice = UndoBanner(self.tr("Undo the delete"))
        self.notice_text = self.notice.text
        self.undo_button = self.notice.undo_button
        self.notice.undo_requested.connect(self.undo_delete)
        self.forget_button = QPushButton(self.tr("Remove from backups too"))
        self.forget_button.setAccessibleName(self.tr("Remove the deleted entry from the backups"))
        self.forget_button.clicked.connect(self.forget_in_backups)
        self.notice.add_button(self.forget_button)
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Prompt"), self.prompt)
        editor_column = QVBoxLayout()
        editor_column.addWidget(self.editor_heading)
        editor_column.addLayout(form)
        editor_column.addWidget(self.question)
        editor_column.addWidget(self.text, 1)
        self.crisis_note = CrisisNote(self.text)
        editor_column.addWidget(self.crisis_note)
        editor_column.addLayout(buttons)
        editor_column.addWidget(self.notice)

        self.reasons_picker = ReasonsPicker()
        self.reasons_picker.reason_chosen.connect(self._choose_reason)
        self.reasons = self.reasons_picker.boxes

        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(entries_column, 2)
        top.addLayout(editor_column, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(top, 1)
        layout.addWidget(self.reasons_picker)
        self.centred = KeepCentred(self, MAX_WIDTH)
        self._set_tab_order()
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self._save_if_allowed)
        self.save_button.setToolTip(
            self.tr("Save (%s)")
            % QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        # What is being written is kept a moment after typing pauses, until saved or discarded.
        self._draft_timer = QTimer(self, interval=DRAFT_PAUSE_MS, singleShot=True)
        self._draft_timer.timeout.connect(self.keep_draft)

        controller.changed.connect(self._follow)
        self._clear_editor()
        self.show_entries()
        self._restore_draft()

    # What the page shows

    def show_entries(self) -> None:
        """Everything again from the controller's entries, keeping what the user is doing."""
        self._show_journal()
        self._show_healing_first()

    def _follow(self, touched: Touched) -> None:
        """What a change touched, and only that: the journal, or what healing first decides."""
        if Touched.JOURNAL in touched:
            self._show_journal()
        if touched & (Touched.PREFERENCES | Touched.REASONS):
            self._show_healing_first()

    def _show_healing_first(self) -> None:
        """The intro, the prompts offered and the reasons: they follow healing first."""
        self.reasons_picker.show_reasons(self._controller.logbook)
        self._show_intro()
        self._fill_prompts(self._chosen_prompt())

    def _show_journal(self) -> None:
        self._allow_up_to_today()
        if self._editing is not None:
            saved = self._saved(self._editing.id)
            if saved is None:
                # Deleted elsewhere: what the editor holds stays, and saving keeps it anew.
                self._editing = None
                self._dirty = bool(self.text.toPlainText().strip())
                self._fill_prompts(self._chosen_prompt())  # one kept for that entry alone goes
                self._show_heading()
                self._show_notice(
                    self.tr("This entry was deleted elsewhere. Save keeps what is here as new."),
                    undo=False,
                )
            elif saved != self._editing and not self._dirty:
                self._load(saved)  # changed elsewhere, and nothing here would be lost
        self._render_list()
        self._update_buttons()

    @property
    def editing_id(self) -> str | None:
        """The id of the saved entry in the editor; None while writing a new one."""
        return self._editing.id if self._editing else None

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    # What the user does

    def start_new(self) -> None:
        if self._dirty and not self.confirm_discard(self):
            return
        self.discard_draft()
        self._clear_editor()
        self._render_list()
        self.text.setFocus()

    def save(self) -> None:
        day = from_qdate(self.day.date())
        text, prompt = self.text.toPlainText(), self._chosen_prompt()
        if self._editing is None:
            saved = self._controller.add_journal_entry(day, text, prompt)
        else:
            saved = self._controller.edit_journal_entry(self._editing.id, day, text, prompt)
        if saved is None:
            return  # the controller said why; what was written stays in the editor
        self.discard_draft()  # it is in the journal now
        self._load(saved)
        self._render_list()
        self._show_notice(self.tr("Saved."), undo=False)

    def keep_draft(self) -> None:
        """Writes what the editor holds to the draft file, or removes it when nothing is unsaved."""
        self._draft_timer.stop()
        if not (self._dirty and self.text.toPlainText().strip()):
            self._controller.keeping.keep_journal_draft(None)
            return
        draft = JournalDraft(
            entry_id=self.editing_id,
            day=from_qdate(self.day.date()),
            prompt=self._chosen_prompt(),
            text=self.text.toPlainText(),
        )
        self._controller.keeping.keep_journal_draft(draft)

    def discard_draft(self) -> None:
        """The user saved or chose to discard what they wrote: the draft file goes too."""
        self._draft_timer.stop()
        self._controller.keeping.keep_journal_draft(None)

    def delete(self) -> None:
        entry = self._editing
        if entry is None or not self.confirm_delete(day_text(entry.day), self):
            return
        self._editing = None  # so the change that follows is not read as a delete elsewhere
        deleted = self._controller.delete_journal_entry(entry.id)
        if deleted is None:
            self._editing = entry
            self.show_entries()
            return
        self.discard_draft()
        self._clear_editor()
        self._render_list()
        self._deleted_id = deleted.id
        self._show_notice(
            self.tr("Entry deleted. Any older copies in the backups stay for up to a month."),
            undo=True,
            forget=True,
        )

    def undo_delete(self) -> None:
        if self._deleted_id is None:
            return
        entry_id, self._deleted_id = self._deleted_id, None
        self.notice.hide()
        if not self._controller.undo_journal_deletion(entry_id):
            return
        restored = self._saved(entry_id)
        if restored is not None and not self._dirty:
            self._load(restored)
        self._render_list()

    def forget_in_backups(self) -> None:
        """Removes the entry just deleted from the backups too; Undo still puts it back here."""
        if self._deleted_id is None:
            return
        forgotten = self._controller.keeping.forget_journal_entry_in_backups(self._deleted_id)
        if forgotten is None:
            return  # the controller said why; the button stays for another try
        if forgotten.cleaned == 0:
            said = self.tr("No backup held a copy of it.")
        else:
            said = self.tr("Removed from %n backups.", "", forgotten.cleaned)
        if forgotten.unreadable:
            said += " " + self.tr(
                "%n backups could not be read and were left as they are; they may still hold "
                "the entry.",
                "",
                forgotten.unreadable,
            )
        self._show_notice(said, undo=True, forget=False)

    def _choose_reason(self, reason: BreakupReason, chosen: bool) -> None:
        if not self._controller.choose_breakup_reason(reason, chosen):
            self.reasons_picker.show_reasons(self._controller.logbook)  # not saved: as on disk

    # Questions to the user, each replaceable in tests

    @classmethod
    def confirm_delete(cls, day: str, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("JournalPage", "Delete this entry?"),
            QCoreApplication.translate(
                "JournalPage",
                "Delete the entry about %s? You can undo this straight after.\n\n"
                "Any older copies in the backups stay for up to a month; you can remove it "
                "from those too.",
            )
            % day,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def confirm_discard(cls, parent: QWidget) -> bool:
        box, discard = discard_question(parent)
        box.exec()
        return box.clickedButton() is discard

    # Inner workings

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._editing is None and not self._dirty:
            self._clear_editor()  # untouched: about today, even if midnight passed meanwhile
        else:
            self._allow_up_to_today()

    def _render_list(self) -> None:
        logbook = self._controller.logbook
        found = search(logbook.journal, self.search.text(), self._prompt_texts())
        scrolled = self.entries.verticalScrollBar().value()
        self.entries.blockSignals(True)  # filling the list is not the user picking an entry
        self.entries.clear()
        for entry in found:
            item = QListWidgetItem(self._describe(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.entries.addItem(item)
        self.entries.blockSignals(False)
        self._select_editing()
        self.entries.verticalScrollBar().setValue(scrolled)
        if not logbook.journal:
            self.empty_note.setText(self.tr("Nothing written yet. Start with a prompt, or not."))
        elif not found:
            self.empty_note.setText(self.tr("No entry holds “%s”.") % self.search.text().strip())
        self.empty_note.setVisible(not found)

    def _select_editing(self) -> None:
        """Marks the entry in the editor in the list, or nothing while a new one is written."""
        self.entries.blockSignals(True)
        self.entries.setCurrentRow(-1)
        self.entries.clearSelection()
        editing_id = self.editing_id
        for row in range(self.entries.count()):
            item = self.entries.item(row)
            if editing_id is not None and item.data(Qt.ItemDataRole.UserRole) == editing_id:
                self.entries.setCurrentItem(item)
        self.entries.blockSignals(False)

    def _describe(self, entry: JournalEntry) -> str:
        first = entry.first_line
        if len(first) > PREVIEW_LENGTH:
            first = first[: PREVIEW_LENGTH - 1].rstrip() + "…"
        when = day_text(entry.day)
        if entry.prompt is not None:
            when = f"{when}  ·  {_prompt_words(PROMPT_TITLES[entry.prompt])}"
        return f"{when}\n{first}"

    def _open_selected(self, current: QListWidgetItem | None, previous: object) -> None:
        if current is None:
            return
        entry_id = current.data(Qt.ItemDataRole.UserRole)
        if self._editing is not None and entry_id == self._editing.id:
            return
        if self._dirty and not self.confirm_discard(self):
            self._select_editing()  # back to the entry being written
            return
        if self._dirty:
            self.discard_draft()
        entry = self._saved(entry_id)
        if entry is not None:
            self._load(entry)
            self.notice.hide()

    def _load(self, entry: JournalEntry) -> None:
        self._loading = True
        self._editing = entry
        self._fill_prompts(entry.prompt)
        self.day.setDate(to_qdate(entry.day))
        if self.text.toPlainText() != entry.text:
            self.text.setPlainText(entry.text)
            self.text.moveCursor(QTextCursor.MoveOperation.End)  # ready to write on
        self._loading = False
        self._dirty = False
        self._show_heading()
        self._update_buttons()

    def _clear_editor(self) -> None:
        self._loading = True
        self._editing = None
        self._fill_prompts(None)
        self._allow_up_to_today()  # the page may have been open since before midnight
        self.day.setDate(to_qdate(self._today()))
        self.text.clear()
        self._loading = False
        self._dirty = False
        self._show_heading()
        self._update_buttons()

    def _fill_prompts(self, keep: Prompt | None) -> None:
        """The prompts to offer, with `keep` selected; a prompt no longer offered stays only on
        the saved entry that was written with it."""
        offered = list(self._offered())
        if keep is not None and keep not in offered:
            if self._editing is not None and keep is self._editing.prompt:
                offered.append(keep)  # an entry written with it keeps it
            else:
                keep = None  # a new entry is not asked it any more
        loading, self._loading = self._loading, True
        self.prompt.blockSignals(True)
        self.prompt.clear()
        self.prompt.addItem(self.tr("No prompt, just write"), "")
        for prompt in offered:
            self.prompt.addItem(_prompt_words(PROMPT_TITLES[prompt]), prompt.value)
        self.prompt.setCurrentIndex(max(0, self.prompt.findData(keep.value if keep else "")))
        self.prompt.blockSignals(False)
        self._loading = loading
        self._show_question()

    def _chosen_prompt(self) -> Prompt | None:
        value = self.prompt.currentData()
        return Prompt(value) if value else None

    def _prompt_chosen(self) -> None:
        self._show_question()
        self._edited()

    def _show_question(self) -> None:
        prompt = self._chosen_prompt()
        # An old entry keeps a prompt no longer offered as its label, without asking it again.
        asked = prompt if prompt in self._offered() else None
        self.question.setText(_prompt_words(PROMPT_QUESTIONS[asked]) if asked else "")
        self.question.setVisible(asked is not None)

    def _offered(self) -> tuple[Prompt, ...]:
        return offered_prompts(healing_first(self._controller.logbook))

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._draft_timer.start()  # again: the draft is written once typing pauses
        if not self.notice.offers_undo:
            self.notice.hide()  # "Saved." no longer holds
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty and bool(self.text.toPlainText().strip()))
        self.delete_button.setEnabled(self._editing is not None)

    def _show_heading(self) -> None:
        if self._editing is None:
            self.editor_heading.setText(self.tr("New entry"))
        else:
            self.editor_heading.setText(self.tr("Entry about %s") % day_text(self._editing.day))

    def _show_notice(self, text: str, undo: bool, forget: bool = False) -> None:
        self.forget_button.setVisible(forget)
        self.notice.say(text, undo)

    def _show_intro(self) -> None:
        if healing_first(self._controller.logbook):
            said = self.tr(
                "Write it down: what you deserve, what helps you feel steady, who is on your "
                "side, what you are doing for yourself."
            )
        else:
            said = self.tr(
                "Write it down: what you miss, why it ended, what you are doing for yourself."
            )
        self.intro.setText(said)

    def _save_if_allowed(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def _restore_draft(self) -> None:
        """What was being written when Holdfast last closed, back in the editor, unsaved."""
        draft = self._controller.keeping.journal_draft()
        if draft is None or not draft.text.strip():
            return
        entry = self._saved(draft.entry_id) if draft.entry_id is not None else None
        if entry is not None:
            self._load(entry)
        self._loading = True
        self._fill_prompts(draft.prompt)
        self.day.setDate(to_qdate(min(draft.day, self._today())))
        self.text.setPlainText(draft.text)
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        self._loading = False
        self._dirty = True
        self._show_heading()
        self._render_list()
        self._update_buttons()
        self._show_notice(
            self.tr(
                "Restored what you were writing when Holdfast last closed. It is not saved "
                "yet: Save keeps it."
            ),
            undo=False,
        )

    def _saved(self, entry_id: str) -> JournalEntry | None:
        try:
            return find_entry(self._controller.logbook.journal, entry_id)
        except InvalidEntry:
            return None

    def _prompt_texts(self) -> dict[Prompt, str]:
        # Search finds the words the window shows, in whatever language that is.
        return {
            p: f"{_prompt_words(PROMPT_TITLES[p])} {_prompt_words(PROMPT_QUESTIONS[p])}"
            for p in Prompt
        }

    def _allow_up_to_today(self) -> None:
        self.day.blockSignals(True)  # a later maximum is not the user picking a day
        self.day.setMaximumDate(to_qdate(self._today()))
        self.day.blockSignals(False)

    def _today(self) -> date:
        now = self._controller.now()
        return local_date(now, zone_of(now))

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.search,
            self.entries,
            self.new_button,
            self.day,
            self.prompt,
            self.text,
            self.save_button,
            self.delete_button,
            self.undo_button,
            self.forget_button,
            *self.reasons.values(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)


def _prompt_words(text: str) -> str:
    """A prompt's title or question (marked where the domain defines it) in the window's words."""
    return QCoreApplication.translate("JournalPrompt", text)


def discard_question(parent: QWidget) -> tuple[QMessageBox, QAbstractButton]:
    """The question before what was written is thrown away, and its Discard button.

    Keeping is the default and what Escape does: a stray Enter must not lose anything.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("JournalPage", "Leave this entry unsaved?"))
    box.setText(QCoreApplication.translate("JournalPage", "Leave this entry unsaved?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "JournalPage", "What you wrote since the last save will be lost."
        )
    )
    discard = box.addButton(
        QCoreApplication.translate("JournalPage", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("JournalPage", "Keep writing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, discard
