"""Commitments: who promised what by when, and the operations on them.

Views, the command line and exports work with :class:`CommitmentRecord`, a frozen
snapshot; the ledger across convenings lives in :mod:`facilitator.store.ledger`.
A deletion is a tombstone, so undo brings back the same commitment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from facilitator.core.kinds import CommitmentStatus, Visibility
from facilitator.core.text_fold import fold
from facilitator.store.convenings import _live
from facilitator.store.database import Database
from facilitator.store.errors import NotFoundError, StoreError
from facilitator.store.models import AgendaItem, Commitment, Day, Participant
from facilitator.store.settings import Settings

# Statuses that still need following up.
OPEN_STATUSES = frozenset({CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS})

EDITABLE_FIELDS = frozenset(
    {"text", "owner_id", "organisation", "due_date", "status", "visibility", "notes"}
    | {"agenda_item_id"}
)


class CommitmentNotFoundError(NotFoundError):
    pass


@dataclass(frozen=True)
class CommitmentRecord:
    id: str
    convening_id: str
    convening_title: str
    convening_series: str
    convening_start: date | None
    text: str
    owner_id: str | None
    owner_name: str
    organisation: str
    due_date: date | None
    status: CommitmentStatus
    visibility: Visibility
    notes: str
    agenda_item_id: str | None
    agenda_item_title: str
    captured_at: datetime | None
    overdue: bool

    @property
    def convening_short(self) -> str:
        """The convening's title without its series ("Spring Convening"), for narrow columns."""
        series, title = self.convening_series.strip(), self.convening_title
        if series and title.startswith(series) and len(title) > len(series) + 2:
            return title[len(series) :].lstrip(" :—–-") or title
        return title

    @property
    def owner_label(self) -> str:
        """ "Name (Organisation)", or whichever of the two is known."""
        if self.owner_name and self.organisation:
            return f"{self.owner_name} ({self.organisation})"
        return self.owner_name or self.organisation


def is_overdue(due: date | None, status: CommitmentStatus, today: date) -> bool:
    return due is not None and due < today and status in OPEN_STATUSES


def today_of(db: Database) -> date:
    """Today by the store's clock, so a test can move it."""
    return db.clock.now().date()


def record_of(c: Commitment, today: date) -> CommitmentRecord:
    # No ORM relationship to the item: a get() hits the session's identity map when preloaded.
    session = object_session(c)
    item = None
    if c.agenda_item_id is not None and session is not None:
        item = session.get(AgendaItem, c.agenda_item_id)
    return CommitmentRecord(
        id=c.uuid,
        convening_id=c.convening.uuid,
        convening_title=c.convening.title,
        convening_series=c.convening.series,
        convening_start=c.convening.start_date,
        text=c.text,
        owner_id=c.owner.uuid if c.owner is not None else None,
        owner_name=c.owner.name if c.owner is not None else "",
        organisation=c.owner_organisation,
        due_date=c.due_date,
        status=c.status,
        visibility=c.visibility,
        notes=c.notes,
        agenda_item_id=item.uuid if item is not None else None,
        agenda_item_title=item.title if item is not None else "",
        captured_at=c.captured_at,
        overdue=is_overdue(c.due_date, c.status, today),
    )


def _find(session: Session, commitment_id: str, *, live: bool = True) -> Commitment:
    stmt = select(Commitment).where(Commitment.uuid == commitment_id)
    if live:
        stmt = stmt.where(Commitment.deleted.is_(False))
    found = session.scalar(stmt)
    if found is None:
        raise CommitmentNotFoundError(f"No commitment with id {commitment_id}.")
    return found


def _participant(session: Session, convening_pk: int, participant_id: str) -> Participant:
    found = session.scalar(
        select(Participant).where(
            Participant.uuid == participant_id,
            Participant.convening_id == convening_pk,
            Participant.deleted.is_(False),
        )
    )
    if found is None:
        raise StoreError("The owner must be a participant of the same convening.")
    return found


def _agenda_item(session: Session, convening_pk: int, item_id: str) -> AgendaItem:
    found = session.scalar(
        select(AgendaItem)
        .join(Day)
        .where(
            AgendaItem.uuid == item_id,
            Day.convening_id == convening_pk,
            AgendaItem.deleted.is_(False),
        )
    )
    if found is None:
        raise StoreError("That agenda item is not part of this convening.")
    return found


def _clean_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise StoreError("A commitment needs a text: what will be done?")
    return cleaned


