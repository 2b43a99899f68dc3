"""The Participants tab: editing in place with undo, and check-in at the door by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from facilitator.store import participants
from facilitator.ui.main_window import MainWindow
from facilitator.ui.participant_models import COLUMNS, CheckInModel, fold
from facilitator.ui.participants_view import ParticipantsView


@pytest.fixture
def view(window: MainWindow) -> ParticipantsView:
    found = window.workspace.show_view("participants")
    assert isinstance(found, ParticipantsView)
    return found


def names(view: ParticipantsView) -> list[str]:
    return [view.model.record(r).name for r in range(view.model.rowCount())]


def test_models_pass_the_model_tester(view: ParticipantsView, qtmodeltester: ModelTester) -> None:
    assert view.model.rowCount() > 10
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.check_in.model)
    view.check_in.search.setText("zzzz nobody")
    assert view.check_in.model.walk_in_name == "zzzz nobody"
    qtmodeltester.check(view.check_in.model)


def test_edit_a_cell_by_keyboard_then_undo(
    view: ParticipantsView, window: MainWindow, qtbot: QtBot
) -> None:
    group = [f for f, _ in COLUMNS].index("group")
    row = names(view).index("José Ramírez") if "José Ramírez" in names(view) else 0
    person = view.model.record(row)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, group))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Table 7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.model.record(row).group == "Table 7")
    stored = participants.list_participants(window.db, view.convening_id or "")
    assert next(p for p in stored.participants if p.id == person.id).group == "Table 7"
    window.undo_stack.undo()
    assert view.model.record(view.model.row_of(person.id)).group == person.group


def test_a_refused_edit_shows_the_reason_and_changes_nothing(
    view: ParticipantsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("facilitator.ui.dialogs.show_error", lambda _p, _t, m: shown.append(m))
    email = [f for f, _ in COLUMNS].index("email")
    before = view.model.record(0).email
    assert not view.model.setData(view.model.index(0, email), "not an address")
    assert shown and "e-mail" in shown[0]
    assert view.model.record(0).email == before


def test_add_and_delete_with_undo(view: ParticipantsView, window: MainWindow, qtbot: QtBot) -> None:
    count = view.model.rowCount()
    view.add_button.click()
    assert view.model.rowCount() == count + 1
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new person's name is open for typing
    qtbot.keyClicks(editor, "Ana Lopez")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Ana Lopez" in names(view))
    row = names(view).index("Ana Lopez")
    view.table.setCurrentIndex(view.model.index(row, 0))
    view.delete_current()
    assert "Ana Lopez" not in names(view) and view.model.rowCount() == count
    window.undo_stack.undo()
    assert "Ana Lopez" in names(view)
    window.undo_stack.undo()  # the rename
    window.undo_stack.undo()  # the addition
    assert view.model.rowCount() == count


def test_check_in_by_typing_a_few_letters_and_enter(
    view: ParticipantsView, window: MainWindow, qtbot: QtBot
) -> None:
    view.show_check_in()
    panel = view.check_in
    listing = view.listing
    assert listing is not None and listing.today is not None  # the demo's day 2 is today
    assert panel.day_id() == listing.today.id
    assert panel.search.hasFocus()
    assert panel.count.text() == f"0 of {len(listing.participants)} here"
    qtbot.keyClicks(panel.search, "rami")
    assert panel.model.rowCount() == 1
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    stored = participants.list_participants(window.db, listing.convening_id)
    jose = next(p for p in stored.participants if p.name == "José Ramírez")
    assert jose.is_present(listing.today.id)
    assert panel.search.text() == "" and panel.search.hasFocus()
    assert panel.count.text() == f"1 of {len(listing.participants)} here"
    assert "José Ramírez is checked in" in panel.feedback.text()
    window.undo_stack.undo()
    assert panel.count.text() == f"0 of {len(listing.participants)} here"


def test_arrow_keys_choose_among_matches(view: ParticipantsView, qtbot: QtBot) -> None:
    view.show_check_in()
    panel = view.check_in
    qtbot.keyClicks(panel.search, "city of")
    assert panel.model.rowCount() > 2
    second = panel.model.record(1)
    assert second is not None
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert view.listing is not None
    assert next(p for p in view.listing.participants if p.id == second.id).is_present(
        panel.day_id()
    )


def test_walk_in_in_two_keystrokes(view: ParticipantsView, qtbot: QtBot) -> None:
    view.show_check_in()
    panel = view.check_in
    total = len(view.listing.participants) if view.listing else 0
    qtbot.keyClicks(panel.search, "Kofi Mensah, Northside Trust")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.listing is not None
    kofi = next(p for p in view.listing.participants if p.name == "Kofi Mensah")
    assert kofi.organisation == "Northside Trust" and kofi.is_present(panel.day_id())
    assert panel.count.text() == f"1 of {total + 1} here"


def test_enter_when_nobody_matches_adds_a_walk_in(view: ParticipantsView, qtbot: QtBot) -> None:
    view.show_check_in()
    panel = view.check_in
    qtbot.keyClicks(panel.search, "Zed Quill")
    assert "Add walk-in “Zed Quill”" in str(panel.model.index(0).data())
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert view.listing is not None
    assert any(p.name == "Zed Quill" for p in view.listing.participants)


def test_matching_ignores_case_and_accents() -> None:
    assert fold("José RAMÍREZ") == "jose ramirez"
    assert fold("Nguyễn Thị Lan") == "nguyen thi lan"
    model = CheckInModel()
    assert model.rowCount() == 0 and model.walk_in_name == ""
