"""The capture bar: one shortcut from anywhere, kinds and visibility by key, Enter saves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.core.kinds import DecisionForce, EntryKind, Visibility
from facilitator.paths import AppPaths
from facilitator.store import agenda_refs, entries
from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.store.drafts import Draft, load_draft, save_draft
from facilitator.store.models import Commitment
from facilitator.ui.main_window import MainWindow
from facilitator.ui.quick_capture import QuickCapture

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def win(qtbot: QtBot, db: Database, paths: AppPaths) -> Iterator[MainWindow]:
    seed_demo(db)
    window = MainWindow(db, paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


def open_bar(qtbot: QtBot, win: MainWindow) -> QuickCapture:
    win.list.setFocus()
    qtbot.keyClick(win.list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    bar = win.quick_capture
    qtbot.waitUntil(lambda: bar.field.hasFocus())
    return bar


def latest(db: Database, win: MainWindow) -> entries.EntryRecord:
    cid = win.current_id()
    assert cid is not None
    return entries.list_entries(db, cid)[-1]


def test_shortcut_opens_the_field_from_the_main_window(qtbot: QtBot, win: MainWindow) -> None:
    assert not win.quick_capture.isVisible()
    bar = open_bar(qtbot, win)
    assert bar.isVisible() and bar.kind_chip.text() == "NOTE"


def test_enter_saves_stamped_with_the_selected_item(
    qtbot: QtBot, win: MainWindow, db: Database
) -> None:
    bar = open_bar(qtbot, win)
    cid = win.current_id()
    assert cid is not None
    item = agenda_refs.list_items(db, cid)[4]
    bar.item_combo.setCurrentIndex(bar.item_combo.findData(item.id))
    bar.field.setFocus()
    qtbot.keyClicks(bar.field, "Mayors want the data monthly")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    saved = latest(db, win)
    assert (saved.text, saved.kind, saved.item_id) == (
        "Mayors want the data monthly",
        EntryKind.NOTE,
        item.id,
    )
    assert saved.captured_at == db.clock.now()
    assert bar.field.text() == "" and "Saved note" in bar.notice.text()
    assert bar.isVisible(), "the bar stays open for the next capture"


def test_alt_number_and_prefix_choose_the_kind(qtbot: QtBot, win: MainWindow, db: Database) -> None:
    bar = open_bar(qtbot, win)
    qtbot.keyClick(bar.field, Qt.Key.Key_2, ALT)
    assert bar.kind == "decision" and bar.kind_chip.text() == "DECISION"
    assert bar.extras.currentWidget() is bar.extras.pages["decision"]
    qtbot.keyClicks(bar.field, "Adopt the shared dashboard")
    qtbot.keyClick(bar.field, Qt.Key.Key_Tab)
    assert bar.extras.rationale.hasFocus()
    qtbot.keyClicks(bar.extras.rationale, "everyone asked for it")
    qtbot.keyClick(bar.extras.rationale, Qt.Key.Key_Return)
    saved = latest(db, win)
    assert (saved.kind, saved.rationale, saved.force) == (
        EntryKind.DECISION,
        "everyone asked for it",
        DecisionForce.REQUIREMENT,
    )
    assert bar.kind == "note", "each capture starts as a note again"
    qtbot.keyClicks(bar.field, "q: Who owns the data?")
    assert bar.kind == "question" and bar.field.text() == "Who owns the data?"
    qtbot.keyClick(bar.field, Qt.Key.Key_Enter)
    assert latest(db, win).kind == EntryKind.QUESTION


def test_visibility_key_cycles_and_is_saved(qtbot: QtBot, win: MainWindow, db: Database) -> None:
    bar = open_bar(qtbot, win)
    assert bar.visibility_chip.text() == "TEAM"  # the default for notes
    qtbot.keyClick(bar.field, Qt.Key.Key_V, ALT)
    assert bar.visibility_chip.text() == "SHARED"
    qtbot.keyClick(bar.field, Qt.Key.Key_V, ALT)
    assert bar.visibility == Visibility.PRIVATE and bar.visibility_chip.text() == "PRIVATE"
    qtbot.keyClick(bar.field, Qt.Key.Key_5, ALT)  # quote: the chosen visibility sticks
    assert bar.visibility == Visibility.PRIVATE
    qtbot.keyClicks(bar.field, "We are the city")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    saved = latest(db, win)
    assert (saved.kind, saved.visibility) == (EntryKind.QUOTE, Visibility.PRIVATE)


def test_commitment_from_the_bar(qtbot: QtBot, win: MainWindow, db: Database) -> None:
    bar = open_bar(qtbot, win)
    qtbot.keyClick(bar.field, Qt.Key.Key_7, ALT)
    qtbot.keyClicks(bar.field, "Share the budget template")
    bar.extras.owner.setText("Harbor City")
    bar.extras.due.setText("2026-04-30")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    with db.read() as session:
        row = session.query(Commitment).filter_by(text="Share the budget template").one()
        assert row.owner_organisation == "Harbor City" and str(row.due_date) == "2026-04-30"


def test_escape_closes_and_keeps_the_draft(qtbot: QtBot, win: MainWindow, paths: AppPaths) -> None:
    bar = open_bar(qtbot, win)
    qtbot.keyClicks(bar.field, "half a thought")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    draft = load_draft(paths.data_dir)
    assert draft is not None and draft.text == "half a thought"
    open_bar(qtbot, win)
    assert bar.field.text() == "half a thought"


def test_typing_is_written_to_the_draft_within_a_moment(
    qtbot: QtBot, win: MainWindow, paths: AppPaths
) -> None:
    bar = open_bar(qtbot, win)
    qtbot.keyClicks(bar.field, "steady typing")
    qtbot.waitUntil(
        lambda: (d := load_draft(paths.data_dir)) is not None and d.text == "steady typing"
    )
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert load_draft(paths.data_dir) is None, "saving clears the draft"


def test_a_leftover_draft_is_recovered_at_start(
    qtbot: QtBot, db: Database, paths: AppPaths
) -> None:
    cid = seed_demo(db).convening_id
    save_draft(paths.data_dir, Draft(cid, "decision", "We will meet quarterly", "private"))
    window = MainWindow(db, paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    bar = window.quick_capture
    qtbot.waitUntil(bar.field.hasFocus)
    assert bar.isVisible() and bar.field.text() == "We will meet quarterly"
    assert bar.kind == "decision" and bar.visibility == Visibility.PRIVATE
    assert "Recovered unsaved text" in bar.notice.text()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert entries.list_entries(db, cid)[-1].text == "We will meet quarterly"
    assert load_draft(paths.data_dir) is None
