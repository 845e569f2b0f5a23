"""The wheel `pip install .` builds: it carries the resources, and an installed copy (not the
checkout, not an editable install) runs, finds its icons and puts itself in the launcher."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

from app.system.desktop_entry import ENTRY_FILE_NAME
from app.system.identity import APP_ID
from app.system.resource_files import APP_ICON_SIZES
from tests.packaging.support import ROOT, project, read_entry

# What the wheel is built from; anything else in the checkout must not matter.
SOURCES = ("pyproject.toml", "setup.py", "README.md", "app", "resources")
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-cache-dir", "--quiet"]

FIND_ICONS = """
import app, app.system.resource_files as files, app.ui.resources as window
from app.system.resource_files import APP_ICON_SIZES
print(app.__file__)
print(files.app_icon_svg())
for size in APP_ICON_SIZES:
    print(files.app_icon_png(size))
print(window.resource_path("icons", "holdfast.svg"))
print(window.resource_path("icons", "urge-text.svg"))
print(files.resource_path("style", "holdfast.qss"))
"""


def run(*command: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | env
    done = subprocess.run(
        [str(part) for part in command],
        env=environ,
        cwd=Path(command[0]).parent,  # not the checkout: `python -c` puts the current folder first
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built offline from a clean copy of the sources (no build/ left from before)."""
    found = version("setuptools")
    assert int(found.split(".")[0]) >= 77, f"needs setuptools>=77, not {found}: run `make test`"
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "_resources")
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path_factory.mktemp("wheels")
    run(*PIP, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", wheels, source)
    (built,) = wheels.glob("holdfast-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed, borrowing this venv's PySide6 and other packages."""
    folder = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--without-pip", folder)
    python = folder / "bin" / "python"
    run(*PIP, "--python", python, "install", "--no-deps", "--no-index", wheel)
    # Its dependencies come from here instead of being downloaded again. A folder named in a
    # .pth file goes on sys.path after the venv's own, and its own .pth files are not read, so
    # the editable install of the checkout living there stays out.
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))")
    here = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (Path(purelib.stdout.strip()) / "borrowed.pth").write_text("\n".join(sorted(here)) + "\n")
    return folder


@pytest.mark.slow
def test_the_wheel_carries_the_modules_icons_stylesheet_and_catalogues_but_not_the_screenshots(
    wheel: Path,
) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())

    modules = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "app").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert modules <= names
    icons = {f"app/_resources/icons/{p.name}" for p in (ROOT / "resources" / "icons").glob("*.svg")}
    icons |= {f"app/_resources/icons/app/holdfast-{size}.png" for size in APP_ICON_SIZES}
    assert icons <= names
    assert "app/_resources/style/holdfast.qss" in names
    # Compiled by `make test` and `make package` before the wheel is built from the checkout.
    catalogues = {
        f"app/_resources/translations/{ts.stem}.qm"
        for ts in (ROOT / "resources" / "translations").glob("*.ts")
    }
    assert catalogues, "resources/translations holds no catalogues"
    assert catalogues <= names, "the .qm files are missing: `make test` compiles them"
    assert not [name for name in names if name.endswith(".ts")]
    assert not [name for name in names if "screenshots" in name]
    assert wheel.name == f"holdfast-{project()['version']}-py3-none-any.whl"


@pytest.mark.slow
def test_the_installed_command_answers_status(venv: Path, tmp_path: Path) -> None:
    done = run(venv / "bin" / "holdfast", "status", "--json", HOLDFAST_DATA_DIR=str(tmp_path))

    assert json.loads(done.stdout)["tracking"] is False
    assert done.stderr == ""


@pytest.mark.slow
def test_the_installed_package_finds_its_icons_in_itself(venv: Path, tmp_path: Path) -> None:
    found = run(venv / "bin" / "python", "-c", FIND_ICONS).stdout.split()

    installed = Path(found[0]).parent
    assert installed.is_relative_to(venv), found[0]  # the wheel's copy, not the checkout
    for path in map(Path, found[1:]):
        assert path.is_relative_to(installed / "_resources"), path
        assert path.is_file(), path


@pytest.mark.slow
def test_the_installed_command_puts_itself_in_the_launcher(venv: Path, tmp_path: Path) -> None:
    data_home = tmp_path / "xdg"

    run(venv / "bin" / "holdfast", "install-desktop-entry", XDG_DATA_HOME=str(data_home))

    entry = read_entry(data_home / "applications" / ENTRY_FILE_NAME)["Desktop Entry"]
    assert entry["Exec"] == str(venv / "bin" / "holdfast")
    icon = data_home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    assert (
        icon.read_bytes() == (ROOT / "resources" / "icons" / "app" / "holdfast-48.png").read_bytes()
    )
