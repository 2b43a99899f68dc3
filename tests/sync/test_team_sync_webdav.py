"""Team sync through a WebDAV server (a real one on 127.0.0.1): two laptops, one record."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store import convenings, entries
from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.store.entries import NewEntry
from facilitator.store.merging import shareable
from facilitator.store.record_io import read_convening
from facilitator.sync.passwords import PASSWORD_ENV
from facilitator.sync.targets import FolderTarget, WebDavTarget
from facilitator.sync.team import ROOT, sync_team, team_sync_lines
from facilitator.sync.team_target import TargetTeamFolder
from tests.sync.laptops import database_digest, open_laptop
from tests.sync.webdav_server import PASSWORD, USER, DavServer, free_port


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[Database]:
    db = open_laptop(tmp_path / "b", clock_offset_s=-86_400)
    yield db
    db.close()


def _shared(db: Database, cid: str) -> str:
    """Every shareable record of a convening with its stamps, as comparable text."""
    with db.read() as session:
        records = shareable(read_convening(session, cid))
    return json.dumps(sorted(records, key=lambda r: r["uuid"]), sort_keys=True)


def _texts(db: Database, cid: str) -> set[str]:
    return {e.text for e in entries.list_entries(db, cid)}


def _uploaded(dav: DavServer) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in (dav.root / "team" / ROOT).rglob("*") if p.is_file()}


def _note(db: Database, cid: str, text: str, visibility: Visibility = Visibility.TEAM) -> None:
    entries.add_entry(db, cid, NewEntry(EntryKind.NOTE, text, visibility=visibility))


def test_two_laptops_end_with_the_same_record_and_private_stays_home(
    db: Database, laptop_b: Database, dav: DavServer, dav_target: WebDavTarget
) -> None:
    cid = seed_demo(db).convening_id
    _note(db, cid, "PRIVATE-A-7f3e only mine", Visibility.PRIVATE)
    (line,) = team_sync_lines(db, dav_target)
    assert "sent" in line and "applied 0" in line
    (line,) = team_sync_lines(laptop_b, dav_target)
    assert "nothing new to send, applied 1 change files" in line

    _note(db, cid, "A's note")
    _note(laptop_b, cid, "B's note")
    _note(laptop_b, cid, "PRIVATE-B-91c2 only mine", Visibility.PRIVATE)
    before = _uploaded(dav)
    for laptop in (db, laptop_b, db):
        team_sync_lines(laptop, dav_target)
    assert _shared(db, cid) == _shared(laptop_b, cid)
    assert {"A's note", "B's note"} <= _texts(db, cid) & _texts(laptop_b, cid)
    assert team_sync_lines(db, dav_target) == team_sync_lines(laptop_b, dav_target) == []

    after = _uploaded(dav)
    assert all(after[p] == data for p, data in before.items())  # only ever added to
    assert {p.parent.name for p in after} == {db.device_id, laptop_b.device_id}
    assert all(p.parent.parent.name == cid and p.name.startswith("c-") for p in after)
    everything = b"".join(gzip.decompress(data) for data in after.values())
    assert b"PRIVATE-A-7f3e" not in everything and b"PRIVATE-B-91c2" not in everything
    assert "PRIVATE-B-91c2 only mine" not in _texts(db, cid)


def test_junk_on_the_server_is_ignored(
    db: Database, laptop_b: Database, dav: DavServer, dav_target: WebDavTarget
) -> None:
    cid = seed_demo(db).convening_id
    team_sync_lines(db, dav_target)
    folder = dav.root / "team" / ROOT / cid / db.device_id
    (good,) = folder.iterdir()
    payload = json.loads(gzip.decompress(good.read_bytes()))
    payload["records"]["convening"][0]["fields"]["title"] = "HIJACKED"
    payload["records"]["convening"][0]["stamps"] = {"*": "ffffffffffff.000000." + db.device_id}
    hijack = gzip.compress(json.dumps(payload).encode())
    for junk in (
        "desktop.ini",
        "c-0190a1b2c3d4-000001 (conflicted copy).json.gz",
        "c-0190a1b2c3d4-000001.json.gz.tmp",
        "c-0190a1b2c3d4-000001.json.gz.part",
        ".facilitator-upload-0190.part",
    ):
        (folder / junk).write_bytes(hijack)
    (folder.parent / "desktop.ini").write_text("[.ShellClassInfo]")
    (dav.root / "team" / ROOT / "Thumbs.db").write_bytes(b"\0")
    (folder.parent / "not-a-device").mkdir()
    (folder.parent / "not-a-device" / good.name).write_bytes(hijack)

    (report,) = sync_team(laptop_b, TargetTeamFolder(dav_target, ROOT))
    assert report.applied == [f"{db.device_id}/{good.name}"] and report.problems == []
    assert "HIJACKED" not in {c.title for c in convenings.list_convenings(laptop_b)}


def test_a_server_that_is_down_changes_nothing_and_says_so(
    db: Database, laptop_b: Database, dav: DavServer, dav_target: WebDavTarget
) -> None:
    cid = seed_demo(db).convening_id
    team_sync_lines(db, dav_target)
    team_sync_lines(laptop_b, dav_target)
    _note(laptop_b, cid, "Written offline")
    before = database_digest(laptop_b)
    down = WebDavTarget(f"http://127.0.0.1:{free_port()}/team/", USER, PASSWORD, timeout=2)
    assert team_sync_lines(laptop_b, down) == [
        "Team sync: server unreachable, will try again. (The server 127.0.0.1 is not answering.)"
    ]
    assert database_digest(laptop_b) == before
    (line,) = team_sync_lines(laptop_b, dav_target)  # back online: it goes
    assert "sent" in line
    team_sync_lines(db, dav_target)
    assert "Written offline" in _texts(db, cid)


def test_a_wrong_password_is_said_plainly(db: Database, dav: DavServer) -> None:
    seed_demo(db)
    before = database_digest(db)
    wrong = WebDavTarget(dav.url, USER, "wrong", timeout=5)
    assert team_sync_lines(db, wrong) == [
        "Team sync failed: The server refused the user name or password (401)."
    ]
    assert database_digest(db) == before


def test_a_folder_target_syncs_the_same_way(
    db: Database, laptop_b: Database, tmp_path: Path
) -> None:
    cid = seed_demo(db).convening_id
    share = FolderTarget(tmp_path / "share")
    assert team_sync_lines(db, share) == [
        "Team sync: folder unreachable, will try again. "
        f"(The folder {share.path} is not there right now (a drive or network share that is "
        "not connected?). Delivery will try again when it is.)"
    ]
    share.path.mkdir()
    team_sync_lines(db, share)
    team_sync_lines(laptop_b, share)
    assert _shared(db, cid) == _shared(laptop_b, cid)


def test_a_name_already_taken_gets_a_later_one(
    db: Database, dav: DavServer, dav_target: WebDavTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_demo(db)
    folder = TargetTeamFolder(dav_target, ROOT)
    real, taken = folder.create, []

    def create(path: str, data: bytes) -> None:
        if not taken:  # as after a restored backup: the name is there with other bytes
            taken.append(path)
            dav_target.create_new(path, b"an older file")
        real(path, data)

    monkeypatch.setattr(folder, "create", create)
    (report,) = sync_team(db, folder)
    assert report.wrote and not taken[0].endswith(report.wrote)
    assert dav_target.get_path(taken[0], 100) == b"an older file"


def test_facilitator_sync_exchanges_through_the_webdav_target(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, dav: DavServer
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    assert cli.main(["demo", "--no-gui"]) == 0
    assert cli.main(["target", "set", "webdav", dav.url, "--user", USER]) == 0
    capsys.readouterr()
    assert cli.main(["sync"]) == 0
    out = capsys.readouterr().out
    assert "sent" in out and out.rstrip().endswith("Nothing waiting.")
    assert list((dav.root / "team" / ROOT).rglob("c-*.json.gz"))
    dav.stop()
    assert cli.main(["sync"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Team sync: server unreachable, will try again.")
