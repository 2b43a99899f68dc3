"""One window per data folder: a second launch brings the first forward, never a second writer."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from facilitator import app
from facilitator.paths import AppPaths
from facilitator.store.folder_lock import APP_HOLDER, DataFolderLock
from facilitator.ui import dialogs, single_instance


def test_names_differ_by_data_folder_and_stay_put_for_one(tmp_path: Path) -> None:
    one, other = tmp_path / "one", tmp_path / "other"
    assert single_instance.server_name(one) == single_instance.server_name(one)
    assert single_instance.server_name(one) != single_instance.server_name(other)
    assert len(single_instance.server_name(one)) < 40  # short enough for a socket path


# The offscreen platform has no window stack to raise a window in, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_running_window_comes_forward_when_asked(qtbot: QtBot, data_dir: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    server = single_instance.InstanceServer(data_dir, window)
    assert server.listening
    client = QLocalSocket()
    client.connectToServer(single_instance.server_name(data_dir))
    assert client.waitForConnected(1000)
    client.write(single_instance.RAISE)
    client.flush()
    qtbot.waitUntil(lambda: client.bytesAvailable() > 0 or bool(client.waitForReadyRead(10)))
    assert bytes(client.readAll().data()) == single_instance.RAISED
    assert server.raised_count == 1 and not window.isMinimized()
    client.disconnectFromServer()
    server.close()


def test_with_nobody_listening_a_launch_opens_its_own_window(data_dir: Path, qapp: object) -> None:
    assert single_instance.ask_running_to_raise(data_dir, timeout_ms=300) is False


def test_a_launch_says_plainly_when_the_folder_is_held_but_nobody_answers(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    held = DataFolderLock(paths.data_dir)
    held.acquire(APP_HOLDER)  # as a window whose socket could not be reached
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda p, title, text: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    try:
        assert app.run_app(paths) == 2
    finally:
        held.release()
    assert shown == [
        (
            "Facilitator is already running",
            f"Facilitator is open on this data folder ({paths.data_dir}); close it first.",
        )
    ]


def _facilitator(
    data_dir: Path, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.slow
def test_a_second_launch_brings_the_first_forward_and_commands_cannot_write(
    paths: AppPaths,
) -> None:
    assert _facilitator(paths.data_dir, "demo", "--no-gui").returncode == 0
    first = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "--data-dir", str(paths.data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        deadline = time.monotonic() + 60
        while "started with data in" not in _log(paths):
            assert first.poll() is None, "the first window did not stay open"
            assert time.monotonic() < deadline, "the first window did not start"
            time.sleep(0.1)

        second = _facilitator(paths.data_dir)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        assert "brought the window forward" in _log(paths)
        assert first.poll() is None  # the first window is still the one open

        capture = _facilitator(paths.data_dir, "capture", TITLE, "A note")
        assert capture.returncode == 2
        assert "Facilitator is open on this data folder" in capture.stderr
        assert "close it first" in capture.stderr
        listing = _facilitator(paths.data_dir, "list")  # reading is fine
        assert listing.returncode == 0 and "Cities" in listing.stdout
    finally:
        first.terminate()
        first.wait(timeout=30)
    # Once the window is gone the folder is free again, even after a kill.
    assert _facilitator(paths.data_dir, "capture", TITLE, "A note").returncode == 0


TITLE = "Cities Learning Exchange: Spring Convening"


def _log(paths: AppPaths) -> str:
    try:
        return paths.log_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
