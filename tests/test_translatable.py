"""Every word the window shows reaches a translator: pyside6-lupdate extracts it from app/, under
the context the window translates it in, with its plural forms when it counts something.

lupdate reads the source as text, so what it can see is narrow: a literal in `self.tr(...)` (filed
under the enclosing class), `Name.tr(...)` (under "Name"), `QCoreApplication.translate("Context",
...)`, and the QT_TRANSLATE_NOOP marker the domain puts on its word lists. A word passed in a
variable, or through a helper of our own, is never extracted and stays English for good.
"""

from __future__ import annotations

import ast
import errno
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from app.domain.goals import Recurrence
from app.domain.instants import check_instant
from app.domain.journal import PROMPT_QUESTIONS, PROMPT_TITLES, REASON_LABELS, write_entry
from app.domain.logbook import Logbook, new_entries, plan
from app.domain.message_check import NoticeKind
from app.domain.status import status
from app.domain.words import Said, message_of
from app.storage.errors import MissingDataFile, WriteFailed
from app.storage.safe_storage import parse_tables
from app.storage.transfer import read_export
from app.system.desktop_entry import exec_argument
from app.ui.help import crisis_advice
from app.ui.pages.today import _Figures
from app.ui.widgets.goal_row import streak_text
from app.ui.wording import days_text, urges_text

APP = Path(__file__).resolve().parents[1] / "app"
# Whose translate() is Qt's (a str's translate() is something else).
QT_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}
# The domain's marker. translate() may take a variable only in a context the marker fills: lupdate
# has those words from where they are defined.
MARKER = "QT_TRANSLATE_NOOP"
# The places a context arrives as a variable: TranslationContext.tr passes on its class name,
# which is what lupdate files `Name.tr(...)` under; the window's Speaker says a Said under the
# context its words were marked in (the marker's literal context, checked like any other).
FORWARDERS = {("ui/translation.py", "TranslationContext"), ("ui/speech.py", "WindowSpeaker")}

Catalogue = dict[tuple[str, str], bool]  # (context, source) -> whether it has plural forms


@dataclass(frozen=True)
class Translated:
    """One call that translates a text, as read from the source."""

    where: str  # "ui/pages/today.py:120"
    context: str | None  # None where the source does not say it literally
    text: str | None  # None where it is not a literal
    counted: bool  # given a count, so it needs plural forms
    problem: str = ""  # why lupdate cannot extract it as the window translates it


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} was not found beside the Python running the tests: it comes with the "
            "PySide6 wheel, so reinstall PySide6-Essentials into this environment"
        )
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What a translator gets: lupdate run over app/ into a new .ts file."""
    ts = tmp_path_factory.mktemp("lupdate") / "holdfast.ts"
    _run(
        _tool("pyside6-lupdate"),
        "-extensions",
        "py",
        "-locations",
        "none",
        "-warnings-are-errors",
        APP,
        "-ts",
        ts,
    )
    return ts


@pytest.fixture(scope="module")
def catalogue(extracted: Path) -> Catalogue:
    found: Catalogue = {}
    for context in ET.parse(extracted).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.get("numerus") == "yes"
    return found


def _run(*command: str | Path) -> None:
    ran = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert ran.returncode == 0, ran.stdout + ran.stderr


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


class _Reader(ast.NodeVisitor):
    """Reads one module's translating calls, knowing which class each one is written in."""

    def __init__(self, relative: str, contexts: set[str], marked: set[str]) -> None:
        self.relative = relative
        self.contexts = contexts  # the TranslationContext subclasses' names
        self.marked = marked  # the contexts the domain marks words in
        self.classes: list[str] = []
        self.found: list[Translated] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        where = f"{self.relative}:{node.lineno}"
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr == "tr":
            self.found.append(self._tr(node, function.value, where))
        elif (
            isinstance(function, ast.Attribute)
            and function.attr == "translate"
            and isinstance(function.value, ast.Name)
            and function.value.id in QT_APPLICATIONS
        ):
            translated = self._translate(node, where)
            if translated is not None:
                self.found.append(translated)
        elif isinstance(function, ast.Name) and function.id == MARKER:
            context, text = _literal(_argument(node, 0, "")), _literal(_argument(node, 1, ""))
            problem = "" if context and text else f"{MARKER} needs a literal context and text"
            self.found.append(Translated(where, context, text, False, problem))
        self.generic_visit(node)

    def _tr(self, node: ast.Call, receiver: ast.expr, where: str) -> Translated:
        text = _literal(_argument(node, 0, "sourceText"))
        counted = _argument(node, 2, "n") is not None
        if isinstance(receiver, ast.Name) and receiver.id == "self" and self.classes:
            context: str | None = self.classes[-1]
        elif isinstance(receiver, ast.Name) and receiver.id in self.contexts:
            context = receiver.id
        else:
            # lupdate files it under the receiver's spelling ("parent"), while Qt looks it up
            # under the receiver's class: the two never meet.
            return Translated(
                where, None, text, counted, "tr() on anything but self or a TranslationContext"
            )
        problem = "" if text is not None else "tr() of a text that is not a literal"
        return Translated(where, context, text, counted, problem)

    def _translate(self, node: ast.Call, where: str) -> Translated | None:
        context = _literal(_argument(node, 0, "context"))
        text = _literal(_argument(node, 1, "key"))
        counted = _argument(node, 3, "n") is not None
        if context is None:
            if len(self.classes) == 1 and (self.relative, self.classes[0]) in FORWARDERS:
                return None
            return Translated(where, None, text, counted, "translate() needs a literal context")
        if counted:
            # lupdate gives translate() no plural forms; Name.tr(text, "", n) has them.
            return Translated(where, context, text, counted, "a count passed to translate()")
        if text is None and context not in self.marked:
            return Translated(
                where,
                context,
                None,
                False,
                f"a variable translated in {context!r}, where the domain marks no words",
            )
        return Translated(where, context, text, counted)


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(APP.rglob("*.py")):
        yield path.relative_to(APP).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _translated() -> list[Translated]:
    modules = list(_modules())
    contexts = {
        node.name
        for _, module in modules
        for node in ast.walk(module)
        if isinstance(node, ast.ClassDef)
        and any(isinstance(b, ast.Name) and b.id == "TranslationContext" for b in node.bases)
    }
    marked = {
        context
        for _, module in modules
        for node in ast.walk(module)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == MARKER
        and (context := _literal(_argument(node, 0, ""))) is not None
    }
    found = []
    for relative, module in modules:
        reader = _Reader(relative, contexts, marked)
        reader.visit(module)
        found += reader.found
    return found


