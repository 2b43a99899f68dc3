"""The closed vocabularies of the domain, shared by every layer."""

from __future__ import annotations

from enum import StrEnum


class ItemKind(StrEnum):
    """What sort of block an agenda item is."""

    PLENARY = "plenary"
    BREAKOUT = "breakout"
    BREAK = "break"
    MEAL = "meal"
    TRAVEL = "travel"

    @property
    def is_break(self) -> bool:
        # Meals and travel are protected like breaks when re-planning.
        return self in (ItemKind.BREAK, ItemKind.MEAL, ItemKind.TRAVEL)


class EntryKind(StrEnum):
    """What a captured entry records."""

    NOTE = "note"
    DECISION = "decision"
    QUESTION = "question"
    PARKING_LOT = "parking_lot"
    QUOTE = "quote"
    FEEDBACK = "feedback"


class Visibility(StrEnum):
    """Who may see an entry or commitment.

    Ordered from most to least restricted: private stays on this laptop,
    team reaches the facilitation team and the internal summary, shared
    reaches the participant summary.
    """

    PRIVATE = "private"
    TEAM = "team"
    SHARED = "shared"


class CommitmentStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class DecisionForce(StrEnum):
    """Whether a decision binds (a requirement) or advises (a suggestion)."""

    REQUIREMENT = "requirement"
    SUGGESTION = "suggestion"


class FeedbackPolarity(StrEnum):
    """Plus/delta feedback: what worked, what to change."""

    PLUS = "plus"
    DELTA = "delta"


class RunEventKind(StrEnum):
    """What happened in the room while an agenda ran."""

    START = "start"  # an item started (first start, jump, next, previous, restart)
    PAUSE = "pause"
    RESUME = "resume"
    ADJUST = "adjust"  # the current item's time extended or shortened
    ADVANCE = "advance"  # the current item ended and the run moved on
    REPLAN = "replan"  # a re-plan of the rest of the day was accepted
    FINISH = "finish"  # the day's run ended


class AttendanceStatus(StrEnum):
    EXPECTED = "expected"
    PRESENT = "present"
    ABSENT = "absent"
