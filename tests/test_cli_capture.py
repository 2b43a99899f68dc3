"""`facilitator capture`: what a launcher or a terminal saves, and the mistakes it refuses."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator import cli
from facilitator.bootstrap import open_store
from facilitator.core.capture_kinds import parse_kind, split_prefix
from facilitator.core.kinds import DecisionForce, EntryKind, FeedbackPolarity, Visibility
from facilitator.paths import AppPaths
from facilitator.store import agenda_refs, entries
from facilitator.store.demo import load_demo_spec
from facilitator.store.models import Commitment


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_id(capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "demo", "--no-gui")[0] == 0
    return str(load_demo_spec()["uuid"])


def test_capture_a_decision_under_a_named_item(
    capsys: pytest.CaptureFixture[str], demo_id: str, paths: AppPaths
) -> None:
    code, out, err = run(
        capsys, "capture", demo_id[:8], "Pilot in two cities", "--kind", "decision",
        "--visibility", "team", "--item", "results-based", "--force", "requirement",
        "--rationale", "budget cycle",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Saved decision" in out and "Results-based accountability" in out
    db = open_store(paths)
    try:
        saved = [e for e in entries.list_entries(db, demo_id) if e.text == "Pilot in two cities"]
    finally:
        db.close()
    assert len(saved) == 1
    e = saved[0]
    assert (e.kind, e.visibility, e.force) == (
        EntryKind.DECISION,
        Visibility.TEAM,
        DecisionForce.REQUIREMENT,
    )
    assert e.item_title.startswith("Results-based") and e.rationale == "budget cycle"


def test_parking_lot_spelling_and_default_visibility(
    capsys: pytest.CaptureFixture[str], demo_id: str, paths: AppPaths
) -> None:
    code, out, _ = run(capsys, "capture", demo_id, "Budget rules?", "--kind", "parking-lot")
    assert code == 0 and "(shared)" in out
    db = open_store(paths)
    try:
        parked = entries.list_entries(db, demo_id, kinds=[EntryKind.PARKING_LOT])
        assert parked[-1].text == "Budget rules?" and parked[-1].item_id is None
    finally:
        db.close()


def test_capture_a_commitment(
    capsys: pytest.CaptureFixture[str], demo_id: str, paths: AppPaths
) -> None:
    code, out, _ = run(
        capsys, "capture", demo_id, "Send the toolkit", "--kind", "commitment",
        "--owner", "Alder Springs", "--due", "2026-04-30",
    )  # fmt: skip
    assert code == 0 and "Saved commitment" in out and "due 2026-04-30" in out
    db = open_store(paths)
    try:
        with db.read() as session:
            row = session.query(Commitment).filter(Commitment.text == "Send the toolkit").one()
            assert row.owner_organisation == "Alder Springs"
            assert row.due_date == date(2026, 4, 30)
    finally:
        db.close()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--kind", "memo"], "Unknown kind 'memo'"),
        (["--item", "no such item at all"], "No agenda item"),
        (["--kind", "commitment", "--due", "soon"], "not a date"),
    ],
)
def test_mistakes_are_explained(
    capsys: pytest.CaptureFixture[str], demo_id: str, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "capture", demo_id, "text", *argv)
    assert code == 2 and out == "" and message in err and "Traceback" not in err


def test_unknown_convening(capsys: pytest.CaptureFixture[str], demo_id: str) -> None:
    code, _, err = run(capsys, "capture", "nothing-like-it", "text")
    assert code == 2 and "No convening" in err


def test_kind_names_and_prefixes() -> None:
    assert parse_kind("Parking lot") == parse_kind("parking-lot") == "parking_lot"
    assert parse_kind("commitment") == "commitment"
    with pytest.raises(ValueError):
        parse_kind("memo")
    assert split_prefix("hello") is None
    assert split_prefix("x: hello") is None
    d = split_prefix("D: we agree")
    assert d is not None and (d.kind, d.rest) == ("decision", "we agree")
    delta = split_prefix("-: too long")
    assert delta is not None and delta.polarity == FeedbackPolarity.DELTA


def test_items_listed_in_running_order(paths: AppPaths, demo_id: str) -> None:
    db = open_store(paths)
    try:
        items = agenda_refs.list_items(db, demo_id)
        days = [i.day_position for i in items]
        assert days == sorted(days) and len(set(days)) == 2
    finally:
        db.close()
