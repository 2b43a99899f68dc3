"""True conflicts found while merging, and settling them.

A conflict is live while the field still holds the value the merge kept (same
stamp). Once anyone edits the field — here, or on another laptop whose edit
arrives in a later merge — the conflict is settled and no longer listed. Settling
is an ordinary stamped edit, so the choice travels to the other laptops too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from facilitator.core.hlc import stamp_of
from facilitator.store.database import Database
from facilitator.store.errors import NotFoundError
from facilitator.store.models import MergeConflict
from facilitator.store.record_io import MODELS, SPECS, from_json

_LABELS = {
    "agenda_item": "Agenda item",
    "attendance": "Attendance",
    "commitment": "Commitment",
    "convening": "Convening",
    "day": "Day",
    "entry": "Entry",
    "participant": "Participant",
    "run_event": "Run log",
}


@dataclass(frozen=True)
class ConflictView:
    id: int
    convening_id: str
    record_kind: str  # "Entry", "Agenda item"…
    record_id: str
    record_label: str  # the record's title, name or text, to recognise it
    field: str
    kept_value: Any
    other_value: Any


def _record(session: Session, row: MergeConflict) -> Any:
    model = MODELS.get(row.table_name)
    if model is None:
        return None
    return session.scalar(select(model).where(model.uuid == row.record_uuid))


def _live(session: Session, row: MergeConflict) -> Any:
    obj = _record(session, row)
    if obj is None or stamp_of(obj.stamps or {}, row.field) != row.kept_stamp:
        return None
    return obj


def _label(obj: Any) -> str:
    for name in ("title", "name", "text"):
        value = getattr(obj, name, None)
        if isinstance(value, str) and value:
            return value if len(value) <= 80 else value[:79] + "…"
    return ""


def list_conflicts(db: Database, convening_id: str) -> list[ConflictView]:
    """Conflicts still to settle in a convening, oldest first."""
    out = []
    with db.read() as session:
        rows = session.scalars(
            select(MergeConflict)
            .where(MergeConflict.convening_uuid == convening_id)
            .order_by(MergeConflict.id)
        )
        for row in rows:
            obj = _live(session, row)
            if obj is None:
                continue
            out.append(
                ConflictView(
                    id=row.id,
                    convening_id=convening_id,
                    record_kind=_LABELS.get(row.table_name, row.table_name),
                    record_id=row.record_uuid,
                    record_label=_label(obj),
                    field=row.field.removesuffix("_id").replace("_", " "),
                    kept_value=row.kept_value,
                    other_value=row.other_value,
                )
            )
    return out


def settle_conflict(db: Database, conflict_id: int, *, use_other: bool) -> None:
    """Keep the merged value or take the one set aside; either way a new stamped edit."""
    with db.transaction() as session:
        row = session.get(MergeConflict, conflict_id)
        obj = None if row is None else _live(session, row)
        if row is None or obj is None:
            raise NotFoundError("That conflict was already settled.")
        spec = SPECS[row.table_name]
        value = row.other_value if use_other else row.kept_value
        if row.field in spec.references:
            target = MODELS[spec.references[row.field]]
            value = (
                None
                if value is None
                else session.scalar(select(target.id).where(target.uuid == value))
            )
        else:
            value = from_json(spec, row.field, value)
        setattr(obj, row.field, value)
        # Stamped even when the kept value stays, so the other laptops see it settled.
        flag_modified(obj, row.field)
        session.delete(row)
