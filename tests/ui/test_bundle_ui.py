"""File › Export bundle…, Import bundle… and the conflicts view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from facilitator.store import entries
from facilitator.store.database import Database
from facilitator.sync.bundle import export_bundle, import_bundle
from facilitator.ui import bundle_install, dialogs
from facilitator.ui.conflicts_view import ConflictsDialog
from facilitator.ui.main_window import MainWindow
from tests.sync.laptops import open_laptop


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[Database]:
    db = open_laptop(tmp_path / "b")
    yield db
    db.close()


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []

    def show_result(_parent: Any, _title: str, text: str, *, offer_conflicts: bool) -> bool:
        messages.append(text)
        return False

    monkeypatch.setattr(bundle_install, "show_result", show_result)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: messages.append(text))
    return messages


def test_the_file_menu_offers_bundles(window: MainWindow) -> None:
    menu = window.findChild(QMenu, "fileMenu")
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert {"exportBundleAction", "importBundleAction", "conflictsAction"} <= set(names)
    assert names.index("conflictsAction") < names.index("quitAction")


def test_export_then_import_merges_a_co_facilitators_edit(
    window: MainWindow,
    laptop_b: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: list[str],
    qtbot: QtBot,
    qtmodeltester: Any,
) -> None:
    cid = window.current_id()
    assert cid is not None
    out = tmp_path / "spring"
    monkeypatch.setattr(bundle_install, "ask_save_path", lambda _p, _s: out)
    window.bundles.export_action.trigger()
    written = tmp_path / "spring.facilitator"
    assert written.is_file() and "Private entries and commitments were left out" in said[-1]

    # A co-facilitator edits the same entry; both laptops meet through bundles.
    import_bundle(laptop_b, written)
    shared = entries.list_entries(window.ctx.db, cid)[0]
    entries.update_entry(window.ctx.db, shared.id, text="Mine")
    entries.update_entry(laptop_b, shared.id, text="Theirs")
    theirs = export_bundle(laptop_b, cid, tmp_path / "b.facilitator")
    monkeypatch.setattr(bundle_install, "ask_open_path", lambda _p: theirs)
    window.bundles.import_action.trigger()
    assert "Merged into" in said[-1] and "changed on both laptops" in said[-1]

    window.bundles.conflicts_action.trigger()
    dialog = window.bundles.conflicts_dialog
    assert isinstance(dialog, ConflictsDialog)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    shown = {dialog.model.index(0, c).data() for c in (2, 3)}
    assert shown == {"Mine", "Theirs"}
    other = dialog.model.index(0, 3).data()
    qtbot.keyClick(dialog.other_button, Qt.Key.Key_Space)
    assert dialog.model.rowCount() == 0 and not dialog.other_button.isEnabled()
    assert entries.get_entry(window.ctx.db, shared.id).text == other
    dialog.close()


def test_a_bad_bundle_is_refused_with_the_reason(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[str]
) -> None:
    bad = tmp_path / "bad.facilitator"
    bad.write_bytes(b"not a zip")
    monkeypatch.setattr(bundle_install, "ask_open_path", lambda _p: bad)
    window.bundles.import_action.trigger()
    assert "not a Facilitator bundle" in said[-1] and "Nothing was changed" in said[-1]
