"""A draft first message and what the message checker notices in it, as the user types."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from app.domain.message_check import Notice, check_message, word_count
from app.ui.theme import wrapped_label

CHECK_DELAY_MS = 300  # the checker reads the draft once typing pauses


class DraftChecker(QWidget):
    """A draft first message and what the checker notices in it, line by line, as the user
    types. It advises only: nothing is sent, saved or stopped."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notices: tuple[Notice, ...] = ()
        self.notice_labels: list[QLabel] = []
        self.checked_text = ""  # the draft as the notices describe it
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

    def check(self) -> None:
        """Reads the draft as it is now; runs by itself once typing pauses."""
        self._timer.stop()
        text = self.checked_text = self.draft.toPlainText()
        self.notices = check_message(text)
        words = word_count(text)
        self.word_count.setText(self.tr("1 word") if words == 1 else self.tr("%d words") % words)
        if not words:
            self.summary.setText(
                self.tr(
                    "Notes appear here as you write, line by line. They are only suggestions: "
                    "what you send, if anything, is up to you."
                )
            )
        elif not self.notices:
            self.summary.setText(
                self.tr(
                    "Nothing here that tends to get in the way. Short, light and asking for "
                    "nothing is a good first message."
                )
            )
        else:
            self.summary.setText(
                self.tr("A few things you might look at again. The message is still yours.")
            )
        self._list_notices()
        self._highlight(text)

    def _list_notices(self) -> None:
        for label in self.notice_labels:
            self._notice_list.removeWidget(label)
            label.hide()
            label.setParent(None)
            label.deleteLater()
        self.notice_labels = []
        for notice in self.notices:
            where = self.tr("Line %d") % notice.line if notice.line else self.tr("Whole message")
            title = f"{where} · {self.tr(notice.label)}"
            words = ", ".join(f"“{excerpt.text}”" for excerpt in notice.excerpts)
            explanation = self.tr(notice.explanation)
            shown = f"<b>{html.escape(title)}</b>"
            if words:
                shown += f" · {html.escape(words)}"
            label = wrapped_label(f"{shown}<br>{html.escape(explanation)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(f"{title}: {explanation}" + (f" ({words})" if words else ""))
            self._notice_list.addWidget(label)
            self.notice_labels.append(label)

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
            if notice.line is None:
                continue
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._highlight(self.draft.toPlainText())  # the accent follows a new theme


def _utf16(text: str) -> int:
    """How many UTF-16 units Qt counts in `text`: two for a character beyond the BMP."""
    return len(text) + sum(1 for character in text if ord(character) > 0xFFFF)
