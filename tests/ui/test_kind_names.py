"""Entry kinds, plurals and units are translated at the window's boundary, in the same English."""

from __future__ import annotations

from datetime import date

from facilitator.core.capture_kinds import CAPTURE_KINDS, LABELS
from facilitator.core.kinds import DecisionForce, Visibility
from facilitator.ui.agenda_model import duration_text
from facilitator.ui.i18n import plural, tr
from facilitator.ui.kind_names import (
    KIND_NAMES,
    force_name,
    kind_name,
    kind_noun,
    visibility_name,
)


def test_kind_names_are_cores_labels(qapp: object) -> None:
    assert set(KIND_NAMES) == set(LABELS) == set(CAPTURE_KINDS)
    for kind in CAPTURE_KINDS:
        assert kind_name(kind) == LABELS[kind]
        assert kind_noun(kind) == LABELS[kind].lower()
    assert kind_name("parking_lot") == "Parking lot"
    assert force_name(DecisionForce.REQUIREMENT) == "requirement"
    assert visibility_name(Visibility.SHARED) == "shared"


def test_plurals_read_as_before_without_a_translation(qapp: object) -> None:
    assert tr("%n day(s) LATE", "", 1) == "1 day LATE"
    assert tr("%n day(s) LATE", "", 3) == "3 days LATE"
    assert tr("%n item(s)", "", 0) == "0 items"
    assert plural("%n item(s) left today".replace("%n", "1"), 1) == "1 item left today"


def test_units_read_as_before(qapp: object) -> None:
    assert [duration_text(m) for m in (45, 60, 75)] == ["45 min", "1 h", "1 h 15"]


def test_overdue_text(qapp: object) -> None:
    from facilitator.ui.ledger_model import due_text

    class Late:
        due_date = date(2024, 3, 1)
        overdue = True

    assert due_text(Late(), date(2024, 3, 2)).endswith("· 1 day LATE")  # type: ignore[arg-type]
    assert due_text(Late(), date(2024, 3, 4)).endswith("· 3 days LATE")  # type: ignore[arg-type]
