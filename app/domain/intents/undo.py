"""The changes made in one window that it can take back, the newest last."""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.intents.change import Action, Change, Intent


class UndoStack:
    """Changes with an undo, as they were saved. Edit > Undo takes back the newest; a banner's
    Undo takes back one action of one entry or goal, whatever was done since."""

    def __init__(self) -> None:
        self._changes: list[Change] = []

    def __bool__(self) -> bool:
        return bool(self._changes)

    def __iter__(self) -> Iterator[Change]:
        return iter(self._changes)

    def push(self, change: Change) -> None:
        """Keeps `change` if it can be undone; a change without an undo is not offered."""
        if change.undo is not None:
            self._changes.append(change)

    def pop(self) -> Intent | None:
        """The undo of the newest change, taken off the stack; None when there is none."""
        return self._changes.pop().undo if self._changes else None

    def pop_latest(self, subject_id: str, *actions: Action) -> Intent | None:
        """The undo of the newest of `actions` done to `subject_id`, taken off the stack and
        leaving later changes in place; None when there is none."""
        for index in range(len(self._changes) - 1, -1, -1):
            change = self._changes[index]
            if change.action in actions and change.subject_id == subject_id:
                return self._changes.pop(index).undo
        return None

    def clear(self) -> None:
        self._changes.clear()
