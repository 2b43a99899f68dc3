"""Word export of a big convening against bare python-docx writing the same content.

A 3-day convening with 60 agenda items, 2,000 entries and 300 commitments is
exported as the team summary (the larger document) by our exporter: reading
the store, applying the audience rule, cleaning every string, styles with
fallbacks, header rows, page numbers, saving. The baseline writes the same
headings, bullets and tables with python-docx and nothing else, from data
prepared beforehand. Both run alternately in the same process; the best of
several runs is compared.

Metric ``export_ratio`` = ours / bare. Goal: at most 1.5 (issue 6).
"""

from __future__ import annotations

import io
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import docx

from bench.metric import Metric
from facilitator.core.audience import Audience
from facilitator.core.clock import FakeClock
from facilitator.core.kinds import EntryKind, Visibility
from facilitator.export.docx_summary import build_summary
from facilitator.export.summary_data import read_summary
from facilitator.export.summary_model import SummaryData
from facilitator.store.database import Database, open_database
from facilitator.store.models import AgendaItem, Commitment, Convening, Day, Entry, Participant

KINDS = [EntryKind.NOTE, EntryKind.DECISION, EntryKind.QUOTE, EntryKind.QUESTION,
         EntryKind.PARKING_LOT, EntryKind.FEEDBACK]  # fmt: skip
VIS = [Visibility.SHARED, Visibility.SHARED, Visibility.TEAM, Visibility.PRIVATE]


def seed(db: Database, entries: int, commitments: int) -> str:
    with db.transaction() as session:
        c = Convening(title="Big convening", start_date=date(2026, 3, 10), location="Hall",
                      purpose="Benchmark.", objectives="One\nTwo")  # fmt: skip
        for d in range(3):
            day = Day(position=d, date=date(2026, 3, 10) + timedelta(days=d), title=f"Theme {d}")
            for i in range(20):
                day.items.append(AgendaItem(position=i, title=f"Session {d}.{i}", duration_min=20,
                                            objective="Leave with one idea", lead="Lead",
                                            facilitator_notes="Watch the time."))  # fmt: skip
            c.days.append(day)
        people = [Participant(name=f"Person {n}", organisation=f"City {n % 12}") for n in range(40)]
        c.participants.extend(people)
        session.add(c)
        session.flush()
        items = [i for day in c.days for i in day.items]
        when = datetime(2026, 3, 10, 9, tzinfo=UTC)
        for n in range(entries):
            session.add(Entry(convening_id=c.id, agenda_item_id=items[n % 60].id,
                              kind=KINDS[n % 6], visibility=VIS[n % 4], captured_at=when,
                              text=f"Entry {n}: what the room said about budgets, staffing and "
                              "residents, in a sentence or two as a note-taker writes it.",
                              rationale="Because it matters." if n % 6 == 1 else ""))  # fmt: skip
        for n in range(commitments):
            session.add(Commitment(convening_id=c.id, text=f"Commitment {n}: send the report",
                                   owner=people[n % 40], owner_organisation=f"City {n % 12}",
                                   due_date=date(2026, 4, 1), visibility=VIS[n % 4]))  # fmt: skip
        return c.uuid


def ours(db: Database, cid: str) -> bytes:
    data = read_summary(db, cid, Audience.TEAM)
    builder = build_summary(data, None, author="Bench", when=datetime(2026, 3, 12, tzinfo=UTC))
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


def bare(data: SummaryData) -> bytes:
    d = docx.Document()
    d.add_paragraph(data.title, style="Title")
    d.add_heading("Agenda", 1)
    for day in data.days:
        d.add_heading(day.heading, 2)
        t = d.add_table(rows=1, cols=3)
        for cell, text in zip(t.rows[0].cells, ("Time", "Item", "Led by"), strict=True):
            cell.text = text
        for i in day.items:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = f"{i.start}", i.title, i.lead
    for day in data.days:
        d.add_heading(day.heading, 2)
        for i in day.items:
            d.add_heading(i.title, 3)
            for e in (*i.notes, *i.decisions, *i.quotes, *i.questions):
                d.add_paragraph(e.text, style="List Bullet")
    d.add_heading("Commitments", 1)
    t = d.add_table(rows=1, cols=4)
    for c in data.commitments:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = c.owner_label, c.text
        cells[2].text, cells[3].text = str(c.due_date), c.status
    for e in (*data.parking_lot, *data.feedback):
        d.add_paragraph(e.text, style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def run(quick: bool) -> list[Metric]:
    rounds = 2 if quick else 5
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite", FakeClock())
        try:
            cid = seed(db, 2000, 300)
            data = read_summary(db, cid, Audience.TEAM)
            best_ours = best_bare = float("inf")
            for _ in range(rounds):
                t0 = time.perf_counter()
                ours(db, cid)
                t1 = time.perf_counter()
                bare(data)
                t2 = time.perf_counter()
                best_ours = min(best_ours, t1 - t0)
                best_bare = min(best_bare, t2 - t1)
        finally:
            db.close()
    return [
        Metric("export_ratio", best_ours / best_bare, "x", 1.5),
        Metric("export_team_summary_seconds", best_ours, "s", 5.0),
    ]
