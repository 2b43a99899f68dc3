"""Merging is a join: order-independent, idempotent, associative, and loses no later write."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.clock import FakeClock
from facilitator.core.hlc import HybridClock
from facilitator.core.merge import (
    Record,
    VersionVector,
    canonical_stamps,
    field_stamps,
    knowledge_of,
    merge,
)

FIELDS = ("text", "visibility", "deleted")
DEVICES = ("aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc")


class Laptop:
    """A device editing its own copy of the records, with a clock that may be far off."""

    def __init__(self, device: str, records: dict[str, Record], offset_s: float = 0) -> None:
        clock = FakeClock()
        clock.jump_wall(offset_s)
        self.clock = clock
        self.hlc = HybridClock(device, clock)
        self.records = copy.deepcopy(records)
        self.knows: VersionVector = knowledge_of(self.records.values())
        self.created = 0

    def edit(self, uuid: str, field: str, value: Any) -> None:
        record = self.records[uuid]
        record["fields"][field] = value
        record["stamps"] = {**record["stamps"], field: self.hlc.tick().encode()}

    def create(self, text: str) -> str:
        self.created += 1
        uuid = f"{self.hlc.device}-{self.created:04d}"
        self.records[uuid] = {
            "table": "entry",
            "uuid": uuid,
            "fields": {"text": text, "visibility": "team", "deleted": False},
            "stamps": {"*": self.hlc.tick().encode()},
        }
        return uuid

    def receive(self, other: Laptop) -> None:
        result = merge(
            self.records.values(),
            other.records.values(),
            local_knows=self.knows,
            remote_knows=other.knows,
        )
        self.records = {uuid: r for (_t, uuid), r in result.records.items()}
        self.knows = result.knowledge


def base_records(n: int) -> dict[str, Record]:
    hlc = HybridClock("000000000000", FakeClock())
    return {
        f"base-{i}": {
            "table": "entry",
            "uuid": f"base-{i}",
            "fields": {"text": f"note {i}", "visibility": "team", "deleted": False},
            "stamps": {"*": hlc.tick().encode()},
        }
        for i in range(n)
    }


def snapshot(records: Any) -> dict[tuple[str, str], tuple[dict[str, Any], dict[str, str]]]:
    items = records.items() if isinstance(records, dict) else records
    return {k: (r["fields"], field_stamps(r)) for k, r in items}


def keyed(records: dict[str, Record]) -> list[Record]:
    return list(records.values())


def conflict_set(result: Any) -> set[tuple[str, str, str, str]]:
    return {(c.uuid, c.field, repr(c.kept_value), repr(c.other_value)) for c in result.conflicts}


edit_op = st.tuples(
    st.sampled_from(("edit", "edit", "create", "delete")),
    st.integers(min_value=0, max_value=5),
    st.sampled_from(("text", "visibility")),
    st.text(alphabet="abcxyz", min_size=0, max_size=4),
    st.integers(min_value=0, max_value=120),
)


def play(laptop: Laptop, ops: list[tuple[str, int, str, str, int]]) -> None:
    for kind, index, field, value, advance in ops:
        laptop.clock.advance(advance)
        uuids = sorted(laptop.records)
        uuid = uuids[index % len(uuids)]
        if kind == "create":
            laptop.create(value)
        elif kind == "delete":
            laptop.edit(uuid, "deleted", True)
        else:
            laptop.edit(uuid, field, value if field == "text" else ("team", "shared")[index % 2])


laptops = st.tuples(
    st.lists(edit_op, max_size=12),
    st.lists(edit_op, max_size=12),
    st.lists(edit_op, max_size=12),
    st.sampled_from((-86_400.0, 0.0, 3_600.0, 86_400.0)),
)


def three_laptops(
    ops: tuple[Any, Any, Any, float],
) -> tuple[Laptop, Laptop, Laptop]:
    base = base_records(4)
    a = Laptop(DEVICES[0], base)
    b = Laptop(DEVICES[1], base, offset_s=ops[3])  # its clock is off, even by a day
    c = Laptop(DEVICES[2], base, offset_s=-ops[3])
    play(a, ops[0])
    play(b, ops[1])
    play(c, ops[2])
    return a, b, c


@settings(max_examples=150, deadline=None)
@given(laptops)
def test_a_then_b_equals_b_then_a(ops: Any) -> None:
    a, b, _c = three_laptops(ops)
    ab = merge(keyed(a.records), keyed(b.records))
    ba = merge(keyed(b.records), keyed(a.records))
    assert snapshot(ab.records) == snapshot(ba.records)
    assert conflict_set(ab) == conflict_set(ba)
    assert ab.knowledge == ba.knowledge


@settings(max_examples=150, deadline=None)
@given(laptops)
def test_applying_twice_equals_once(ops: Any) -> None:
    a, b, _c = three_laptops(ops)
    once = merge(keyed(a.records), keyed(b.records))
    twice = merge(list(once.records.values()), keyed(b.records), local_knows=once.knowledge)
    assert snapshot(twice.records) == snapshot(once.records)
    assert twice.changed == [] and twice.conflicts == []


@settings(max_examples=100, deadline=None)
@given(laptops)
def test_grouping_does_not_matter(ops: Any) -> None:
    a, b, c = three_laptops(ops)
    ab = merge(keyed(a.records), keyed(b.records))
    ab_c = merge(list(ab.records.values()), keyed(c.records))
    bc = merge(keyed(b.records), keyed(c.records))
    a_bc = merge(keyed(a.records), list(bc.records.values()))
    assert snapshot(ab_c.records) == snapshot(a_bc.records)


@settings(max_examples=150, deadline=None)
@given(laptops)
def test_every_field_holds_its_latest_write_and_no_capture_is_lost(ops: Any) -> None:
    a, b, _c = three_laptops(ops)
    result = merge(keyed(a.records), keyed(b.records))
    merged = {uuid: r for (_t, uuid), r in result.records.items()}
    assert set(merged) == set(a.records) | set(b.records)
    for uuid, record in merged.items():
        stamps = field_stamps(record)
        for name in FIELDS:
            versions = [
                (field_stamps(side[uuid])[name], side[uuid]["fields"][name])
                for side in (a.records, b.records)
                if uuid in side
            ]
            assert (stamps[name], record["fields"][name]) == max(versions)


@settings(max_examples=100, deadline=None)
@given(laptops)
def test_laptops_that_exchange_both_ways_end_equal(ops: Any) -> None:
    a, b, c = three_laptops(ops)
    a.receive(b)
    c.receive(a)
    b.receive(c)
    a.receive(c)
    assert snapshot(a.records) == snapshot(b.records) == snapshot(c.records)


def test_the_same_field_changed_on_both_sides_is_a_true_conflict() -> None:
    base = base_records(1)
    a = Laptop(DEVICES[0], base)
    b = Laptop(DEVICES[1], base, offset_s=-86_400)  # a day behind: it still must not vanish
    a.edit("base-0", "text", "Budget approved")
    b.edit("base-0", "text", "Budget approved with conditions")
    result = merge(keyed(a.records), keyed(b.records))
    assert len(result.conflicts) == 1
    conflict = result.conflicts[0]
    assert conflict.field == "text"
    assert {conflict.kept_value, conflict.other_value} == {
        "Budget approved",
        "Budget approved with conditions",
    }
    # The later stamp wins: b's clock is a day behind, so a's wall time is later.
    assert conflict.kept_value == "Budget approved"


def test_an_edit_made_after_meeting_is_not_a_conflict() -> None:
    base = base_records(1)
    a = Laptop(DEVICES[0], base)
    b = Laptop(DEVICES[1], base)
    a.edit("base-0", "text", "first")
    b.receive(a)
    b.clock.advance(5)
    b.edit("base-0", "text", "second, having seen the first")
    a.receive(b)
    assert a.records["base-0"]["fields"]["text"] == "second, having seen the first"
    result = merge(keyed(a.records), keyed(b.records), local_knows=a.knows)
    assert result.conflicts == []


def test_edits_to_different_fields_merge_without_conflict() -> None:
    base = base_records(1)
    a = Laptop(DEVICES[0], base)
    b = Laptop(DEVICES[1], base)
    a.edit("base-0", "text", "new text")
    b.edit("base-0", "visibility", "shared")
    result = merge(keyed(a.records), keyed(b.records))
    fields = result.records[("entry", "base-0")]["fields"]
    assert fields["text"] == "new text" and fields["visibility"] == "shared"
    assert result.conflicts == []


def test_captures_made_at_the_same_moment_both_survive() -> None:
    a = Laptop(DEVICES[0], {})
    b = Laptop(DEVICES[1], {})
    ua = a.create("from a")
    ub = b.create("from b")
    result = merge(keyed(a.records), keyed(b.records))
    assert {("entry", ua), ("entry", ub)} <= set(result.records)


def test_a_deletion_travels_as_a_tombstone() -> None:
    base = base_records(1)
    a = Laptop(DEVICES[0], base)
    a.edit("base-0", "deleted", True)
    result = merge(keyed(base), keyed(a.records))
    assert result.records[("entry", "base-0")]["fields"]["deleted"] is True


def test_two_check_ins_of_the_same_person_fold_into_one_attendance() -> None:
    def attendance(uuid: str, device: str, status: str) -> Record:
        stamp = HybridClock(device, FakeClock()).tick().encode()
        return {
            "table": "attendance",
            "uuid": uuid,
            "fields": {"participant_id": "p1", "day_id": "d1", "status": status},
            "stamps": {"*": stamp},
        }

    mine = attendance("u-2", DEVICES[0], "present")
    theirs = attendance("u-1", DEVICES[1], "present")
    result = merge([mine], [theirs])
    assert list(result.records) == [("attendance", "u-1")]
    assert result.renamed == {"u-2": "u-1"}
    again = merge(list(result.records.values()), [mine])
    assert list(again.records) == [("attendance", "u-1")] and again.changed == []


def test_canonical_stamps_name_the_oldest_as_every_other_field() -> None:
    assert canonical_stamps({"a": "2", "b": "1", "c": "1"}) == {"*": "1", "a": "2"}
    assert canonical_stamps({}) == {}
