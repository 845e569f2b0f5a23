"""On a real desktop (X11, a window manager, a tray): Quit ends the process and its icon at once,
however chosen; the tray's balloons are readable in both themes; dialog buttons show no icons."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.ui.app import QUIT_AFTER_PAINT
from tests.conftest import run_holdfast_process
from tests.ui.desktop import Desktop, desktop, tool, wait_until

pytestmark = pytest.mark.slow
__all__ = ["desktop"]  # the fixture, imported for these tests

# A generous bound, so a busy machine cannot fail the test: Quit takes about 0.05 s here,
# the icon 0.01 s; a quit that only hid the window would never end the process at all.
QUIT_DEADLINE_S = 10.0


@dataclass(frozen=True)
class Running:
    process: subprocess.Popen[bytes]
    window: str  # the X window id of the main window
    log: Path


@pytest.fixture
def running(desktop: Desktop, data_dir: Path, tmp_path: Path) -> Iterator[Running]:
    """Holdfast started as from a launcher, its window shown and its icon in the tray."""
    assert run_holdfast_process(data_dir, "start").returncode == 0  # so no welcome is shown
    env = {**desktop.env, "HOLDFAST_DATA_DIR": str(data_dir)}
    env.pop(QUIT_AFTER_PAINT, None)
    log = tmp_path / "app.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "app"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        wait_until(
            lambda: (
                process.poll() is not None
                or (desktop.visible_window("Holdfast") is not None and desktop.tray_icons())
            ),
            60,
            "the window and its tray icon",
        )
        assert process.poll() is None, log.read_text(errors="replace")
        window = desktop.visible_window("Holdfast")
        assert window is not None
        yield Running(process, window, log)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        from PySide6.QtNetwork import QLocalServer

        from app.system.instance_link import instance_address, instance_key

        address = instance_address(instance_key(data_dir), env)
        if address is not None:
            QLocalServer.removeServer(address)  # the socket a killed window left


def _xdotool(desktop: Desktop, *args: str) -> None:
    desktop.run(tool("xdotool"), *args)


def _holdfast_windows(desktop: Desktop) -> str:
    return desktop.run(tool("xdotool"), "search", "--onlyvisible", "--class", "holdfast")


def _open_a_menu(desktop: Desktop, *xdotool_args: str) -> None:
    before = _holdfast_windows(desktop)
    _xdotool(desktop, *xdotool_args)
    wait_until(lambda: _holdfast_windows(desktop) != before, 5, "a menu to open")


def _choose_quit(desktop: Desktop, running: Running, way: str) -> None:
    if way == "tray":
        ((x, y),) = desktop.tray_icons()
        _open_a_menu(desktop, "mousemove", str(x), str(y), "click", "3")
        _xdotool(desktop, "key", "Up", "Return")  # Quit is the menu's last item
        return
    _xdotool(desktop, "windowactivate", "--sync", running.window)
    if way == "ctrl+q":
        _xdotool(desktop, "key", "ctrl+q")
    else:  # Holdfast > Quit
        _open_a_menu(desktop, "key", "alt+h")
        _xdotool(desktop, "key", "q")


@pytest.mark.parametrize("way", ["ctrl+q", "menu", "tray"])
def test_quit_ends_the_process_and_its_tray_icon(
    desktop: Desktop, running: Running, way: str
) -> None:
    _choose_quit(desktop, running, way)
    wait_until(
        lambda: running.process.poll() is not None and not desktop.tray_icons(),
        QUIT_DEADLINE_S,
        "the process and its tray icon to go",
    )

    log = running.log.read_text(errors="replace")
    assert running.process.returncode == 0, log
    assert not _holdfast_windows(desktop).strip()  # no window left behind, hidden or shown


BALLOON = """
import json, sys
from collections import Counter
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel
from app.domain.preferences import Theme
from app.ui.theme import apply_theme
from app.ui.tray import Tray

app = QApplication(sys.argv[:1])
apply_theme(app, Theme(sys.argv[1]))
pixmap = QPixmap(16, 16)
pixmap.fill(QColor("teal"))
tray = Tray(QIcon(pixmap))
tray.show()

def show():
    if not tray.show_message("Holdfast", "Time for your daily check-in."):
        app.exit(2)

def look():
    (balloon,) = [w for w in app.topLevelWidgets() if w.inherits("QBalloonTip") and w.isVisible()]
    image = balloon.grab().toImage()
    ground = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    ).most_common(1)[0][0]
    texts = {}
    for label in balloon.findChildren(QLabel):
        if label.text():
            box = label.geometry()
            texts[label.text()] = sorted({
                image.pixel(x, y)
                for x in range(box.left(), box.right())
                for y in range(box.top(), box.bottom())
            } - {ground})
    print(json.dumps({"ground": ground, "texts": texts}))
    app.exit(0)

QTimer.singleShot(1000, show)  # once the tray has embedded the icon
QTimer.singleShot(2000, look)
sys.exit(app.exec())
"""


def _contrast(a: int, b: int) -> float:
    from PySide6.QtGui import QColor

    from tests.ui.test_theme import contrast

    return contrast(QColor.fromRgb(a), QColor.fromRgb(b))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_tray_balloon_is_readable_in_both_themes(desktop: Desktop, theme: str) -> None:
    # Without a notification service, Qt draws its own pale balloon beside the tray icon.
    done = subprocess.run(
        [sys.executable, "-c", BALLOON, theme],
        env=desktop.env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert set(seen["texts"]) == {"Holdfast", "Time for your daily check-in."}
    for text, inks in seen["texts"].items():
        # The text's own colour is the ink that stands out most from the balloon.
        best = max(_contrast(ink, seen["ground"]) for ink in inks)
        assert best >= 4.5, f"{text!r}: {best:.2f}"


BUTTONS = """
import sys
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from app.domain.preferences import Theme
from app.ui.theme import apply_theme

app = QApplication(sys.argv[:1])
apply_theme(app, Theme.DARK)
Button = QDialogButtonBox.StandardButton
box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Save | Button.Discard)
message = QMessageBox(QMessageBox.Icon.Question, "Holdfast", "Leave this entry unsaved?")
message.setStandardButtons(QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
buttons = box.buttons() + message.buttons()
print(sum(not button.icon().isNull() for button in buttons), len(buttons))
"""


def test_dialog_buttons_show_no_icons(desktop: Desktop) -> None:
    # A desktop's icon theme would draw them dark on the dark theme's buttons, unseen.
    done = subprocess.run(
        [sys.executable, "-c", BUTTONS],
        env=desktop.env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    with_icons, buttons = map(int, done.stdout.split())
    assert buttons == 6
    assert with_icons == 0
