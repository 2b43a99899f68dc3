"""Merging two copies of a convening's records: each field's last writer wins, by clock stamp.

A record here is a plain dict ``{"table", "uuid", "fields", "stamps"}``: ``fields``
maps a field name to a JSON-ready value (references hold the other record's
uuid, never a local id; the tombstone is the ``deleted`` field) and ``stamps``
maps a field name to the encoded hybrid-logical-clock stamp of its last change,
``"*"`` standing for every field not listed. Encoded stamps sort as text, so
"last writer wins" is a string comparison, and ties cannot happen between
devices because the device id is part of the stamp.

A *true conflict* is the same field changed on both sides since they last met:
neither side had seen the other's stamp. Knowledge is a version vector,
``{device: highest stamp seen from it}``. The merge still picks the later
stamp (so every device agrees without asking anyone), and reports the value it
set aside so a person can settle it; settling is an ordinary, newer edit.

The merge is a join: order-independent (A then B equals B then A), idempotent
(applying twice equals once) and associative, which the property tests check.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from facilitator.core.hlc import ALL_FIELDS, stamp_of

Record = dict[str, Any]
VersionVector = dict[str, str]
Key = tuple[str, str]

# Tables whose records are one per natural key, whatever their uuid: two laptops
# checking in the same person on the same day each create an attendance record.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {"attendance": ("participant_id", "day_id")}

# Concurrent changes nobody needs to settle (two check-in times a minute apart).
QUIET_FIELDS: frozenset[tuple[str, str]] = frozenset({("attendance", "checked_in_at")})


@dataclass(frozen=True)
class Conflict:
    """One field both sides changed without seeing the other: the kept value and the other."""

    table: str
    uuid: str
    field: str
    kept_value: Any
    kept_stamp: str
    other_value: Any
    other_stamp: str


@dataclass(frozen=True)
class MergeResult:
    records: dict[Key, Record]
    # Records to write: new, or different from the local copy.
    changed: list[Record] = field(default_factory=list)
    # Local uuid -> the uuid its record was folded into (natural-key duplicates).
    renamed: dict[str, str] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    knowledge: VersionVector = field(default_factory=dict)
    max_stamp: str = ""


def device_of(stamp: str) -> str:
    """The device that issued an encoded stamp ("" for no stamp)."""
    parts = stamp.split(".", 2)
    return parts[2] if len(parts) == 3 else ""


def field_stamps(record: Record) -> dict[str, str]:
    """Every field's own stamp, with ``"*"`` resolved."""
    stamps: dict[str, str] = record.get("stamps") or {}
    return {name: stamp_of(stamps, name) for name in record["fields"]}


def canonical_stamps(per_field: Mapping[str, str]) -> dict[str, str]:
    """The one compact stamp map for a set of per-field stamps: "*" is the oldest."""
    present = {name: s for name, s in per_field.items() if s}
    if not present:
        return {}
    base = min(present.values())
    out = {ALL_FIELDS: base}
    out.update({name: s for name, s in sorted(present.items()) if s != base})
    return out


def knowledge_of(
    records: Iterable[Record], known: Mapping[str, str] | None = None
) -> VersionVector:
    """The version vector ``known`` extended by every stamp in ``records``."""
    vector: VersionVector = dict(known or {})
    for record in records:
        for stamp in (record.get("stamps") or {}).values():
            device = device_of(stamp)
            if device and stamp > vector.get(device, ""):
                vector[device] = stamp
    return vector


def join_knowledge(*vectors: Mapping[str, str]) -> VersionVector:
    out: VersionVector = {}
    for vector in vectors:
        for device, stamp in vector.items():
            if stamp > out.get(device, ""):
                out[device] = stamp
    return out


def _tiebreak(value: Any) -> str:
    # Only malformed data has two values under one stamp; still decide the same way everywhere.
    return json.dumps(value, sort_keys=True, default=str)


def _natural_key(record: Record) -> Key | None:
    names = NATURAL_KEYS.get(record["table"])
    if names is None:
        return None
    fields = record["fields"]
    return record["table"], json.dumps([fields.get(n) for n in names], default=str)


