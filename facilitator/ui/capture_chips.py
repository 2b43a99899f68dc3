"""Coloured chips that say at a glance what a capture is and who will see it.

Visibility colours are fixed (not from the palette) because they carry meaning:
red for private, amber for team, green for shared. White text on them reads in
both light and dark mode, and the word is always written out too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.core.kinds import Visibility
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.kind_names import kind_name, visibility_name

VISIBILITY_COLOURS: dict[Visibility, str] = {
    Visibility.PRIVATE: "#b3261e",
    Visibility.TEAM: "#8a5300",
    Visibility.SHARED: "#1d6b3a",
}

VISIBILITY_HINTS: dict[Visibility, str] = {
    Visibility.PRIVATE: QT_TR_NOOP("Private: stays on this laptop"),
    Visibility.TEAM: QT_TR_NOOP("Team: facilitation team and the internal summary"),
    Visibility.SHARED: QT_TR_NOOP("Shared: goes into the participants' summary"),
}

KIND_COLOURS: dict[str, str] = {
    "note": "#4a5568",
    "decision": "#1f5fa8",
    "question": "#6b3fa0",
    "parking_lot": "#9c4221",
    "quote": "#2c7a7b",
    "feedback": "#975a16",
    "commitment": "#2f6f2f",
}


def next_visibility(current: Visibility) -> Visibility:
    order = list(Visibility)
    return order[(order.index(current) + 1) % len(order)]


def visibility_colour(visibility: Visibility) -> QColor:
    return QColor(VISIBILITY_COLOURS[visibility])


def _chip_style(colour: str) -> str:
    return (
        f"background: {colour}; color: white; border-radius: 9px;"
        " padding: 3px 10px; font-weight: 600;"
    )


class VisibilityChip(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visibilityChip")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.visibility = Visibility.TEAM
        self.set_visibility(Visibility.TEAM)

    def set_visibility(self, visibility: Visibility) -> None:
        self.visibility = visibility
        self.setText(visibility_name(visibility).upper())
        self.setStyleSheet(_chip_style(VISIBILITY_COLOURS[visibility]))
        self.setToolTip(
            self.tr("{value} (Alt+V to change)").format(value=tr(VISIBILITY_HINTS[visibility]))
        )
        self.setAccessibleName(tr(VISIBILITY_HINTS[visibility]))


class KindChip(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindChip")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kind = "note"
        self.set_kind("note")

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.setText(kind_name(kind).upper())
        self.setStyleSheet(_chip_style(KIND_COLOURS[kind]))
        self.setAccessibleName(self.tr("Kind: {value}").format(value=kind_name(kind)))
