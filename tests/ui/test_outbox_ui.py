"""The outbox in the window: background delivery, the status-bar line, File › Outbox…"""

from __future__ import annotations

import socket
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.core.outbox_policy import OutboxStatus
from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.sync import config, outbox
from facilitator.sync.target_base import Delivered, RemoteFile, TargetUnavailable
from facilitator.ui import export_dialog, outbox_view
from facilitator.ui.main_window import MainWindow


class FakeTarget:
    """Delivers into a dict; ``gate`` holds a delivery until the test lets it go."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.down = False
        self.gate = threading.Event()
        self.gate.set()
        self.threads: list[str] = []

    def describe(self) -> str:
        return "the team drive"

    def check(self) -> None:
        if self.down:
            raise TargetUnavailable("The team drive is not reachable.")

    def put_file(
        self, local_path: Path, remote_name: str, *, upload_id: str | None = None
    ) -> Delivered:
        self.threads.append(threading.current_thread().name)
        self.gate.wait(10)
        self.check()
        self.files[remote_name] = local_path.read_bytes()
        return Delivered(f"drive:/{remote_name}", remote_name, len(self.files[remote_name]), "x")

    def list(self, prefix: str = "") -> list[RemoteFile]:
        return []

    def get(self, remote_name: str) -> bytes:
        return self.files[remote_name]


@pytest.fixture
def fake() -> FakeTarget:
    return FakeTarget()


@pytest.fixture
def win(
    qtbot: QtBot, db: Database, fake: FakeTarget, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    seed_demo(db)
    monkeypatch.setattr(config, "target_from_settings", lambda settings, **kw: fake)
    monkeypatch.setattr(export_dialog, "target_from_settings", lambda settings, **kw: fake)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _file(tmp_path: Path, name: str = "Summary.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(b"summary bytes")
    return path


def test_no_target_means_no_network_at_all(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    seed_demo(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.ctx.settings.sync_target_kind == ""
    # An export queued for delivery, then the timer's tick and a look at the outbox.
    convening = w.current_id() or ""
    dialog = export_dialog.ExportDialog(w.ctx, convening, w)
    monkeypatch.setattr(export_dialog, "show_exported", lambda *a: None)
    dialog.destination.setText(str(tmp_path / "s.docx"))
    dialog.deliver.setChecked(True)
    dialog.do_export()
    assert "no target yet" in dialog.deliver.text()
    assert [e.name for e in outbox.list_outbox(db)] == ["s.docx"]
    assert w.outbox.runner.poke() is False
    w.outbox.runner.timer.timeout.emit()
    view = w.outbox.open()
    assert view.target_label.text() == "No target: exports stay on this laptop."
    assert w.outbox.indicator.text() == "Outbox: 1 waiting · no target set"
    assert not view.deliver_now.isEnabled()
    view.close()


def test_delivery_runs_off_the_window_thread_and_the_line_follows(
    qtbot: QtBot, win: MainWindow, fake: FakeTarget, tmp_path: Path
) -> None:
    assert not win.outbox.indicator.isVisible()
    fake.gate.clear()
    outbox.queue_file(win.ctx.db, _file(tmp_path))
    win.outbox.queued()
    assert win.outbox.indicator.text() == "Outbox: 1 waiting · delivering…"
    fake.gate.set()
    qtbot.waitUntil(lambda: win.outbox.indicator.text() == "Outbox: all delivered", timeout=5000)
    assert fake.files == {"Summary.docx": b"summary bytes"}
    assert fake.threads and fake.threads[0] != threading.main_thread().name


def test_an_unreachable_target_is_shown_with_the_reason(
    qtbot: QtBot, win: MainWindow, fake: FakeTarget, tmp_path: Path
) -> None:
    fake.down = True
    outbox.queue_file(win.ctx.db, _file(tmp_path))
    win.outbox.queued()
    qtbot.waitUntil(lambda: not win.outbox.runner.busy, timeout=5000)
    text = win.outbox.indicator.text()
    assert text.startswith("Outbox: 1 waiting · last try ")
    assert text.endswith(": The team drive is not reachable")
    # Back again: the next tick delivers it though its delay is not up.
    fake.down = False
    win.outbox.runner.timer.timeout.emit()
    qtbot.waitUntil(lambda: win.outbox.indicator.text() == "Outbox: all delivered", timeout=5000)


def test_outbox_view_lists_retries_and_removes(
    qtbot: QtBot,
    qtmodeltester: Any,
    win: MainWindow,
    fake: FakeTarget,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake.down = True
    first = outbox.queue_file(win.ctx.db, _file(tmp_path, "One.docx"))
    outbox.queue_file(win.ctx.db, _file(tmp_path, "Two.docx"))
    win.outbox.queued()
    qtbot.waitUntil(lambda: not win.outbox.runner.busy, timeout=5000)
    view = win.outbox.open()
    qtmodeltester.check(view.model)
    assert view.objectName() == "outboxDialog"
    assert view.target_label.text() == "Delivering to the team drive."
    rows = {view.model.index(r, 0).data(): r for r in range(view.model.rowCount())}
    assert set(rows) == {"One.docx", "Two.docx"}
    assert view.model.index(rows["One.docx"], 1).data() == "Waiting"
    assert view.model.index(rows["One.docx"], 2).data() == "The team drive is not reachable."

    view.table.selectRow(view.model.row_of(first.id))
    fake.down = False
    qtbot.mouseClick(view.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: outbox.get_entry(win.ctx.db, first.id).status is OutboxStatus.DELIVERED,
        timeout=5000,
    )
    qtbot.waitUntil(lambda: not win.outbox.runner.busy, timeout=5000)
    row = view.model.row_of(first.id)
    assert view.model.index(row, 2).data() == "drive:/One.docx"

    monkeypatch.setattr(outbox_view, "confirm_remove", lambda parent, name: True)
    view.table.selectRow(row)
    view.remove_selected()
    assert first.id not in {e.id for e in outbox.list_outbox(win.ctx.db)}
    assert view.model.row_of(first.id) == -1
    view.close()


def test_export_dialog_queues_when_asked(
    qtbot: QtBot, win: MainWindow, fake: FakeTarget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_dialog, "show_exported", lambda *a: None)
    dialog = export_dialog.ExportDialog(win.ctx, win.current_id() or "", win)
    assert dialog.deliver.text() == "De&liver to the team drive when online"
    dialog.destination.setText(str(tmp_path / "s.docx"))
    dialog.deliver.setChecked(True)
    dialog.do_export()
    qtbot.waitUntil(lambda: "s.docx" in fake.files, timeout=5000)
    qtbot.waitUntil(lambda: not win.outbox.runner.busy, timeout=5000)


def test_a_missing_password_is_asked_for_once_and_kept_in_memory(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.sync import passwords as passwords_module

    store = passwords_module.PasswordStore()
    monkeypatch.setattr(store, "get", lambda url, user: store._memory.get(f"{user}@{url}"))
    monkeypatch.setattr(passwords_module, "passwords", store)
    monkeypatch.setattr("facilitator.sync.config.passwords", store)
    monkeypatch.setattr("facilitator.ui.outbox_runner.passwords", store)
    w = MainWindow(db)
    qtbot.addWidget(w)
    runner = w.outbox.runner
    settings = config.with_webdav(w.ctx.settings, "http://127.0.0.1:9/team/", "ana")
    w.ctx.settings = replace(settings)
    asked: list[str] = []
    runner.password_prompt = lambda parent, url, user: asked.append(user) or None
    outbox.queue_file(db, _file(tmp_path))
    assert runner.poke() is False and asked == ["ana"]
    assert runner.poke() is False and asked == ["ana"]  # no nagging every tick
    assert "password is needed" in w.outbox.indicator.text()
    runner.password_prompt = lambda parent, url, user: "typed"
    monkeypatch.setattr(runner, "pool", _NoPool())
    assert runner.deliver_all_now() is True
    assert store._memory == {"ana@http://127.0.0.1:9/team/": "typed"}


class _NoPool:
    def start(self, job: object) -> None:
        pass

    def waitForDone(self, msecs: int = -1) -> bool:
        return True
