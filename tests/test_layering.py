"""The domain is pure Python: no Qt, no storage libraries, and no reading of the real clock."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import app.domain

DOMAIN = Path(app.domain.__file__).parent
ROOT = DOMAIN.parent.parent
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
