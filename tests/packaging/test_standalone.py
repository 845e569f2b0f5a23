"""The standalone build, run as a person would: `make package-check` builds it and runs these.

They need HOLDFAST_STANDALONE, the path of the built program, which `make package-check` sets.
Building takes a while, so `make test` leaves them out (the `standalone` marker) and CI runs
`make package-check` after it.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from app.system.desktop_entry import ENTRY_FILE_NAME
from app.system.identity import APP_ID
from app.system.resource_files import APP_ICON_SIZES
from tests.packaging.support import ROOT, project, read_entry

pytestmark = pytest.mark.standalone


@pytest.fixture
def program() -> Path:
    built = os.environ.get("HOLDFAST_STANDALONE")
    assert built, "HOLDFAST_STANDALONE is not set: run these with `make package-check`"
    path = Path(built).absolute()
    assert path.is_file(), f"{path} is not built: `make package` builds it"
    return path


def run(program: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # The built program must not lean on this checkout or its venv.
    environ = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(program), *args],
        env=environ | env,
        cwd=program.parent,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_it_answers_status_and_version(program: Path, tmp_path: Path) -> None:
    done = run(program, "status", "--json", HOLDFAST_DATA_DIR=str(tmp_path))

    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1
    assert json.loads(done.stdout)["tracking"] is False
    version = run(program, "--version")
    assert version.stdout == f"holdfast {project()['version']}\n", version.stderr


def test_it_opens_its_window_and_quits_when_asked(program: Path, tmp_path: Path) -> None:
    assert run(program, "start", HOLDFAST_DATA_DIR=str(tmp_path)).returncode == 0

    done = run(
        program,
        HOLDFAST_DATA_DIR=str(tmp_path),
        QT_QPA_PLATFORM="offscreen",
        HOLDFAST_QUIT_AFTER_PAINT="1",  # the window quits once it has painted
    )

    assert done.returncode == 0, done.stderr
    assert "geometry" in (tmp_path / "window.ini").read_text()


def test_it_finds_its_icons_and_puts_itself_in_the_launcher(program: Path, tmp_path: Path) -> None:
    done = run(program, "install-desktop-entry", XDG_DATA_HOME=str(tmp_path))

    assert done.returncode == 0, done.stderr
    entry = read_entry(tmp_path / "applications" / ENTRY_FILE_NAME)["Desktop Entry"]
    assert entry["Exec"] == str(program)  # the build is its own command
    for size in APP_ICON_SIZES:
        icon = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        resource = ROOT / "resources" / "icons" / "app" / f"holdfast-{size}.png"
        assert icon.read_bytes() == resource.read_bytes()


def test_it_bundles_the_icons_and_the_stylesheet_but_not_the_screenshots(program: Path) -> None:
    bundled = {path.name for path in program.parent.rglob("*") if path.is_file()}

    assert "holdfast.svg" in bundled and "holdfast-512.png" in bundled
    assert "holdfast.qss" in bundled
    assert not any(name.startswith("today-") for name in bundled)
