"""A commitment captured from the capture bar or the command line, in one call.

The commitments ledger (:mod:`facilitator.store.commitments`) owns a
commitment's whole life; capture only needs to turn "owner as typed" into a
participant or an organisation and record it with its date and visibility.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from facilitator.core.kinds import Visibility
from facilitator.store import commitments
from facilitator.store.database import Database


@dataclass(frozen=True)
class CapturedCommitment:
    id: str
    text: str
    owner_name: str
    owner_organisation: str
    due_date: date | None
    visibility: Visibility
    item_id: str | None


def owner_choices(db: Database, convening_id: str) -> list[str]:
    """Participants' names and the organisations, for completing the owner field."""
    return [c.label.split(" (")[0] for c in commitments.owner_choices(db, convening_id)]


def capture_commitment(
    db: Database,
    convening_id: str,
    text: str,
    owner: str,
    due_date: date | None,
    visibility: Visibility,
    item_id: str | None = None,
) -> CapturedCommitment:
    """Save a commitment; ``owner`` is a participant's name, else an organisation."""
    choice = commitments.resolve_owner(db, convening_id, owner) if owner.strip() else None
    new_id = commitments.add_commitment(
        db,
        convening_id,
        text,
        owner_id=choice.owner_id if choice else None,
        organisation=choice.organisation if choice else "",
        due_date=due_date,
        visibility=visibility,
        agenda_item_id=item_id,
    )
    record = commitments.get_commitment(db, new_id)
    return CapturedCommitment(
        new_id,
        record.text,
        choice.label.split(" (")[0] if choice and choice.owner_id else "",
        choice.organisation if choice else "",
        due_date,
        visibility,
        item_id,
    )


def set_commitment_deleted(db: Database, commitment_id: str, deleted: bool) -> None:
    commitments.set_deleted(db, commitment_id, deleted)
