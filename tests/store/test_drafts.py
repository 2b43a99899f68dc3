"""The capture draft file: atomic, durable, and forgiving of damage."""

from __future__ import annotations

from pathlib import Path

from facilitator.store.drafts import Draft, clear_draft, draft_path, load_draft, save_draft


def test_round_trip_and_clear(data_dir: Path) -> None:
    draft = Draft("c1", "decision", "We agree to ", "private", "item-1", {"rationale": "why"})
    save_draft(data_dir, draft)
    assert load_draft(data_dir) == draft
    assert not list(data_dir.glob(".drafts-*")), "no temporary file left behind"
    clear_draft(data_dir)
    assert load_draft(data_dir) is None
    clear_draft(data_dir)  # clearing twice is fine


def test_unicode_survives(data_dir: Path) -> None:
    save_draft(data_dir, Draft("c1", "quote", "Ramírez: “¡sí!” 🎉"))
    loaded = load_draft(data_dir)
    assert loaded is not None and loaded.text == "Ramírez: “¡sí!” 🎉"


def test_damaged_or_empty_drafts_are_ignored(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    draft_path(data_dir).write_text("{not json", encoding="utf-8")
    assert load_draft(data_dir) is None
    draft_path(data_dir).write_text('{"kind": "note"}', encoding="utf-8")
    assert load_draft(data_dir) is None
    save_draft(data_dir, Draft("c1", "note", "   "))
    assert load_draft(data_dir) is None


def test_unknown_fields_from_a_newer_version_are_ignored(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    draft_path(data_dir).write_text(
        '{"convening_id": "c", "kind": "note", "text": "hi", "future": 1}', encoding="utf-8"
    )
    assert load_draft(data_dir) == Draft("c", "note", "hi")
