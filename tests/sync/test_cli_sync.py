"""`facilitator target`, `export --deliver`, `sync` and `outbox` from the command line."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from facilitator import cli
from facilitator.store.settings import load_settings
from facilitator.sync.passwords import PASSWORD_ENV
from tests.sync.webdav_server import PASSWORD, USER, DavServer


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError("not there")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_id(capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "demo", "--no-gui")[0] == 0
    _, out, _ = run(capsys, "list", "--json")
    return str(json.loads(out)[0]["id"])


def test_export_deliver_then_sync_to_a_folder(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    share = tmp_path / "Dropbox" / "Team"
    code, out, _ = run(capsys, "target", "set", "folder", str(share))
    assert code == 0 and "not there right now" in out
    out_file = tmp_path / "summary.docx"
    code, out, err = run(capsys, "export", demo_id, "--out", str(out_file), "--deliver")
    assert code == 0, err
    assert f"Queued summary.docx for delivery to the folder {share}" in out

    code, out, _ = run(capsys, "sync")
    assert code == 1 and "queued     summary.docx: The folder" in out
    share.mkdir(parents=True)
    code, out, _ = run(capsys, "sync")
    assert code == 0 and f"delivered  summary.docx → {share / 'summary.docx'}" in out
    assert (share / "summary.docx").read_bytes() == out_file.read_bytes()

    code, out, _ = run(capsys, "outbox", "--json")
    [item] = json.loads(out)
    assert item["status"] == "delivered" and item["location"] == str(share / "summary.docx")
    assert item["attempts"] == 2 and len(item["sha256"]) == 64
    code, out, _ = run(capsys, "sync")
    assert code == 0 and out.strip() == "Nothing waiting."


def test_webdav_password_goes_to_the_keyring_not_the_settings(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    data_dir: Path,
    demo_id: str,
    dav: DavServer,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, out, _ = run(
        capsys, "target", "set", "webdav", dav.url, "--user", USER, "--password-stdin"
    )
    assert code == 0 and "system keyring" in out
    assert PASSWORD not in (data_dir / "settings.json").read_text()
    assert list(memory_keyring.values.values()) == [PASSWORD]
    _, out, _ = run(capsys, "target", "show")
    assert f"webdav: {dav.url}" in out and "password: in the system keyring" in out

    run(capsys, "export", demo_id, "--out", str(tmp_path / "s.docx"), "--deliver")
    code, out, _ = run(capsys, "sync")
    assert code == 0 and f"delivered  s.docx → {dav.url}s.docx" in out

    run(capsys, "target", "clear")
    assert memory_keyring.values == {}
    assert load_settings(data_dir).sync_target_kind == ""


def test_a_wrong_password_from_the_environment_is_reported(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    demo_id: str,
    dav: DavServer,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "not-it")
    run(capsys, "target", "set", "webdav", dav.url, "--user", USER)
    run(capsys, "export", demo_id, "--out", str(tmp_path / "s.docx"), "--deliver")
    code, out, _ = run(capsys, "sync")
    assert code == 1
    assert "failed     s.docx: The server refused the user name or password (401)." in out
    _, out, _ = run(capsys, "outbox")
    assert out.startswith("failed     s.docx  The server refused")


def test_sync_without_a_target_says_how_to_set_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "sync")
    assert code == 2 and "facilitator target set" in err
    _, out, _ = run(capsys, "target", "show")
    assert "exports stay on this laptop" in out


def test_a_non_web_address_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "target", "set", "webdav", "dav.example.org", "--user", "a")
    assert code == 2 and "not a web address" in err
