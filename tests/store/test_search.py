"""Full-text search: case and accents fold, the index follows every change, no input breaks it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from facilitator.core.clock import FakeClock
from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store import commitments
from facilitator.store.convenings import NewConvening, create_convening, delete_convening
from facilitator.store.database import Database
from facilitator.store.models import Convening, Entry, Participant
from facilitator.store.search import MARK_END, MARK_START, fts_query, search


def _entry(
    db: Database,
    convening_id: str,
    text: str,
    kind: EntryKind = EntryKind.NOTE,
    visibility: Visibility = Visibility.TEAM,
    **fields: str,
) -> str:
    with db.transaction() as session:
        c = session.scalar(select(Convening).where(Convening.uuid == convening_id))
        assert c is not None
        e = Entry(
            convening_id=c.id,
            kind=kind,
            text=text,
            visibility=visibility,
            captured_at=db.clock.now(),
            **fields,
        )
        session.add(e)
        session.flush()
        return e.uuid


def _edit(db: Database, entry_id: str, **changes: object) -> None:
    with db.transaction() as session:
        e = session.scalar(select(Entry).where(Entry.uuid == entry_id))
        assert e is not None
        for key, value in changes.items():
            setattr(e, key, value)


def ids(db: Database, query: str, **filters: object) -> set[str]:
    return {r.id for r in search(db, query, **filters)}  # type: ignore[arg-type]


@pytest.fixture
def convening(db: Database) -> str:
    return create_convening(db, NewConvening(title="Spring", start_date=date(2026, 3, 9)))


def test_case_and_accents_do_not_matter(db: Database, convening: str) -> None:
    quote = _entry(
        db, convening, "Budgets are moral documents", EntryKind.QUOTE, speaker="José Ramírez"
    )
    note = _entry(db, convening, "Nguyễn Thị Lan will host the ÉQUITY session")
    assert ids(db, "Ramirez") == {quote}
    assert ids(db, "jose") == {quote}
    assert ids(db, "RAMÍREZ budgets") == {quote}
    assert ids(db, "nguyen equity") == {note}
    assert ids(db, "Équité") == set()


def test_the_last_word_matches_as_it_is_typed(db: Database, convening: str) -> None:
    e = _entry(db, convening, "Equity budgeting report")
    assert ids(db, "equity budg") == {e}
    assert ids(db, "budg equity") == set()  # only the last word is a prefix
    assert ids(db, "equity budg ") == set()  # a space ends the word


def test_results_mark_the_match_and_name_where_it_was_said(db: Database, convening: str) -> None:
    _entry(db, convening, "The council wants stories, not spreadsheets")
    [result] = search(db, "stories")
    assert f"{MARK_START}stories{MARK_END}" in result.snippet
    assert result.marked("<b>", "</b>").count("<b>stories</b>") == 1
    assert (result.type, result.kind, result.convening_title) == ("entry", "note", "Spring")
    assert result.captured_at == db.clock.now()


def test_commitments_are_found_by_text_owner_and_organisation(db: Database, convening: str) -> None:
    with db.transaction() as session:
        c = session.scalar(select(Convening).where(Convening.uuid == convening))
        assert c is not None
        p = Participant(convening_id=c.id, name="Tomás Silva", organisation="Port Mercer")
        session.add(p)
        session.flush()
        person = p.uuid
    cid = commitments.add_commitment(db, convening, "Share the template", owner_id=person)
    [by_owner] = search(db, "tomas")
    assert (by_owner.id, by_owner.type, by_owner.kind) == (cid, "commitment", "commitment")
    assert ids(db, "mercer template") == {cid}
    commitments.update_commitment(db, cid, {"notes": "Waiting for legal review"})
    assert ids(db, "legal") == {cid}
    with db.transaction() as session:
        renamed = session.scalar(select(Participant).where(Participant.uuid == person))
        assert renamed is not None
        renamed.name = "Tomás Silva-Reyes"
    assert ids(db, "reyes") == {cid}


def test_edits_are_reindexed_and_tombstones_vanish(db: Database, convening: str) -> None:
    e = _entry(db, convening, "First draft about parks")
    _edit(db, e, text="Second draft about libraries")
    assert ids(db, "parks") == set()
    assert ids(db, "libraries") == {e}
    _edit(db, e, deleted=True)
    assert ids(db, "libraries") == set()
    _edit(db, e, deleted=False)
    assert ids(db, "libraries") == {e}
    cid = commitments.add_commitment(db, convening, "Publish the libraries map")
    commitments.delete_commitment(db, cid)
    assert ids(db, "libraries") == {e}
    delete_convening(db, convening)
    assert ids(db, "libraries") == set()


def test_a_deleted_row_leaves_the_index(db: Database, convening: str) -> None:
    e = _entry(db, convening, "Transit passes for staff")
    with db.transaction() as session:
        session.delete(session.scalar(select(Entry).where(Entry.uuid == e)))
    with db.read() as session:
        count = session.execute(select(Entry.id).where(Entry.uuid == e)).all()
    assert count == [] and ids(db, "transit") == set()


@pytest.mark.parametrize(
    "hostile",
    [
        'budget "equity',
        "C++",
        "-",
        "NOT",
        "AND OR",
        '"',
        "*",
        "near(",
        "a:b",
        "^x",
        "'",
        "",
        "   ",
        "body: x",
        "(((",
        "équité*",
        "\x00",
        "🙂",
        "x" * 500,
    ],
)
def test_hostile_input_never_raises(db: Database, convening: str, hostile: str) -> None:
    _entry(db, convening, "C is for council; budget equity NOT a spreadsheet")
    search(db, hostile)
    search(db, hostile, kinds={"note"}, convening=convening)


def test_hostile_input_still_finds_the_words_in_it(db: Database, convening: str) -> None:
    e = _entry(db, convening, "The budget for equity work")
    assert ids(db, 'budget "equity') == {e}
    assert ids(db, "-budget") == {e}  # not an exclusion: just a word
    assert fts_query("") == "" and fts_query('"*') == ""


def test_filters_by_kind_visibility_and_convening(db: Database, convening: str) -> None:
    other = create_convening(db, NewConvening(title="Autumn", start_date=date(2025, 10, 1)))
    note = _entry(db, convening, "housing vouchers", EntryKind.NOTE, Visibility.PRIVATE)
    decision = _entry(db, convening, "housing first", EntryKind.DECISION, Visibility.SHARED)
    elsewhere = _entry(db, other, "housing trust", EntryKind.NOTE, Visibility.TEAM)
    promise = commitments.add_commitment(db, other, "Housing report", visibility=Visibility.TEAM)
    assert ids(db, "housing") == {note, decision, elsewhere, promise}
    assert ids(db, "housing", kinds={"decision"}) == {decision}
    assert ids(db, "housing", kinds={"commitment", "note"}) == {note, elsewhere, promise}
    assert ids(db, "housing", visibilities={Visibility.TEAM}) == {elsewhere, promise}
    assert ids(db, "housing", convening=other) == {elsewhere, promise}
    assert ids(db, "housing", convening=convening, kinds={"note"}) == {note}
    assert ids(db, "housing", kinds=set()) == set()
    assert ids(db, "housing", visibilities=set()) == set()
    assert len(search(db, "housing", limit=2)) == 2


def test_results_come_newest_first(db: Database, clock: FakeClock, convening: str) -> None:
    older = _entry(db, convening, "parks plan")
    clock.advance(60)
    newer = _entry(db, convening, "parks budget")
    assert [r.id for r in search(db, "parks")] == [newer, older]
