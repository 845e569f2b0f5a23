"""The offer, above the pages, to merge the copies of the data file a sync tool set aside."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.ui.theme import wrapped_label


class MergeOffer(QFrame):
    """Shown while conflict copies lie beside the data file; says what merging them did.

    It merges nothing itself: the window tells it which copies are there (`offer`), answers
    `merge_requested`, and tells it what the merge did (`show_merged`).
    """

    merge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offered: list[Path] = []
        self._declined: set[Path] = set()  # "Not now", or could not be merged: not offered again
        self._reporting = False  # showing what a merge did, until dismissed
        self.setProperty("role", "banner")
        self.setAccessibleName(self.tr("Copies of your data to merge"))
        self.text = wrapped_label("")
        self.merge = QPushButton(self.tr("Merge them"))
        self.merge.clicked.connect(self.merge_requested)
        self.close_button = QPushButton(self.tr("Not now"))
        self.close_button.clicked.connect(self._close)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.merge)
        row.addWidget(self.close_button)
        self.hide()

    def offer(self, copies: Sequence[Path]) -> None:
        """Offers the copies lying beside the data file now, if there are any not declined."""
        self._offered = [copy for copy in copies if copy not in self._declined]
        if self._offered:
            self._reporting = False
            self.text.setText(
                self.tr(
                    "A sync tool kept other versions of your data beside it (%s). Merge them in? "
                    "Whatever they hold that is missing here is added, nothing here is changed "
                    "or removed, and the copies are kept."
                )
                % ", ".join(copy.name for copy in self._offered)
            )
            self.merge.show()
            self.close_button.setText(self.tr("Not now"))
            self.show()
        elif not self._reporting:
            self.hide()

    def show_merged(
        self, kept: Sequence[Path], entries_added: int, refused: Sequence[tuple[Path, str]]
    ) -> None:
        """What the merge did: the copies merged, where each is `kept` now; how many entries
        that were missing here they added; and the copies `refused`, each with what is wrong
        with it, left where they were."""
        self._declined.update(copy for copy, _ in refused)
        self._reporting = True
        said = [self._merged_text(kept, entries_added)] if kept else []
        for copy, why in refused:
            said.append(self.tr("%s was left as it is: %s") % (copy.name, why))
        self.text.setText(" ".join(said))
        self.merge.hide()
        self.close_button.setText(self.tr("Dismiss"))
        self.show()

    def _merged_text(self, kept: Sequence[Path], entries_added: int) -> str:
        folder = kept[0].parent  # the merged copies are kept together, in a folder of their own
        if len(kept) == 1:
            done = self.tr("Merged 1 copy.")
            nothing_new = self.tr("It held no entry that was missing here.")
            where = self.tr("The copy is kept in %s.") % folder
        else:
            done = self.tr("Merged %n copies.", "", len(kept))
            nothing_new = self.tr("They held no entry that was missing here.")
            where = self.tr("The copies are kept in %s.") % folder
        added = self.tr("%n entries that were missing here are back.", "", entries_added)
        return " ".join((done, added if entries_added else nothing_new, where))

    def _close(self) -> None:
        if not self._reporting:
            self._declined.update(self._offered)
        self._reporting = False
        self.hide()
