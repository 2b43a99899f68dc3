from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.core.kinds import RunEventKind
from facilitator.core.replan import Proposal
from facilitator.core.schedule import PlanItem
from facilitator.core.timer import TimerState
from facilitator.store import runs
from facilitator.ui import replan_dialog
from facilitator.ui.main_window import MainWindow
from facilitator.ui.run_agenda_model import KEY_ROLE
from facilitator.ui.run_view import RunView, ms_until_text_changes


@pytest.fixture
def view(window: MainWindow, qtbot: QtBot) -> RunView:
    run_view = window.workspace.show_view("run")
    assert isinstance(run_view, RunView)
    window.activateWindow()
    run_view.setFocus()
    qtbot.waitUntil(run_view.hasFocus)
    return run_view


def fake(view: RunView) -> FakeClock:
    clock = view.ctx.db.clock
    assert isinstance(clock, FakeClock)
    return clock


def shown(view: RunView) -> str:
    return view.face.remaining.text()


def stored_kinds(view: RunView) -> list[RunEventKind]:
    assert view.run is not None
    return [e.kind for e in runs.load_events(view.ctx.db, view.run.day.id)]


def test_defaults_to_todays_day_and_waits_to_start(view: RunView) -> None:
    assert view.run is not None
    assert view.run.day.position == 1  # the demo's day two is today
    assert view.run.engine.state() is TimerState.NOT_STARTED
    assert "Not started" in view.face.state.text()
    assert "Breakfast" in view.face.title.text()
    assert shown(view) == "30:00"  # the first item's length, waiting to run
    assert view.buttons["toggle"].text().startswith("▶ Start")


def test_keys_drive_the_timer_and_the_display_follows_the_clock(
    view: RunView, qtbot: QtBot
) -> None:
    clock = fake(view)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert shown(view) == "30:00" and "On time" in view.face.state.text()
    clock.advance(61)
    view.refresh()
    assert shown(view) == "28:59"
    qtbot.keyClick(view, Qt.Key.Key_Space)  # pause
    assert "Paused" in view.face.state.text()
    clock.advance(300)
    view.refresh()
    assert shown(view) == "28:59"
    qtbot.keyClick(view, Qt.Key.Key_Space)  # resume
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert shown(view) == "29:59"
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert shown(view) == "27:59"
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.face.title.text() == "Re-entry: parking lot review"
    assert shown(view) == "15:00"
    assert "Results-based accountability" in view.next_line.text()
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert "Breakfast" in view.face.title.text()
    assert stored_kinds(view) == [
        RunEventKind.START,
        RunEventKind.PAUSE,
        RunEventKind.RESUME,
        RunEventKind.ADJUST,
        RunEventKind.ADJUST,
        RunEventKind.ADJUST,
        RunEventKind.ADVANCE,
        RunEventKind.START,
    ]


def test_wrap_up_then_overrun_in_red_with_words(view: RunView, qtbot: QtBot) -> None:
    clock = fake(view)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    clock.advance(29 * 60)
    view.refresh()
    assert shown(view) == "01:00"
    assert "Time to wrap up" in view.face.state.text()
    clock.advance(95)
    view.refresh()
    assert shown(view) == "+00:35"
    assert "Over time by 00:35" in view.face.state.text()
    assert "#e0302b" in view.face.remaining.styleSheet()


def test_a_refused_key_explains_itself_and_stores_nothing(view: RunView, qtbot: QtBot) -> None:
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert "not started" in view.feedback.text()
    assert stored_kinds(view) == []


def test_the_agenda_lists_planned_starts_and_jumps_on_double_click(
    view: RunView, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 7
    assert view.model.index(0, 0).data() == "8:30"
    assert view.model.index(6, 0).data() == "12:45"  # the fixed close
    qtbot.keyClick(view, Qt.Key.Key_Space)
    index = view.model.index(2, 1)
    view.table.doubleClicked.emit(index)
    assert view.run is not None
    assert view.run.engine.current_key == index.data(KEY_ROLE)
    assert view.model.index(2, 3).data() == "now"
    assert view.model.index(0, 3).data().endswith("· 0 min")
    qtmodeltester.check(view.model)


def test_day_one_shows_its_finished_run_with_actual_times(view: RunView) -> None:
    view.day_picker.setCurrentIndex(0)
    assert view.run is not None and view.run.day.position == 0
    assert "Finished" in view.face.state.text()
    assert view.model.index(0, 3).data() == "9:00–9:34 · 34 min"


def test_behind_offers_a_replan_and_accepting_records_it(
    view: RunView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = fake(view)
    clock.advance(5.5 * 3600)  # 13:30 UTC: 08:30 in Chicago, the day's start
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not view.buttons["replan"].isVisibleTo(view)
    clock.advance(50 * 60)  # breakfast runs 20 minutes over
    view.refresh()
    assert "20 min behind" in view.schedule_line.text()
    assert view.buttons["replan"].isVisibleTo(view)
    seen: list[Sequence[PlanItem]] = []

    def accept(_parent: object, items: Sequence[PlanItem], propose: Callable[..., Proposal]):  # type: ignore[no-untyped-def]
        seen.append(items)
        return propose(False, False)

    monkeypatch.setattr(replan_dialog, "ask_replan", accept)
    view.buttons["replan"].click()
    assert stored_kinds(view)[-1] is RunEventKind.REPLAN
    assert len(seen[0]) == 6
    lengths = [view.model.index(r, 2).data() for r in range(view.model.rowCount())]
    assert any("(was 90)" in text for text in lengths)


def test_dismissing_the_replan_records_nothing(
    view: RunView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake(view).advance(5.5 * 3600)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    fake(view).advance(50 * 60)
    monkeypatch.setattr(replan_dialog, "ask_replan", lambda *_: None)
    view.replan()
    assert stored_kinds(view) == [RunEventKind.START]


def test_the_replan_preview_table(view: RunView, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    fake(view).advance(5.5 * 3600)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    fake(view).advance(50 * 60)
    assert view.run is not None
    engine = view.run.engine
    dialog = replan_dialog.ReplanDialog(
        view,
        engine.items_left(),
        lambda b, d: engine.propose_replan(allow_break_cuts=b, drop_optional=d),
    )
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert "late" in dialog.summary.text()
    cells = [dialog.model.cells(r) for r in range(dialog.model.rowCount())]
    assert cells[0][0] == "Re-entry: parking lot review"
    assert any(c[3].startswith("−") for c in cells)  # something is shortened
    assert next(c for c in cells if c[0] == "Break")[3] == ""  # breaks protected
    dialog.breaks.setChecked(True)
    cells = [dialog.model.cells(r) for r in range(dialog.model.rowCount())]
    assert next(c for c in cells if c[0] == "Break")[3].startswith("−")
    qtmodeltester.check(dialog.model)
    assert dialog.accept_button.isEnabled()


@pytest.mark.parametrize(
    ("remaining", "wait_ms"),
    [(5.3, 305), (5.0, 200), (0.0, 200), (-0.3, 200), (-0.95, 55), (0.02, 25)],
)
def test_repaints_land_just_after_the_countdown_text_changes(
    remaining: float, wait_ms: int
) -> None:
    assert ms_until_text_changes(remaining) == min(200, wait_ms)
