from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester

from facilitator.store.convenings import ConveningSummary
from facilitator.ui.convening_list_model import (
    ID_ROLE,
    ConveningListModel,
    date_range_text,
)


def summary(title: str, start: date | None, end: date | None) -> ConveningSummary:
    return ConveningSummary(title.lower(), title, "", "Riverton", "UTC", start, end)


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ConveningListModel()
    model.set_rows([summary("A", None, None), summary("B", date(2026, 3, 9), date(2026, 3, 10))])
    qtmodeltester.check(model)
    assert model.index(1).data(ID_ROLE) == "b"
    model.set_rows([])
    qtmodeltester.check(model)


def test_date_ranges_read_naturally() -> None:
    assert date_range_text(summary("A", None, None)) == "No date yet"
    assert date_range_text(summary("A", date(2026, 3, 9), date(2026, 3, 10))) == "09–10 Mar 2026"
    assert (
        date_range_text(summary("A", date(2026, 3, 31), date(2026, 4, 1))) == "31 Mar – 01 Apr 2026"
    )