def merge_record(
    local: Record,
    remote: Record,
    local_knows: Mapping[str, str],
    remote_knows: Mapping[str, str],
) -> tuple[Record, list[Conflict]]:
    """One record from two copies of it, field by field, and the true conflicts found."""
    table = local["table"]
    uuid = min(local["uuid"], remote["uuid"])
    ls, rs = field_stamps(local), field_stamps(remote)
    lf, rf = local["fields"], remote["fields"]
    fields: dict[str, Any] = {}
    stamps: dict[str, str] = {}
    conflicts: list[Conflict] = []
    for name in sorted(set(lf) | set(rf)):
        sl = ls.get(name, "") if name in lf else ""
        sr = rs.get(name, "") if name in rf else ""
        vl, vr = lf.get(name), rf.get(name)
        local_wins = (sl, _tiebreak(vl)) >= (sr, _tiebreak(vr))
        if name not in rf:
            local_wins = True
        elif name not in lf:
            local_wins = False
        kept, kept_stamp, other, other_stamp = (vl, sl, vr, sr) if local_wins else (vr, sr, vl, sl)
        fields[name], stamps[name] = kept, kept_stamp
        concurrent = (
            sl
            and sr
            and sl != sr
            and sl > remote_knows.get(device_of(sl), "")
            and sr > local_knows.get(device_of(sr), "")
        )
        if concurrent and vl != vr and (table, name) not in QUIET_FIELDS:
            conflicts.append(Conflict(table, uuid, name, kept, kept_stamp, other, other_stamp))
    merged = {"table": table, "uuid": uuid, "fields": fields, "stamps": canonical_stamps(stamps)}
    return merged, conflicts


def _same(a: Record, b: Record) -> bool:
    return (
        a["uuid"] == b["uuid"]
        and a["fields"] == b["fields"]
        and (field_stamps(a) == field_stamps(b))
    )


def merge(
    local: Iterable[Record],
    remote: Iterable[Record],
    *,
    local_knows: Mapping[str, str] | None = None,
    remote_knows: Mapping[str, str] | None = None,
) -> MergeResult:
    """Merge ``remote`` into ``local``; neither input is changed.

    ``local_knows`` / ``remote_knows`` say what each side had seen before this merge
    (each is extended by the stamps in its own records). The result holds every
    record, the ones to write locally, and the knowledge to remember afterwards.
    """
    by_key: dict[Key, Record] = {}
    by_natural: dict[Key, Key] = {}
    for record in local:
        key = (record["table"], record["uuid"])
        by_key[key] = record
        natural = _natural_key(record)
        if natural is not None:
            by_natural[natural] = key
    remote_list = list(remote)
    lk = knowledge_of(by_key.values(), local_knows)
    rk = knowledge_of(remote_list, remote_knows)
    local_keys = set(by_key)
    changed: dict[Key, Record] = {}
    renamed: dict[str, str] = {}
    conflicts: list[Conflict] = []
    for record in remote_list:
        key = (record["table"], record["uuid"])
        mine_key = key if key in by_key else None
        natural = _natural_key(record)
        if mine_key is None and natural is not None:
            mine_key = by_natural.get(natural)
        if mine_key is None:
            merged = {**record, "stamps": canonical_stamps(field_stamps(record))}
            by_key[key] = merged
            if natural is not None:
                by_natural[natural] = key
            changed[key] = merged
            continue
        mine = by_key[mine_key]
        merged, found = merge_record(mine, record, lk, rk)
        conflicts.extend(found)
        merged_key = (merged["table"], merged["uuid"])
        if merged_key != mine_key:
            del by_key[mine_key]
            changed.pop(mine_key, None)
            if mine_key in local_keys:
                renamed[mine_key[1]] = merged["uuid"]
            if natural is not None:
                by_natural[natural] = merged_key
        by_key[merged_key] = merged
        if not _same(mine, merged) or merged_key != mine_key:
            changed[merged_key] = merged
    stamps_seen = knowledge_of(by_key.values())
    return MergeResult(
        records=by_key,
        changed=list(changed.values()),
        renamed=renamed,
        conflicts=conflicts,
        knowledge=join_knowledge(lk, rk),
        max_stamp=max(stamps_seen.values(), default=""),
    )
