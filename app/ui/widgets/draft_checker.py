"""A draft first message and what the message checker notices in it, as the user types.

Words about self-harm, threats or watching them are not advice material: the checker then shows
the one crisis notice in a banner, marks no words, and says it won't advise on this draft.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.message_check import Notice, NoticeKind, check_message, word_count
from app.ui.theme import wrapped_label

CHECK_DELAY_MS = 300  # the checker reads the draft once typing pauses


class DraftChecker(QWidget):
    """A draft first message and what the checker notices in it, line by line, as the user
    types. It advises only: nothing is sent, saved or stopped.

    `target_reached` says whether the no-contact target has come: before it, a draft with nothing
    to notice gets no praise, only a word that first messages are for after the target day."""

    help_requested = Signal()  # the crisis banner's way to the help

    def __init__(
        self, text: str = "", target_reached: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.notices: tuple[Notice, ...] = ()
        self.notice_labels: list[QLabel] = []
        self.crisis_banner: QFrame | None = None  # shown, alone, when the draft holds crisis words
        self.checked_text = ""  # the draft as the notices describe it
        self._target_reached = target_reached
        self._shown: list[QWidget] = []  # what the notice list holds now
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)

        self.draft = QPlainTextEdit()
        self.draft.setAccessibleName(self.tr("Draft of a first message"))
        self.draft.setAccessibleDescription(
            self.tr("This draft is never sent or saved. Notes on it appear below as you write.")
        )
        self.draft.setPlaceholderText(
            self.tr("For example: Hi, I walked past that little bakery today and thought of you.")
        )
        self.draft.setTabChangesFocus(True)
        # Room for a few lines: a first message needs no more, and the box says so quietly.
        self.draft.setMinimumHeight(90)
        self.draft.setMaximumHeight(140)
        self.draft.setPlainText(text)
        self.draft.textChanged.connect(self._timer.start)
        private = wrapped_label(
            self.tr("This draft stays on this screen. Holdfast never sends it and never saves it."),
            "muted",
        )
        self.word_count = QLabel()
        self.word_count.setProperty("role", "muted")
        self.word_count.setAccessibleName(self.tr("Words in the draft"))
        under = QHBoxLayout()
        under.addWidget(private, 1)
        under.addWidget(self.word_count, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = wrapped_label("")
        self.summary.setAccessibleName(self.tr("What the checker noticed"))
        self._notice_list = QVBoxLayout()
        self._notice_list.setSpacing(8)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.draft)
        layout.addLayout(under)
        layout.addWidget(self.summary)
        layout.addLayout(self._notice_list)
        self.check()

    @property
    def target_reached(self) -> bool:
        return self._target_reached

    def set_target_reached(self, reached: bool) -> None:
        """Whether the no-contact target has come; the summary line follows at once."""
        if reached != self._target_reached:
            self._target_reached = reached
            self.check()

    @property
    def in_crisis(self) -> bool:
        """Whether the draft, as last checked, holds words that are not advice material."""
        return any(notice.kind is NoticeKind.CRISIS for notice in self.notices)

    def check(self) -> None:
        """Reads the draft as it is now; runs by itself once typing pauses."""
        self._timer.stop()
        text = self.checked_text = self.draft.toPlainText()
        self.notices = check_message(text)
        words = word_count(text)
        self.word_count.setText(self.tr("%n words", "", words))
        self.summary.setText(self._summary(words))
        self._list_notices()
        self._highlight(text)

    def _summary(self, words: int) -> str:
        if not words:
            return self.tr(
                "Notes appear here as you write, line by line. They are only suggestions: what "
                "you send, if anything, is up to you."
            )
        if self.in_crisis:
            return self.tr(
                "Holdfast won't give advice on this one. Your safety, and theirs, comes first."
            )
        if self.notices:
            return self.tr("A few things you might look at again. The message is still yours.")
        # A rule list can only say what it did not find: never that a message is good.
        if not self._target_reached:
            return self.tr(
                "None of the things this checker looks for are here. A first message is for "
                "after your target day; until then, the Unsent message box on Today can keep "
                "what you want to say."
            )
        return self.tr(
            "None of the things this checker looks for are here. It can't read tone or know how "
            "they will take it: read it again tomorrow before you decide."
        )

    def _list_notices(self) -> None:
        for widget in self._shown:
            self._notice_list.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self._shown = []
        self.notice_labels = []
        self.crisis_banner = None
        if self.in_crisis:
            self._show_crisis()
            return
        for notice in self.notices:
            where = self.tr("Line %d") % notice.line if notice.line else self.tr("Whole message")
            title = f"{where} · {QCoreApplication.translate('DraftNotice', notice.label)}"
            words = ", ".join(f"“{excerpt.text}”" for excerpt in notice.excerpts)
            explanation = QCoreApplication.translate("DraftNotice", notice.explanation)
            shown = f"<b>{html.escape(title)}</b>"
            if words:
                shown += f" · {html.escape(words)}"
            label = wrapped_label(f"{shown}<br>{html.escape(explanation)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(f"{title}: {explanation}" + (f" ({words})" if words else ""))
            self._notice_list.addWidget(label)
            self.notice_labels.append(label)
            self._shown.append(label)

    def _show_crisis(self) -> None:
        """The one crisis notice, in a banner: calm, but not to be missed."""
        notice = Notice(NoticeKind.CRISIS, None)
        title = QCoreApplication.translate("DraftNotice", notice.label)
        paragraphs = QCoreApplication.translate("DraftNotice", notice.explanation).splitlines()
        banner = QFrame()
        banner.setProperty("role", "banner")
        banner.setAccessibleName(title)
        banner.setAccessibleDescription(" ".join(paragraphs))
        label = wrapped_label(
            f"<b>{html.escape(title, quote=False)}</b>"
            + "".join(f"<p>{html.escape(paragraph, quote=False)}</p>" for paragraph in paragraphs)
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(f"{title}: {' '.join(paragraphs)}")
        column = QVBoxLayout(banner)
        column.setContentsMargins(12, 10, 12, 10)
        column.addWidget(label)
        help_button = QPushButton(self.tr("If it is hard right now"))
        help_button.clicked.connect(self.help_requested)
        column.addWidget(help_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._notice_list.addWidget(banner)
        self.crisis_banner = banner
        self.notice_labels.append(label)
        self._shown.append(banner)

    def _highlight(self, text: str) -> None:
        """Marks the words each notice quotes, softly, in the theme's accent."""
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        tint = QColor(accent)
        tint.setAlphaF(0.25)
        marked = QTextCharFormat()
        marked.setBackground(tint)
        marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        marked.setUnderlineColor(accent)
        # toPlainText ends every line with "\n" (line and paragraph separators included), and
        # the document counts positions in UTF-16 units, where the checker counts characters.
        lines = text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + _utf16(line) + 1)
        selections = []
        for notice in self.notices:
            if notice.line is None or notice.kind is NoticeKind.CRISIS:
                continue  # crisis words are never marked, as if they were wording to adjust
            line, start = lines[notice.line - 1], starts[notice.line - 1]
            for excerpt in notice.excerpts:
                cursor = QTextCursor(self.draft.document())
                cursor.setPosition(start + _utf16(line[: excerpt.start]))
                cursor.setPosition(
                    start + _utf16(line[: excerpt.end]), QTextCursor.MoveMode.KeepAnchor
                )
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = marked
                selections.append(selection)
        self.draft.setExtraSelections(selections)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._highlight(self.draft.toPlainText())  # the accent follows a new theme


def _utf16(text: str) -> int:
    """How many UTF-16 units Qt counts in `text`: two for a character beyond the BMP."""
    return len(text) + sum(1 for character in text if ord(character) > 0xFFFF)
