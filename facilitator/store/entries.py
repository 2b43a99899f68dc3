"""Captured entries (notes, decisions, questions, parking-lot items, quotes, feedback).

Views and the command line work with :class:`EntryRecord` snapshots keyed by
uuid. Every change is one transaction; deletion is a tombstone so it can be
undone and merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.kinds import DecisionForce, EntryKind, FeedbackPolarity, Visibility
from facilitator.store.convenings import _live
from facilitator.store.database import Database
from facilitator.store.errors import NotFoundError, StoreError
from facilitator.store.models import AgendaItem, Day, Entry
from facilitator.store.settings import Settings


@dataclass(frozen=True)
class EntryRecord:
    id: str
    convening_id: str
    kind: EntryKind
    text: str
    visibility: Visibility
    captured_at: datetime
    author_device: str
    item_id: str | None
    item_title: str
    rationale: str = ""
    force: DecisionForce | None = None
    speaker: str = ""
    polarity: FeedbackPolarity | None = None
    resolved_at: datetime | None = None
    resolution: str = ""


@dataclass(frozen=True)
class NewEntry:
    """What the capture bar or the command line says about a new entry.

    ``visibility`` None means the default for the kind from the settings.
    """

    kind: EntryKind
    text: str
    visibility: Visibility | None = None
    item_id: str | None = None
    rationale: str = ""
    force: DecisionForce | None = None
    speaker: str = ""
    polarity: FeedbackPolarity | None = None


class _Keep:
    """Marker for "leave this field as it is" in :func:`update_entry`."""


KEEP: Final = _Keep()


def _record(e: Entry, convening_id: str) -> EntryRecord:
    item = e.agenda_item
    return EntryRecord(
        id=e.uuid,
        convening_id=convening_id,
        kind=e.kind,
        text=e.text,
        visibility=e.visibility,
        captured_at=e.captured_at,
        author_device=e.author_device,
        item_id=item.uuid if item is not None and not item.deleted else None,
        item_title=item.title if item is not None and not item.deleted else "",
        rationale=e.rationale,
        force=e.force,
        speaker=e.speaker,
        polarity=e.polarity,
        resolved_at=e.resolved_at,
        resolution=e.resolution,
    )


def clean_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise StoreError("An entry needs some text.")
    return cleaned


def item_pk(session: Session, convening_pk: int, item_id: str | None) -> int | None:
    """The row id of a live agenda item of this convening (None stays None)."""
    if item_id is None:
        return None
    found = session.scalar(
        select(AgendaItem.id)
        .join(Day, AgendaItem.day_id == Day.id)
        .where(
            AgendaItem.uuid == item_id,
            AgendaItem.deleted.is_(False),
            Day.convening_id == convening_pk,
        )
    )
    if found is None:
        raise NotFoundError("That agenda item is not in this convening (any more).")
    return found


def _entry(session: Session, entry_id: str, *, live: bool = True) -> Entry:
    stmt = select(Entry).where(Entry.uuid == entry_id)
    if live:
        stmt = stmt.where(Entry.deleted.is_(False))
    found = session.scalar(stmt)
    if found is None:
        raise NotFoundError("That entry no longer exists.")
    return found


def add_entry(
    db: Database, convening_id: str, spec: NewEntry, settings: Settings | None = None
) -> EntryRecord:
    """Save a new entry stamped with this device and the clock's time."""
    visibility = spec.visibility or (settings or Settings()).visibility_for(spec.kind)
    with db.transaction() as session:
        c = _live(session, convening_id)
        e = Entry(
            convening_id=c.id,
            agenda_item_id=item_pk(session, c.id, spec.item_id),
            kind=spec.kind,
            text=clean_text(spec.text),
            visibility=visibility,
            captured_at=db.clock.now(),
            author_device=db.device_id,
            rationale=spec.rationale.strip() if spec.kind == EntryKind.DECISION else "",
            force=spec.force if spec.kind == EntryKind.DECISION else None,
            speaker=spec.speaker.strip() if spec.kind == EntryKind.QUOTE else "",
            polarity=spec.polarity if spec.kind == EntryKind.FEEDBACK else None,
        )
        session.add(e)
        session.flush()
        return _record(e, c.uuid)


def get_entry(db: Database, entry_id: str) -> EntryRecord:
    with db.read() as session:
        e = _entry(session, entry_id)
        return _record(e, e.convening.uuid)


def list_entries(
    db: Database,
    convening_id: str,
    *,
    kinds: Iterable[EntryKind] | None = None,
    visibility: Visibility | None = None,
    item_id: str | None = None,
) -> list[EntryRecord]:
    """A convening's live entries in the order they were captured, optionally filtered."""
    with db.read() as session:
        c = _live(session, convening_id)
        stmt = select(Entry).where(Entry.convening_id == c.id, Entry.deleted.is_(False))
        if kinds is not None:
            stmt = stmt.where(Entry.kind.in_(list(kinds)))
        if visibility is not None:
            stmt = stmt.where(Entry.visibility == visibility)
        if item_id is not None:
            stmt = stmt.where(Entry.agenda_item_id == item_pk(session, c.id, item_id))
        stmt = stmt.order_by(Entry.captured_at, Entry.id)
        return [_record(e, c.uuid) for e in session.scalars(stmt)]


def update_entry(
    db: Database,
    entry_id: str,
    *,
    text: str | _Keep = KEEP,
    rationale: str | _Keep = KEEP,
    force: DecisionForce | _Keep | None = KEEP,
    speaker: str | _Keep = KEEP,
    polarity: FeedbackPolarity | _Keep | None = KEEP,
) -> EntryRecord:
    """Change the given fields of an entry; the others keep their values."""
    with db.transaction() as session:
        e = _entry(session, entry_id)
        if not isinstance(text, _Keep):
            e.text = clean_text(text)
        if not isinstance(rationale, _Keep):
            e.rationale = rationale.strip()
        if not isinstance(force, _Keep):
            e.force = force
        if not isinstance(speaker, _Keep):
            e.speaker = speaker.strip()
        if not isinstance(polarity, _Keep):
            e.polarity = polarity
        session.flush()
        return _record(e, e.convening.uuid)


def set_visibility(
    db: Database, entry_ids: Sequence[str], visibility: Visibility | dict[str, Visibility]
) -> dict[str, Visibility]:
    """Give many entries one visibility (or each its own); returns what each had before."""
    before: dict[str, Visibility] = {}
    with db.transaction() as session:
        for entry_id in entry_ids:
            e = _entry(session, entry_id)
            before[entry_id] = e.visibility
            e.visibility = visibility[entry_id] if isinstance(visibility, dict) else visibility
    return before


def move_entries(
    db: Database, entry_ids: Sequence[str], item_id: str | dict[str, str | None] | None
) -> dict[str, str | None]:
    """File entries under another agenda item (or none); returns where each was before."""
    before: dict[str, str | None] = {}
    with db.transaction() as session:
        for entry_id in entry_ids:
            e = _entry(session, entry_id)
            old = e.agenda_item
            before[entry_id] = old.uuid if old is not None and not old.deleted else None
            target = item_id[entry_id] if isinstance(item_id, dict) else item_id
            e.agenda_item_id = item_pk(session, e.convening_id, target)
    return before


def set_deleted(db: Database, entry_ids: Sequence[str], deleted: bool) -> None:
    """Delete entries as tombstones, or bring them back."""
    with db.transaction() as session:
        for entry_id in entry_ids:
            _entry(session, entry_id, live=False).deleted = deleted
