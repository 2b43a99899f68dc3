"""The fields a capture has beyond its text, by kind, reached with Tab from the text field.

A decision: why, and requirement or suggestion. A quote: who said it.
Feedback: plus or delta. A commitment: owner and due date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from facilitator.core.capture_kinds import COMMITMENT
from facilitator.core.kinds import DecisionForce, EntryKind, FeedbackPolarity


def _line(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(placeholder)
    edit.setClearButtonEnabled(False)
    return edit


def _combo(name: str, label: str, choices: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(label)
    for text, value in choices:
        combo.addItem(text, value)
    return combo


class CaptureExtras(QStackedWidget):
    """One page per kind; kinds with nothing extra show an empty page."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureExtras")
        self.rationale = _line("captureRationale", self.tr("Why? (rationale)"))
        self.force = _combo(
            "captureForce",
            self.tr("Requirement or suggestion"),
            [("Requirement", "requirement"), ("Suggestion", "suggestion"), ("—", "")],
        )
        self.speaker = _line("captureSpeaker", self.tr("Who said it?"))
        self.polarity = _combo(
            "capturePolarity", self.tr("Plus or delta"), [("+ Plus", "plus"), ("Δ Delta", "delta")]
        )
        self.owner = _line("captureOwner", self.tr("Owner: person or organisation"))
        self.due = _line("captureDue", self.tr("Due YYYY-MM-DD"))
        self.due.setMaximumWidth(140)
        self.pages: dict[str, QWidget] = {}
        self._empty = QWidget()
        self.addWidget(self._empty)
        for kind, widgets in (
            (EntryKind.DECISION.value, [self.rationale, self.force]),
            (EntryKind.QUOTE.value, [self.speaker]),
            (EntryKind.FEEDBACK.value, [self.polarity]),
            (COMMITMENT, [self.owner, self.due]),
        ):
            page = QWidget()
            row = QHBoxLayout(page)
            row.setContentsMargins(0, 0, 0, 0)
            for n, widget in enumerate(widgets):
                row.addWidget(widget, 1 if n == 0 else 0)
            self.addWidget(page)
            self.pages[kind] = page
        for edit in (self.rationale, self.speaker, self.owner, self.due):
            edit.textChanged.connect(self.changed)
        for combo in (self.force, self.polarity):
            combo.currentIndexChanged.connect(self.changed)
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), self.sizePolicy().Policy.Fixed)

    def show_kind(self, kind: str) -> None:
        self.setCurrentWidget(self.pages.get(kind, self._empty))

    def first_field(self) -> QWidget | None:
        page = self.currentWidget()
        if page is None:
            return None
        fields = [
            w for w in page.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        return fields[0] if fields else None

    def set_owner_choices(self, names: list[str]) -> None:
        completer = QCompleter(names, self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)
        speakers = QCompleter(names, self.speaker)
        speakers.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        speakers.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(speakers)

    # -- values ------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {
            "rationale": self.rationale.text(),
            "force": str(self.force.currentData() or ""),
            "speaker": self.speaker.text(),
            "polarity": str(self.polarity.currentData() or "plus"),
            "owner": self.owner.text(),
            "due": self.due.text(),
        }

    def set_values(self, values: dict[str, str]) -> None:
        self.rationale.setText(values.get("rationale", ""))
        self.speaker.setText(values.get("speaker", ""))
        self.owner.setText(values.get("owner", ""))
        self.due.setText(values.get("due", ""))
        self._pick(self.force, values.get("force", "requirement"))
        self._pick(self.polarity, values.get("polarity", "plus"))

    def clear(self) -> None:
        self.set_values({})

    def set_polarity(self, polarity: FeedbackPolarity) -> None:
        self._pick(self.polarity, polarity.value)

    @staticmethod
    def _pick(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def force_value(self) -> DecisionForce | None:
        value = self.force.currentData()
        return DecisionForce(value) if value else None

    def polarity_value(self) -> FeedbackPolarity:
        return FeedbackPolarity(self.polarity.currentData() or "plus")

    def due_value(self) -> date | None:
        """The due date typed, None when blank; ValueError when it is not a date."""
        text = self.due.text().strip()
        return date.fromisoformat(text) if text else None
