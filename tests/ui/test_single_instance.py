"""One instance per data folder: later launches hand over to the first and leave."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import app
from app.system.instance_link import instance_key
from app.ui.single_instance import SingleInstance

ROOT = Path(app.__file__).parent.parent

SECOND_LAUNCH = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from app.ui.single_instance import SingleInstance

    application = QCoreApplication([])
    print("first" if SingleInstance(sys.argv[1]).claim() else "not first")
    """
)


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    """The session's private runtime folder, as a desktop login gives one."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def environ(runtime: Path) -> dict[str, str]:
    return {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}


@pytest.fixture
def made(qapp: object) -> Iterator[list[SingleInstance]]:
    """Instances a test made; each stops listening afterwards so no socket outlives the test."""
    instances: list[SingleInstance] = []
    yield instances
    for instance in instances:
        instance.release()
        instance.deleteLater()


@pytest.fixture
def key(tmp_path: Path) -> str:
    return instance_key(tmp_path / "data")


def _instance(made: list[SingleInstance], key: str, environ: dict[str, str]) -> SingleInstance:
    instance = SingleInstance(key, environ)
    made.append(instance)
    return instance


def _python(script: str, *args: str) -> list[str]:
    return [sys.executable, "-c", script, *args]


@pytest.mark.gui
def test_a_second_claim_with_the_same_key_is_refused_and_activates_the_first(
    qtbot: QtBot, made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    first = _instance(made, key, environ)
    assert first.claim()
    second = _instance(made, key, environ)
    with qtbot.waitSignal(first.show_requested, timeout=3000):
        assert not second.claim()


@pytest.mark.gui
def test_a_later_launch_passes_on_its_launchers_activation_token(
    qtbot: QtBot, made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    first = _instance(made, key, environ)
    assert first.claim()
    second = _instance(made, key, {**environ, "XDG_ACTIVATION_TOKEN": "kwin-launch-7"})
    with qtbot.waitSignal(first.show_requested, timeout=3000) as shown:
        assert not second.claim()
    assert shown.args == ["kwin-launch-7"]


@pytest.mark.gui
def test_a_later_start_in_the_background_leaves_the_first_as_it_is(
    qtbot: QtBot, made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    """As at login, when Holdfast already runs: no window may pop up."""
    first = _instance(made, key, environ)
    assert first.claim()
    with qtbot.assertNotEmitted(first.show_requested, wait=500):
        assert not _instance(made, key, environ).claim(show=False)


@pytest.mark.gui
def test_each_later_launch_activates_the_first_again(
    qtbot: QtBot, made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    first = _instance(made, key, environ)
    assert first.claim()
    for _ in range(2):
        with qtbot.waitSignal(first.show_requested, timeout=3000):
            assert not _instance(made, key, environ).claim()


@pytest.mark.gui
def test_different_keys_both_claim(
    qtbot: QtBot, made: list[SingleInstance], tmp_path: Path, environ: dict[str, str]
) -> None:
    one = _instance(made, instance_key(tmp_path / "one"), environ)
    other = _instance(made, instance_key(tmp_path / "other"), environ)
    assert one.claim()
    assert other.claim()
    with qtbot.waitSignal(one.show_requested, timeout=3000):
        assert not _instance(made, one.key, environ).claim()  # each listens on its own name


@pytest.mark.gui
def test_a_released_claim_lets_the_next_launch_be_first(
    made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    first = _instance(made, key, environ)
    assert first.claim()
    first.release()
    assert _instance(made, key, environ).claim()


@pytest.mark.gui
def test_a_real_second_process_hands_over_and_exits(
    qtbot: QtBot, made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    first = _instance(made, key, environ)
    assert first.claim()
    with qtbot.waitSignal(first.show_requested, timeout=10_000):
        second = subprocess.Popen(
            _python(SECOND_LAUNCH, key),
            cwd=ROOT,
            env=environ,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err
    assert out.strip() == "not first"


@pytest.mark.gui
def test_a_process_with_another_key_is_first_too(
    made: list[SingleInstance], tmp_path: Path, environ: dict[str, str]
) -> None:
    assert _instance(made, instance_key(tmp_path / "mine"), environ).claim()
    done = subprocess.run(
        _python(SECOND_LAUNCH, instance_key(tmp_path / "theirs")),
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert done.stdout.strip() == "first", done.stderr
