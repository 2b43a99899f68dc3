"""The facilitator's big clock: the current item, its time left, a progress bar, the state.

The state is shown in words and in colour, never colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from facilitator.core.room import STATE_WORDS
from facilitator.core.timefmt import format_remaining
from facilitator.core.timer_state import TimerSnapshot, TimerState

# Readable on light and dark palettes alike.
STATE_COLOURS: dict[TimerState, str] = {
    TimerState.NOT_STARTED: "#808890",
    TimerState.ON_TIME: "#2e9d4f",
    TimerState.WRAP_UP: "#d98a00",
    TimerState.OVERRUN: "#e0302b",
    TimerState.PAUSED: "#5b7fc7",
    TimerState.FINISHED: "#808890",
}


def _label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    return label


class TimerFace(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerFace")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        self.kind = _label("runItemKind", self.tr("Kind of item"))
        self.title = _label("runItemTitle", self.tr("Current item"))
        self.remaining = _label("runRemaining", self.tr("Time remaining"))
        self.remaining.setWordWrap(False)
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.progress = QProgressBar()
        self.progress.setObjectName("runProgress")
        self.progress.setAccessibleName(self.tr("Progress through the item"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.state = _label("runState", self.tr("Timer state"))
        self.state.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # Sizes of the title and kind are in resources/style.qss, which follows the text size.
        self.progress.setMinimumHeight(18)
        for widget in (self.kind, self.title, self.remaining, self.progress, self.state):
            layout.addWidget(widget)
        self.shown_remaining: float | None = None  # the value behind the remaining text

    def show_snapshot(
        self, snapshot: TimerSnapshot, title: str, kind: str, upcoming_seconds: float = 0.0
    ) -> None:
        """Paint one snapshot; before the day starts the clock shows the first item's length."""
        state = snapshot.state
        colour = STATE_COLOURS[state]
        running = state not in (TimerState.NOT_STARTED, TimerState.FINISHED)
        self.kind.setText(kind)
        self.title.setText(title)
        self.shown_remaining = snapshot.remaining_seconds if running else None
        if running:
            text = format_remaining(snapshot.remaining_seconds)
        else:
            text = format_remaining(upcoming_seconds if state is TimerState.NOT_STARTED else 0.0)
        self.remaining.setText(text)
        self.remaining.setStyleSheet(f"color: {colour}; font-size: 72pt; font-weight: 700;")
        self.progress.setValue(round(snapshot.progress * 1000))
        self.progress.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        words = STATE_WORDS[state]
        if state is TimerState.OVERRUN:
            words += f" by {format_remaining(snapshot.remaining_seconds)[1:]}"
        self.state.setText(f"● {words}")
        self.state.setStyleSheet(f"color: {colour}; font-size: 15pt; font-weight: 700;")
        self.remaining.setAccessibleDescription(f"{text}, {words}")
