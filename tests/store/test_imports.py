"""Importing parsed CSV files into convenings: targets, days, duplicates, all or nothing."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator.core.agenda_csv import parse_agenda_csv
from facilitator.core.csv_problems import CsvImportError
from facilitator.core.participants_csv import parse_participants_csv
from facilitator.store import imports
from facilitator.store.convenings import (
    NewConvening,
    create_convening,
    find_convening,
    get_overview,
    list_convenings,
)
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.models import AgendaItem, Convening, Day, Participant

DATA = Path(__file__).parent.parent / "core" / "data"
AGENDA = DATA / "agenda-city-managers.csv"
PEOPLE = DATA / "participants-city-managers.csv"


def agenda(text: str | None = None, name: str = "agenda.csv"):  # type: ignore[no-untyped-def]
    data = AGENDA.read_bytes() if text is None else text.encode()
    return parse_agenda_csv(data, name)


def counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(
            int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Convening, Day, AgendaItem, Participant)
        )


def live_titles(db: Database, convening_id: str, day: int) -> list[str]:
    with db.read() as s:
        c = s.scalar(select(Convening).where(Convening.uuid == convening_id))
        assert c is not None
        days = [d for d in c.days if not d.deleted]
        return [i.title for i in days[day - 1].items if not i.deleted]


def test_sample_agenda_creates_a_convening_with_two_days(db: Database) -> None:
    receipt = imports.import_agenda(db, agenda(), "Cities Exchange")
    assert receipt.created_convening and receipt.added == 18
    assert set(receipt.days) == {1, 2}
    overview = get_overview(db, receipt.convening_id)
    assert (overview.summary.title, overview.days, overview.items) == ("Cities Exchange", 2, 18)
    assert live_titles(db, receipt.convening_id, 2)[0] == "Breakfast and informal connection"
    with db.read() as s:
        starts = [d.start_time for d in s.scalars(select(Day).order_by(Day.position))]
    assert starts == [time(9, 0), time(8, 30)]


def test_sample_participants_import_and_skip_duplicates(db: Database) -> None:
    rows = parse_participants_csv(PEOPLE.read_bytes(), PEOPLE.name)
    first = imports.import_participants(db, rows, "Cities Exchange")
    assert first.created_convening and (first.added, first.skipped) == (12, 0)
    again = imports.import_participants(db, rows, first.convening_id)
    assert not again.created_convening and (again.added, again.skipped) == (0, 12)
    assert get_overview(db, first.convening_id).participants == 12


def test_duplicates_by_email_or_by_name_and_organisation(db: Database) -> None:
    cid = create_convening(db, NewConvening("X"))
    text = (
        "name,organisation,email\n"
        "Maya Okafor,Riverton,maya@r.example.org\n"
        "Maya O.,Riverton,MAYA@r.example.org\n"  # same e-mail: skipped
        "Ana Lopez,Eastside,\n"
        "ana  lopez,EASTSIDE,\n"  # same name and organisation: skipped
        "Ana Lopez,Westside,\n"  # another organisation: kept
    )
    rows = parse_participants_csv(text.encode(), "p.csv")
    receipt = imports.import_participants(db, rows, cid)
    assert (receipt.added, receipt.skipped) == (3, 2)
    assert imports.duplicate_lines(db, rows, imports.Target(cid, "X")) == {2, 3, 4, 5, 6}


def test_append_is_the_default_and_replace_swaps(db: Database) -> None:
    first = imports.import_agenda(db, agenda(), "Exchange")
    second = imports.import_agenda(db, agenda(), "exchange")
    assert not second.created_convening and second.replaced == 0
    assert len(live_titles(db, first.convening_id, 1)) == 22
    # The appended copy keeps the file's times: its first item is anchored.
    with db.read() as s:
        items = s.scalars(select(AgendaItem).where(AgendaItem.uuid.in_(second.created_ids)))
        anchored = [i.fixed_start for i in items if i.title == "Arrival and breakfast"]
    assert anchored == [time(9, 0)]
    third = imports.import_agenda(db, agenda(), first.convening_id, replace=True)
    assert third.replaced == 36
    assert len(live_titles(db, first.convening_id, 1)) == 11
    assert get_overview(db, first.convening_id).items == 18


def test_days_are_added_to_an_existing_convening(db: Database) -> None:
    cid = create_convening(db, NewConvening("One day", start_date=date(2026, 4, 1), days=1))
    target = imports.Target(cid, "One day")
    plan = imports.plan_agenda(db, agenda(), target)
    assert [(d.number, d.new_day, d.existing) for d in plan] == [(1, False, 0), (2, True, 0)]
    receipt = imports.import_agenda(db, agenda(), target)
    assert receipt.days_created == 1
    summary = find_convening(db, cid)
    assert (summary.start_date, summary.end_date) == (date(2026, 4, 1), date(2026, 4, 2))


def test_dated_agenda_goes_to_the_days_with_those_dates(db: Database) -> None:
    cid = create_convening(db, NewConvening("Dated", start_date=date(2026, 5, 4), days=3))
    text = "date,title,duration\n2026-05-06,Closing,30\n2026-05-08,Site visit,60\n"
    receipt = imports.import_agenda(db, agenda(text), cid)
    assert receipt.days == (3, 4) and receipt.days_created == 1
    assert live_titles(db, cid, 3) == ["Closing"]
    assert find_convening(db, cid).end_date == date(2026, 5, 8)


def test_new_convening_takes_its_dates_from_the_file(db: Database) -> None:
    text = "date,title,duration\n2026-06-02,Welcome,30\n2026-06-01,Arrival,30\n"
    receipt = imports.import_agenda(db, agenda(text), "June")
    summary = find_convening(db, receipt.convening_id)
    assert (summary.start_date, summary.end_date) == (date(2026, 6, 1), date(2026, 6, 2))
    assert live_titles(db, receipt.convening_id, 1) == ["Arrival"]


def test_a_bad_file_writes_nothing(db: Database) -> None:
    imports.import_agenda(db, agenda(), "Exchange")
    before = counts(db)
    lines = AGENDA.read_text(encoding="utf-8").splitlines()
    lines[14] = lines[14].replace(",90,", ",ninety,")  # line 15 of the file
    with pytest.raises(CsvImportError) as err:
        imports.import_agenda(db, agenda("\n".join(lines)), "Exchange")
    assert err.value.line == 15 and err.value.column == "duration_min"
    assert counts(db) == before


def test_a_late_failure_rolls_everything_back(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(db)
    real = imports._item
    made: list[str] = []

    def failing(row, position, *, anchor_first):  # type: ignore[no-untyped-def]
        made.append(row.title)
        if len(made) == 15:
            raise StoreError("disk trouble")
        return real(row, position, anchor_first=anchor_first)

    monkeypatch.setattr(imports, "_item", failing)
    with pytest.raises(StoreError):
        imports.import_agenda(db, agenda(), "Brand new")
    assert counts(db) == before and list_convenings(db) == []


def test_undo_and_redo_of_an_import(db: Database) -> None:
    cid = create_convening(db, NewConvening("X", days=1))
    imports.import_agenda(db, agenda("title,duration\nOld,30\n"), cid)
    receipt = imports.import_agenda(db, agenda(), cid, replace=True)
    assert get_overview(db, cid).items == 18
    imports.set_import_applied(db, receipt, False)
    overview = get_overview(db, cid)
    assert (overview.items, overview.days) == (1, 1)
    imports.set_import_applied(db, receipt, True)
    assert get_overview(db, cid).items == 18


def test_undo_of_an_import_that_created_the_convening(db: Database) -> None:
    receipt = imports.import_agenda(db, agenda(), "New one")
    imports.set_import_applied(db, receipt, False)
    assert list_convenings(db) == []


def test_an_unknown_id_is_not_taken_for_a_title(db: Database) -> None:
    with pytest.raises(StoreError, match="No convening"):
        imports.resolve_target(db, "0f3a9c2e-1111-2222-3333-444455556666")
    assert imports.resolve_target(db, "  Fresh   title ").is_new
