"""packaging/'s desktop entry and AppStream metadata: valid, and in step with the app."""

from __future__ import annotations

import re
import shlex
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from app.cli.parser import build_parser
from app.domain.events import UrgeKind
from app.system.desktop_entry import ENTRY_FILE_NAME, entry_text
from app.system.identity import APP_ID, COMMAND, DISPLAY_NAME
from tests.packaging.support import (
    PACKAGING,
    ROOT,
    exec_arguments,
    project,
    read_entry,
    unescaped,
    validator,
)

ENTRY = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def validate(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [validator(tool), *args], capture_output=True, text=True, check=False, timeout=60
    )


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = validate("desktop-file-validate", str(ENTRY))

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "", done.stdout  # not even a hint or a warning


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    done = validate("appstreamcli", "validate", "--no-net", str(METAINFO))

    assert done.returncode == 0, done.stdout + done.stderr
    assert "W:" not in done.stdout and "E:" not in done.stdout, done.stdout


def test_the_packaged_entry_is_the_one_the_app_installs() -> None:
    assert ENTRY.name == ENTRY_FILE_NAME
    assert ENTRY.read_text(encoding="utf-8") == entry_text(COMMAND), (
        "packaging's desktop entry is out of date: run packaging/write_desktop_entry.py"
    )


def test_the_entry_names_the_app_its_icon_and_window_by_the_app_id() -> None:
    main = read_entry(ENTRY)["Desktop Entry"]

    assert main["Name"] == DISPLAY_NAME
    assert main["Icon"] == APP_ID
    assert main["StartupWMClass"] == APP_ID
    assert main["Exec"] == COMMAND
    assert main["Terminal"] == "false"
    for key in ("GenericName", "Comment", "Categories", "Keywords"):
        assert main[key], key


def test_each_urge_kind_has_an_action_that_the_command_line_accepts() -> None:
    entry = read_entry(ENTRY)
    actions = entry["Desktop Entry"]["Actions"].rstrip(";").split(";")

    assert actions == [f"urge-{kind.value}" for kind in UrgeKind]
    for action in actions:
        group = entry[f"Desktop Action {action}"]
        assert group["Name"]
        program, *arguments = shlex.split(group["Exec"])
        assert program == COMMAND
        parsed = build_parser().parse_args(arguments)
        assert (parsed.command, parsed.kind) == ("urge", action.removeprefix("urge-"))
        assert parsed.notify  # the launcher shows no window: a notification says it is logged


def test_each_urge_action_says_what_they_wanted_to_do_not_that_they_did_it() -> None:
    # Looking at their profile or asking friends about them breaks no contact; an urge is one
    # held back from, so the launcher must not log the act itself as a resisted urge.
    entry = read_entry(ENTRY)

    for kind in UrgeKind:
        name = entry[f"Desktop Action urge-{kind.value}"]["Name"]
        if kind is UrgeKind.OTHER:
            assert name == "Log Another Urge"
        else:
            assert name.startswith("Log an Urge: Wanted to "), name


def test_the_metainfo_describes_this_app_and_its_current_version() -> None:
    component = ElementTree.parse(METAINFO).getroot()

    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == DISPLAY_NAME
    assert component.findtext("launchable[@type='desktop-id']") == ENTRY.name
    assert component.findtext("provides/binary") == COMMAND
    assert component.findtext("project_license") == project()["license"]
    assert component.find("content_rating[@type='oars-1.1']") is not None
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == project()["version"], "add a <release> for the new version"


def test_the_metainfo_screenshots_are_the_ones_in_resources() -> None:
    images = [
        element.text or ""
        for element in ElementTree.parse(METAINFO).getroot().iterfind("screenshots/*/image")
    ]

    assert images
    for url in images:
        assert url.startswith("https://"), url
        relative = url.split("/main/", 1)[1]
        assert (ROOT / relative).is_file(), url


@pytest.mark.parametrize(
    "program",
    [
        "/home/ann/.local/bin/holdfast",
        "/home/ann/My Apps/holdfast",
        '/opt/odd "quoted" $name/`tick`/back\\slash/holdfast',
        "/opt/100%/holdfast",
    ],
    ids=["plain", "space", "reserved", "percent"],
)
def test_an_entry_for_any_installed_path_is_valid_and_runs_that_path(
    program: str, tmp_path: Path
) -> None:
    path = tmp_path / ENTRY_FILE_NAME
    path.write_text(entry_text(program), encoding="utf-8")

    done = validate("desktop-file-validate", str(path))

    assert done.returncode == 0, done.stdout + done.stderr
    main = read_entry(path)["Desktop Entry"]
    assert exec_arguments(main["Exec"]) == [program]
    assert unescaped(main["TryExec"]) == program
    action = read_entry(path)["Desktop Action urge-text"]
    assert exec_arguments(action["Exec"]) == [program, "urge", "text", "--notify"]


@pytest.mark.parametrize(
    "program",
    ["holdfast", "/home/ann/My Apps/holdfast", "/opt/100%/holdfast"],
    ids=["name", "space", "percent"],
)
def test_the_discreet_entry_is_valid_neutral_and_runs_the_same_path(
    program: str, tmp_path: Path
) -> None:
    path = tmp_path / ENTRY_FILE_NAME
    path.write_text(entry_text(program, discreet=True), encoding="utf-8")

    done = validate("desktop-file-validate", str(path))

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "", done.stdout
    entry = read_entry(path)
    assert entry.sections() == ["Desktop Entry"]
    main = entry["Desktop Entry"]
    assert "Actions" not in main
    assert main["Name"] == DISPLAY_NAME
    assert exec_arguments(main["Exec"]) == [program]
    words = {w.lower() for w in re.split(r"[^A-Za-z]+", path.read_text(encoding="utf-8")) if w}
    assert not words & {"contact", "breakup", "ex", "heartbreak", "urge", "them", "text"}, words