def test_every_translated_text_is_one_lupdate_can_read() -> None:
    translated = _translated()

    assert len(translated) > 500  # the reader found the window's words at all
    assert [f"{t.where}: {t.problem}" for t in translated if t.problem] == []


def test_every_literal_is_in_the_catalogue_under_the_context_it_is_translated_in(
    catalogue: Catalogue,
) -> None:
    translated = [t for t in _translated() if t.context is not None and t.text is not None]
    missing = [
        f"{t.where}: {t.context}: {t.text!r}"
        for t in translated
        if (t.context, t.text) not in catalogue
    ]
    without_plurals = [
        f"{t.where}: {t.context}: {t.text!r}"
        for t in translated
        if t.counted and not catalogue.get((t.context or "", t.text or ""))
    ]

    assert missing == []
    assert without_plurals == []


def test_a_count_is_given_wherever_the_text_says_where_it_goes() -> None:
    """Qt puts the number in at %n only when it is given one; without it "%n" is shown."""
    uncounted = [
        f"{t.where}: {t.text!r}" for t in _translated() if "%n" in (t.text or "") and not t.counted
    ]

    assert uncounted == []


@pytest.mark.parametrize(
    ("context", "words"),
    [
        ("JournalPrompt", list(PROMPT_TITLES.values())),
        ("JournalPrompt", list(PROMPT_QUESTIONS.values())),
        ("BreakupReason", list(REASON_LABELS.values())),
        ("DraftNotice", [kind.label for kind in NoticeKind]),
        ("DraftNotice", [kind.explanation for kind in NoticeKind]),
    ],
    ids=["prompt titles", "prompt questions", "breakup reasons", "notices", "explanations"],
)
def test_every_word_the_domain_hands_the_window_is_in_the_catalogue(
    catalogue: Catalogue, context: str, words: list[str]
) -> None:
    assert words
    assert [word for word in words if (context, word) not in catalogue] == []


