"""Team sync through a shared folder: new files only, others' files read, strays ignored."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store import convenings, entries
from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.store.entries import NewEntry
from facilitator.sync.team import ROOT, LocalTeamFolder, sync_team
from tests.sync.laptops import database_digest, open_laptop


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[Database]:
    db = open_laptop(tmp_path / "b", clock_offset_s=-86_400)
    yield db
    db.close()


@pytest.fixture
def team(tmp_path: Path) -> LocalTeamFolder:
    (tmp_path / "team").mkdir()
    return LocalTeamFolder(tmp_path / "team")


def _texts(db: Database, cid: str) -> set[str]:
    return {e.text for e in entries.list_entries(db, cid)}


def _files(team: LocalTeamFolder) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in team.root.rglob("*") if p.is_file()}


def test_a_new_laptop_gets_the_convening_and_both_exchange_captures(
    db: Database, laptop_b: Database, team: LocalTeamFolder
) -> None:
    cid = seed_demo(db).convening_id
    (first,) = sync_team(db, team)
    assert first.wrote and first.records_sent > 0 and first.applied == []
    (joined,) = sync_team(laptop_b, team)
    assert len(joined.applied) == 1 and joined.title == first.title
    assert joined.wrote is None  # everything it has came from the folder

    entries.add_entry(db, cid, NewEntry(EntryKind.NOTE, "A's note", visibility=Visibility.TEAM))
    entries.add_entry(
        laptop_b, cid, NewEntry(EntryKind.NOTE, "B's note", visibility=Visibility.TEAM)
    )
    before = _files(team)
    sync_team(db, team)
    sync_team(laptop_b, team)
    sync_team(db, team)
    assert {"A's note", "B's note"} <= _texts(db, cid)
    shared = {e.text for e in entries.list_entries(db, cid) if e.visibility != Visibility.PRIVATE}
    assert shared == _texts(laptop_b, cid)
    # Files are only ever added, never edited, each under its writer's own folder.
    after = _files(team)
    assert all(after[p] == data for p, data in before.items())
    for path in after:
        device = path.parent.name
        assert device in (db.device_id, laptop_b.device_id)
        assert path.parent.parent.name == cid and path.parent.parent.parent.name == ROOT


def test_nothing_changes_when_nothing_is_new(db: Database, team: LocalTeamFolder) -> None:
    seed_demo(db)
    sync_team(db, team)
    files = _files(team)
    (again,) = sync_team(db, team)
    assert again.wrote is None and _files(team) == files


@pytest.mark.parametrize(
    "stray",
    [
        "desktop.ini",
        "c-0190a1b2c3d4-000001 (conflicted copy).json.gz",
        "c-0190a1b2c3d4-000001.json.gz.tmp",
        "c-0190a1b2c3d4-000001.json.gz.part",
        ".~lock.c-0190a1b2c3d4-000001.json.gz#",
        "Thumbs.db",
    ],
)
def test_files_it_does_not_recognise_are_ignored(
    db: Database, laptop_b: Database, team: LocalTeamFolder, stray: str
) -> None:
    cid = seed_demo(db).convening_id
    sync_team(db, team)
    folder = team.root / ROOT / cid / db.device_id
    # Whatever a stray file holds, it is never read (here: a change that would rename).
    good = next(folder.iterdir())
    payload = json.loads(gzip.decompress(good.read_bytes()))
    payload["records"]["convening"][0]["fields"]["title"] = "HIJACKED"
    payload["records"]["convening"][0]["stamps"] = {"*": "ffffffffffff.000000." + db.device_id}
    (folder / stray).write_bytes(gzip.compress(json.dumps(payload).encode()))
    (team.root / ROOT / cid / "desktop.ini").write_text("[.ShellClassInfo]")
    (report,) = sync_team(laptop_b, team)
    assert report.applied == [f"{db.device_id}/{good.name}"] and report.problems == []
    assert "HIJACKED" not in {c.title for c in convenings.list_convenings(laptop_b)}


def test_a_half_written_change_file_is_skipped_and_tried_again(
    db: Database, laptop_b: Database, team: LocalTeamFolder
) -> None:
    cid = seed_demo(db).convening_id
    sync_team(db, team)
    sync_team(laptop_b, team)
    entries.add_entry(db, cid, NewEntry(EntryKind.NOTE, "Late note", visibility=Visibility.TEAM))
    (report,) = sync_team(db, team)
    written = team.root / ROOT / cid / db.device_id / str(report.wrote)
    whole = written.read_bytes()
    written.write_bytes(whole[: len(whole) // 2])  # the cloud client is still downloading it
    before = database_digest(laptop_b)
    (partial,) = sync_team(laptop_b, team)
    assert partial.applied == [] and len(partial.problems) == 1
    assert "damaged or cut short" in partial.problems[0]
    assert database_digest(laptop_b) == before
    written.write_bytes(whole)
    (complete,) = sync_team(laptop_b, team)
    assert complete.applied and "Late note" in _texts(laptop_b, cid)
    (third,) = sync_team(laptop_b, team)
    assert third.applied == []  # remembered: not read again


def test_private_captures_stay_on_the_laptop(
    db: Database, laptop_b: Database, team: LocalTeamFolder
) -> None:
    cid = seed_demo(db).convening_id
    entries.add_entry(db, cid, NewEntry(EntryKind.NOTE, "Only mine", visibility=Visibility.PRIVATE))
    sync_team(db, team)
    sync_team(laptop_b, team)
    assert "Only mine" in _texts(db, cid) and "Only mine" not in _texts(laptop_b, cid)
