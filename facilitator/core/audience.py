"""Who sees what: the one rule every exported document follows.

Two audiences read what a convening produced. Participants get what was
marked *shared*; the facilitation team gets *shared* and *team*. *Private*
material stays on the laptop that captured it and appears in no document,
for any audience. Facilitator-only agenda fields (method, materials,
facilitator notes), attendance and the timing appendix are the team's only.

Writers never decide this themselves: they ask these functions, so a leak
can only come from one place, and the tests check that place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from facilitator.core.kinds import Visibility


class Audience(StrEnum):
    PARTICIPANTS = "participants"
    TEAM = "team"

    @property
    def label(self) -> str:
        return "participants" if self is Audience.PARTICIPANTS else "the team"

    @property
    def short(self) -> str:
        return "Participants" if self is Audience.PARTICIPANTS else "Team"


_SEES: dict[Audience, frozenset[Visibility]] = {
    Audience.PARTICIPANTS: frozenset({Visibility.SHARED}),
    Audience.TEAM: frozenset({Visibility.SHARED, Visibility.TEAM}),
}

# Agenda item fields only the facilitation team reads (the run sheet, the team summary).
FACILITATOR_ONLY_ITEM_FIELDS = frozenset({"method", "materials", "facilitator_notes"})


def includes(audience: Audience, visibility: Visibility | str | None) -> bool:
    """Whether an entry or commitment with this visibility goes into the audience's document.

    An unknown or missing visibility counts as private: when in doubt, withhold.
    """
    try:
        level = Visibility(visibility) if visibility is not None else Visibility.PRIVATE
    except ValueError:
        return False
    return level in _SEES[audience]


def includes_entry(audience: Audience, visibility: Visibility | str | None) -> bool:
    return includes(audience, visibility)


def includes_commitment(audience: Audience, visibility: Visibility | str | None) -> bool:
    return includes(audience, visibility)


def includes_item_field(audience: Audience, field_name: str) -> bool:
    """Whether an agenda item's field (``objective``, ``materials``…) is shown."""
    return audience is Audience.TEAM or field_name not in FACILITATOR_ONLY_ITEM_FIELDS


def shows_attendance(audience: Audience) -> bool:
    return audience is Audience.TEAM


def shows_timing(audience: Audience) -> bool:
    return audience is Audience.TEAM


def shows_commitment_notes(audience: Audience) -> bool:
    # Follow-up notes on a commitment are the team's working notes.
    return audience is Audience.TEAM


def marks_team_only(audience: Audience, visibility: Visibility | str | None) -> bool:
    """Whether to flag an item as team-only, so a team reader knows not to forward it."""
    return audience is Audience.TEAM and str(visibility) == Visibility.TEAM.value


@dataclass(frozen=True, slots=True)
class Withheld:
    """How much of the record an audience will not see (for the preview and the CLI)."""

    audience: Audience
    private_entries: int = 0
    team_entries: int = 0
    private_commitments: int = 0
    team_commitments: int = 0

    @property
    def total(self) -> int:
        return (
            self.private_entries
            + self.team_entries
            + self.private_commitments
            + self.team_commitments
        )

    def describe(self) -> str:
        """``Withheld from participants: 3 team entries, 2 private entries.``"""
        parts = [
            _count(self.team_entries, "team entry", "team entries"),
            _count(self.private_entries, "private entry", "private entries"),
            _count(self.team_commitments, "team commitment", "team commitments"),
            _count(self.private_commitments, "private commitment", "private commitments"),
        ]
        said = [p for p in parts if p]
        if not said:
            return f"Nothing withheld from {self.audience.label}."
        return f"Withheld from {self.audience.label}: {', '.join(said)}."


def _count(n: int, one: str, many: str) -> str:
    if n == 0:
        return ""
    return f"1 {one}" if n == 1 else f"{n} {many}"


def count_withheld(
    audience: Audience,
    entry_visibilities: Iterable[Visibility | str | None],
    commitment_visibilities: Iterable[Visibility | str | None] = (),
) -> Withheld:
    """Count what the audience's document leaves out, by kind of record and visibility."""
    counts = {"private_entries": 0, "team_entries": 0}
    for visibility in entry_visibilities:
        if not includes_entry(audience, visibility):
            counts[_bucket(visibility, "entries")] += 1
    commitment_counts = {"private_commitments": 0, "team_commitments": 0}
    for visibility in commitment_visibilities:
        if not includes_commitment(audience, visibility):
            commitment_counts[_bucket(visibility, "commitments")] += 1
    return Withheld(audience, **counts, **commitment_counts)


def _bucket(visibility: Visibility | str | None, what: str) -> str:
    # Anything not plainly "team" is counted as private: it was withheld as private.
    return f"team_{what}" if str(visibility) == Visibility.TEAM.value else f"private_{what}"
