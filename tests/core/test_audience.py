"""The audience rule: who sees which visibility, and what the preview says is withheld."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.audience import (
    Audience,
    count_withheld,
    includes_commitment,
    includes_entry,
    includes_item_field,
    marks_team_only,
    shows_attendance,
    shows_timing,
)
from facilitator.core.kinds import Visibility

P, T = Audience.PARTICIPANTS, Audience.TEAM


def test_participants_see_shared_only() -> None:
    assert includes_entry(P, Visibility.SHARED)
    assert not includes_entry(P, Visibility.TEAM)
    assert not includes_entry(P, Visibility.PRIVATE)


def test_team_sees_shared_and_team_but_never_private() -> None:
    assert includes_entry(T, Visibility.SHARED)
    assert includes_entry(T, Visibility.TEAM)
    assert not includes_entry(T, Visibility.PRIVATE)
    assert not includes_commitment(T, Visibility.PRIVATE)


def test_unknown_or_missing_visibility_is_withheld_as_private() -> None:
    for audience in Audience:
        assert not includes_entry(audience, None)
        assert not includes_entry(audience, "secret")
    assert count_withheld(P, [None, "bogus"]).private_entries == 2


def test_facilitator_fields_attendance_and_timing_are_the_teams() -> None:
    for field in ("method", "materials", "facilitator_notes"):
        assert not includes_item_field(P, field)
        assert includes_item_field(T, field)
    assert includes_item_field(P, "objective")
    assert not shows_attendance(P) and shows_attendance(T)
    assert not shows_timing(P) and shows_timing(T)


def test_team_only_marking_only_in_the_team_document() -> None:
    assert marks_team_only(T, Visibility.TEAM)
    assert not marks_team_only(T, Visibility.SHARED)
    assert not marks_team_only(P, Visibility.TEAM)


def test_describe_counts_in_words() -> None:
    vis = [Visibility.TEAM] * 3 + [Visibility.PRIVATE] * 2 + [Visibility.SHARED]
    withheld = count_withheld(P, vis, [Visibility.TEAM])
    assert withheld.describe() == (
        "Withheld from participants: 3 team entries, 2 private entries, 1 team commitment."
    )
    assert count_withheld(T, vis).describe() == "Withheld from the team: 2 private entries."
    assert count_withheld(T, [Visibility.SHARED]).describe() == "Nothing withheld from the team."


visibilities = st.lists(st.sampled_from(list(Visibility)), max_size=40)


@given(visibilities, visibilities, st.sampled_from(list(Audience)))
def test_withheld_plus_included_is_everything(
    entries: list[Visibility], commitments: list[Visibility], audience: Audience
) -> None:
    w = count_withheld(audience, entries, commitments)
    included = sum(includes_entry(audience, v) for v in entries)
    assert included + w.private_entries + w.team_entries == len(entries)
    assert w.private_entries == entries.count(Visibility.PRIVATE)
    if audience is T:
        assert w.team_entries == 0
    else:
        assert w.team_entries == entries.count(Visibility.TEAM)
    assert w.private_commitments == commitments.count(Visibility.PRIVATE)
