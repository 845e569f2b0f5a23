"""The command line's .qm reader answers as Qt's QTranslator does, for the files lrelease makes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.system.qm_catalogue import Catalogue

COUNTS = (0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 111, 1000, 1001)

# (context, source, disambiguation, {language: translation or plural forms})
MESSAGES: list[tuple[str, str, str, dict[str, str | list[str]]]] = [
    ("CliStatus", "Not tracking yet.", "", {"de": "Noch nicht gestartet.", "pl": "Jeszcze nie."}),
    ("CliUrge", "Not tracking yet.", "", {"de": "Anderer Kontext.", "pl": "Inny kontekst."}),
    ("CliStatus", "Open", "a door", {"de": "Öffnen", "pl": "Otwórz"}),
    ("CliStatus", "Open", "not closed", {"de": "Offen", "pl": "Otwarte"}),
    ("CliStatus", "Ümlaut ☂ and emoji 🌱", "", {"de": "Wetter ☂ 🌱", "pl": "Pogoda ☂ 🌱"}),
    (
        "CliStatus",
        "%n day(s) without contact",
        "",
        {
            "de": ["%n Tag ohne Kontakt", "%n Tage ohne Kontakt"],
            "pl": ["%n dzień bez kontaktu", "%n dni bez kontaktu", "%n dni bez kontaktu (wiele)"],
            "ru": ["%n день", "%n дня", "%n дней"],
        },
    ),
    (
        "CliHistory",
        "%n urge(s)",
        "",
        {
            "de": ["%n Drang", "%n Dränge"],
            "pl": ["%n pokusa", "%n pokusy", "%n pokus"],
            "ru": ["%n порыв", "%n порыва", "%n порывов"],
        },
    ),
]
LANGUAGES = {"de": "de_DE", "pl": "pl_PL", "ru": "ru_RU"}


def _ts(language: str) -> str:
    contexts: dict[str, list[str]] = {}
    for context, source, disambiguation, translations in MESSAGES:
        translated = translations.get(language)
        if translated is None:
            continue
        comment = f"<comment>{disambiguation}</comment>" if disambiguation else ""
        if isinstance(translated, list):
            forms = "".join(f"<numerusform>{form}</numerusform>" for form in translated)
            message = (
                f'<message numerus="yes"><source>{source}</source>{comment}'
                f"<translation>{forms}</translation></message>"
            )
        else:
            message = (
                f"<message><source>{source}</source>{comment}"
                f"<translation>{translated}</translation></message>"
            )
        contexts.setdefault(context, []).append(message)
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{LANGUAGES[language]}">{body}</TS>'
    )


def _compiled(folder: Path, language: str, *options: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    ts, qm = folder / f"test_{language}.ts", folder / f"test_{language}.qm"
    ts.write_text(_ts(language), encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None, "pyside6-lrelease comes with PySide6-Essentials"
    done = subprocess.run(
        [lrelease, "-silent", *options, ts, "-qm", qm], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return qm


@pytest.fixture(
    scope="module",
    params=[
        (language, options) for language in sorted(LANGUAGES) for options in ((), ("-compress",))
    ],
    ids=lambda param: " ".join((param[0], *param[1])),
)
def compiled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    # -compress also writes the table of contexts, which Qt checks before any message.
    language, options = request.param
    return _compiled(tmp_path_factory.mktemp("qm"), language, *options)


def _questions() -> list[tuple[str, str, str, int]]:
    asked = []
    for context, source, disambiguation, _ in MESSAGES:
        counts = COUNTS if "%n" in source else (-1,)
        asked += [(context, source, disambiguation, n) for n in counts]
    # Not in the catalogue: an unknown context, text and disambiguation (which falls back to the
    # message without one, as Qt does).
    asked += [
        ("Nowhere", "Not tracking yet.", "", -1),
        ("CliStatus", "Never written", "", -1),
        ("CliStatus", "Not tracking yet.", "an unknown meaning", -1),
        ("CliStatus", "Open", "", -1),
    ]
    return asked


@pytest.mark.gui
def test_the_reader_answers_every_question_as_qt_does(
    compiled: Path, qapp: QCoreApplication
) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    catalogue = Catalogue.read(compiled)
    assert catalogue is not None
    try:
        for context, source, disambiguation, n in _questions():
            qt = QCoreApplication.translate(context, source, disambiguation or None, n)
            ours = catalogue.translate(context, source, disambiguation, n)
            # Qt hands back the source where it has nothing; the reader says so with None.
            assert (ours if ours is not None else source.replace("%n", str(n))) == qt, (
                context,
                source,
                disambiguation,
                n,
            )
    finally:
        qapp.removeTranslator(translator)


def test_three_plural_forms_are_chosen_by_the_languages_own_rules(tmp_path: Path) -> None:
    catalogue = Catalogue.read(_compiled(tmp_path, "pl"))
    assert catalogue is not None

    said = [catalogue.translate("CliHistory", "%n urge(s)", "", n) for n in (1, 2, 5, 22, 112)]

    assert said == ["1 pokusa", "2 pokusy", "5 pokus", "22 pokusy", "112 pokus"]


@pytest.mark.parametrize("options", [(), ("-compress",)], ids=["plain", "compressed"])
def test_a_missing_translation_is_none_so_the_caller_says_it_in_english(
    tmp_path: Path, options: tuple[str, ...]
) -> None:
    catalogue = Catalogue.read(_compiled(tmp_path, "de", *options))
    assert catalogue is not None

    assert catalogue.translate("CliStatus", "Open", "a door") == "Öffnen"
    assert catalogue.translate("CliStatus", "Never written") is None
    assert catalogue.translate("Nowhere", "Open", "a door") is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda good: b"",
        lambda good: b"not a catalogue at all",
        lambda good: good[:20],
        lambda good: good[: len(good) // 2],
        lambda good: good[:-3],
        lambda good: good[:16] + b"\x42\xff\xff\xff\xff" + good[21:],
    ],
    ids=["empty", "other bytes", "cut after the magic", "cut in half", "cut at the end", "huge"],
)
def test_a_damaged_catalogue_is_no_catalogue_never_a_crash(tmp_path: Path, damage: object) -> None:
    good = _compiled(tmp_path, "de").read_bytes()
    damaged = tmp_path / "damaged.qm"
    assert callable(damage)
    damaged.write_bytes(damage(good))

    catalogue = Catalogue.read(damaged)

    if catalogue is not None:  # cut where Qt still loads it: lookups answer or say nothing
        for context, source, disambiguation, n in _questions():
            answer = catalogue.translate(context, source, disambiguation, n)
            assert answer is None or isinstance(answer, str)


def test_a_message_cut_short_inside_is_not_found_rather_than_a_crash(tmp_path: Path) -> None:
    catalogue = Catalogue.read(_compiled(tmp_path, "de"))
    assert catalogue is not None
    cut = Catalogue(
        catalogue.hashes,
        catalogue.offsets,
        catalogue.messages[:10],
        catalogue.contexts,
        catalogue.numerus_rules,
    )

    assert cut.translate("CliStatus", "Open", "a door") is None


def test_a_missing_file_is_no_catalogue(tmp_path: Path) -> None:
    assert Catalogue.read(tmp_path / "holdfast_xx.qm") is None
    assert Catalogue.read(tmp_path) is None  # a folder in its place


def test_a_context_the_catalogues_table_does_not_list_has_no_translations(tmp_path: Path) -> None:
    """Qt looks the context up in the file's table before any message, and so does the
    reader: a message may leave its context out where its hash alone tells it apart."""
    german = Catalogue.read(_compiled(tmp_path / "de", "de", "-compress"))
    russian = Catalogue.read(_compiled(tmp_path / "ru", "ru", "-compress"))  # no CliUrge in it
    assert german is not None and russian is not None
    listed_elsewhere = Catalogue(
        german.hashes, german.offsets, german.messages, russian.contexts, german.numerus_rules
    )

    assert german.translate("CliUrge", "Not tracking yet.") == "Anderer Kontext."
    assert listed_elsewhere.translate("CliUrge", "Not tracking yet.") is None
    assert listed_elsewhere.translate("CliStatus", "Not tracking yet.") == "Noch nicht gestartet."
