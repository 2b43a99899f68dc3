"""The projector window: what the room may see, big enough for the back row.

It is built only from a ``RoomState`` (core/room.py), which carries titles, the
time left, the state, the item's objective and the facilitator's message: notes
and entries have no way onto this screen. Fonts are computed from the window's
size, so the timer fills the screen at any resolution. Esc closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QInputDialog, QLabel, QVBoxLayout, QWidget

from facilitator.core.room import RoomState
from facilitator.core.timer_state import TimerState
from facilitator.ui.i18n import tr

# High contrast on black; the state also shows in words.
ROOM_COLOURS: dict[TimerState, str] = {
    TimerState.NOT_STARTED: "#ffffff",
    TimerState.ON_TIME: "#ffffff",
    TimerState.WRAP_UP: "#ffc400",
    TimerState.OVERRUN: "#ff4d4d",
    TimerState.PAUSED: "#9ec1ff",
    TimerState.FINISHED: "#ffffff",
}
WIDEST_TIME = "+88:88"  # the timer's font is sized so this fits the width

# Share of the window height for each line's font.
SIZES = {"state": 0.05, "title": 0.08, "remaining": 0.40, "objective": 0.035,
         "next": 0.05, "message": 0.065}  # fmt: skip


def _label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(name != "roomRemaining")
    return label


class RoomDisplay(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("roomDisplay")
        self.setWindowTitle(self.tr("Room display — Facilitator"))
        self.setAccessibleName(self.tr("Room display"))
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QWidget#roomDisplay { background: #000000; } QLabel { color: #ffffff; }"
        )
        self.labels = {
            "state": _label("roomState", self.tr("Timer state")),
            "title": _label("roomTitle", self.tr("Now")),
            "remaining": _label("roomRemaining", self.tr("Time remaining")),
            "objective": _label("roomObjective", self.tr("Objective")),
            "next": _label("roomNext", self.tr("Up next")),
            "message": _label("roomMessage", self.tr("Message to the room")),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        for name, label in self.labels.items():
            layout.addWidget(label, 3 if name == "remaining" else 0)
        self.labels["objective"].setStyleSheet("color: #c8c8c8;")
        self.labels["message"].setStyleSheet("color: #000000; background: #ffc400; padding: 8px;")
        self.state: RoomState | None = None

    def show_state(self, state: RoomState) -> None:
        if state == self.state:
            return
        self.state = state
        colour = ROOM_COLOURS[state.state]
        labels = self.labels
        labels["state"].setText(state.state_text.upper())
        labels["state"].setStyleSheet(f"color: {colour};")
        labels["title"].setText(state.title)
        labels["remaining"].setText(state.remaining_text)
        labels["remaining"].setStyleSheet(f"color: {colour};")
        labels["remaining"].setVisible(bool(state.remaining_text))
        labels["objective"].setText(state.objective)
        labels["objective"].setVisible(bool(state.objective))
        labels["next"].setText(
            self.tr("Next: {next_title}").format(next_title=state.next_title)
            if state.next_title
            else ""
        )
        labels["next"].setVisible(bool(state.next_title))
        labels["message"].setText(state.message)
        labels["message"].setVisible(bool(state.message))

    def visible_texts(self) -> list[str]:
        """Every text the room can read (for checks that nothing private shows)."""
        return [label.text() for label in self.findChildren(QLabel) if label.text()]

    def fit_fonts(self) -> None:
        """Size every line from the window: the timer as large as height and width allow."""
        height, width = max(1, self.height()), max(1, self.width())
        for name, label in self.labels.items():
            font = QFont(label.font())
            font.setBold(name in ("remaining", "title", "state"))
            size = max(8, round(height * SIZES[name]))
            if name == "remaining":
                font.setPixelSize(size)
                fits = QFontMetrics(font).horizontalAdvance(WIDEST_TIME)
                usable = width - 80
                if fits > usable:
                    size = max(8, int(size * usable / fits))
            font.setPixelSize(size)
            label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_fonts()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state = None
        super().closeEvent(event)

    def open_on(self, screen: QScreen) -> None:
        """Full screen on ``screen``."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.fit_fonts()


def default_screen_index(screens: list[QScreen]) -> int:
    """The projector is usually the screen that is not the laptop's own."""
    primary = QGuiApplication.primaryScreen()
    others = [n for n, s in enumerate(screens) if s is not primary]
    return others[0] if others else 0


def choose_screen(parent: QWidget, screens: list[QScreen]) -> QScreen | None:
    """Ask which screen the room sees; no question when there is only one."""
    if len(screens) <= 1:
        return screens[0] if screens else None
    names = []
    for s in screens:
        size = s.geometry()
        primary = tr(" (this laptop)") if s is QGuiApplication.primaryScreen() else ""
        names.append(f"{s.name()} — {size.width()}×{size.height()}{primary}")
    name, ok = QInputDialog.getItem(
        parent, tr("Room display"), tr("Show the room display on:"), names,
        default_screen_index(screens), False,
    )  # fmt: skip
    return screens[names.index(name)] if ok else None
