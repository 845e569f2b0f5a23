"""The single-instance socket lives where no other account can take its name, and nothing found
at that name ever stops the window from opening."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from app.system.instance_link import instance_key
from app.ui.single_instance import SingleInstance

pytestmark = pytest.mark.gui

SOMEONE_ELSE = 65534  # "nobody"


@pytest.fixture
def made(qapp: object) -> Iterator[list[SingleInstance]]:
    instances: list[SingleInstance] = []
    yield instances
    for instance in instances:
        instance.release()
        instance.deleteLater()


@pytest.fixture
def shared_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary folder every account can write in, as /tmp is. Made at the top of the
    system's temporary folder, not in pytest's deeper one: a socket's whole path must fit in
    about a hundred characters."""
    folder = Path(tempfile.mkdtemp(prefix="hf-"))
    folder.chmod(0o1777)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def key(tmp_path: Path) -> str:
    return instance_key(tmp_path / "data")


def _claim(made: list[SingleInstance], key: str, environ: dict[str, str]) -> SingleInstance:
    instance = SingleInstance(key, environ)
    made.append(instance)
    assert instance.claim()  # this window opens
    return instance


def _mine_only(folder: Path) -> bool:
    found = folder.lstat()
    return (
        stat.S_ISDIR(found.st_mode)
        and found.st_uid == os.getuid()
        and stat.S_IMODE(found.st_mode) == 0o700
    )


def test_the_socket_is_in_the_sessions_runtime_folder(
    made: list[SingleInstance], key: str, shared_tmp: Path, tmp_path: Path
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)

    _claim(made, key, {"XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(shared_tmp)})

    assert stat.S_ISSOCK((runtime / key).stat().st_mode)
    assert list(shared_tmp.iterdir()) == []


def test_without_a_runtime_folder_the_socket_is_in_a_private_folder_of_holdfasts(
    made: list[SingleInstance], key: str, shared_tmp: Path
) -> None:
    _claim(made, key, {"TMPDIR": str(shared_tmp)})

    (folder,) = shared_tmp.iterdir()
    assert folder.name == f"holdfast-{os.getuid()}"
    assert _mine_only(folder)
    assert stat.S_ISSOCK((folder / key).stat().st_mode)


def test_a_runtime_folder_that_is_not_the_users_alone_is_not_used(
    made: list[SingleInstance], key: str, shared_tmp: Path, tmp_path: Path
) -> None:
    borrowed = tmp_path / "run"  # as after sudo, which keeps the first user's variable
    borrowed.mkdir(mode=0o700)
    os.chown(borrowed, SOMEONE_ELSE, SOMEONE_ELSE)

    _claim(made, key, {"XDG_RUNTIME_DIR": str(borrowed), "TMPDIR": str(shared_tmp)})

    assert list(borrowed.iterdir()) == []
    assert stat.S_ISSOCK((shared_tmp / f"holdfast-{os.getuid()}" / key).stat().st_mode)


def test_a_squatter_at_the_old_predictable_name_cannot_stop_the_window(
    made: list[SingleInstance], key: str, shared_tmp: Path
) -> None:
    """Another account listening at the name in the shared temporary folder would have
    answered every launch, so no window would ever open."""
    squatter = QLocalServer()
    assert squatter.listen(str(shared_tmp / key))

    try:
        _claim(made, key, {"TMPDIR": str(shared_tmp)})
    finally:
        squatter.close()


@pytest.mark.parametrize("how", ["someone-elses", "open-to-all", "a-link"])
def test_a_taken_private_folder_name_never_stops_the_window(
    how: str, made: list[SingleInstance], key: str, shared_tmp: Path, tmp_path: Path
) -> None:
    taken = shared_tmp / f"holdfast-{os.getuid()}"
    if how == "a-link":
        theirs = tmp_path / "theirs"
        theirs.mkdir(mode=0o700)
        taken.symlink_to(theirs)
    else:
        taken.mkdir(mode=0o700)
        if how == "someone-elses":
            os.chown(taken, SOMEONE_ELSE, SOMEONE_ELSE)
        else:
            taken.chmod(0o777)
    environ = {"TMPDIR": str(shared_tmp)}

    _claim(made, key, environ)
    _claim(made, key, environ)  # alone: a later launch opens a window of its own

    assert [path.name for path in taken.iterdir()] == []


def test_a_file_at_the_sockets_name_is_left_alone_and_the_window_opens(
    made: list[SingleInstance], key: str, tmp_path: Path
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    placed = runtime / key
    placed.write_text("not a socket")

    _claim(made, key, {"XDG_RUNTIME_DIR": str(runtime)})

    assert placed.read_text() == "not a socket"
