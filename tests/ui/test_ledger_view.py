"""The commitments ledger: Ctrl+L opens it, filters narrow it, edits are undoable, overdue shows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.core.kinds import CommitmentStatus
from facilitator.store import commitments
from facilitator.store.convenings import NewConvening, create_convening
from facilitator.store.demo import load_demo_spec
from facilitator.ui import ledger_dialogs
from facilitator.ui.commitment_commands import NewCommitment
from facilitator.ui.commitments_view import CommitmentsView
from facilitator.ui.ledger_model import Column
from facilitator.ui.ledger_view import LedgerPanel
from facilitator.ui.main_window import MainWindow

DEMO_ID = load_demo_spec()["uuid"]


def open_ledger(qtbot: QtBot, window: MainWindow) -> LedgerPanel:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    ledger = window.follow_up.ledger_window
    assert ledger is not None
    qtbot.waitExposed(ledger)
    return ledger.panel


def texts(panel: LedgerPanel) -> list[str]:
    return [r.text for r in panel.model.rows]


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(n) for n in range(combo.count())]}"
    combo.setCurrentIndex(index)


def test_ctrl_l_opens_every_commitment_and_the_model_is_sound(
    qtbot: QtBot, window: MainWindow, qtmodeltester: object
) -> None:
    panel = open_ledger(qtbot, window)
    assert len(panel.model.rows) == 5
    assert "5 of 5 commitments" in panel.summary.text()
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]


def test_filters_narrow_the_rows(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_ledger(qtbot, window)
    choose(panel.organisation, "City of Lakehaven")
    assert sorted(texts(panel)) == [
        "Pilot stay interviews for frontline staff at six months",
        "Send the one-page equity budgeting report to the network",
    ]
    choose(panel.person, "Priya Raman")
    assert texts(panel) == ["Send the one-page equity budgeting report to the network"]
    choose(panel.person, "Everyone")
    choose(panel.status, "In progress")
    assert texts(panel) == ["Pilot stay interviews for frontline staff at six months"]
    choose(panel.organisation, "All organisations")
    choose(panel.status, "Any status")
    qtbot.keyClicks(panel.text, "TOMAS")  # words in owner names count, accents ignored
    assert texts(panel) == [
        "Share the resident-story template used in Port Mercer's budget hearings"
    ]
    panel.text.clear()
    assert len(texts(panel)) == 5


def test_overdue_rows_come_first_and_say_so(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    clock.advance(20 * 86400)  # the one-week and two-week commitments are now late
    panel = open_ledger(qtbot, window)
    assert [r.overdue for r in panel.model.rows] == [True, True, False, False, False]
    due = panel.model.index(0, Column.DUE)
    assert str(due.data()).endswith("LATE")
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "2 OVERDUE" in panel.summary.text()
    panel.overdue.setChecked(True)
    assert len(panel.model.rows) == 2


def test_status_changes_in_place_through_the_combo_and_undoes(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = open_ledger(qtbot, window)
    record = panel.model.rows[0]
    index = panel.model.index(0, Column.STATUS)
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    editor = panel.table.findChild(QComboBox, "statusEditor")
    assert editor is not None
    editor.setCurrentIndex(editor.findData(CommitmentStatus.DONE.value))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: commitments.get_commitment(window.db, record.id).status is CommitmentStatus.DONE
    )
    row = panel.model.row_of(record.id)
    assert panel.model.index(row, Column.STATUS).data() == "Done"
    window.undo_stack.undo()
    assert commitments.get_commitment(window.db, record.id).status is record.status
    row = panel.model.row_of(record.id)
    assert panel.model.index(row, Column.STATUS).data() == "Open"


def test_owner_and_due_date_edits(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_ledger(qtbot, window)
    record = next(r for r in panel.model.rows if r.owner_name == "Priya Raman")
    row = panel.model.row_of(record.id)
    assert panel.model.setData(panel.model.index(row, Column.OWNER), "José Ramírez")
    after = commitments.get_commitment(window.db, record.id)
    assert (after.owner_name, after.organisation) == ("José Ramírez", "City of Alder Springs")
    row = panel.model.row_of(record.id)
    assert panel.model.setData(panel.model.index(row, Column.DUE), date(2027, 2, 1))
    assert commitments.get_commitment(window.db, record.id).due_date == date(2027, 2, 1)
    window.undo_stack.undo()
    window.undo_stack.undo()
    back = commitments.get_commitment(window.db, record.id)
    assert (back.owner_name, back.due_date) == ("Priya Raman", record.due_date)


def test_add_and_delete_in_the_convening_tab_with_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtmodeltester: object
) -> None:
    view = window.workspace.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    panel = view.panel
    qtbot.waitUntil(lambda: len(panel.model.rows) == 5)
    monkeypatch.setattr(
        ledger_dialogs,
        "ask_new_commitment",
        lambda *_: NewCommitment(text="Host the spring site visit", organisation="maya okafor"),
    )
    panel.add_button.click()
    added = next(r for r in panel.model.rows if r.text == "Host the spring site visit")
    assert added.owner_name == "Maya Okafor" and added.organisation == "City of Riverton"
    assert panel.selected_id() == added.id
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert added.id not in {r.id for r in panel.model.rows}
    window.undo_stack.undo()
    assert added.id in {r.id for r in panel.model.rows}
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]


def test_the_next_convening_reviews_the_last_ones_open_commitments(
    qtbot: QtBot, window: MainWindow, qtmodeltester: object
) -> None:
    later = create_convening(
        window.db,
        NewConvening(
            title="Autumn Convening",
            start_date=date(2026, 10, 1),
            series="Cities Learning Exchange",
        ),
    )
    window.reload(later)
    view = window.workspace.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    qtbot.waitUntil(view.review_box.isVisible)
    assert "Spring Convening" in view.review_heading.text()
    assert "5 still open" in view.review_heading.text()
    assert len(view.panel.model.rows) == 0
    qtmodeltester.check(view.review_model)  # type: ignore[attr-defined]
    # Marking one done at the review takes it off the list; undo brings it back.
    assert view.review_model.setData(view.review_model.index(0, Column.STATUS), "done")
    assert "4 still open" in view.review_heading.text()
    window.undo_stack.undo()
    assert "5 still open" in view.review_heading.text()


def test_the_demo_convening_has_no_review(qtbot: QtBot, window: MainWindow) -> None:
    window.open_convening(DEMO_ID)
    view = window.workspace.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    assert not view.review_box.isVisible()
