"""Commitments and the ledger across convenings: filters, overdue by the clock, the review."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.kinds import CommitmentStatus, Visibility
from facilitator.store import commitments, ledger
from facilitator.store.convenings import NewConvening, create_convening, delete_convening
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.ledger import LedgerFilter
from facilitator.store.models import Participant
from facilitator.store.settings import Settings

TODAY = date(2026, 3, 10)  # the FakeClock's start


def _convening(db: Database, title: str, start: date, series: str = "Cities") -> str:
    return create_convening(db, NewConvening(title=title, start_date=start, series=series))


def _person(db: Database, convening_id: str, name: str, org: str) -> str:
    from sqlalchemy import select

    from facilitator.store.models import Convening

    with db.transaction() as session:
        c = session.scalar(select(Convening).where(Convening.uuid == convening_id))
        assert c is not None
        p = Participant(convening_id=c.id, name=name, organisation=org)
        session.add(p)
        session.flush()
        return p.uuid


@pytest.fixture
def two(db: Database) -> tuple[str, str]:
    autumn = _convening(db, "Autumn", date(2025, 10, 1))
    spring = _convening(db, "Spring", date(2026, 3, 9))
    jose = _person(db, autumn, "José Ramírez", "City of Alder Springs")
    add = commitments.add_commitment
    add(db, autumn, "Send the equity report", owner_id=jose, due_date=TODAY - timedelta(days=3))
    add(
        db,
        autumn,
        "Pilot stay interviews",
        organisation="City of Riverton",
        due_date=TODAY + timedelta(days=20),
        status=CommitmentStatus.IN_PROGRESS,
    )
    add(
        db,
        autumn,
        "Old and finished",
        organisation="City of Riverton",
        due_date=TODAY - timedelta(days=30),
        status=CommitmentStatus.DONE,
    )
    add(db, spring, "Share the story template", organisation="City of Port Mercer")
    return autumn, spring


def test_a_person_owner_brings_their_organisation(db: Database, two: tuple[str, str]) -> None:
    rows = ledger.ledger(db, LedgerFilter(person="jose"))
    assert [r.text for r in rows] == ["Send the equity report"]
    assert rows[0].organisation == "City of Alder Springs"
    assert rows[0].owner_label == "José Ramírez (City of Alder Springs)"


def test_the_ledger_sorts_overdue_first_then_by_due_date(
    db: Database, two: tuple[str, str]
) -> None:
    rows = ledger.ledger(db)
    assert [r.text for r in rows] == [
        "Send the equity report",  # overdue
        "Old and finished",  # past due but done: not overdue
        "Pilot stay interviews",
        "Share the story template",  # no date: last
    ]
    assert [r.overdue for r in rows] == [True, False, False, False]


def test_filters_narrow_by_organisation_status_convening_and_words(
    db: Database, two: tuple[str, str]
) -> None:
    _, spring = two

    def texts(f: LedgerFilter) -> list[str]:
        return [r.text for r in ledger.ledger(db, f)]

    assert texts(LedgerFilter(organisation="city of riverton")) == [
        "Old and finished",
        "Pilot stay interviews",
    ]
    assert texts(LedgerFilter(statuses=frozenset({CommitmentStatus.DONE}))) == ["Old and finished"]
    assert texts(LedgerFilter(convening_id=spring)) == ["Share the story template"]
    assert texts(LedgerFilter(text="STORY templ")) == ["Share the story template"]
    assert texts(LedgerFilter(text="ramirez")) == ["Send the equity report"]
    assert texts(LedgerFilter(overdue_only=True)) == ["Send the equity report"]
    assert texts(LedgerFilter(organisation="Nowhere")) == []


def test_overdue_follows_the_clock(db: Database, clock: FakeClock, two: tuple[str, str]) -> None:
    assert len(ledger.ledger(db, LedgerFilter(overdue_only=True))) == 1
    clock.advance(21 * 86400)  # the stay interviews are now a day late
    overdue = ledger.ledger(db, LedgerFilter(overdue_only=True))
    assert [r.text for r in overdue] == ["Send the equity report", "Pilot stay interviews"]


def test_status_edit_delete_and_restore(db: Database, two: tuple[str, str]) -> None:
    first = ledger.ledger(db)[0]
    done = commitments.set_status(db, first.id, CommitmentStatus.DONE)
    assert done.status is CommitmentStatus.DONE and not done.overdue
    moved = commitments.update_commitment(
        db, first.id, {"due_date": date(2026, 5, 1), "notes": "Sent a draft"}
    )
    assert moved.due_date == date(2026, 5, 1) and moved.notes == "Sent a draft"
    commitments.delete_commitment(db, first.id)
    assert first.id not in {r.id for r in ledger.ledger(db)}
    commitments.restore_commitment(db, first.id)
    assert commitments.get_commitment(db, first.id).notes == "Sent a draft"


def test_bad_input_is_refused_in_words(db: Database, two: tuple[str, str]) -> None:
    autumn, spring = two
    with pytest.raises(StoreError, match="needs a text"):
        commitments.add_commitment(db, autumn, "   ")
    someone = _person(db, autumn, "Maya Okafor", "City of Riverton")
    with pytest.raises(StoreError, match="same convening"):
        commitments.add_commitment(db, spring, "x", owner_id=someone)
    row = ledger.ledger(db)[0]
    with pytest.raises(StoreError, match="no field"):
        commitments.update_commitment(db, row.id, {"colour": "red"})


def test_visibility_defaults_to_the_setting(db: Database, two: tuple[str, str]) -> None:
    autumn, _ = two
    cid = commitments.add_commitment(
        db, autumn, "Quiet one", settings=Settings(commitment_visibility="private")
    )
    assert commitments.get_commitment(db, cid).visibility is Visibility.PRIVATE


def test_the_next_convening_reviews_the_last_ones_open_commitments(
    db: Database, two: tuple[str, str]
) -> None:
    autumn, spring = two
    review = ledger.review_at(db, spring)
    assert review.previous is not None and review.previous.id == autumn
    assert [r.text for r in review.commitments] == [
        "Send the equity report",
        "Pilot stay interviews",
    ]
    # The first of a series, another series, or a deleted predecessor: nothing to review.
    assert ledger.review_at(db, autumn).previous is None
    other = _convening(db, "Elsewhere", date(2026, 4, 1), series="Other network")
    assert ledger.review_at(db, other).commitments == []
    delete_convening(db, autumn)
    assert ledger.review_at(db, spring).previous is None


def test_deleted_convenings_leave_the_ledger(db: Database, two: tuple[str, str]) -> None:
    autumn, _ = two
    delete_convening(db, autumn)
    assert [r.text for r in ledger.ledger(db)] == ["Share the story template"]


def test_owner_resolution_prefers_a_participant(db: Database, two: tuple[str, str]) -> None:
    autumn, _ = two
    person = commitments.resolve_owner(db, autumn, "jose ramirez")
    assert person.owner_id is not None and person.organisation == "City of Alder Springs"
    org = commitments.resolve_owner(db, autumn, "Parks Department")
    assert org.owner_id is None and org.organisation == "Parks Department"
