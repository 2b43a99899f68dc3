"""The outbox: queue, deliver when due, back off, and go as soon as the target is back."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.outbox_policy import OutboxStatus, retry_delay
from facilitator.store.database import Database
from facilitator.sync import outbox
from facilitator.sync.targets import FolderTarget, WebDavTarget
from tests.sync.webdav_server import PASSWORD, USER, DavServer, free_port, start_dav


def _half() -> float:
    return 0.5


def test_backoff_doubles_from_thirty_seconds_and_stops_at_thirty_minutes() -> None:
    delays = [retry_delay(n).total_seconds() for n in range(1, 9)]
    assert delays == [30, 60, 120, 240, 480, 960, 1800, 1800]
    assert retry_delay(2, _half) == timedelta(seconds=63)
    assert retry_delay(12, _half) == timedelta(minutes=30)


def test_queueing_keeps_a_private_copy(db: Database, export_file: Path) -> None:
    entry = outbox.queue_file(db, export_file, label="Leadership retreat")
    export_file.write_bytes(b"edited later")
    assert entry.status is OutboxStatus.QUEUED and entry.attempts == 0
    assert entry.file.read_bytes() != b"edited later" and entry.size == 256 * 1024
    assert entry.file.parent.name == entry.id
    assert [e.id for e in outbox.list_outbox(db)] == [entry.id]


def test_nothing_waiting_never_touches_the_target(db: Database) -> None:
    class Untouchable:
        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"target.{name} was used")

    assert outbox.deliver_due(db, Untouchable()) == []  # type: ignore[arg-type]


def test_server_down_then_up(
    db: Database, clock: FakeClock, export_file: Path, tmp_path: Path
) -> None:
    port = free_port()
    target = WebDavTarget(f"http://127.0.0.1:{port}/team/", USER, PASSWORD, timeout=3)
    entry = outbox.queue_file(db, export_file)
    [report] = outbox.deliver_due(db, target, jitter=lambda: 0.0)
    assert report.status is OutboxStatus.QUEUED
    assert "not answering" in report.error
    assert report.next_attempt_at == clock.now() + timedelta(seconds=30)
    again = outbox.get_entry(db, entry.id)
    assert again.attempts == 1 and again.error == report.error

    # Not due yet and still down: the pass only looks, and records nothing new.
    assert outbox.deliver_due(db, target) == []
    assert outbox.get_entry(db, entry.id).attempts == 1

    server = start_dav(tmp_path / "root", port=port)
    try:
        # Back before the delay is up: it goes at once.
        [report] = outbox.deliver_due(db, target)
        assert report.status is OutboxStatus.DELIVERED
        assert report.location == f"http://127.0.0.1:{port}/team/Summary.docx"
        assert (server.root / "team" / "Summary.docx").read_bytes() == export_file.read_bytes()
    finally:
        server.stop()
    done = outbox.get_entry(db, entry.id)
    assert done.status is OutboxStatus.DELIVERED and done.delivered_at == clock.now()
    assert not done.file.exists()  # the private copy goes once delivered
    assert outbox.summarize(db).waiting == 0


def test_a_refusal_fails_backs_off_and_retry_now_overrides(
    db: Database, clock: FakeClock, dav: DavServer, dav_target: WebDavTarget, export_file: Path
) -> None:
    dav.faults.full = True
    entry = outbox.queue_file(db, export_file)
    [report] = outbox.deliver_due(db, dav_target, jitter=lambda: 0.0)
    assert report.status is OutboxStatus.FAILED and "out of space" in report.error
    clock.advance(10)
    assert outbox.deliver_due(db, dav_target) == []  # failed items wait their delay
    dav.faults.full = False
    outbox.retry_now(db, entry.id)
    [report] = outbox.deliver_due(db, dav_target)
    assert report.status is OutboxStatus.DELIVERED
    assert outbox.get_entry(db, entry.id).attempts == 2


def test_the_delays_grow_while_a_failure_lasts(
    db: Database, clock: FakeClock, dav: DavServer, dav_target: WebDavTarget, export_file: Path
) -> None:
    dav.faults.full = True
    outbox.queue_file(db, export_file)
    waits = []
    for _ in range(3):
        [report] = outbox.deliver_due(db, dav_target, jitter=lambda: 0.0)
        assert report.next_attempt_at is not None
        waits.append((report.next_attempt_at - clock.now()).total_seconds())
        clock.advance(3600)
    assert waits == [30, 60, 120]


def test_a_folder_that_appears_gets_everything_waiting(
    db: Database, tmp_path: Path, export_file: Path
) -> None:
    share = tmp_path / "share"
    target = FolderTarget(share)
    first = outbox.queue_file(db, export_file, name="One.docx")
    second = outbox.queue_file(db, export_file, name="Two.docx")
    reports = outbox.deliver_due(db, target)
    assert [r.status for r in reports] == [OutboxStatus.QUEUED] * 2
    share.mkdir()
    reports = outbox.deliver_due(db, target)
    assert {r.id for r in reports} == {first.id, second.id}
    assert sorted(p.name for p in share.iterdir()) == ["One.docx", "Two.docx"]


def test_remove_forgets_the_item_and_its_copy(db: Database, export_file: Path) -> None:
    entry = outbox.queue_file(db, export_file)
    outbox.remove(db, entry.id)
    assert outbox.list_outbox(db) == [] and not entry.file.parent.exists()