def add_commitment(
    db: Database,
    convening_id: str,
    text: str,
    *,
    owner_id: str | None = None,
    organisation: str = "",
    due_date: date | None = None,
    status: CommitmentStatus = CommitmentStatus.OPEN,
    visibility: Visibility | None = None,
    notes: str = "",
    agenda_item_id: str | None = None,
    settings: Settings | None = None,
) -> str:
    """Record a commitment; returns its id.

    The owner is a participant (``owner_id``) or an organisation; a person's
    organisation is filled in from their participant record unless given.
    Visibility defaults to the device's setting for commitments.
    """
    if visibility is None:
        visibility = Visibility((settings or Settings()).commitment_visibility)
    with db.transaction() as session:
        convening = _live(session, convening_id)
        c = Commitment(
            convening_id=convening.id,
            text=_clean_text(text),
            owner_organisation=organisation.strip(),
            due_date=due_date,
            status=CommitmentStatus(status),
            visibility=Visibility(visibility),
            notes=notes,
            captured_at=db.clock.now(),
            author_device=db.device_id,
        )
        if owner_id:
            owner = _participant(session, convening.id, owner_id)
            c.owner_participant_id = owner.id
            c.owner_organisation = c.owner_organisation or owner.organisation
        if agenda_item_id:
            c.agenda_item_id = _agenda_item(session, convening.id, agenda_item_id).id
        session.add(c)
        session.flush()
        return c.uuid


def get_commitment(db: Database, commitment_id: str) -> CommitmentRecord:
    with db.read() as session:
        return record_of(_find(session, commitment_id), today_of(db))


def update_commitment(
    db: Database, commitment_id: str, changes: Mapping[str, object]
) -> CommitmentRecord:
    """Change some fields (names as in CommitmentRecord); returns the commitment after.

    Giving a new ``owner_id`` (a participant) also takes their organisation,
    unless ``organisation`` is part of the same change.
    """
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise StoreError(f"Commitments have no field {', '.join(sorted(unknown))}.")
    with db.transaction() as session:
        c = _find(session, commitment_id)
        if "text" in changes:
            c.text = _clean_text(str(changes["text"]))
        if "owner_id" in changes:
            owner_id = changes["owner_id"]
            if owner_id:
                owner = _participant(session, c.convening_id, str(owner_id))
                c.owner_participant_id = owner.id
                if "organisation" not in changes:
                    c.owner_organisation = owner.organisation
            else:
                c.owner_participant_id = None
        if "organisation" in changes:
            c.owner_organisation = str(changes["organisation"] or "").strip()
        if "due_date" in changes:
            due = changes["due_date"]
            if due is not None and not isinstance(due, date):
                raise StoreError("A due date must be a date.")
            c.due_date = due
        if "status" in changes:
            c.status = CommitmentStatus(str(changes["status"]))
        if "visibility" in changes:
            c.visibility = Visibility(str(changes["visibility"]))
        if "notes" in changes:
            c.notes = str(changes["notes"] or "")
        if "agenda_item_id" in changes:
            item_id = changes["agenda_item_id"]
            c.agenda_item_id = (
                _agenda_item(session, c.convening_id, str(item_id)).id if item_id else None
            )
        session.flush()
        session.refresh(c)
        return record_of(c, today_of(db))


def set_status(db: Database, commitment_id: str, status: CommitmentStatus) -> CommitmentRecord:
    return update_commitment(db, commitment_id, {"status": status})


def set_deleted(db: Database, commitment_id: str, deleted: bool) -> None:
    """Delete (as a tombstone) or bring back a commitment."""
    with db.transaction() as session:
        _find(session, commitment_id, live=False).deleted = deleted


def delete_commitment(db: Database, commitment_id: str) -> None:
    set_deleted(db, commitment_id, True)


def restore_commitment(db: Database, commitment_id: str) -> None:
    set_deleted(db, commitment_id, False)


@dataclass(frozen=True)
class OwnerChoice:
    """One way to name an owner in a convening: a participant, or an organisation alone."""

    label: str
    owner_id: str | None
    organisation: str


def owner_choices(db: Database, convening_id: str) -> list[OwnerChoice]:
    """The convening's participants, then its organisations, for an owner picker."""
    with db.read() as session:
        convening = _live(session, convening_id)
        people = [p for p in convening.participants if not p.deleted]
        orgs = {p.organisation for p in people if p.organisation}
        orgs |= {c.owner_organisation for c in convening.commitments if c.owner_organisation}
    choices = [
        OwnerChoice(
            f"{p.name} ({p.organisation})" if p.organisation else p.name, p.uuid, p.organisation
        )
        for p in people
    ]
    choices += [OwnerChoice(org, None, org) for org in sorted(orgs, key=fold)]
    return choices


def resolve_owner(db: Database, convening_id: str, typed: str) -> OwnerChoice:
    """What a typed owner means: a participant whose name or label matches, else an organisation."""
    wanted = fold(typed.strip())
    for choice in owner_choices(db, convening_id):
        name = choice.label.split(" (")[0]
        if wanted in (fold(choice.label), fold(name)):
            return choice
    return OwnerChoice(typed.strip(), None, typed.strip())
