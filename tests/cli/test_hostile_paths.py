"""Paths that cannot work, given to the commands: one line that says what to do, exit 1 or 2,
nothing changed, and never the system's own words ("Not a directory") or a traceback."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from tests.cli.support import Holdfast, ok, one_error_line, snapshot
from tests.conftest import run_holdfast_process

# What the system says, which names no fix: none of it may reach the user.
SYSTEM_WORDS = (
    "Not a directory",
    "Too many levels of symbolic links",
    "File name too long",
    "Permission denied",
    "File exists",
    "Errno",
    "Traceback",
    "unexpected",
)


def _no_system_words(line: str) -> None:
    for words in SYSTEM_WORDS:
        assert words not in line, line


# Import


def _under_a_file(tmp_path: Path) -> Path:
    (tmp_path / "notes.txt").write_text("mine")
    return tmp_path / "notes.txt" / "export.json"


def _through_a_loop(tmp_path: Path) -> Path:
    (tmp_path / "round").symlink_to(tmp_path / "round")
    return tmp_path / "round" / "export.json"


def _a_loop_itself(tmp_path: Path) -> Path:
    (tmp_path / "loop.json").symlink_to(tmp_path / "loop.json")
    return tmp_path / "loop.json"


def _too_long(tmp_path: Path) -> Path:
    return tmp_path / ("x" * 300 + ".json")


UNREADABLE = {
    "a file where a folder belongs": (_under_a_file, "part of the path is a file, not a folder"),
    "a folder link that loops": (_through_a_loop, "holds a link that leads back to itself"),
    "a link to itself": (_a_loop_itself, "holds a link that leads back to itself"),
    "a name too long": (_too_long, "the name is too long; choose a shorter one"),
}


@pytest.mark.parametrize("case", UNREADABLE)
def test_an_import_that_cannot_be_read_names_the_fix_not_the_errno(
    holdfast: Holdfast, data_dir: Path, tmp_path: Path, case: str
) -> None:
    make, fix = UNREADABLE[case]
    source = make(tmp_path)
    ok(holdfast("start"))
    before = snapshot(data_dir)

    result = holdfast("import", str(source))

    assert result.code == 2
    line = one_error_line(result)
    assert line.startswith(f"holdfast: cannot read {source}: ")
    assert fix in line and line.endswith("Nothing was imported.")
    _no_system_words(line)
    assert snapshot(data_dir) == before


def test_a_path_with_a_line_break_or_an_escape_still_fails_in_one_line(
    holdfast: Holdfast, tmp_path: Path
) -> None:
    ok(holdfast("start"))

    broken = holdfast("import", str(tmp_path / "two\nlines.json"))
    escaping = holdfast("import", str(tmp_path / "\x1b[2Jclear.json"))

    assert one_error_line(broken) == (
        f"holdfast: there is no file {tmp_path}/two⏎lines.json. Nothing was imported."
    )
    assert "\x1b" not in one_error_line(escaping)  # shown as \\x1b, never sent to the terminal


# Export


def test_an_export_into_a_folder_link_that_loops_is_refused_in_words(
    holdfast: Holdfast, tmp_path: Path
) -> None:
    ok(holdfast("start"))
    target = _through_a_loop(tmp_path)

    result = holdfast("export", str(target))

    assert result.code == 1
    line = one_error_line(result)
    assert f"Could not save to {target}: it is a symbolic link" in line
    _no_system_words(line)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (".json", "give the export file a name before .json, such as holdfast-export.json"),
        (".CSV", "give the export file a name before .CSV, such as holdfast-export.CSV"),
        ("", "{folder} is a folder; give the name of the file to write in it, such as "),
    ],
    ids=["only .json", "only .CSV", "a folder"],
)
def test_an_export_named_without_a_name_says_what_name_to_give(
    holdfast: Holdfast, tmp_path: Path, name: str, said: str
) -> None:
    ok(holdfast("start"))
    folder = tmp_path / "documents"
    folder.mkdir()

    result = holdfast("export", str(folder / name) if name else str(folder))

    assert result.code == 2
    assert one_error_line(result).startswith("holdfast: " + said.format(folder=folder))
    assert list(folder.iterdir()) == []


# Restore


@pytest.fixture
def backed_up(holdfast: Holdfast, clock: FixedClock) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "call"))  # the day before is kept as a backup


@pytest.mark.usefixtures("backed_up")
@pytest.mark.parametrize(
    "name",
    ["../x", "a/b", "../holdfast.json", "/etc/passwd", ".", "x" * 5000, "nul\x00in it"],
    ids=["up", "a folder", "the data file", "absolute", "dot", "very long", "a NUL"],
)
def test_restore_of_an_impossible_backup_name_is_one_line_and_changes_nothing(
    holdfast: Holdfast, data_dir: Path, name: str
) -> None:
    before = snapshot(data_dir)

    result = holdfast("restore", name)

    assert result.code == 2
    line = one_error_line(result)
    assert "no backup named" in line and "`holdfast backups` lists the ones there are" in line
    _no_system_words(line)
    assert snapshot(data_dir) == before


def test_a_very_long_backup_name_in_a_real_process_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_holdfast_process(data, "start").returncode == 0

    done = run_holdfast_process(data, "restore", "../" * 2000 + "x")

    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("holdfast: there is no backup")


# The data file

EMPTY_EXPORT = '{"format": "holdfast-export", "version": 2, "events": []}'


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["status", "--json"],
        ["start"],
        ["urge", "text"],
        ["contact", "call"],
        ["history"],
        ["goals"],
        ["goals", "done", "body-move"],
        ["export", "{out}/all.json"],
        ["import", "{out}/export.json"],
    ],
    ids=" ".join,
)
def test_a_folder_in_place_of_the_data_file_stops_every_command_in_one_line(
    holdfast: Holdfast, data_dir: Path, tmp_path: Path, command: list[str]
) -> None:
    # As a file owned by someone else would, even for root, who may read anything.
    (data_dir / "holdfast.json").mkdir(parents=True)
    (tmp_path / "export.json").write_text(EMPTY_EXPORT)
    before = snapshot(data_dir)

    result = holdfast(*(part.format(out=tmp_path) for part in command))

    assert result.code == 1
    line = one_error_line(result)
    assert str(data_dir / "holdfast.json") in line
    assert "it is a folder where a file belongs; give the path of a file" in line
    _no_system_words(line)
    assert _without_the_lock(snapshot(data_dir)) == before
    assert not (tmp_path / "all.json").exists()


def _without_the_lock(files: dict[str, bytes] | None) -> dict[str, bytes] | None:
    """The files but for the empty lock file, which a command that saves takes first."""
    return None if files is None else {n: b for n, b in files.items() if n != "holdfast.lock"}
