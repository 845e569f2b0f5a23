"""Exports with protection on: the person chooses, every time, between an encrypted export (which
opens with their passphrase, here or in another folder) and a plain one (said to be plain)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.support import Holdfast, history_json, ok, one_error_line, snapshot
from tests.cli.test_protect import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    URGE_NOTE,
    WORDS,
    Typed,
    found_in_folder,
    protected_fixture,  # noqa: F401  (fixtures: recovery_key, written, typed, ...)
    quick_key_derivation_fixture,  # noqa: F401
    typed_fixture,  # noqa: F401
    unlocked_history,
    urges_in,
    written_fixture,  # noqa: F401
)

IMPORTED = "Imported 3 entries"  # the plan, the urge and the contact written before protection


def _other_folder(holdfast: Holdfast, tmp_path: Path) -> Path:
    """Another data folder, unprotected, tracking since before the exported entries."""
    other = tmp_path / "other"
    ok(holdfast("--data-dir", str(other), "start", "--since", "2026-02-01T12:00"))
    return other


def test_an_export_without_a_choice_says_to_choose_and_writes_nothing(
    recovery_key: str, typed: Typed, tmp_path: Path
) -> None:
    target = tmp_path / "f.json"

    refused = typed("export", str(target), stdin=f"{PASSPHRASE}\n")

    assert refused.code == 2
    assert refused.out == ""
    line = one_error_line(refused)
    assert "--encrypted" in line and "--plain" in line
    assert not target.exists()
    assert list(tmp_path.glob("*f.json*")) == []


def test_an_encrypted_export_holds_no_words_and_imports_elsewhere_with_the_passphrase(
    recovery_key: str, typed: Typed, holdfast: Holdfast, tmp_path: Path
) -> None:
    target = tmp_path / "exports" / "f.json"
    target.parent.mkdir()

    exported = typed("export", "--encrypted", str(target), stdin=f"{PASSPHRASE}\n")

    assert exported.code == 0, exported
    assert exported.err == ""
    assert "encrypted" in exported.out
    assert found_in_folder(target.parent, [*WORDS, PASSPHRASE, "2026-02-22"]) == []
    other = _other_folder(holdfast, tmp_path)
    imported = typed("--data-dir", str(other), "import", str(target), stdin=f"{PASSPHRASE}\n")
    assert imported.code == 0, imported
    assert IMPORTED in imported.out
    history = history_json(holdfast, "--data-dir", str(other))
    assert urges_in(history) == 1
    assert URGE_NOTE in (other / "holdfast.json").read_text(encoding="utf-8")


def test_an_encrypted_export_opens_with_the_recovery_key_after_a_change_of_passphrase(
    recovery_key: str, typed: Typed, holdfast: Holdfast, tmp_path: Path
) -> None:
    target = tmp_path / "f.json"
    ok(typed("export", "--encrypted", str(target), stdin=f"{PASSPHRASE}\n"))
    ok(typed("protect", "change", stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n"))
    other = _other_folder(holdfast, tmp_path)

    imported = typed("--data-dir", str(other), "import", str(target), stdin=f"{recovery_key}\n")

    assert imported.code == 0, imported
    assert IMPORTED in imported.out


def test_an_encrypted_export_imports_into_a_folder_protected_by_another_passphrase(
    recovery_key: str, typed: Typed, holdfast: Holdfast, tmp_path: Path
) -> None:
    target = tmp_path / "f.json"
    ok(typed("export", "--encrypted", str(target), stdin=f"{PASSPHRASE}\n"))
    other = _other_folder(holdfast, tmp_path)
    ok(typed("--data-dir", str(other), "protect", "on", stdin=f"{NEW_PASSPHRASE}\n"))

    # The folder's own passphrase first, then the export's.
    imported = typed(
        "--data-dir", str(other), "import", str(target), stdin=f"{NEW_PASSPHRASE}\n{PASSPHRASE}\n"
    )

    assert imported.code == 0, imported
    assert IMPORTED in imported.out
    assert found_in_folder(other, [*WORDS, "2026-02-22"]) == []
    other_history = typed(
        "--data-dir", str(other), "history", "--json", stdin=f"{NEW_PASSPHRASE}\n"
    )
    assert urges_in(json.loads(other_history.out)) == 1


def test_a_wrong_passphrase_on_import_imports_nothing(
    recovery_key: str, typed: Typed, holdfast: Holdfast, tmp_path: Path
) -> None:
    target = tmp_path / "f.json"
    ok(typed("export", "--encrypted", str(target), stdin=f"{PASSPHRASE}\n"))
    other = _other_folder(holdfast, tmp_path)
    before = snapshot(other)

    refused = typed("--data-dir", str(other), "import", str(target), stdin="not the passphrase\n")

    assert refused.code != 0
    assert refused.out == ""
    line = one_error_line(refused)
    assert "encrypted export" in line and "Nothing was imported" in line
    assert snapshot(other) == before


def test_an_encrypted_export_imports_into_its_own_folder_without_asking_again(
    recovery_key: str, typed: Typed, tmp_path: Path
) -> None:
    target = tmp_path / "f.json"
    ok(typed("export", "--encrypted", str(target), stdin=f"{PASSPHRASE}\n"))

    # One line: the passphrase that unlocks the folder, which opens its own export too.
    imported = typed("import", str(target), stdin=f"{PASSPHRASE}\n")

    assert imported.code == 0, imported
    assert "3 entries were already here" in imported.out
    assert urges_in(unlocked_history(typed)) == 1


def test_a_plain_export_says_on_stderr_that_it_is_not_encrypted(
    recovery_key: str, typed: Typed, tmp_path: Path
) -> None:
    target = tmp_path / "x.csv"

    exported = typed("export", "--plain", str(target), stdin=f"{PASSPHRASE}\n")

    assert exported.code == 0, exported
    assert "Exported" in exported.out
    line = one_error_line(exported)
    assert "x.csv" in line and "not encrypted" in line
    assert URGE_NOTE in target.read_text(encoding="utf-8")


def test_an_encrypted_csv_export_is_refused(
    recovery_key: str, typed: Typed, tmp_path: Path
) -> None:
    target = tmp_path / "x.csv"

    refused = typed("export", "--encrypted", str(target), stdin=f"{PASSPHRASE}\n")

    assert refused.code == 2
    assert refused.out == ""
    assert "JSON" in one_error_line(refused)
    assert not target.exists()


def test_an_encrypted_export_without_protection_is_refused(
    written: list[str], holdfast: Holdfast, tmp_path: Path
) -> None:
    target = tmp_path / "f.json"

    refused = holdfast("export", "--encrypted", str(target))

    assert refused.code == 2
    assert "protect on" in one_error_line(refused)
    assert not target.exists()
    assert json.loads(holdfast("status", "--json").out)["urges_total"] == 1
