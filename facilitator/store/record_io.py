"""A convening's records as plain dicts with uuid references, and merged dicts written back.

The dict shape is the one :mod:`facilitator.core.merge` works on:
``{"table", "uuid", "fields", "stamps"}``. Foreign keys travel as the uuid of the
record they point at (a local integer id means nothing on another laptop), values
as JSON (dates, times and datetimes as ISO text, enums by value).

Reading and writing use SQL statements, not ORM objects, for speed; writes carry
the merged stamps exactly, since they never pass the stamping hook (which stamps
flushed ORM objects only).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, insert, select, update
from sqlalchemy.orm import Session

from facilitator.core.kinds import Visibility
from facilitator.core.merge import Record
from facilitator.store.models import (
    AgendaItem,
    Attendance,
    Commitment,
    Convening,
    Day,
    Entry,
    Participant,
    RunEvent,
    Syncable,
)
from facilitator.store.stamping import content_fields
from facilitator.store.types import StrEnumType, UTCDateTime

# Parents before children, so a reference always points at a row already written.
CONVENING_MODELS: tuple[type[Syncable], ...] = (
    Convening,
    Day,
    AgendaItem,
    Participant,
    Attendance,
    Entry,
    Commitment,
    RunEvent,
)
MODELS: dict[str, type[Syncable]] = {m.__tablename__: m for m in CONVENING_MODELS}  # type: ignore[attr-defined]
# Records whose visibility is private never leave this laptop.
PRIVATE_TABLES = ("entry", "commitment")
_CHUNK = 500


class RecordError(ValueError):
    """A record that does not fit this app's tables; the message names it."""


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type[Syncable]
    fields: tuple[str, ...]
    columns: dict[str, Column[Any]]
    references: dict[str, str]  # field -> referenced table


def _spec(model: type[Syncable]) -> TableSpec:
    table = model.__table__  # type: ignore[attr-defined]
    fields = tuple(content_fields(model))
    columns = {f: table.c[f] for f in fields}
    refs = {
        f: next(iter(c.foreign_keys)).column.table.name
        for f, c in columns.items()
        if c.foreign_keys
    }
    return TableSpec(table.name, model, fields, columns, refs)


SPECS: dict[str, TableSpec] = {name: _spec(model) for name, model in MODELS.items()}


def is_private(record: Record) -> bool:
    return record["table"] in PRIVATE_TABLES and (
        record["fields"].get("visibility") == Visibility.PRIVATE.value
    )


def _to_json(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def from_json(spec: TableSpec, field: str, value: Any) -> Any:
    """A JSON value as the column's Python value; RecordError when it can't be one."""
    if value is None or field in spec.references:
        return value
    kind = spec.columns[field].type
    try:
        if isinstance(kind, UTCDateTime):
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError("no time zone")
            return parsed
        if isinstance(kind, StrEnumType):
            return kind.enum(value)
        python = kind.python_type
    except (ValueError, TypeError, NotImplementedError) as exc:
        raise RecordError(f"{field} = {value!r} ({exc})") from exc
    try:
        if python is date:
            return date.fromisoformat(value)
        if python is time:
            return time.fromisoformat(value)
        if python is float and isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if python is dict or python is list or isinstance(value, python):
            return value
    except (ValueError, TypeError) as exc:
        raise RecordError(f"{field} = {value!r} ({exc})") from exc
    raise RecordError(f"{field} = {value!r} is not a {python.__name__}")


def _ids(session: Session, model: type[Syncable], where: Any) -> dict[int, str]:
    rows = session.execute(select(model.id, model.uuid).where(where))
    return {row.id: row.uuid for row in rows}


def read_convening(session: Session, convening_uuid: str) -> list[Record]:
    """Every record of a convening (private ones too: filter with is_private to share)."""
    convening = _ids(session, Convening, Convening.uuid == convening_uuid)
    if not convening:
        return []
    cid = next(iter(convening))
    days = _ids(session, Day, Day.convening_id == cid)
    items = _ids(session, AgendaItem, AgendaItem.day_id.in_(days))
    people = _ids(session, Participant, Participant.convening_id == cid)
    uuids = {"convening": convening, "day": days, "agenda_item": items, "participant": people}
    scope = {
        "convening": Convening.id == cid,
        "day": Day.convening_id == cid,
        "agenda_item": AgendaItem.day_id.in_(days),
        "participant": Participant.convening_id == cid,
        "attendance": Attendance.participant_id.in_(people),
        "entry": Entry.convening_id == cid,
        "commitment": Commitment.convening_id == cid,
        "run_event": RunEvent.day_id.in_(days),
    }
    out: list[Record] = []
    for name, spec in SPECS.items():
        table = spec.model.__table__  # type: ignore[attr-defined]
        cols = [table.c.uuid, table.c.stamps, *spec.columns.values()]
        for row in session.execute(select(*cols).where(scope[name])):
            values = row._mapping
            fields = {}
            for field in spec.fields:
                value = values[spec.columns[field]]
                if field in spec.references:
                    value = None if value is None else uuids[spec.references[field]].get(value)
                fields[field] = _to_json(value)
            out.append(
                {
                    "table": name,
                    "uuid": values[table.c.uuid],
                    "fields": fields,
                    "stamps": dict(values[table.c.stamps] or {}),
                }
            )
    return out


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _id_map(session: Session, model: type[Syncable], uuids: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for part in _chunks(sorted(set(uuids))):
        found.update({u: i for i, u in _ids(session, model, model.uuid.in_(part)).items()})
    return found


def write_records(session: Session, records: list[Record], renamed: dict[str, str]) -> None:
    """Insert or update merged records by uuid, with their stamps exactly as given.

    ``renamed`` maps a local uuid to the uuid its record was folded into: that row is
    updated in place, taking the new uuid. References must resolve (checked before).
    """
    by_table: dict[str, list[Record]] = {}
    for record in records:
        by_table.setdefault(record["table"], []).append(record)
    back = {new: old for old, new in renamed.items()}
    for name, spec in SPECS.items():
        todo = by_table.get(name, [])
        if not todo:
            continue
        refs = {
            field: _id_map(
                session,
                MODELS[target],
                (r["fields"][field] for r in todo if r["fields"].get(field) is not None),
            )
            for field, target in spec.references.items()
        }
        existing = _id_map(session, spec.model, (_local_uuid(back, r) for r in todo))
        inserts, updates = [], []
        for record in todo:
            row: dict[str, Any] = {"uuid": record["uuid"], "stamps": record["stamps"]}
            for field, value in record["fields"].items():
                if field in refs:
                    value = None if value is None else refs[field][value]
                row[field] = from_json(spec, field, value)
            local_id = existing.get(_local_uuid(back, record))
            if local_id is None:
                inserts.append(row)
            else:
                updates.append({"id": local_id, **row})
        if updates:
            session.execute(update(spec.model), updates)
        if inserts:
            session.execute(insert(spec.model), inserts)


def _local_uuid(back: dict[str, str], record: Record) -> str:
    uuid: str = record["uuid"]
    return back.get(uuid, uuid)
