"""Linux desktop integration: the .desktop file, AppStream metainfo and icons are valid."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.facilitator.Facilitator"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; .ci/run installs it)")
    return path


def test_the_desktop_file_is_valid() -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_is_valid() -> None:
    done = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_desktop_file_and_metainfo_name_the_same_app_and_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == "facilitator"
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{DESKTOP.name}</launchable>' in text


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_every_icon_size_is_rendered(size: int, qapp: object) -> None:
    image = QImage(str(ICONS / f"facilitator-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # The corner is transparent (rounded square), the middle is painted.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_the_icons_match_the_svg(tmp_path: Path, qapp: object) -> None:
    """tools/render_icons.py renders the same pixels as the committed PNGs (re-run it)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "tools" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.ICONS = tmp_path  # write into the temporary folder
    shutil.copy(ICONS / "facilitator.svg", tmp_path / "facilitator.svg")
    for fresh in module.render(tmp_path / "facilitator.svg", (48,)):
        committed = QImage(str(ICONS / fresh.name))
        rendered = QImage(str(fresh))
        differing = sum(
            1
            for x in range(48)
            for y in range(48)
            if abs(committed.pixelColor(x, y).alpha() - rendered.pixelColor(x, y).alpha()) > 8
        )
        assert differing < 20, f"{fresh.name} is out of date: run tools/render_icons.py"
