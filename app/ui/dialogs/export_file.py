"""The file an export goes to: the save dialog's answer, with the suffix its kind needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class ReplaceQuestion:
    """Asks before an export replaces a file the save dialog did not ask about."""

    @classmethod
    def ask(cls, path: Path, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ReplaceQuestion", "Replace this file?"),
            QCoreApplication.translate(
                "ReplaceQuestion", "%s exists already. Replace it with the export?"
            )
            % path.name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def export_file(
    chosen: Path, suffix: str, parent: QWidget, kept: tuple[str, ...] = ()
) -> Path | None:
    """`chosen` with `suffix` added unless it ends in it (or in one of `kept`); None when adding
    it names a file that exists and the user would rather keep.

    The save dialog asked before replacing the name it returned, never the name with a suffix.
    """
    if chosen.suffix.lower() in (suffix, *kept):
        return chosen
    path = chosen.with_name(chosen.name + suffix)
    if (path.exists() or path.is_symlink()) and not ReplaceQuestion.ask(path, parent):
        return None
    return path
