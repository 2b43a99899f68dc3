"""The main window, driven as a facilitator would: keys, menus, and undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator.store import convenings
from facilitator.store.convenings import NewConvening
from facilitator.store.database import Database
from facilitator.ui import dialogs
from facilitator.ui.main_window import MainWindow


def titles(win: MainWindow) -> list[str]:
    return [win.model.summary_at(r).title for r in range(win.model.rowCount())]


def test_opens_on_the_demo_with_its_overview(window: MainWindow) -> None:
    assert titles(window) == ["Cities Learning Exchange: Spring Convening"]
    assert window.pages.currentWidget() is window.workspace
    assert window.workspace.currentWidget() is window.overview
    tiles = {key: tile.value.text() for key, tile in window.overview.tiles.items()}
    assert tiles == {
        "days": "2",
        "items": "18",
        "participants": "12",
        "entries": "17",
        "commitments": "5",
    }
    assert "Riverton Civic Center" in window.overview.place.text()
    assert "Spring Convening" in window.windowTitle()


def test_an_empty_data_folder_says_how_to_begin(qtbot: QtBot, db: Database) -> None:
    win = MainWindow(db)
    qtbot.addWidget(win)
    assert win.pages.currentWidget() is win.empty
    assert "Ctrl+N" in win.empty.text()
    assert not win.delete_action.isEnabled()


def test_new_convening_from_the_keyboard_then_undo_and_redo(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = NewConvening(title="Autumn Convening", start_date=date(2026, 10, 6), days=2)
    monkeypatch.setattr(dialogs, "ask_new_convening", lambda parent, today: spec)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "Autumn Convening" in titles(window)
    assert window.overview.title.text() == "Autumn Convening"
    assert window.overview.tiles["days"].value.text() == "2"

    window.undo_action.trigger()
    assert "Autumn Convening" not in titles(window)
    window.redo_action.trigger()
    assert "Autumn Convening" in titles(window)
    assert window.overview.title.text() == "Autumn Convening"


def test_a_cancelled_new_convening_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_new_convening", lambda parent, today: None)
    window.new_action.trigger()
    assert len(titles(window)) == 1
    assert not window.undo_stack.canUndo()


def test_rename_with_f2_and_undo(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_title", lambda parent, current: "Spring 2026")
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_F2)
    assert titles(window) == ["Spring 2026"]
    assert window.overview.title.text() == "Spring 2026"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == ["Cities Learning Exchange: Spring Convening"]


def test_delete_asks_first_and_can_be_undone(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    asked: list[str] = []

    def decline(parent: QWidget, title: str) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(dialogs, "confirm_delete", decline)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert asked == ["Cities Learning Exchange: Spring Convening"]
    assert len(titles(window)) == 1

    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, title: True)
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert titles(window) == []
    assert window.pages.currentWidget() is window.empty
    assert "Undo" in window.statusBar().currentMessage()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(titles(window)) == 1
    overview = convenings.get_overview(db, window.current_id() or "")
    assert overview.entries == 17  # the captures came back with it


def test_duplicate_selects_the_copy_without_captures(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.overview.title.text().endswith("(copy)")
    assert window.overview.tiles["items"].value.text() == "18"
    assert window.overview.tiles["entries"].value.text() == "0"
    window.undo_action.trigger()
    assert len(titles(window)) == 1


def test_a_refused_change_is_explained_not_raised(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "ask_new_convening", lambda p, t: NewConvening(title="X", days=40))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    window.new_action.trigger()
    assert shown == ["A convening runs from 1 to 31 days."]
    assert len(titles(window)) == 1


def test_selecting_another_convening_shows_its_overview(
    window: MainWindow, db: Database, qtbot: QtBot
) -> None:
    cid = convenings.create_convening(db, NewConvening(title="Zeta", location="Lakehaven"))
    window.reload()
    row = window.model.row_of(cid)
    window.list.setCurrentIndex(window.model.index(row))
    assert window.overview.title.text() == "Zeta"
    assert window.overview.tiles["items"].value.text() == "0"
    assert window.overview.purpose.text() == "No purpose written yet."


def test_delete_and_f2_elsewhere_never_touch_the_convening(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_delete", lambda p, t: asked.append(t) or True)
    monkeypatch.setattr(dialogs, "ask_title", lambda p, t: asked.append(t) or "Renamed")
    window.overview.setFocus()
    qtbot.keyClick(window.overview, Qt.Key.Key_Delete)
    qtbot.keyClick(window.overview, Qt.Key.Key_F2)
    assert asked == []
    assert titles(window) == ["Cities Learning Exchange: Spring Convening"]


def test_the_convenings_list_can_be_hidden_for_more_room(window: MainWindow, qtbot: QtBot) -> None:
    width = window.workspace.width()
    window.list.setFocus()
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not window.side.isVisible()
    assert not window.list.hasFocus()
    qtbot.waitUntil(lambda: window.workspace.width() > width)
    window.list_action.trigger()
    assert window.side.isVisible()
