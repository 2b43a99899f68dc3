"""Read one convening from the store into a :class:`SummaryData` for one audience.

This is the only place exports read captured material, and every entry and
commitment passes through :mod:`facilitator.core.audience` here: private
records are never even copied into the result, and team records only when
the audience is the team.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import audience as rule
from facilitator.core.audience import Audience, Withheld
from facilitator.core.kinds import EntryKind
from facilitator.core.schedule import compute_schedule
from facilitator.export.summary_model import (
    Attendee,
    CommitmentView,
    DayView,
    EntryView,
    ItemView,
    SummaryData,
)
from facilitator.export.summary_timing import plan_item, read_attendance, read_timing
from facilitator.store.database import Database
from facilitator.store.errors import ConveningNotFoundError
from facilitator.store.models import AgendaItem, Commitment, Convening, Day, Entry, Participant

OTHER_ORGANISATION = "Other participants"
_MIDNIGHT = time(0, 0)


def read_summary(db: Database, convening_id: str, audience: Audience) -> SummaryData:
    with db.read() as session:
        c = session.scalar(
            select(Convening).where(Convening.uuid == convening_id, Convening.deleted.is_(False))
        )
        if c is None:
            raise ConveningNotFoundError(f"No convening with id {convening_id}.")
        days = _live_days(session, c)
        items_by_day = {d.id: _live_items(session, d) for d in days}
        titles = {i.id: i.title for items in items_by_day.values() for i in items}
        entries = list(
            session.scalars(
                select(Entry)
                .where(Entry.convening_id == c.id, Entry.deleted.is_(False))
                .order_by(Entry.captured_at, Entry.id)
            )
        )
        commitments = list(
            session.scalars(
                select(Commitment)
                .where(Commitment.convening_id == c.id, Commitment.deleted.is_(False))
                .order_by(Commitment.due_date.is_(None), Commitment.due_date, Commitment.id)
            )
        )
        people = list(
            session.scalars(
                select(Participant)
                .where(Participant.convening_id == c.id, Participant.deleted.is_(False))
                .order_by(Participant.name)
            )
        )
        withheld = rule.count_withheld(
            audience, (e.visibility for e in entries), (m.visibility for m in commitments)
        )
        # The audience rule, applied once: nothing withheld travels past this line.
        entries = [e for e in entries if rule.includes_entry(audience, e.visibility)]
        commitments = [m for m in commitments if rule.includes_commitment(audience, m.visibility)]
        views = [_entry_view(e, audience, titles) for e in entries]
        by_item: dict[int | None, list[EntryView]] = defaultdict(list)
        for e, v in zip(entries, views, strict=True):
            by_item[e.agenda_item_id if e.agenda_item_id in titles else None].append(v)

        day_views = tuple(
            _day_view(n, d, items_by_day[d.id], by_item, audience) for n, d in enumerate(days, 1)
        )
        general = _general(by_item.get(None, []))
        names = {p.id: p.name for p in people}
        tz = _zone(c.timezone)
        team = audience is Audience.TEAM
        return SummaryData(
            audience=audience,
            title=c.title,
            series=c.series,
            location=c.location,
            start_date=c.start_date,
            end_date=c.end_date,
            purpose=c.purpose.strip(),
            objectives=tuple(line.strip() for line in c.objectives.splitlines() if line.strip()),
            attendees=_by_organisation(people),
            days=day_views,
            general=general,
            commitments=tuple(_commitment_view(m, audience, names, titles) for m in commitments),
            parking_lot=tuple(v for v in views if v.kind == EntryKind.PARKING_LOT),
            feedback=tuple(v for v in views if v.kind == EntryKind.FEEDBACK),
            withheld=withheld,
            attendance=read_attendance(session, days, people) if team else None,
            timing=read_timing(session, db.clock, tz, days, items_by_day) if team else (),
        )


def read_withheld(db: Database, convening_id: str, audience: Audience) -> Withheld:
    """What the audience's documents leave out; cheap enough for a live preview."""
    with db.read() as session:
        c = session.scalar(
            select(Convening).where(Convening.uuid == convening_id, Convening.deleted.is_(False))
        )
        if c is None:
            raise ConveningNotFoundError(f"No convening with id {convening_id}.")
        entry_vis = session.scalars(
            select(Entry.visibility).where(Entry.convening_id == c.id, Entry.deleted.is_(False))
        )
        commit_vis = session.scalars(
            select(Commitment.visibility).where(
                Commitment.convening_id == c.id, Commitment.deleted.is_(False)
            )
        )
        return rule.count_withheld(audience, list(entry_vis), list(commit_vis))


