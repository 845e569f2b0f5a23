"""The house's layers: which rooms of app/ may import which.

The domain is pure Python (no Qt, no storage libraries, no reading of the real clock); storage and
the machine's adapters know nothing of the window or the command line; in the window, widgets take
data and emit signals, and only the controller and startup reach storage. A change travels one way:
page -> controller -> domain intent -> storage -> signal -> page.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

import app.domain

DOMAIN = Path(app.domain.__file__).parent
APP = DOMAIN.parent
ROOT = APP.parent
FORBIDDEN = ("PySide6", "tinydb", "filelock", "orjson", "platformdirs", "tzlocal")
CLOCK_READS = ("datetime.now", "time.time", "date.today", "datetime.today")

IMPORT_EVERY_DOMAIN_MODULE = textwrap.dedent(
    """
    import importlib
    import pkgutil
    import sys

    FORBIDDEN = {forbidden!r}

    class Refuse:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in FORBIDDEN:
                raise ImportError(f"the domain imported {{name}}")
            return None

    for name in list(sys.modules):
        if name.split(".")[0] in FORBIDDEN:
            del sys.modules[name]
    sys.meta_path.insert(0, Refuse())

    import app.domain

    imported = []
    for module in pkgutil.walk_packages(app.domain.__path__, "app.domain."):
        importlib.import_module(module.name)
        imported.append(module.name)
    leaked = sorted(n for n in sys.modules if n.split(".")[0] in FORBIDDEN)
    assert not leaked, leaked
    print("\\n".join(imported))
    """
)


def test_every_domain_module_imports_without_qt_or_storage_libraries() -> None:
    script = IMPORT_EVERY_DOMAIN_MODULE.format(forbidden=FORBIDDEN)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    imported = set(done.stdout.split())
    expected = {
        f"app.domain.{path.stem}" for path in DOMAIN.glob("*.py") if path.stem != "__init__"
    }
    assert expected <= imported
    assert "app.domain.streaks" in imported


def test_the_guard_itself_refuses_a_forbidden_import() -> None:
    script = IMPORT_EVERY_DOMAIN_MODULE.format(forbidden=FORBIDDEN) + "\nimport tinydb\n"
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode != 0
    assert "the domain imported tinydb" in done.stderr


def _clock_reads(source: str) -> list[str]:
    """Dotted names in `source` that read the machine's clock, wherever they are called from."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute):
            dotted = ast.unparse(node)
            if any(dotted == read or dotted.endswith("." + read) for read in CLOCK_READS):
                found.append(dotted)
    return found


def test_no_domain_source_reads_the_real_clock() -> None:
    sources = sorted(DOMAIN.rglob("*.py"))
    assert len(sources) >= 9
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert not _clock_reads(text), path.name
        for read in CLOCK_READS:
            assert f"{read}(" not in text, f"{path.name} calls {read}"
        assert "from time import" not in text, path.name


def test_the_clock_scan_finds_a_clock_read() -> None:
    assert _clock_reads("import datetime\nx = datetime.datetime.now()\n")
    assert _clock_reads("from datetime import date\ny = date.today()\n")
    assert _clock_reads("import time\nz = time.time()\n")
    assert not _clock_reads("def f(now):\n    return now.date()\n")


# Which module imports which

Imports = Mapping[str, tuple[tuple[int, str], ...]]  # module -> (line, module it imports)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports_of(
    name: str, source: str, known: set[str], package: bool
) -> Iterator[tuple[int, str]]:
    """Every import in `source`, wherever it stands: at the top, in a function (imported late
    for speed), or under TYPE_CHECKING (a type is a dependency too)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: counted from the module's own package
                here = name.split(".")[: len(name.split(".")) - node.level + package]
                base = ".".join([*here, base] if base else here)
            for alias in node.names:
                # `from app.cli import render` imports the module app.cli.render.
                submodule = f"{base}.{alias.name}"
                yield node.lineno, submodule if submodule in known else base


def _read(sources: Mapping[str, str], packages: set[str]) -> dict[str, tuple[tuple[int, str], ...]]:
    known = set(sources)
    return {
        name: tuple(dict.fromkeys(_imports_of(name, source, known, name in packages)))
        for name, source in sources.items()
    }


def _app_imports() -> dict[str, tuple[tuple[int, str], ...]]:
    paths = {_module_name(path): path for path in APP.rglob("*.py")}
    packages = {name for name, path in paths.items() if path.name == "__init__.py"}
    return _read({name: path.read_text(encoding="utf-8") for name, path in paths.items()}, packages)


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


@dataclass(frozen=True)
class Rule:
    """Modules in `rooms` import nothing in `forbidden` (but `allowed`); modules `exempt`, and
    packages `apart` (which have rules of their own), are not this rule's.

    With `through_others`, not even by way of another module of app/: a widget that imports a
    module that imports the controller depends on the controller all the same.
    """

    rooms: tuple[str, ...]
    forbidden: tuple[str, ...]
    why: str
    allowed: tuple[str, ...] = ()
    exempt: tuple[str, ...] = ()
    apart: tuple[str, ...] = ()
    through_others: bool = False

    def covers(self, module: str) -> bool:
        return (
            _within(module, self.rooms)
            and module not in self.exempt
            and not _within(module, self.apart)
        )

    def forbids(self, module: str) -> bool:
        return _within(module, self.forbidden) and not _within(module, self.allowed)

    def offences(self, imports: Imports) -> list[str]:
        """One readable line for each forbidden import: where, what, and the rule's reason."""
        found = []
        for module in sorted(m for m in imports if self.covers(m)):
            for line, imported in imports[module]:
                chain = self._forbidden_chain(imported, imports)
                if chain:
                    where = module.replace(".", "/") + f".py:{line}"
                    found.append(f"{where} imports {' -> '.join(chain)}: {self.why}")
        return found

    def _forbidden_chain(self, imported: str, imports: Imports) -> list[str]:
        """[imported] when it is forbidden; with `through_others`, the shortest chain of imports
        from it to a forbidden module; [] when there is none."""
        if self.forbids(imported):
            return [imported]
        if not self.through_others:
            return []
        chains, seen = [[imported]], {imported}
        while chains:
            chain = chains.pop(0)
            for _, next_one in imports.get(chain[-1], ()):
                if self.forbids(next_one):
                    return [*chain, next_one]
                if next_one in imports and next_one not in seen:
                    seen.add(next_one)
                    chains.append([*chain, next_one])
        return []


