"""Checking records that arrived from another laptop before anything is written.

Every problem is a :class:`BadRecordsError` whose message names the record and
what is wrong with it, so "the file changes nothing and says why".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from facilitator.core.hlc import Stamp
from facilitator.core.merge import Key, Record
from facilitator.store.errors import StoreError
from facilitator.store.record_io import SPECS, RecordError, from_json

MAX_TEXT = 1_000_000  # one field's text; far above any real note


class BadRecordsError(StoreError):
    """Records that can't be merged; nothing was changed."""


def _where(table: str, uuid: Any) -> str:
    return f"{table.replace('_', ' ')} {str(uuid)[:36]!r}"


def check_record(raw: Any, table: str) -> Record:
    """One record's shape, fields, values and stamps; returns it as a merge record."""
    if not isinstance(raw, dict):
        raise BadRecordsError(f"A {table.replace('_', ' ')} record is not an object.")
    uuid, fields, stamps = raw.get("uuid"), raw.get("fields"), raw.get("stamps")
    if not isinstance(uuid, str) or not 0 < len(uuid) <= 36:
        raise BadRecordsError(f"A {table.replace('_', ' ')} record has no valid uuid.")
    where = _where(table, uuid)
    if not isinstance(fields, dict) or not isinstance(stamps, dict) or not stamps:
        raise BadRecordsError(f"The {where} has no fields or no stamps.")
    spec = SPECS[table]
    unknown = sorted(set(fields) - set(spec.fields))
    if unknown:
        raise BadRecordsError(f"The {where} has fields this version does not know: {unknown}.")
    for name, stamp in stamps.items():
        if not isinstance(stamp, str) or (name != "*" and name not in spec.fields):
            raise BadRecordsError(f"The {where} has a stamp for an unknown field {name!r}.")
        try:
            Stamp.decode(stamp)
        except ValueError as exc:
            raise BadRecordsError(f"The {where} has a broken stamp: {exc}.") from exc
    for name, value in fields.items():
        if name in spec.references:
            if value is not None and not isinstance(value, str):
                raise BadRecordsError(f"The {where} refers to {value!r}, which is not a uuid.")
            continue
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise BadRecordsError(f"The {where} has an overlong {name}.")
        try:
            from_json(spec, name, value)
        except RecordError as exc:
            raise BadRecordsError(f"The {where} has an invalid value: {exc}.") from exc
    return {"table": table, "uuid": uuid, "fields": fields, "stamps": stamps}


def check_records(by_table: dict[str, Any], convening_uuid: str) -> list[Record]:
    """All records of one convening, from ``{table: [raw records]}``; uuids unique."""
    records: list[Record] = []
    seen: set[Key] = set()
    for table, raws in by_table.items():
        if table not in SPECS:
            raise BadRecordsError(f"Unknown kind of record: {table!r}.")
        if not isinstance(raws, list):
            raise BadRecordsError(f"The {table} records are not a list.")
        for raw in raws:
            record = check_record(raw, table)
            key = (table, record["uuid"])
            if key in seen:
                raise BadRecordsError(f"The {_where(*key)} appears twice.")
            seen.add(key)
            records.append(record)
    conv = [r for r in records if r["table"] == "convening"]
    if len(conv) > 1 or (conv and conv[0]["uuid"] != convening_uuid):
        raise BadRecordsError("The records belong to a different convening than the file says.")
    return records


def check_references(records: Iterable[Record], known: set[Key]) -> None:
    """Every reference points at a record in ``known`` (the merged convening)."""
    for record in records:
        spec = SPECS[record["table"]]
        for field, target in spec.references.items():
            value = record["fields"].get(field)
            if value is not None and (target, value) not in known:
                raise BadRecordsError(
                    f"The {_where(record['table'], record['uuid'])} points at "
                    f"{_where(target, value)}, which is not part of this convening."
                )