def _live_days(session: Session, c: Convening) -> list[Day]:
    return list(
        session.scalars(
            select(Day)
            .where(Day.convening_id == c.id, Day.deleted.is_(False))
            .order_by(Day.position, Day.id)
        )
    )


def _live_items(session: Session, day: Day) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.day_id == day.id, AgendaItem.deleted.is_(False))
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _entry_view(e: Entry, audience: Audience, titles: dict[int, str]) -> EntryView:
    return EntryView(
        kind=str(e.kind),
        text=e.text.strip(),
        team_only=rule.marks_team_only(audience, e.visibility),
        captured_at=e.captured_at,
        speaker=e.speaker.strip(),
        rationale=e.rationale.strip(),
        force=str(e.force) if e.force else "",
        polarity=str(e.polarity) if e.polarity else "",
        resolved=e.resolved_at is not None,
        resolution=e.resolution.strip(),
        item_title=titles.get(e.agenda_item_id or -1, ""),
    )


def _split(views: Iterable[EntryView]) -> dict[str, tuple[EntryView, ...]]:
    out: dict[str, list[EntryView]] = defaultdict(list)
    for v in views:
        if v.text or v.rationale:
            out[v.kind].append(v)
    return {k: tuple(vs) for k, vs in out.items()}


def _day_view(
    number: int,
    day: Day,
    items: list[AgendaItem],
    by_item: dict[int | None, list[EntryView]],
    audience: Audience,
) -> DayView:
    schedule = compute_schedule([plan_item(i) for i in items], day.start_time, day.end_time)
    views = []
    for i, s in zip(items, schedule.items, strict=True):
        kinds = _split(by_item.get(i.id, []))

        def field(name: str, value: str) -> str:
            return value.strip() if rule.includes_item_field(audience, name) else ""

        views.append(
            ItemView(
                key=i.uuid,
                title=i.title.strip(),
                kind=str(i.kind),
                start=s.start,
                end=s.end,
                duration_min=i.duration_min,
                fixed_start=i.fixed_start is not None,
                optional=i.optional,
                objective=field("objective", i.objective),
                lead=field("lead", i.lead),
                method=field("method", i.method),
                materials=field("materials", i.materials),
                facilitator_notes=field("facilitator_notes", i.facilitator_notes),
                notes=kinds.get(EntryKind.NOTE, ()),
                decisions=kinds.get(EntryKind.DECISION, ()),
                quotes=kinds.get(EntryKind.QUOTE, ()),
                questions=kinds.get(EntryKind.QUESTION, ()),
            )
        )
    return DayView(day.uuid, number, day.title.strip(), day.date, tuple(views))


def _general(views: list[EntryView]) -> ItemView | None:
    kinds = _split(views)
    item = ItemView(
        key="",
        title="Across the convening",
        kind="plenary",
        start=_MIDNIGHT,
        end=_MIDNIGHT,
        duration_min=0,
        notes=kinds.get(EntryKind.NOTE, ()),
        decisions=kinds.get(EntryKind.DECISION, ()),
        quotes=kinds.get(EntryKind.QUOTE, ()),
        questions=kinds.get(EntryKind.QUESTION, ()),
    )
    return item if item.has_record else None


def _commitment_view(
    m: Commitment, audience: Audience, names: dict[int, str], titles: dict[int, str]
) -> CommitmentView:
    return CommitmentView(
        text=m.text.strip(),
        owner=names.get(m.owner_participant_id or -1, ""),
        organisation=m.owner_organisation.strip(),
        due_date=m.due_date,
        status=str(m.status),
        team_only=rule.marks_team_only(audience, m.visibility),
        item_title=titles.get(m.agenda_item_id or -1, ""),
        notes=m.notes.strip() if rule.shows_commitment_notes(audience) else "",
        key=m.uuid,
    )


def _by_organisation(people: list[Participant]) -> tuple[tuple[str, tuple[Attendee, ...]], ...]:
    groups: dict[str, list[Attendee]] = defaultdict(list)
    for p in people:
        org = p.organisation.strip()
        groups[org].append(Attendee(p.name.strip(), p.role.strip(), org))
    named = sorted((k for k in groups if k), key=str.casefold)
    ordered = [(k, tuple(groups[k])) for k in named]
    if "" in groups:
        ordered.append((OTHER_ORGANISATION, tuple(groups[""])))
    return tuple(ordered)
