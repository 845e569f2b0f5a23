"""The file an export goes to: the save dialog's answer, with the suffix its kind needs; and,
with protection on, whether it is encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.dialogs.choices import Choices


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


class ExportProtection:
    """With protection on, asks whether an export is encrypted: a CSV file cannot be, so it
    only warns before one is written plain."""

    @classmethod
    def ask(cls, target: Path, parent: QWidget) -> bool | None:
        """True for an encrypted export, False for a plain one; None when the user would rather
        not export after all."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ExportProtection", "Export"))
        choices: Choices[bool | None] = Choices(box, None)
        if target.suffix.lower() == ".csv":
            box.setText(
                QCoreApplication.translate(
                    "ExportProtection",
                    "A CSV file is never encrypted: anyone who opens it can read every note.",
                )
            )
            choices.add(
                False,
                QCoreApplication.translate("ExportProtection", "Export plain"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            box.setText(
                QCoreApplication.translate(
                    "ExportProtection",
                    "Your entries are protected. An encrypted export opens with your passphrase "
                    "or your recovery key; anyone who opens a plain one can read every note.",
                )
            )
            choices.add(
                True,
                QCoreApplication.translate("ExportProtection", "Encrypted"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            choices.add(
                False,
                QCoreApplication.translate("ExportProtection", "Plain"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return choices.chosen()


def encrypted_or_not(protected: bool, target: Path, parent: QWidget) -> bool | None:
    """Whether the export to `target` is encrypted: never without protection; with it, as the
    user answers (None: they cancelled, and nothing is exported)."""
    return ExportProtection.ask(target, parent) if protected else False


def saved_encrypted_text(path: Path) -> str:
    """What the window says once an encrypted export is written."""
    return (
        QCoreApplication.translate(
            "ExportProtection",
            "Saved an encrypted copy to %s. It opens with your passphrase or your recovery key.",
        )
        % path
    )