def _refusals(tmp_path: Path) -> Iterator[BaseException]:
    """An error of each kind the command line and the window show as they are, raised for real."""
    now = datetime(2026, 3, 1, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    later = now + timedelta(days=2)
    refusals: list[Callable[[], object]] = [
        lambda: check_instant(later, now, "the urge"),
        lambda: Logbook().find_event("nothing-like-it"),
        lambda: new_entries(
            Logbook(), Logbook(journal=(write_entry(later, later.date(), "Not yet"),)), now
        ),
        lambda: parse_tables(tmp_path / "holdfast.json", b""),
        lambda: read_export(tmp_path / "not-there.json"),
        lambda: exec_argument("two\nlines"),
    ]
    for refusal in refusals:
        with pytest.raises(Exception) as raised:
            refusal()
        yield raised.value
    yield WriteFailed(tmp_path / "holdfast.json", OSError(errno.ENOSPC, "No space left"))
    yield MissingDataFile(tmp_path / "holdfast.json", now)


def _sentences(said: Said) -> Iterator[Said]:
    """`said` and every sentence said inside it."""
    yield said
    for value in said.values.values():
        if isinstance(value, Said):
            yield from _sentences(value)


def test_every_sentence_an_error_says_is_in_the_catalogue_as_it_is_said(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """What lupdate extracted is what the error looks up: the same context, the same template,
    for the sentence and for each phrase inside it, from the domain, the files and the system."""
    sentences = []
    for error in _refusals(tmp_path):
        said = message_of(error)
        assert isinstance(said, Said), f"{type(error).__name__} says only English: {error}"
        sentences += list(_sentences(said))

    assert {said.context for said in sentences} >= {"InvalidEntry", "StorageError", "SystemError"}
    assert [
        f"{said.context}: {said.template!r}"
        for said in sentences
        if (said.context, said.template) not in catalogue
    ] == []


# What the domain, the files and the system raise for the user to read. Given English text
# (a literal or an f-string) rather than a Said, it could never be said in another language.
USER_ERRORS = {
    "InvalidEntry",
    "RefusedFile",
    "NoSuchBackup",
    "NotAnExport",
    "StoreBusy",
    "BadDocument",
    "DamagedDataFile",
    "NewerDataFile",
    "CommandNotFound",
    "OSError",
    "FileNotFoundError",
}


def test_no_error_for_the_user_is_raised_with_english_text_alone() -> None:
    english = []
    for relative, module in _modules():
        if relative.split("/")[0] not in {"domain", "storage", "system"}:
            continue
        for node in ast.walk(module):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id in USER_ERRORS and any(
                isinstance(argument, ast.JoinedStr) or _literal(argument) is not None
                for argument in node.args
            ):
                english.append(f"{relative}:{node.lineno}: {node.func.id}")

    assert english == []


@pytest.mark.gui
def test_the_window_finds_a_translation_where_lupdate_filed_the_words(
    extracted: Path, qapp: QCoreApplication, tmp_path: Path
) -> None:
    """Every message translated as ⟪its source⟫, compiled, and installed: words from a
    TranslationContext (with a count), from the help, and the domain's marked words come out
    translated, so the context each is filed under is the one it is looked up in."""
    pseudo = ET.parse(extracted)
    pseudo.getroot().set("language", "en")
    for message in pseudo.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        shown = f"⟪{message.findtext('source')}⟫"
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in ("one", "other"):  # English has two forms
                ET.SubElement(translation, "numerusform").text = shown
        else:
            translation.text = shown
    pseudo.write(tmp_path / "pseudo.ts", encoding="utf-8", xml_declaration=True)
    _run(_tool("pyside6-lrelease"), tmp_path / "pseudo.ts", "-qm", tmp_path / "pseudo.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "pseudo.qm"))
    qapp.installTranslator(translator)
    try:
        assert streak_text(Recurrence.DAILY, 3) == "⟪3 days in a row⟫"
        assert crisis_advice().startswith("⟪If you might hurt yourself")
        for reason, label in REASON_LABELS.items():
            assert QCoreApplication.translate("BreakupReason", label) == f"⟪{label}⟫", reason
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.gui
def test_counted_words_read_in_english_as_before_with_one_said_apart(qtbot: QtBot) -> None:
    """Qt alone writes "%n days" as "1 days": English's catalogue, which the window installs
    as every test's application does (tests/conftest.py), says one its own way."""
    assert (days_text(1), days_text(0), days_text(12)) == ("1 day", "0 days", "12 days")
    assert (urges_text(1), urges_text(3)) == ("1 urge", "3 urges")
    assert streak_text(Recurrence.DAILY, 1) == "1 day in a row"
    assert streak_text(Recurrence.WEEKLY, 4) == "4 weeks in a row"
    now = datetime(2026, 3, 1, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    began = plan(Logbook(), now, now - timedelta(days=1, hours=2), target_days=30)
    figures = _Figures()
    qtbot.addWidget(figures)

    figures.show_status(status(Logbook(events=(began,)), now))

    assert figures.values["current"].text() == "1 day"  # Today's first full day, not "1 days"
    assert figures.values["longest"].text() == "1 day"
