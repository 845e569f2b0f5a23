"""Which language Holdfast speaks: --lang, then the Settings choice, then the system's."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.storage.privacy import keep_private
from app.system.language import (
    LANGUAGE_FILE,
    UnknownLanguage,
    catalogue_path,
    chosen_language,
    saved_language,
    system_languages,
)
from app.system.language_choice import save_language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, ["de"]),
        ({"LANGUAGE": "es_MX:de:en", "LANG": "fr_FR.UTF-8"}, ["es", "de", "en"]),
        ({"LC_ALL": "de_AT@euro", "LANG": "es_ES.UTF-8"}, ["de"]),
        ({"LC_MESSAGES": "es-419", "LANG": "de_DE"}, ["es"]),
        ({"LANGUAGE": "", "LANG": "de_DE.UTF-8"}, ["de"]),  # empty is not set
        ({"LANG": "C.UTF-8"}, []),
        ({"LC_ALL": "POSIX"}, []),
        ({}, []),
    ],
)
def test_the_systems_languages_are_read_as_gettext_reads_them(
    environ: dict[str, str], expected: list[str]
) -> None:
    assert system_languages(environ) == expected


def test_the_language_asked_for_comes_first_then_the_saved_one_then_the_systems() -> None:
    german_system = {"LANG": "de_DE.UTF-8"}

    assert chosen_language("es", "de", german_system) == "es"
    assert chosen_language(None, "es", german_system) == "es"
    assert chosen_language(None, None, german_system) == "de"
    assert chosen_language(None, None, {"LANGUAGE": "fr:es", "LANG": "fr_FR"}) == "es"
    assert chosen_language(None, None, {"LANG": "fr_FR.UTF-8"}) == "en"
    assert chosen_language("de_CH", None, {}) == "de"


def test_a_language_asked_for_that_holdfast_does_not_speak_names_those_it_does() -> None:
    with pytest.raises(UnknownLanguage, match=r"en, de, es.*'xx'"):
        chosen_language("xx", "de", {})


def test_the_settings_choice_is_kept_privately_and_forgotten_to_follow_the_system(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"

    save_language(folder, "de")

    assert saved_language(folder) == "de"
    assert stat.S_IMODE((folder / LANGUAGE_FILE).stat().st_mode) == 0o600
    folder.chmod(0o755)
    # A file of Holdfast's own, not a stranger's: the folder is still Holdfast's to keep private.
    assert keep_private(folder) == []
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    save_language(folder, None)

    assert saved_language(folder) is None
    assert not (folder / LANGUAGE_FILE).exists()


@pytest.mark.parametrize(
    "content",
    [b"xx\n", b"\xff\xfe", b"", b"de" * 100, b"../../etc"],
    ids=["unknown", "not text", "empty", "too long", "a path"],
)
def test_a_damaged_choice_is_passed_over(tmp_path: Path, content: bytes) -> None:
    (tmp_path / LANGUAGE_FILE).write_bytes(content)

    assert saved_language(tmp_path) is None
    assert chosen_language(None, saved_language(tmp_path), {"LANG": "es_ES"}) == "es"


def test_a_choice_that_is_not_a_file_is_passed_over_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / LANGUAGE_FILE).mkdir()
    assert saved_language(tmp_path) is None
    if hasattr(os, "mkfifo"):
        other = tmp_path / "other"
        other.mkdir()
        os.mkfifo(other / LANGUAGE_FILE)
        assert saved_language(other) is None
    assert saved_language(tmp_path / "missing") is None


def test_a_catalogue_not_built_is_none() -> None:
    assert catalogue_path("xx") is None
