"""What `holdfast urge` says beyond the terminal: the window's quick feedback, as a notification.

The launcher's actions (run with --notify) have no terminal, and while Holdfast runs the person
looks at the desktop, not at a command's output: a notification says it was logged, in the first
and last words of the window's own confirmation. It never names the urge: a lock screen may show
it. Nothing here loads Qt.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from app.cli.speech import speaker
from app.domain.words import URGE_LOGGED, URGE_PASSES, spoken


def confirm_urge_logged(
    data_folder: Path, asked: bool, environ: Mapping[str, str] = os.environ
) -> None:
    """Says in a notification that the urge was logged, when `asked` (--notify) or when Holdfast
    runs for `data_folder`. Quietly nothing when it cannot be shown: the urge stays logged."""
    if not asked:
        from app.system.instance_link import is_running

        if not is_running(data_folder, environ):
            return
    from app.system.desktop_notify import send_notification

    send_notification(spoken(URGE_LOGGED, speaker()), spoken(URGE_PASSES, speaker()), environ)