# The controller and its helpers: keeping files, what waits to be saved, protection and unlocking.
CONTROLLER = (
    "app.ui.controller",
    "app.ui.keeping",
    "app.ui.saving_queue",
    "app.ui.protection_keeping",
    "app.ui.unlocking",
)
WINDOW = ("app.ui.pages", "app.ui.dialogs", "app.ui.main_window", "app.ui.app")
RULES = {
    "domain": Rule(
        rooms=("app.domain",),
        forbidden=("app.ui", "app.cli", "app.storage", "app.system", "PySide6"),
        why="the domain is pure rules, shared by the window and the command line",
        through_others=True,
    ),
    "storage": Rule(
        rooms=("app.storage",),
        forbidden=("app.ui", "app.cli", "PySide6"),
        why="storage keeps the data for the window and the command line alike, without Qt",
        through_others=True,
    ),
    "system": Rule(
        rooms=("app.system",),
        forbidden=("app.ui", "app.cli", "PySide6"),
        why="the machine's adapters serve the window and the command line alike, without Qt",
        through_others=True,
    ),
    "command line": Rule(
        rooms=("app.cli",),
        exempt=("app.cli",),  # the package itself: `holdfast` alone opens the window
        forbidden=("app.ui", "PySide6"),
        why="a command prints and exits; only a plain `holdfast` loads Qt, to open the window",
        through_others=True,
    ),
    "widgets": Rule(
        rooms=("app.ui.widgets",),
        forbidden=(*CONTROLLER, *WINDOW, "app.storage"),
        why="a widget takes data and emits signals; the page or window holding it does the rest",
        through_others=True,
    ),
    "dialogs": Rule(
        rooms=("app.ui.dialogs",),
        forbidden=("app.storage",),
        allowed=("app.storage.errors",),  # a dialog may explain a storage failure
        why="a dialog asks and answers; what is saved goes through the controller",
    ),
    "window": Rule(
        rooms=("app.ui",),
        # The controller and its helpers are the window's one way to the data; startup (and a
        # protected start, behind its lock screen) opens it.
        exempt=(*CONTROLLER, "app.ui.app", "app.ui.locked_start"),
        apart=("app.ui.widgets", "app.ui.dialogs"),
        forbidden=("app.storage",),
        why="pages and the window reach the data through the controller",
    ),
}


@pytest.mark.parametrize("rule", RULES.values(), ids=RULES.keys())
def test_no_room_imports_what_its_layer_forbids(rule: Rule) -> None:
    imports = _app_imports()

    assert [module for module in imports if rule.covers(module)]  # the rule is about something
    assert rule.offences(imports) == []


def test_every_import_is_read_wherever_it_stands() -> None:
    imports = _app_imports()

    assert len(imports) > 100
    # At the top, in a function, and under TYPE_CHECKING.
    assert "app.ui.controller" in dict(imports["app.ui.app"]).values()
    assert "app.ui.app" in dict(imports["app.cli"]).values()
    assert "app.cli.render" in dict(imports["app.cli.commands"]).values()


def test_a_forbidden_import_is_named_with_its_line_and_the_reason() -> None:
    sources = {
        "app.ui.widgets.badge": "import os\nfrom app.ui.offers import wire\n",
        "app.ui.offers": "from app.ui.controller import Controller\n",
        "app.ui.controller": "from app.storage.store import Store\n",
        "app.ui.dialogs.ask": "if TYPE_CHECKING:\n    from app.storage.store import Store\n",
    }
    imports = _read(sources, packages=set())

    assert RULES["widgets"].offences(imports) == [
        "app/ui/widgets/badge.py:2 imports app.ui.offers -> app.ui.controller: "
        + RULES["widgets"].why
    ]
    assert RULES["dialogs"].offences(imports) == [
        "app/ui/dialogs/ask.py:2 imports app.storage.store: " + RULES["dialogs"].why
    ]
    assert RULES["window"].offences(imports) == []  # the controller may; widgets are theirs
