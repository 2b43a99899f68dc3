from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from facilitator.core.clock import FakeClock
from facilitator.core.kinds import Visibility
from facilitator.core.room import RoomState
from facilitator.core.timer_state import TimerState
from facilitator.store.database import Database
from facilitator.store.models import AgendaItem, Entry
from facilitator.ui.main_window import MainWindow
from facilitator.ui.room_display import RoomDisplay
from facilitator.ui.run_view import RunView


@pytest.fixture
def view(window: MainWindow, qtbot: QtBot) -> RunView:
    run_view = window.workspace.show_view("run")
    assert isinstance(run_view, RunView)
    return run_view


def all_label_texts(room: RoomDisplay) -> str:
    return "\n".join(label.text() for label in room.findChildren(QLabel))


def secrets(db: Database) -> list[str]:
    with db.read() as session:
        notes = [n for n in session.scalars(select(AgendaItem.facilitator_notes)) if n]
        hidden = session.scalars(
            select(Entry.text).where(Entry.visibility.in_([Visibility.PRIVATE, Visibility.TEAM]))
        ).all()
    assert notes and hidden
    return [*notes, *hidden]


def test_the_room_never_sees_notes_or_private_and_team_entries(view: RunView, qtbot: QtBot) -> None:
    db = view.ctx.db
    clock = db.clock
    assert isinstance(clock, FakeClock)
    view.open_room_display()
    room = view.room
    assert room is not None and room.isVisible()
    qtbot.addWidget(room)
    view.set_message("Back at 10:45")
    view.day_picker.setCurrentIndex(0)  # day one: items with facilitator notes, entries
    assert view.run is not None
    engine_items = list(view.run.items.values())
    noted = [i for i in engine_items if i.facilitator_notes]
    assert noted, "the demo's day one has items with facilitator notes"
    for item in engine_items:  # visit every item of the day, notes and all
        view.jump_to(item.id)  # the day had finished: this reopens it
        clock.advance(90)
        view.refresh()
        text = all_label_texts(room)
        assert item.title in text
        for secret in secrets(db):
            assert secret not in text
    assert "Back at 10:45" in all_label_texts(room)
    # The facilitator does see the notes in the run view.
    view.jump_to(noted[0].id)
    assert noted[0].facilitator_notes in view.notes.text()


def test_the_room_shows_overrun_in_words_and_colour(view: RunView, qtbot: QtBot) -> None:
    clock = view.ctx.db.clock
    assert isinstance(clock, FakeClock)
    view.toggle()
    view.open_room_display()
    assert view.room is not None
    qtbot.addWidget(view.room)
    clock.advance(31 * 60)
    view.refresh()
    labels = view.room.labels
    assert labels["remaining"].text() == "+01:00"
    assert labels["state"].text() == "OVER TIME"
    assert "#ff4d4d" in labels["remaining"].styleSheet()
    assert labels["next"].text() == "Next: Re-entry: parking lot review"


def test_escape_closes_the_room_display(view: RunView, qtbot: QtBot) -> None:
    view.open_room_display()
    room = view.room
    assert room is not None
    qtbot.addWidget(room)
    qtbot.keyClick(room, Qt.Key.Key_Escape)
    assert not room.isVisible()


def state(text: str = "12:34") -> RoomState:
    return RoomState("Peer consult", "Lunch", 754.0, text, TimerState.ON_TIME, "On time", "", "")


def test_the_timer_font_scales_with_the_window(qtbot: QtBot) -> None:
    room = RoomDisplay()
    qtbot.addWidget(room)
    room.show_state(state())
    sizes = {}
    for width, height in ((640, 360), (1280, 720), (3840, 2160)):
        room.resize(width, height)
        room.fit_fonts()
        sizes[height] = room.labels["remaining"].font().pixelSize()
    assert sizes[360] < sizes[720] < sizes[2160]
    assert sizes[2160] >= 0.3 * 2160
    # A tall narrow window: the timer shrinks to fit the width instead.
    room.resize(400, 1000)
    room.fit_fonts()
    assert room.labels["remaining"].font().pixelSize() < 0.3 * 1000
    metrics = room.labels["remaining"].fontMetrics()
    assert metrics.horizontalAdvance("+88:88") <= 400
