from __future__ import annotations

from pathlib import Path

from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store.settings import Settings, load_settings, save_settings


def test_defaults_when_nothing_is_saved(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    assert settings == Settings()
    assert settings.visibility_for(EntryKind.DECISION) is Visibility.SHARED


def test_saved_settings_come_back_and_leave_no_temporary_file(tmp_path: Path) -> None:
    chosen = Settings(organisation="Cities Network", default_visibility={"note": "private"})
    save_settings(tmp_path, chosen)
    loaded = load_settings(tmp_path)
    assert loaded.organisation == "Cities Network"
    assert loaded.visibility_for(EntryKind.NOTE) is Visibility.PRIVATE
    # kinds the file doesn't name keep their defaults
    assert loaded.visibility_for(EntryKind.DECISION) is Visibility.SHARED
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_damaged_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    assert load_settings(tmp_path) == Settings()
    (tmp_path / "settings.json").write_text('{"theme": "dark", "unknown": 1}', encoding="utf-8")
    assert load_settings(tmp_path).theme == "dark"
