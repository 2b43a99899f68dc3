"""The Agenda tab driven as a facilitator would: keys, cells, undo, drag and drop, reuse."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from facilitator.store import agenda, agenda_blocks
from facilitator.ui import agenda_dialogs, dialogs
from facilitator.ui.agenda_editor import AgendaEditor
from facilitator.ui.agenda_model import Column
from facilitator.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(window: MainWindow, qtbot: QtBot) -> AgendaEditor:
    view = window.workspace.show_view("agenda")
    assert isinstance(view, AgendaEditor)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.table.setFocus()
    return view


def cell(ed: AgendaEditor, row: int, col: Column) -> str:
    return str(ed.model.index(row, col).data())


def titles(ed: AgendaEditor) -> list[str]:
    return [i.title for i in ed.model.rows]


def go(ed: AgendaEditor, row: int, col: Column = Column.TITLE) -> None:
    ed.table.setCurrentIndex(ed.model.index(row, col))


def type_in_cell(qtbot: QtBot, ed: AgendaEditor, text: str) -> None:
    """Type over the current cell as in a spreadsheet: the first key opens the cell editor."""
    qtbot.keyClick(ed.table, text[0])
    cell_editor = QApplication.focusWidget()
    assert cell_editor is not ed.table
    qtbot.keyClicks(cell_editor, text[1:])
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: ed.table.state() != QAbstractItemView.State.EditingState)


def commit_editor(qtbot: QtBot, ed: AgendaEditor, text: str) -> None:
    """Replace the text of the open cell editor and press Enter."""
    cell_editor = QApplication.focusWidget()
    cell_editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(cell_editor, text)
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ed.table.state() != QAbstractItemView.State.EditingState)


def undo(qtbot: QtBot, ed: AgendaEditor) -> None:
    qtbot.keyClick(ed.table, Qt.Key.Key_Z, CTRL)


def redo(qtbot: QtBot, ed: AgendaEditor) -> None:
    qtbot.keyClick(ed.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def test_models_pass_the_model_tester(editor: AgendaEditor, qtmodeltester: Any) -> None:
    assert editor.model.rowCount() > 5
    qtmodeltester.check(editor.model)
    qtmodeltester.check(editor.days_model)


def test_demo_day_one_shows_the_lunch_anchor(editor: AgendaEditor) -> None:
    assert titles(editor)[0] == "Arrival and breakfast"
    assert cell(editor, 0, Column.START) == "9:00"
    assert cell(editor, 5, Column.START) == "⚓ 12:00"
    assert "Planned end" in editor.totals.totals.text()


def test_typing_a_duration_ripples_the_start_times(editor: AgendaEditor, qtbot: QtBot) -> None:
    go(editor, 1, Column.DURATION)  # Welcome, 20 min from 9:30
    type_in_cell(qtbot, editor, "35")
    assert cell(editor, 1, Column.DURATION) == "35 min"
    assert cell(editor, 2, Column.START) == "10:05"
    go(editor, 1, Column.DURATION)
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    commit_editor(qtbot, editor, "1h15")
    assert cell(editor, 1, Column.DURATION) == "1 h 15"
    assert cell(editor, 2, Column.START) == "10:45"


def test_an_overrun_anchor_says_by_how_much(editor: AgendaEditor) -> None:
    equity = editor.model.index(4, Column.DURATION)
    assert editor.model.setData(equity, "1:30")
    assert cell(editor, 5, Column.START) == "⚓ 12:00 ⚠ 15 min over"
    assert editor.model.index(5, Column.START).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "15 min into 'Lunch'" in editor.totals.warnings.text()
    assert editor.model.index(4, Column.START).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_bad_duration_is_explained_and_nothing_changes(
    editor: AgendaEditor, qtbot: QtBot
) -> None:
    go(editor, 1, Column.DURATION)
    type_in_cell(qtbot, editor, "soon")
    assert "is not a duration" in editor.totals.message.text()
    assert "1h15" in editor.totals.message.text()
    assert cell(editor, 1, Column.DURATION) == "20 min"


def test_a_minimum_above_the_duration_is_refused_in_words(
    editor: AgendaEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "show_error", lambda *a: pytest.fail("no dialog expected"))
    assert editor.model.setData(editor.model.index(2, Column.DURATION), "20")  # min is 30
    assert "minimum length" in editor.totals.message.text()
    assert cell(editor, 2, Column.DURATION) == "40 min"


def test_enter_on_the_last_row_adds_an_item_and_edits_its_title(
    editor: AgendaEditor, qtbot: QtBot
) -> None:
    rows = editor.model.rowCount()
    go(editor, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)  # Enter moves down like a spreadsheet
    assert editor.table.currentIndex().row() == 1 and editor.model.rowCount() == rows
    go(editor, rows - 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    assert editor.model.rowCount() == rows + 1
    assert editor.table.state() == QAbstractItemView.State.EditingState
    assert editor.table.currentIndex() == editor.model.index(rows, Column.TITLE)
    commit_editor(qtbot, editor, "Closing circle")
    assert titles(editor)[-1] == "Closing circle"


def test_ctrl_up_and_down_move_the_selected_item(editor: AgendaEditor, qtbot: QtBot) -> None:
    before = titles(editor)
    go(editor, 2)
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, CTRL)
    assert titles(editor)[1] == before[2] and titles(editor)[2] == before[1]
    assert editor.table.currentIndex().row() == 1  # the cursor travels with the item
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, CTRL)
    assert titles(editor)[3] == before[2]
    undo(qtbot, editor)
    undo(qtbot, editor)
    undo(qtbot, editor)
    assert titles(editor) == before


def test_delete_then_undo_brings_the_item_back(
    editor: AgendaEditor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "confirm_delete", lambda *a: pytest.fail("convening delete"))
    before = titles(editor)
    go(editor, 3)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert titles(editor) == before[:3] + before[4:]
    assert "Undo with Ctrl+Z" in editor.totals.message.text()
    undo(qtbot, editor)
    assert titles(editor) == before
    redo(qtbot, editor)
    assert titles(editor) == before[:3] + before[4:]


def test_undo_and_redo_of_a_cell_edit(editor: AgendaEditor, qtbot: QtBot) -> None:
    go(editor, 1, Column.LEAD)
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    commit_editor(qtbot, editor, "Mayor Diaz")
    assert cell(editor, 1, Column.LEAD) == "Mayor Diaz"
    undo(qtbot, editor)
    assert cell(editor, 1, Column.LEAD) == "Host city manager"
    redo(qtbot, editor)
    assert cell(editor, 1, Column.LEAD) == "Mayor Diaz"
    assert agenda.get_item(editor.ctx.db, editor.model.rows[1].id).lead == "Mayor Diaz"


def test_kind_is_picked_from_a_list(editor: AgendaEditor) -> None:
    assert editor.model.setData(editor.model.index(1, Column.KIND), "breakout")
    assert cell(editor, 1, Column.KIND) == "Breakout"
    assert "Content" in editor.totals.totals.text()


def test_drag_and_drop_within_a_day_and_onto_another_day(editor: AgendaEditor) -> None:
    before = titles(editor)
    mime = editor.model.mimeData([editor.model.index(1, 0), editor.model.index(1, 2)])
    move = Qt.DropAction.MoveAction
    assert editor.model.canDropMimeData(mime, move, 4, 0, QModelIndex())
    editor.model.dropMimeData(mime, move, 4, 0, QModelIndex())
    assert titles(editor) == [before[0], before[2], before[3], before[1], *before[4:]]
    editor.ctx.undo_stack.undo()
    assert titles(editor) == before

    day_two = editor.days_model.index(1)
    mime = editor.model.mimeData([editor.model.index(0, 0)])
    assert editor.days_model.canDropMimeData(mime, move, -1, 0, day_two)
    editor.days_model.dropMimeData(mime, move, -1, 0, day_two)
    assert titles(editor) == before[1:]  # still on day one, without the moved item
    day_two_items = agenda.get_day(editor.ctx.db, editor.days_model.days[1].id).items
    assert day_two_items[-1].title == before[0]
    editor.ctx.undo_stack.undo()
    assert titles(editor) == before


def test_a_run_of_items_saved_as_a_block_and_inserted_elsewhere(
    editor: AgendaEditor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(agenda_dialogs, "ask_block_title", lambda parent, s: "Opening run")
    editor.select_items([editor.model.rows[1].id, editor.model.rows[2].id])
    editor.reuse.save_block_action.trigger()
    (block,) = agenda_blocks.list_blocks(editor.ctx.db)
    assert block.title == "Opening run" and len(block.items) == 2

    def pick(parent: object, choices: Sequence[tuple[str, str]]) -> str:
        assert choices[0][0].startswith("Opening run (2 items, 1 h")
        return choices[0][1]

    monkeypatch.setattr(agenda_dialogs, "ask_block", pick)
    editor.day_list.setCurrentIndex(editor.days_model.index(1))
    count = editor.model.rowCount()
    go(editor, 0)
    editor.reuse.insert_block_action.trigger()
    assert titles(editor)[1:3] == ["Welcome and framing", "Check-in: what is alive in your city"]
    assert editor.model.rowCount() == count + 2
    undo(qtbot, editor)
    assert editor.model.rowCount() == count


def test_copy_to_another_day(editor: AgendaEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[str] = []

    def pick(parent: object, title: str, choices: Sequence[tuple[str, str]]) -> str:
        offered.extend(label for label, _ in choices)
        return choices[0][1]

    monkeypatch.setattr(agenda_dialogs, "ask_target_day", pick)
    before = titles(editor)
    go(editor, 4)
    editor.reuse.copy_day_action.trigger()
    assert len(offered) == 1 and "Day 2" in offered[0]  # only the other day is offered
    assert titles(editor) == before
    day_two = agenda.get_day(editor.ctx.db, editor.days_model.days[1].id)
    assert day_two.items[-1].title == before[4]
    assert "Copied 1 item" in editor.totals.message.text()


def test_detail_text_edits_undo_as_one_step(editor: AgendaEditor, qtbot: QtBot) -> None:
    go(editor, 1)
    box = editor.detail.texts["method"]
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    depth = editor.ctx.undo_stack.count()
    qtbot.keyClicks(box, " and a poll")
    editor.detail.flush()  # as after a pause in typing
    qtbot.keyClicks(box, " at the end")
    editor.detail.flush()
    assert editor.ctx.undo_stack.count() == depth + 1
    item_id = editor.model.rows[1].id
    assert agenda.get_item(editor.ctx.db, item_id).method == "Remarks and a poll at the end"
    editor.ctx.undo_stack.undo()
    assert agenda.get_item(editor.ctx.db, item_id).method == "Remarks"
    assert box.toPlainText() == "Remarks"


def test_fixing_a_start_pins_the_item_where_it_starts(editor: AgendaEditor) -> None:
    go(editor, 3)  # the 10:30 break
    editor.detail.fixed.setChecked(True)
    assert cell(editor, 3, Column.START) == "⚓ 10:30"
    editor.detail.optional.setChecked(True)
    assert cell(editor, 3, Column.TITLE) == "Break (optional)"
    editor.ctx.undo_stack.undo()
    editor.ctx.undo_stack.undo()
    assert cell(editor, 3, Column.START) == "10:30"


def test_day_times_are_undoable(editor: AgendaEditor) -> None:
    editor.day_start.setTime(editor.day_start.time().addSecs(-30 * 60))
    editor.day_start.editingFinished.emit()
    assert cell(editor, 0, Column.START) == "8:30"
    editor.ctx.undo_stack.undo()
    assert cell(editor, 0, Column.START) == "9:00"
