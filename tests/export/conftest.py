"""A small convening with text of every visibility, each piece carrying a unique marker.

Markers are plain letters so they can be searched for in the raw XML of
every part of a .docx (body, tables, headers, footers, properties).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.kinds import (
    AttendanceStatus,
    CommitmentStatus,
    DecisionForce,
    EntryKind,
    FeedbackPolarity,
    ItemKind,
    Visibility,
)
from facilitator.core.schedule import PlanItem
from facilitator.core.timer import TimerEngine
from facilitator.store.database import Database
from facilitator.store.models import (
    AgendaItem,
    Attendance,
    Commitment,
    Convening,
    Day,
    Entry,
    Participant,
    RunEvent,
)

HOSTILE = (
    "Pasted\x00 from\x01 PDF\x0b next line\x0c next page\ttab "
    "<w:p>not xml</w:p> <b>&amp; bold</b> ]]> 🎉👩🏽‍💼 done"
)
ARABIC = "اتفقنا على نشر التقرير قبل الاجتماع القادم"
LONG_NOTE = "LONGNOTE " + ("x" * 99_990)


@dataclass(frozen=True)
class Sample:
    convening_id: str
    shared: tuple[str, ...]
    team: tuple[str, ...]
    private: tuple[str, ...]


def add_entry(
    convening: Convening,
    item: AgendaItem | None,
    kind: EntryKind,
    text: str,
    visibility: Visibility,
    clock: FakeClock,
    **extra: object,
) -> None:
    convening.entries.append(
        Entry(
            agenda_item_id=item.id if item is not None else None,
            kind=kind,
            text=text,
            visibility=visibility,
            captured_at=clock.now(),
            **extra,
        )
    )


def make_sample(db: Database, clock: FakeClock) -> Sample:
    shared, team, private = [], [], []
    with db.transaction() as session:
        c = Convening(
            title="Sample Exchange",
            location="Town Hall",
            start_date=date(2026, 3, 10),
            end_date=date(2026, 3, 11),
            purpose="Compare notes.",
            objectives="Learn one thing\nCommit to one thing",
        )
        for n in range(2):
            day = Day(position=n, date=date(2026, 3, 10) + timedelta(days=n), title=f"Day {n + 1}")
            day.items.append(
                AgendaItem(
                    position=0,
                    title="Opening",
                    duration_min=30,
                    objective="Frame it",
                    lead="Lead A",
                    method="MethodTeamOnly",
                    materials="MaterialsTeamOnly",
                    facilitator_notes="FacNoteTeamOnly",
                )
            )
            day.items.append(
                AgendaItem(position=1, title="Coffee", kind=ItemKind.BREAK, duration_min=15)
            )
            day.items.append(AgendaItem(position=2, title="Deep dive", duration_min=60))
            c.days.append(day)
        ana = Participant(name="Ana Lopez", organisation="City of A", role="Manager")
        ben = Participant(name="Ben Ode", organisation="City of B")
        c.participants.extend([ana, ben])
        session.add(c)
        session.flush()
        item = c.days[0].items[0]
        deep = c.days[0].items[2]
        for vis, bucket in (
            (Visibility.SHARED, shared),
            (Visibility.TEAM, team),
            (Visibility.PRIVATE, private),
        ):
            tag = vis.value.upper()
            add_entry(c, item, EntryKind.NOTE, f"Note{tag}Alpha", vis, clock)
            add_entry(
                c,
                deep,
                EntryKind.DECISION,
                f"Decision{tag}Beta",
                vis,
                clock,
                rationale=f"Why{tag}Gamma",
                force=DecisionForce.REQUIREMENT,
            )
            add_entry(
                c,
                item,
                EntryKind.QUOTE,
                f"Quote{tag}Delta",
                vis,
                clock,
                speaker=f"Speaker{tag}Epsilon",
            )
            add_entry(c, item, EntryKind.QUESTION, f"Question{tag}Zeta", vis, clock)
            add_entry(c, None, EntryKind.PARKING_LOT, f"Parked{tag}Eta", vis, clock)
            add_entry(
                c,
                None,
                EntryKind.FEEDBACK,
                f"Feedback{tag}Theta",
                vis,
                clock,
                polarity=FeedbackPolarity.PLUS,
            )
            add_entry(c, None, EntryKind.NOTE, f"General{tag}Iota", vis, clock)
            c.commitments.append(
                Commitment(
                    text=f"Commit{tag}Kappa",
                    owner=ana,
                    owner_organisation="City of A",
                    due_date=date(2026, 4, 1),
                    status=CommitmentStatus.OPEN,
                    visibility=vis,
                    notes=f"CommitNote{tag}Lambda",
                )
            )
            bucket.extend(
                f"{kind}{tag}{greek}"
                for kind, greek in (
                    ("Note", "Alpha"),
                    ("Decision", "Beta"),
                    ("Why", "Gamma"),
                    ("Quote", "Delta"),
                    ("Speaker", "Epsilon"),
                    ("Question", "Zeta"),
                    ("Parked", "Eta"),
                    ("Feedback", "Theta"),
                    ("General", "Iota"),
                    ("Commit", "Kappa"),
                )
            )
        team.append("CommitNoteSHAREDLambda")  # commitment notes are the team's only
        team.append("FacNoteTeamOnly")  # method and materials are in the run sheet only
        add_entry(c, deep, EntryKind.NOTE, HOSTILE, Visibility.SHARED, clock)
        add_entry(c, deep, EntryKind.NOTE, ARABIC, Visibility.SHARED, clock)
        add_entry(c, deep, EntryKind.NOTE, LONG_NOTE, Visibility.SHARED, clock)
        session.add(
            Attendance(participant_id=ana.id, day_id=c.days[0].id, status=AttendanceStatus.PRESENT)
        )
        session.add(
            Attendance(participant_id=ben.id, day_id=c.days[0].id, status=AttendanceStatus.ABSENT)
        )
        day_one = c.days[0]
        run_day(session, clock, day_one)
        return Sample(c.uuid, tuple(shared), tuple(team), tuple(private))


def run_day(session: object, clock: FakeClock, day: Day) -> None:
    """Run day one through the real timer: Opening 35 min, then a re-plan, then the rest."""
    from zoneinfo import ZoneInfo

    items = day.items
    plan = [PlanItem(i.uuid, i.title, i.kind, i.duration_min) for i in items]
    assert day.date is not None
    engine = TimerEngine(plan, time(9, 0), day.date, ZoneInfo("UTC"), clock)
    events = [engine.start()]
    clock.advance(35 * 60)
    events.append(engine.next())
    # A re-plan that shortens the deep dive to 45 minutes.
    proposal = replace(engine.propose_replan(), durations=((items[2].uuid, 45),), dropped=())
    events.append(engine.accept_replan(proposal))
    clock.advance(15 * 60)
    events.append(engine.next())
    clock.advance(50 * 60)
    events.append(engine.finish())
    by_uuid = {i.uuid: i.id for i in items}
    for e in events:
        session.add(  # type: ignore[attr-defined]
            RunEvent(
                day_id=day.id,
                agenda_item_id=by_uuid.get(e.item_key or ""),
                kind=e.kind,
                wall_time=e.wall,
                monotonic=e.monotonic,
                session=e.session,
                seconds=e.seconds,
                payload={"durations": dict(e.plan), "dropped": list(e.dropped)},
            )
        )


def docx_xml(path: Path) -> str:
    """Every XML part of the package (body, headers, footers, properties) as one string."""
    with zipfile.ZipFile(path) as z:
        return "\n".join(
            z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))
        )


@pytest.fixture
def sample(db: Database, clock: FakeClock) -> Sample:
    return make_sample(db, clock)
