"""The offer, above the pages, to merge the copies of the data file a sync tool set aside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.storage.conflict_copies import MERGED_FOLDER, MergedCopies
from app.ui.controller import Controller
from app.ui.theme import wrapped_label


class MergeOffer(QFrame):
    """Shown while conflict copies lie beside the data file; says what merging them did.

    Looks when the window opens and whenever the data changes (a sync tool that sets a copy
    aside has usually just replaced the data file too).
    """

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._declined: set[Path] = set()  # "Not now", or could not be merged: not offered again
        self._reporting = False  # showing what a merge did, until dismissed
        self.setProperty("role", "banner")
        self.setAccessibleName(self.tr("Copies of your data to merge"))
        self.text = wrapped_label("")
        self.merge = QPushButton(self.tr("Merge them"))
        self.merge.clicked.connect(self._merge)
        self.close_button = QPushButton(self.tr("Not now"))
        self.close_button.clicked.connect(self._close)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.merge)
        row.addWidget(self.close_button)
        self.hide()
        controller.changed.connect(self.look)
        self.look()

    def look(self) -> None:
        """Offers the copies lying beside the data file now, if there are any not declined."""
        copies = [c for c in self._controller.keeping.conflict_copies() if c not in self._declined]
        if copies:
            self._offer(copies)
        elif not self._reporting:
            self.hide()

    def _offer(self, copies: list[Path]) -> None:
        self._reporting = False
        self.text.setText(
            self.tr(
                "A sync tool kept other versions of your data beside it (%s). Merge them in? "
                "Whatever they hold that is missing here is added, nothing here is changed or "
                "removed, and the copies are kept."
            )
            % ", ".join(copy.name for copy in copies)
        )
        self.merge.show()
        self.close_button.setText(self.tr("Not now"))
        self.show()

    def _merge(self) -> None:
        merged = self._controller.keeping.merge_conflict_copies()
        if merged is None:  # the window's banner says why; the copies are where they were
            self.hide()
            return
        self._declined.update(copy for copy, _ in merged.refused)
        self._reporting = True
        self.text.setText(self._what_was_done(merged))
        self.merge.hide()
        self.close_button.setText(self.tr("Dismiss"))
        self.show()

    def _what_was_done(self, merged: MergedCopies) -> str:
        said = [self._merged_text(merged)] if merged.kept else []
        for copy, why in merged.refused:
            said.append(self.tr("%s was left as it is: %s") % (copy.name, why))
        return " ".join(said)

    def _merged_text(self, merged: MergedCopies) -> str:
        folder = self._controller.keeping.folder / MERGED_FOLDER
        if len(merged.kept) == 1:
            done = self.tr("Merged 1 copy.")
            nothing_new = self.tr("It held no entry that was missing here.")
            kept = self.tr("The copy is kept in %s.") % folder
        else:
            done = self.tr("Merged %n copies.", "", len(merged.kept))
            nothing_new = self.tr("They held no entry that was missing here.")
            kept = self.tr("The copies are kept in %s.") % folder
        added = (
            self.tr("1 entry that was missing here is back.")
            if merged.entries_added == 1
            else self.tr("%n entries that were missing here are back.", "", merged.entries_added)
        )
        return " ".join((done, added if merged.entries_added else nothing_new, kept))

    def _close(self) -> None:
        if not self._reporting:
            self._declined.update(self._controller.keeping.conflict_copies())
        self._reporting = False
        self.hide()
