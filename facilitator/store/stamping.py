"""The one place where changes are stamped with the device and the hybrid logical clock.

Every flush through a session made by :class:`facilitator.store.database.Database`
passes here: each new record gets a stamp on every field, each changed record
on the fields that changed. Code elsewhere never writes ``stamps`` itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, update
from sqlalchemy.orm import Session, sessionmaker

from facilitator.core.hlc import ALL_FIELDS, HybridClock
from facilitator.store.models import Meta, Syncable

HLC_KEY = "hlc"


def content_fields(model: type[Syncable]) -> list[str]:
    """The fields of a model that carry content, and so are stamped and merged."""
    mapper = inspect(model)
    return [c.key for c in mapper.column_attrs if c.key not in Syncable.BOOKKEEPING]


def _changed_fields(obj: Syncable) -> list[str]:
    state = inspect(obj)
    return [key for key in content_fields(type(obj)) if state.attrs[key].history.has_changes()]


def _stamp_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    clock: HybridClock = session.info["hlc"]
    touched: list[tuple[Syncable, list[str]]] = []
    for obj in session.new:
        if isinstance(obj, Syncable):
            touched.append((obj, [ALL_FIELDS]))
    for obj in session.dirty:
        if isinstance(obj, Syncable) and obj not in session.new:
            fields = _changed_fields(obj)
            if fields:
                touched.append((obj, fields))
    if not touched:
        return
    encoded = clock.tick().encode()
    for obj, fields in touched:
        # A new dict, so the JSON column sees the change.
        stamps = dict(obj.stamps or {})
        for field in fields:
            stamps[field] = encoded
        obj.stamps = stamps
    # The clock's high-water mark travels with the data it stamped, in the same transaction.
    session.execute(update(Meta).where(Meta.key == HLC_KEY).values(value=encoded))


def install_stamping(factory: sessionmaker[Session]) -> None:
    from sqlalchemy import event

    event.listen(factory, "before_flush", _stamp_before_flush)
