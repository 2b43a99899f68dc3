"""The kinds a capture can be, and the short prefixes that pick one while typing.

A co-facilitator switches kind without leaving the keyboard: typing ``d: `` at
the start of the capture field makes it a decision, ``q: `` a question, and so
on. Kind names from the command line are read leniently ("parking-lot",
"Parking lot" and "parking_lot" are the same kind).
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.kinds import EntryKind, FeedbackPolarity

# Commitments are captured in the same field but stored in their own table.
COMMITMENT = "commitment"

# In the order of their Alt+number keys.
CAPTURE_KINDS: tuple[str, ...] = (
    EntryKind.NOTE.value,
    EntryKind.DECISION.value,
    EntryKind.QUESTION.value,
    EntryKind.PARKING_LOT.value,
    EntryKind.QUOTE.value,
    EntryKind.FEEDBACK.value,
    COMMITMENT,
)

LABELS: dict[str, str] = {
    EntryKind.NOTE.value: "Note",
    EntryKind.DECISION.value: "Decision",
    EntryKind.QUESTION.value: "Question",
    EntryKind.PARKING_LOT.value: "Parking lot",
    EntryKind.QUOTE.value: "Quote",
    EntryKind.FEEDBACK.value: "Feedback",
    COMMITMENT: "Commitment",
}

# The letter typed before ": " at the start of the field.
PREFIX_LETTERS: dict[str, str] = {
    "n": EntryKind.NOTE.value,
    "d": EntryKind.DECISION.value,
    "q": EntryKind.QUESTION.value,
    "p": EntryKind.PARKING_LOT.value,
    "s": EntryKind.QUOTE.value,  # "said"
    "f": EntryKind.FEEDBACK.value,
    "c": COMMITMENT,
    "+": EntryKind.FEEDBACK.value,
    "-": EntryKind.FEEDBACK.value,
}


@dataclass(frozen=True)
class Prefixed:
    """What a typed prefix asked for, and the text after it."""

    kind: str
    polarity: FeedbackPolarity | None
    rest: str


def split_prefix(text: str) -> Prefixed | None:
    """The kind chosen by a leading ``x: `` (a prefix letter, a colon, a space), if any."""
    if len(text) < 3 or text[1:3] != ": ":
        return None
    letter = text[0].lower()
    kind = PREFIX_LETTERS.get(letter)
    if kind is None:
        return None
    polarity = {"+": FeedbackPolarity.PLUS, "-": FeedbackPolarity.DELTA}.get(letter)
    return Prefixed(kind, polarity, text[3:])


def parse_kind(name: str) -> str:
    """A capture kind from a name as a person types it; ValueError if there is none."""
    wanted = name.strip().lower().replace("-", "_").replace(" ", "_")
    if wanted in CAPTURE_KINDS:
        return wanted
    aliases = {"parking": EntryKind.PARKING_LOT.value, "parked": EntryKind.PARKING_LOT.value}
    if wanted in aliases:
        return aliases[wanted]
    if len(wanted) == 1 and wanted in PREFIX_LETTERS:
        return PREFIX_LETTERS[wanted]
    choices = ", ".join(k.replace("_", "-") for k in CAPTURE_KINDS)
    raise ValueError(f"Unknown kind {name!r}; choose one of {choices}.")
