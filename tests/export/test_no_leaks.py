"""Property: whatever is captured, private text is in no document and team text not in the
participants' one (summary, agenda, run sheet, commitments CSV)."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.audience import Audience
from facilitator.core.clock import FakeClock
from facilitator.core.kinds import EntryKind, Visibility
from facilitator.export.service import ExportKind, export
from facilitator.store.convenings import NewConvening, create_convening
from facilitator.store.database import open_database
from facilitator.store.models import AgendaItem, Commitment, Convening, Day, Entry
from tests.export.conftest import docx_xml

entry = st.tuples(
    st.sampled_from(list(EntryKind)),
    st.sampled_from(list(Visibility)),
    st.booleans(),  # tied to an agenda item or not
    st.sampled_from(["text", "rationale", "speaker", "resolution"]),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entry, min_size=1, max_size=12), st.lists(st.sampled_from(list(Visibility))))
def test_no_private_text_anywhere_no_team_text_for_participants(
    entries: list[tuple[EntryKind, Visibility, bool, str]], commitments: list[Visibility]
) -> None:
    from sqlalchemy import select

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        db = open_database(base / "db.sqlite", FakeClock())
        try:
            cid = create_convening(db, NewConvening(title="Prop", days=1))
            secrets: dict[Visibility, list[str]] = {v: [] for v in Visibility}
            with db.transaction() as session:
                c = session.scalar(select(Convening).where(Convening.uuid == cid))
                assert c is not None
                day = session.scalar(select(Day).where(Day.convening_id == c.id))
                assert day is not None
                item = AgendaItem(day_id=day.id, title="Item", duration_min=30)
                session.add(item)
                session.flush()
                for n, (kind, vis, tied, where) in enumerate(entries):
                    marker = f"zq{vis.value}{n}marker"
                    secrets[vis].append(marker)
                    fields = {"text": f"t{n}", where: marker}
                    session.add(
                        Entry(convening_id=c.id, agenda_item_id=item.id if tied else None,
                              kind=kind, visibility=vis,
                              captured_at=datetime(2026, 3, 10, tzinfo=UTC), **fields)
                    )  # fmt: skip
                for n, vis in enumerate(commitments):
                    marker = f"zq{vis.value}c{n}marker"
                    secrets[vis].append(marker)
                    session.add(Commitment(convening_id=c.id, text=marker, visibility=vis))
            texts: dict[Audience, str] = {a: "" for a in Audience}
            for kind in ExportKind:
                for audience in Audience:
                    if kind.fixed_audience not in (None, audience):
                        continue
                    out = base / f"{kind.value}-{audience.value}{kind.suffix}"
                    export(db, cid, kind, out, audience=audience)
                    body = out.read_text("utf-8-sig") if kind.suffix == ".csv" else docx_xml(out)
                    texts[audience] += body
        finally:
            db.close()
    for marker in secrets[Visibility.PRIVATE]:
        assert marker not in texts[Audience.PARTICIPANTS]
        assert marker not in texts[Audience.TEAM]
    for marker in secrets[Visibility.TEAM]:
        assert marker not in texts[Audience.PARTICIPANTS]
