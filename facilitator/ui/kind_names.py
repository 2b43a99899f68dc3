"""The names of entry kinds, decision forces and visibilities as the window shows them.

``facilitator/core`` has no Qt: its English labels (``capture_kinds.LABELS``, the enums'
values) are translated here, at the window's boundary. ``kind_name`` is a kind's name on
its own ("Parking lot"), ``kind_noun`` the same name inside a sentence ("parking lot"),
each its own message so a language can write them its own way.
"""

from __future__ import annotations

from facilitator.core.capture_kinds import COMMITMENT, LABELS
from facilitator.core.kinds import DecisionForce, EntryKind, Visibility
from facilitator.ui.i18n import QT_TR_NOOP, tr

KIND_NAMES: dict[str, str] = {
    EntryKind.NOTE.value: QT_TR_NOOP("Note"),
    EntryKind.DECISION.value: QT_TR_NOOP("Decision"),
    EntryKind.QUESTION.value: QT_TR_NOOP("Question"),
    EntryKind.PARKING_LOT.value: QT_TR_NOOP("Parking lot"),
    EntryKind.QUOTE.value: QT_TR_NOOP("Quote"),
    EntryKind.FEEDBACK.value: QT_TR_NOOP("Feedback"),
    COMMITMENT: QT_TR_NOOP("Commitment"),
}

KIND_NOUNS: dict[str, str] = {
    EntryKind.NOTE.value: QT_TR_NOOP("note"),
    EntryKind.DECISION.value: QT_TR_NOOP("decision"),
    EntryKind.QUESTION.value: QT_TR_NOOP("question"),
    EntryKind.PARKING_LOT.value: QT_TR_NOOP("parking lot"),
    EntryKind.QUOTE.value: QT_TR_NOOP("quote"),
    EntryKind.FEEDBACK.value: QT_TR_NOOP("feedback"),
    COMMITMENT: QT_TR_NOOP("commitment"),
}

FORCE_NAMES: dict[str, str] = {
    DecisionForce.REQUIREMENT.value: QT_TR_NOOP("requirement"),
    DecisionForce.SUGGESTION.value: QT_TR_NOOP("suggestion"),
}

VISIBILITY_NAMES: dict[str, str] = {
    Visibility.PRIVATE.value: QT_TR_NOOP("private"),
    Visibility.TEAM.value: QT_TR_NOOP("team"),
    Visibility.SHARED.value: QT_TR_NOOP("shared"),
}


def kind_name(kind: str) -> str:
    """'Parking lot': a capture kind's name on a chip, in a list or a column."""
    return tr(KIND_NAMES.get(str(kind), LABELS.get(str(kind), str(kind))))


def kind_noun(kind: str) -> str:
    """'parking lot': a capture kind's name inside a sentence."""
    return tr(KIND_NOUNS.get(str(kind), str(kind).replace("_", " ")))


def force_name(force: str) -> str:
    """'requirement' or 'suggestion': how binding a decision is."""
    return tr(FORCE_NAMES.get(str(force), str(force)))


def visibility_name(visibility: str) -> str:
    """'private', 'team' or 'shared' (capitalize or upper-case it where it stands alone)."""
    return tr(VISIBILITY_NAMES.get(str(visibility), str(visibility)))
