"""The Capture tab: edit in place, delete with undo, bulk visibility, move, parking lot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store import agenda_refs, entries
from facilitator.store.database import Database
from facilitator.store.entries import NewEntry
from facilitator.ui import capture_dialogs
from facilitator.ui.entries_view import PARKED_OPEN, EntriesView
from facilitator.ui.main_window import MainWindow


@pytest.fixture
def view(qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester) -> EntriesView:
    tab = window.workspace.show_view("capture")
    assert isinstance(tab, EntriesView)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() > 0, "the demo's captures are listed"
    return tab


def select_rows(view: EntriesView, rows: list[int]) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(view.model.index(row, 0), flags)


def test_edit_in_place_saves_as_you_type(qtbot: QtBot, view: EntriesView, db: Database) -> None:
    select_rows(view, [0])
    entry_id = view.model.rows[0].id
    view.editor.setFocus()
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "Rewritten while people talk")
    qtbot.waitUntil(lambda: entries.get_entry(db, entry_id).text == "Rewritten while people talk")
    assert view.model.rows[view.model.row_of(entry_id)].text == "Rewritten while people talk"


def test_delete_and_undo(qtbot: QtBot, window: MainWindow, view: EntriesView, db: Database) -> None:
    count = view.model.rowCount()
    select_rows(view, [0, 1])
    doomed = view.selected_ids()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.rowCount() == count - 2
    assert not set(doomed) & {r.id for r in view.model.rows}
    window.undo_stack.undo()
    assert view.model.rowCount() == count
    assert set(doomed) <= {r.id for r in view.model.rows}


def test_bulk_visibility_for_many_entries(view: EntriesView, db: Database) -> None:
    select_rows(view, [0, 1, 2])
    ids = view.selected_ids()
    view.buttons["private"].click()
    assert {entries.get_entry(db, i).visibility for i in ids} == {Visibility.PRIVATE}
    assert set(view.selected_ids()) == set(ids), "the selection survives the refresh"
    view.ctx.undo_stack.undo()
    assert Visibility.PRIVATE not in {entries.get_entry(db, i).visibility for i in ids}


def test_move_to_another_item(
    view: EntriesView, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = view.items[-1]
    monkeypatch.setattr(capture_dialogs, "ask_item", lambda _p, _c: (True, target.id))
    select_rows(view, [0])
    entry_id = view.selected_ids()[0]
    view.buttons["move"].click()
    assert entries.get_entry(db, entry_id).item_id == target.id
    view.item_filter.setCurrentIndex(view.item_filter.findData(target.id))
    assert entry_id in {r.id for r in view.model.rows}
    assert view.current_item_id() == target.id


def test_parking_lot_resolve_and_turn_into_item(
    view: EntriesView, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = view.convening_id
    assert cid is not None
    a = entries.add_entry(db, cid, NewEntry(EntryKind.PARKING_LOT, "Data sharing agreement"))
    b = entries.add_entry(db, cid, NewEntry(EntryKind.QUESTION, "Who pays for translation?"))
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(PARKED_OPEN))
    assert {a.id, b.id} <= {r.id for r in view.model.rows}
    assert all(r.resolved_at is None for r in view.model.rows)

    monkeypatch.setattr(capture_dialogs, "ask_resolution", lambda _p, _t: "Legal will draft it")
    view.select_entry(a.id)
    view.buttons["resolve"].click()
    assert entries.get_entry(db, a.id).resolution == "Legal will draft it"
    assert a.id not in {r.id for r in view.model.rows}

    days = agenda_refs.list_days(db, cid)
    offered: list[list[tuple[str, str]]] = []

    def pick_last(_parent: object, choices: list[tuple[str, str]]) -> str:
        offered.append(choices)
        return choices[-1][1]

    monkeypatch.setattr(capture_dialogs, "ask_day", pick_last)
    view.select_entry(b.id)
    view.buttons["schedule"].click()
    assert offered and offered[0][-1][1] == days[-1].id
    titles = [i.title for i in agenda_refs.list_items(db, cid) if i.day_id == days[-1].id]
    assert titles[-1] == "Who pays for translation?"
    assert entries.get_entry(db, b.id).resolved_at is not None
    view.ctx.undo_stack.undo()
    titles = [i.title for i in agenda_refs.list_items(db, cid)]
    assert "Who pays for translation?" not in titles


def test_quick_capture_shows_up_in_the_tab(
    qtbot: QtBot, window: MainWindow, view: EntriesView
) -> None:
    count = view.model.rowCount()
    window.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    bar = window.quick_capture
    qtbot.waitUntil(bar.field.hasFocus)
    qtbot.keyClicks(bar.field, "p: Revisit the timeline")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert view.model.rowCount() == count + 1
    assert view.model.rows[-1].kind == EntryKind.PARKING_LOT
