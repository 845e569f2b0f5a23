"""Writes packaging/io.github.holdfast.Holdfast.desktop, the entry for distributions.

    .venv/bin/python packaging/write_desktop_entry.py

The entry is made by app/system/desktop_entry.py, which `holdfast install-desktop-entry` uses
too, so the launcher's menu follows the urge kinds; run this after changing it and commit the
result.
"""

from pathlib import Path

from app.system.desktop_entry import ENTRY_FILE_NAME, entry_text
from app.system.identity import COMMAND

if __name__ == "__main__":
    target = Path(__file__).resolve().parent / ENTRY_FILE_NAME
    target.write_text(entry_text(COMMAND), encoding="utf-8")
    print(f"wrote packaging/{target.name}")
