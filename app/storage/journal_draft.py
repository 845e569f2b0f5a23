"""The journal entry being written, kept beside the data until it is saved or discarded.

A logout, a kill or a crash must not take what someone was writing. The draft is one small
private file, written atomically like the data file, and never part of the backups.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.journal import JournalDraft, Prompt
from app.storage.errors import StorageError
from app.storage.files import (
    make_private_folder,
    read_ordinary_file,
    remove_leftover_temp_files,
    remove_private_file,
    write_file,
)

if TYPE_CHECKING:
    from app.storage.protection import Sealing

DRAFT_FILE_NAME = "journal-draft.json"
VERSION = 1


def draft_path(folder: Path) -> Path:
    return folder / DRAFT_FILE_NAME


def save_draft(folder: Path, draft: JournalDraft, sealing: Sealing) -> None:
    """Writes the draft atomically, readable by the user alone, sealed with protection on;
    raises WriteFailed, Locked or OSError."""
    make_private_folder(folder)
    payload = {
        "version": VERSION,
        "entry_id": draft.entry_id,
        "day": draft.day.isoformat(),
        "prompt": draft.prompt.value if draft.prompt else None,
        "text": draft.text,
    }
    plain = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    write_file(draft_path(folder), sealing.seal(plain))


def load_draft(folder: Path, sealing: Sealing) -> JournalDraft | None:
    """The draft left by the last session, or None when there is none or it cannot be read."""
    path = draft_path(folder)
    try:
        raw = json.loads(sealing.opened(path, read_ordinary_file(path)).decode("utf-8"))
        entry_id = raw["entry_id"]
        prompt = raw["prompt"]
        text = raw["text"]
        if raw["version"] != VERSION or not isinstance(text, str):
            return None
        if entry_id is not None and not isinstance(entry_id, str):
            return None
        return JournalDraft(
            entry_id=entry_id,
            day=date.fromisoformat(raw["day"]),
            prompt=Prompt(prompt) if prompt else None,
            text=text,
        )
    except (OSError, StorageError, ValueError, KeyError, TypeError):
        return None  # nothing to restore is better than a start that fails


def remove_draft(folder: Path) -> None:
    """Deletes the draft, and what a draft write killed midway left; a link in its place stays."""
    remove_private_file(draft_path(folder))
    # Only the window writes the draft, and only one window runs per folder: no write is cut off.
    remove_leftover_temp_files(folder, DRAFT_FILE_NAME)
