"""The Run tab: one item at a time against the clock, with one-key controls.

Every command goes through ``RunSession``, which stores its event before the
view changes. A 200 ms QTimer only repaints: each repaint reads a fresh
snapshot from the engine, which works everything out from the clock, so the
display cannot drift however late or seldom the timer fires.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.room import RoomState, room_state
from facilitator.core.run_log import RunEvent
from facilitator.core.timefmt import format_ahead_behind, format_minutes
from facilitator.core.timer import TimerEngine, TimerError, TimerState
from facilitator.store import runs
from facilitator.store.errors import StoreError
from facilitator.ui import dialogs, replan_dialog, room_display
from facilitator.ui.context import AppContext
from facilitator.ui.i18n import plural
from facilitator.ui.kind_names import kind_name
from facilitator.ui.room_display import RoomDisplay
from facilitator.ui.run_agenda_model import KEY_ROLE, RunAgendaModel, agenda_rows
from facilitator.ui.timer_face import TimerFace

REFRESH_MS = 200  # at most this long between repaints
TEXT_SLACK_MS = 5  # repaint just after the countdown text is due to change
REPLAN_FROM_SECONDS = 60  # offer a re-plan once the room is a minute behind


class RunView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("runView")
        self.run: runs.RunSession | None = None
        self.room: RoomDisplay | None = None
        self.room_message = ""

        self.day_picker = QComboBox()
        self.day_picker.setObjectName("runDayPicker")
        self.day_picker.setAccessibleName(self.tr("Day to run"))
        self.day_picker.currentIndexChanged.connect(self._day_picked)
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day_picker)
        self.feedback = QLabel()
        self.feedback.setObjectName("runFeedback")
        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day_picker, 1)
        top.addWidget(self.feedback, 2)

        self.face = TimerFace()
        self.schedule_line = self._label("runScheduleLine", self.tr("Ahead or behind"))
        self.next_line = self._label("runNextLine", self.tr("Up next"))
        self.notes = self._label("runNotes", self.tr("Facilitator notes"))
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        for name, text, keys, slot in (
            ("toggle", self.tr("Start"), ["Space"], self.toggle),
            ("previous", self.tr("◀ Previous (P)"), ["P"], self.previous_item),
            ("next", self.tr("Next ▶ (N)"), ["N"], self.next_item),
            ("less", self.tr("−1 min (-)"), ["-"], self.remove_minute),
            ("more", self.tr("+1 min (+)"), ["+", "="], self.add_minute),
            ("restart", self.tr("Restart item"), [], self.restart_item),
            ("finish", self.tr("Finish day"), [], self.finish_run),
            ("replan", self.tr("Re-plan…"), [], self.replan),
            ("room", self.tr("Room display (F5)"), ["F5"], self.open_room_display),
        ):
            self.buttons[name] = self._button(name, text, slot)
            controls.addWidget(self.buttons[name])
            if keys:
                self._shortcut(keys, slot)

        self.model = RunAgendaModel(self)
        self.table = QTableView()
        self.table.setObjectName("runAgenda")
        self.table.setAccessibleName(
            self.tr("Today's agenda; double-click or Enter to jump to an item")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._jump_to_index)
        self.table.activated.connect(self._jump_to_index)

        self.message = QLineEdit()
        self.message.setObjectName("runRoomMessage")
        self.message.setAccessibleName(self.tr("Message to the room"))
        self.message.setPlaceholderText(
            self.tr("Message to the room, e.g. Back at 10:45 — Enter shows it")
        )
        self.message.returnPressed.connect(self.show_message)
        clear = self._button("clearMessage", self.tr("Clear message"), lambda: self.set_message(""))
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(
            self._button("showMessage", self.tr("Show in room"), self.show_message)
        )
        message_row.addWidget(clear)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.face)
        side_layout.addWidget(self.schedule_line)
        side_layout.addWidget(self.next_line)
        side_layout.addWidget(self.notes)
        side_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 520])  # the agenda needs room for titles

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(controls)
        layout.addLayout(message_row)

        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        return label

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"run_{name}")
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: list[str], slot: Callable[[], None]) -> None:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # -- choosing the day ----------------------------------------------------------------

    def set_convening(self, convening_id: str | None) -> None:
        self.day_picker.blockSignals(True)
        self.day_picker.clear()
        days = runs.list_days(self.ctx.db, convening_id) if convening_id else []
        for day in days:
            self.day_picker.addItem(day.label, day.id)
        today = runs.todays_day(self.ctx.db, convening_id) if convening_id else None
        self.day_picker.setCurrentIndex(days.index(today) if today in days else 0)
        self.day_picker.blockSignals(False)
        self.set_day(self.day_picker.currentData() if days else None)

    def _day_picked(self, _index: int) -> None:
        self.set_day(self.day_picker.currentData())

    def set_day(self, day_id: str | None) -> None:
        warn = float(self.ctx.settings.wrap_up_warning_seconds)
        self.run = runs.RunSession(self.ctx.db, day_id, warn_at_seconds=warn) if day_id else None
        if self.run is None:
            self.timer.stop()
        else:
            self.timer.start()
        self.feedback.clear()
        self.refresh()

    # -- commands ------------------------------------------------------------------------

    def _do(self, command: Callable[[TimerEngine], RunEvent]) -> RunEvent | None:
        if self.run is None:
            return None
        try:
            event = self.run.apply(command)
        except TimerError as exc:
            self.feedback.setText(str(exc))
            return None
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Facilitator"), str(exc))
            return None
        self.feedback.clear()
        self.refresh()
        return event

    def toggle(self) -> None:
        """Space: start the day, pause, or resume."""
        if self.run is None:
            return
        state = self.run.engine.state()
        if state is TimerState.NOT_STARTED:
            self._do(lambda e: e.start())
        elif state is TimerState.PAUSED:
            self._do(lambda e: e.resume())
        elif state is TimerState.FINISHED:
            self.feedback.setText(
                self.tr("The day has finished; double-click an item to carry on.")
            )
        else:
            self._do(lambda e: e.pause())

    def next_item(self) -> None:
        self._do(lambda e: e.next())

    def previous_item(self) -> None:
        self._do(lambda e: e.previous())

    def add_minute(self) -> None:
        self._do(lambda e: e.adjust(1))

    def remove_minute(self) -> None:
        self._do(lambda e: e.adjust(-1))

    def restart_item(self) -> None:
        self._do(lambda e: e.restart())

    def finish_run(self) -> None:
        self._do(lambda e: e.finish())

    def jump_to(self, key: str) -> None:
        if self.run is not None and self.run.engine.state() is TimerState.NOT_STARTED:
            self._do(lambda e: e.start(key))
        else:
            self._do(lambda e: e.jump(key))

    def _jump_to_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jump_to(str(index.data(KEY_ROLE)))

    def replan(self) -> None:
        if self.run is None:
            return
        engine = self.run.engine
        proposal = replan_dialog.ask_replan(
            self,
            engine.items_left(),
            lambda breaks, drop: engine.propose_replan(allow_break_cuts=breaks, drop_optional=drop),
        )
        if proposal is not None:
            self._do(lambda e: e.accept_replan(proposal))

    # -- the room ------------------------------------------------------------------------

    def show_message(self) -> None:
        self.set_message(self.message.text())

    def set_message(self, text: str) -> None:
        self.room_message = text.strip()
        if not text:
            self.message.clear()
        self.refresh()

    def open_room_display(self) -> None:
        if self.room is not None and self.room.isVisible():
            self.room.raise_()
            return
        screen = room_display.choose_screen(self, list(self.screen().virtualSiblings()))
        if screen is None:
            return
        if self.room is None:
            self.room = RoomDisplay(self.window())
        self.refresh()
        self.room.open_on(screen)

    def current_room_state(self) -> RoomState | None:
        if self.run is None:
            return None
        engine = self.run.engine
        items = self.run.items
        current, upcoming = engine.current_item(), engine.next_item()
        item = items.get(current.key) if current else None
        return room_state(
            engine.snapshot(),
            current.title if current else "",
            upcoming.title if upcoming else "",
            self.room_message,
            item.objective if item else "",
        )

    # -- painting ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Repaint from one fresh snapshot of the clock; nothing here counts time."""
        run = self.run
        for button in self.buttons.values():
            button.setEnabled(run is not None)
        if run is None:
            self.face.title.setText(self.tr("No day to run: add days to the convening first."))
            self.model.set_rows([])
            return
        engine = run.engine
        snap = engine.snapshot()
        current = engine.current_item()
        upcoming = engine.next_item()
        if current is None:
            title = (
                self.tr("Ready to start: {title}").format(title=upcoming.title)
                if upcoming
                else self.tr("Nothing on the agenda")
            )
            kind = self.tr("Press Space to start the day")
        else:
            title = current.title
            kind = self.tr("Now · {kind}").format(kind=kind_name(current.kind.value))
        waiting = upcoming.duration_min * 60.0 if current is None and upcoming else 0.0
        self.face.show_snapshot(snap, title, kind, waiting)
        state = snap.state
        self.buttons["toggle"].setText(
            {TimerState.NOT_STARTED: "▶ Start (Space)", TimerState.PAUSED: "▶ Resume (Space)"}.get(
                state, "❚❚ Pause (Space)"
            )
        )
        end = snap.projected_end
        if state is TimerState.FINISHED:
            self.schedule_line.setText(
                self.tr("Day finished at {hour}:{minute:02d}.").format(
                    hour=end.hour, minute=end.minute
                )
            )
        else:
            pace = format_ahead_behind(snap.behind_seconds).capitalize()
            self.schedule_line.setText(
                self.tr("{pace} · day projected to end at {hour}:{minute:02d}").format(
                    pace=pace, hour=end.hour, minute=end.minute
                )
            )
        if upcoming is not None and state is not TimerState.FINISHED:
            left = len(engine.items_left())
            following = self.tr("Next: {title} ({duration})").format(
                title=upcoming.title, duration=format_minutes(upcoming.duration_min)
            )
            count = plural(self.tr("%n item(s) left today", "", left), left)
            self.next_line.setText(f"{following} · {count}")
        else:
            self.next_line.setText(self.tr("Last item of the day.") if current else "")
        item = run.items.get(current.key) if current else None
        notes = item.facilitator_notes if item else ""
        self.notes.setText(
            self.tr("Your notes (not shown to the room): {notes}").format(notes=notes)
            if notes
            else ""
        )
        self.buttons["replan"].setVisible(
            snap.behind_seconds >= REPLAN_FROM_SECONDS and state is not TimerState.FINISHED
        )
        self.model.set_rows(agenda_rows(engine, list(run.items.values()), run.tz))
        if self.timer.isActive() and state in (TimerState.ON_TIME, TimerState.WRAP_UP,
                                               TimerState.OVERRUN):  # fmt: skip
            self.timer.start(ms_until_text_changes(snap.remaining_seconds))
        if self.room is not None and self.room.isVisible():
            room = self.current_room_state()
            if room is not None:
                self.room.show_state(room)


def ms_until_text_changes(remaining: float) -> int:
    """When the mm:ss countdown next changes, capped at REFRESH_MS.

    Remaining time shows rounded up and overrun rounded down (core/timefmt),
    so the text changes as the remaining seconds cross a whole number.
    """
    wait = remaining - (math.ceil(remaining) - 1) if remaining > 0 else 1 - (-remaining % 1)
    return min(REFRESH_MS, max(1, int(wait * 1000) + TEXT_SLACK_MS))
