from __future__ import annotations

from datetime import time

import pytest

from facilitator.core.kinds import ItemKind
from facilitator.store import agenda, agenda_blocks
from facilitator.store.convenings import NewConvening, create_convening, duplicate_convening
from facilitator.store.database import Database
from facilitator.store.errors import NotFoundError, StoreError


@pytest.fixture
def days(db: Database) -> list[str]:
    convening = create_convening(db, NewConvening("Spring", days=2))
    return [d.id for d in agenda.list_days(db, convening)]


def titles(db: Database, day_id: str) -> list[str]:
    return [i.title for i in agenda.get_day(db, day_id).items]


def add(db: Database, day_id: str, *names: str) -> list[str]:
    return [agenda.add_item(db, day_id, {"title": n, "duration_min": 30}) for n in names]


def test_items_are_added_in_order_and_after_a_given_item(db: Database, days: list[str]) -> None:
    a, _b = add(db, days[0], "A", "B")
    agenda.add_item(db, days[0], {"title": "A2"}, after_id=a)
    agenda.add_item(db, days[0], {"title": "Top"}, index=0)
    assert titles(db, days[0]) == ["Top", "A", "A2", "B"]
    plan = agenda.get_day(db, days[0])
    assert plan.number == 1 and plan.start_time == time(9, 0)
    assert [s.start for s in plan.schedule().items][:2] == [time(9, 0), time(9, 30)]


def test_update_validates_and_refuses_as_a_whole(db: Database, days: list[str]) -> None:
    (a,) = add(db, days[0], "A")
    row = agenda.update_item(db, a, {"duration_min": 75, "kind": "breakout", "lead": "Ana"})
    assert (row.duration_min, row.kind, row.lead) == (75, ItemKind.BREAKOUT, "Ana")
    for bad in ({"duration_min": 0}, {"duration_min": 1441}, {"title": "  "}):
        with pytest.raises(StoreError):
            agenda.update_item(db, a, bad)
    with pytest.raises(StoreError, match="minimum length"):
        agenda.update_item(db, a, {"min_duration_min": 90, "lead": "Bo"})
    assert agenda.get_item(db, a).lead == "Ana"  # nothing of the refused change was kept
    with pytest.raises(StoreError):
        agenda.update_item(db, a, {"uuid": "x"})


def test_delete_is_a_tombstone_and_restore_keeps_the_place(db: Database, days: list[str]) -> None:
    _, b, _ = add(db, days[0], "A", "B", "C")
    agenda.delete_items(db, [b])
    assert titles(db, days[0]) == ["A", "C"]
    with pytest.raises(NotFoundError):
        agenda.get_item(db, b)
    agenda.restore_items(db, [b])
    assert titles(db, days[0]) == ["A", "B", "C"]


def test_move_within_a_day_and_back(db: Database, days: list[str]) -> None:
    _a, b, c, d = add(db, days[0], "A", "B", "C", "D")
    places = agenda.move_items(db, [b, c], days[0], 4)
    assert titles(db, days[0]) == ["A", "D", "B", "C"]
    agenda.put_back(db, places)
    assert titles(db, days[0]) == ["A", "B", "C", "D"]
    places = agenda.move_items(db, [c, d], days[0], 0)
    assert titles(db, days[0]) == ["C", "D", "A", "B"]
    agenda.put_back(db, places)
    assert titles(db, days[0]) == ["A", "B", "C", "D"]


def test_move_to_another_day_and_back(db: Database, days: list[str]) -> None:
    a, _b, c = add(db, days[0], "A", "B", "C")
    add(db, days[1], "X", "Y")
    places = agenda.move_items(db, [a, c], days[1], 1)
    assert titles(db, days[0]) == ["B"]
    assert titles(db, days[1]) == ["X", "A", "C", "Y"]
    assert agenda.get_item(db, a).day_id == days[1]
    agenda.put_back(db, places)
    assert titles(db, days[0]) == ["A", "B", "C"]
    assert titles(db, days[1]) == ["X", "Y"]


def test_many_moves_into_one_gap_renumber_instead_of_losing_order(
    db: Database, days: list[str]
) -> None:
    ids = add(db, days[0], "A", "B", "C")
    # Halving the same gap 60 times would fall below float precision without renumbering.
    for _ in range(60):
        agenda.move_items(db, [ids[2]], days[0], 1)
        agenda.move_items(db, [ids[1]], days[0], 1)
        ids[1], ids[2] = ids[2], ids[1]
    assert len(set(titles(db, days[0]))) == 3
    positions = [i.position for i in agenda.get_day(db, days[0]).items]
    assert positions == sorted(positions) and len(set(positions)) == 3


def test_day_times(db: Database, days: list[str]) -> None:
    agenda.set_day_times(db, days[1], time(8, 30), None)
    plan = agenda.get_day(db, days[1])
    assert (plan.start_time, plan.end_time) == (time(8, 30), None)


def test_copy_items_to_another_convening_gets_new_ids(db: Database, days: list[str]) -> None:
    a, b = add(db, days[0], "A", "B")
    agenda.update_item(db, a, {"fixed_start": time(9, 0), "facilitator_notes": "quiet"})
    other = create_convening(db, NewConvening("Autumn"))
    target = agenda.list_days(db, other)[0].id
    new = agenda.copy_items(db, [a, b], target)
    assert set(new).isdisjoint({a, b})
    copied = agenda.get_day(db, target).items
    assert [i.title for i in copied] == ["A", "B"]
    assert copied[0].facilitator_notes == "quiet" and copied[0].fixed_start == time(9, 0)
    assert titles(db, days[0]) == ["A", "B"]


def test_blocks_save_list_insert_delete(db: Database, days: list[str]) -> None:
    a, b, _ = add(db, days[0], "Check-in", "Walk", "C")
    agenda.update_item(db, b, {"kind": ItemKind.BREAK, "fixed_start": time(10, 0)})
    block = agenda_blocks.save_block(db, " Opening  run ", [a, b])
    (row,) = agenda_blocks.list_blocks(db)
    assert (row.id, row.title, row.total_min) == (block, "Opening run", 60)
    new = agenda_blocks.insert_block(db, block, days[1])
    agenda_blocks.insert_block(db, block, days[1], index=1)
    assert titles(db, days[1]) == ["Check-in", "Check-in", "Walk", "Walk"]
    walk = agenda.get_item(db, new[1])
    assert (walk.kind, walk.fixed_start) == (ItemKind.BREAK, time(10, 0))
    agenda_blocks.delete_block(db, block)
    assert agenda_blocks.list_blocks(db) == []
    agenda_blocks.restore_block(db, block)
    assert len(agenda_blocks.list_blocks(db)) == 1
    with pytest.raises(StoreError):
        agenda_blocks.save_block(db, "", [a])


def test_duplicate_convening_keeps_the_agenda(db: Database, days: list[str]) -> None:
    add(db, days[0], "A", "B")
    convening = agenda.get_day(db, days[0]).convening_id
    copy = duplicate_convening(db, convening)
    assert [i.title for i in agenda.list_days(db, copy)[0].items] == ["A", "B"]
