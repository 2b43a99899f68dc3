"""The commitments ledger: every commitment across convenings, for following up between them.

Filters narrow by organisation, person, status, overdue, convening and words;
matching ignores case and accents ("jose" finds "José"). Overdue commitments
come first, then the rest by due date, undated last.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator.core.kinds import CommitmentStatus, Visibility
from facilitator.core.text_fold import contains_folded, fold
from facilitator.store.commitments import OPEN_STATUSES, CommitmentRecord, record_of, today_of
from facilitator.store.convenings import ConveningSummary, _live, _summary
from facilitator.store.database import Database
from facilitator.store.models import AgendaItem, Commitment, Convening


@dataclass(frozen=True)
class LedgerFilter:
    """What to show; every field left empty shows everything."""

    organisation: str = ""
    person: str = ""
    statuses: frozenset[CommitmentStatus] = field(default_factory=frozenset)
    overdue_only: bool = False
    convening_id: str | None = None
    text: str = ""
    visibilities: frozenset[Visibility] = field(default_factory=frozenset)


def sort_key(r: CommitmentRecord) -> tuple[bool, bool, date, str]:
    """Overdue first, then the soonest due, undated last."""
    return (not r.overdue, r.due_date is None, r.due_date or date.max, fold(r.text))


def _matches(r: CommitmentRecord, f: LedgerFilter) -> bool:
    if f.organisation and fold(r.organisation) != fold(f.organisation.strip()):
        return False
    if f.person and not contains_folded(r.owner_name, f.person):
        return False
    if f.overdue_only and not r.overdue:
        return False
    if f.visibilities and r.visibility not in f.visibilities:
        return False
    if f.text:
        haystack = " ".join((r.text, r.notes, r.owner_name, r.organisation, r.convening_title))
        if not contains_folded(haystack, f.text):
            return False
    return True


def ledger(
    db: Database, filters: LedgerFilter | None = None, today: date | None = None
) -> list[CommitmentRecord]:
    """Live commitments of live convenings that pass ``filters``, overdue first."""
    f = filters or LedgerFilter()
    day = today or today_of(db)
    stmt = (
        select(Commitment)
        .join(Convening)
        .where(Commitment.deleted.is_(False), Convening.deleted.is_(False))
        .options(
            selectinload(Commitment.convening),
            selectinload(Commitment.owner),
        )
    )
    if f.statuses:
        stmt = stmt.where(Commitment.status.in_(sorted(f.statuses)))
    if f.overdue_only:
        stmt = stmt.where(Commitment.due_date < day, Commitment.status.in_(sorted(OPEN_STATUSES)))
    if f.convening_id:
        stmt = stmt.where(Convening.uuid == f.convening_id)
    with db.read() as session:
        found = list(session.scalars(stmt))
        item_ids = {c.agenda_item_id for c in found if c.agenda_item_id is not None}
        if item_ids:
            list(session.scalars(select(AgendaItem).where(AgendaItem.id.in_(item_ids))))
        records = [record_of(c, day) for c in found]
    return sorted((r for r in records if _matches(r, f)), key=sort_key)


@dataclass(frozen=True)
class LedgerFacets:
    """The values the ledger's filters can take, from the commitments themselves."""

    organisations: list[str]
    people: list[str]
    convenings: list[tuple[str, str]]  # (id, title), newest first


def facets(records: Iterable[CommitmentRecord]) -> LedgerFacets:
    rows = list(records)
    orgs = {fold(r.organisation): r.organisation for r in rows if r.organisation}
    people = {fold(r.owner_name): r.owner_name for r in rows if r.owner_name}
    convenings = {r.convening_id: (r.convening_start, r.convening_title) for r in rows}
    ordered = sorted(convenings.items(), key=lambda kv: kv[1][0] or date.min, reverse=True)
    return LedgerFacets(
        organisations=sorted(orgs.values(), key=fold),
        people=sorted(people.values(), key=fold),
        convenings=[(cid, title) for cid, (_start, title) in ordered],
    )


@dataclass(frozen=True)
class Review:
    """Open commitments of the previous convening of a series, to review at this one."""

    previous: ConveningSummary | None
    commitments: list[CommitmentRecord]


def previous_in_series(db: Database, convening_id: str) -> ConveningSummary | None:
    """The live convening of the same series that started last before this one."""
    with db.read() as session:
        this = _live(session, convening_id)
        if not this.series.strip() or this.start_date is None:
            return None
        earlier = session.scalar(
            select(Convening)
            .where(
                Convening.deleted.is_(False),
                Convening.series == this.series,
                Convening.start_date < this.start_date,
                Convening.id != this.id,
            )
            .order_by(Convening.start_date.desc(), Convening.id.desc())
            .limit(1)
        )
        return _summary(earlier) if earlier is not None else None


def review_at(db: Database, convening_id: str, today: date | None = None) -> Review:
    """What to review at ``convening_id``: the last convening's still-open commitments."""
    previous = previous_in_series(db, convening_id)
    if previous is None:
        return Review(None, [])
    f = LedgerFilter(statuses=OPEN_STATUSES, convening_id=previous.id)
    return Review(previous, ledger(db, f, today))
