"""The answers of a question box at start, each a button; closing the box is the safe answer."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QAbstractButton, QMessageBox

_Choice = TypeVar("_Choice")


class Choices(Generic[_Choice]):
    """Which of `box`'s buttons means which answer; `otherwise` when it was closed instead."""

    def __init__(self, box: QMessageBox, otherwise: _Choice) -> None:
        self._box = box
        self._otherwise = otherwise
        self._buttons: dict[_Choice, QAbstractButton] = {}

    def add(self, choice: _Choice, text: str, role: QMessageBox.ButtonRole) -> None:
        self._buttons[choice] = self._box.addButton(text, role)

    def chosen(self) -> _Choice:
        clicked = self._box.clickedButton()
        return next((c for c, b in self._buttons.items() if b is clicked), self._otherwise)
