"""Bad input: exit code 2, one line on stderr saying what is wrong and what is allowed, and
nothing written, neither to an existing data folder nor (as a new one) to a fresh place."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.cli.support import Holdfast, ok, one_error_line, snapshot

# Each case: the arguments ({tmp} is a scratch folder, {data} the data folder) and words the
# message must contain.
CASES: dict[str, tuple[list[str], list[str]]] = {
    "target too low": (["start", "--target", "20"], ["target", "21", "45"]),
    "target too high": (["start", "--target", "46"], ["target", "21", "45"]),
    "target not a number": (["start", "--target", "thirty"], ["target", "21", "45", "thirty"]),
    "target not whole": (["start", "--target", "30.5"], ["target", "21", "45"]),
    "target empty": (["start", "--target", ""], ["target", "21", "45"]),
    "since in the future": (["start", "--since", "2026-03-01T12:06"], ["future"]),
    "since tomorrow with an offset": (["start", "--since", "2026-03-02T00:00+00:00"], ["future"]),
    "since unparseable": (["start", "--since", "last tuesday"], ["last tuesday", "ISO 8601"]),
    "since impossible date": (["start", "--since", "2026-02-30"], ["2026-02-30", "ISO 8601"]),
    "intensity too low": (["urge", "text", "--intensity", "0"], ["intensity", "1", "10"]),
    "intensity too high": (["urge", "text", "--intensity", "11"], ["intensity", "1", "10"]),
    "intensity not a number": (["urge", "text", "--intensity", "high"], ["intensity", "10"]),
    "intensity not whole": (["urge", "text", "--intensity", "5.5"], ["intensity", "10"]),
    "unknown urge kind": (["urge", "shout"], ["shout", "text", "friends", "visit", "other"]),
    "contact-only kind for an urge": (["urge", "in_person"], ["in_person", "visit"]),
    "unknown contact kind": (["contact", "letter"], ["letter", "in_person", "social"]),
    "urge-only kind for a contact": (["contact", "visit"], ["visit", "in_person"]),
    "unknown --by": (["contact", "text", "--by", "friend"], ["friend", "me", "them"]),
    "urge note not UTF-8": (["urge", "text", "--note", "caf\udce9"], ["UTF-8"]),
    "contact note not UTF-8": (["contact", "call", "--note", "\udcff"], ["UTF-8"]),
    "import missing": (["import", "{tmp}/missing.json"], ["missing.json"]),
    "import a folder": (["import", "{tmp}"], ["cannot read"]),
    "import other JSON": (["import", "{tmp}/other.json"], ["not a Holdfast export"]),
    "import not JSON": (["import", "{tmp}/notes.json"], ["not a Holdfast export"]),
    "import a newer data file": (["import", "{tmp}/holdfast-data.json"], ["newer Holdfast"]),
    "import future entries": (["import", "{tmp}/future.json"], ["future"]),
    "export .txt": (["export", "{tmp}/out.txt"], [".json", ".csv", "out.txt"]),
    "export no suffix": (["export", "{tmp}/out"], [".json", ".csv"]),
    "export over the data file": (["export", "{data}/holdfast.json"], ["data folder"]),
    "unknown goal": (["goals", "done", "gym-daily"], ["gym-daily", "holdfast goals"]),
    "unknown backup": (["restore", "holdfast-20990101T000000000000Z.json"], ["backups"]),
    "unknown command": (["snooze"], ["snooze"]),
}


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """A folder of files that `import` must refuse."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    (folder / "other.json").write_text('{"format": "something-else", "events": []}')
    (folder / "notes.json").write_text("dear diary,\n")
    (folder / "holdfast-data.json").write_text(
        '{"meta": {"1": {"schema_version": 99}}, "events": {}, "goals": {}, "completions": {}}'
    )
    future = {
        "format": "holdfast-export",
        "version": 1,
        "exported_at": "2026-03-01T12:00:00+01:00",
        "events": [
            {
                "type": "urge",
                "id": "f" * 32,
                "at": "2026-03-05T12:00:00+01:00",
                "kind": "text",
                "intensity": None,
                "note": "",
                "resisted": True,
            }
        ],
        "goals": [],
        "completions": [],
    }
    (folder / "future.json").write_bytes(orjson.dumps(future))
    return folder


def _args(case: str, scratch: Path, data_dir: Path) -> list[str]:
    return [
        arg.replace("{tmp}", str(scratch)).replace("{data}", str(data_dir))
        for arg in CASES[case][0]
    ]


def _check_message(case: str, line: str) -> None:
    for word in CASES[case][1]:
        assert word in line, (word, line)


@pytest.mark.parametrize("case", CASES)
def test_bad_input_changes_nothing_in_a_data_folder_in_use(
    case: str, holdfast: Holdfast, data_dir: Path, scratch: Path
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    ok(holdfast("urge", "call", "--note", "before the mistake"))
    before = snapshot(data_dir)
    scratch_before = snapshot(scratch)

    result = holdfast(*_args(case, scratch, data_dir))

    assert result.code == 2
    assert result.out == ""
    _check_message(case, one_error_line(result))
    assert snapshot(data_dir) == before
    assert snapshot(scratch) == scratch_before


@pytest.mark.parametrize("case", CASES)
def test_bad_input_creates_no_data_folder(
    case: str, holdfast: Holdfast, data_dir: Path, scratch: Path
) -> None:
    scratch_before = snapshot(scratch)

    result = holdfast(*_args(case, scratch, data_dir))

    assert result.code == 2
    _check_message(case, one_error_line(result))
    assert not data_dir.exists()
    assert snapshot(scratch) == scratch_before


def test_since_before_the_last_recorded_contact_is_refused(
    holdfast: Holdfast, data_dir: Path
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    ok(holdfast("contact", "text"))  # at noon on 1 March
    before = snapshot(data_dir)

    result = holdfast("start", "--since", "2026-02-28T12:00")

    assert result.code == 2
    assert "2026-03-01 12:00" in one_error_line(result)
    assert snapshot(data_dir) == before


def test_since_equal_to_now_is_allowed(holdfast: Holdfast) -> None:
    ok(holdfast("start", "--since", "2026-03-01T12:00"))
