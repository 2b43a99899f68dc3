"""The WebDAV target against a real server on 127.0.0.1 (wsgidav), with real failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.sync.targets import TargetError, TargetUnavailable, WebDavTarget
from tests.sync.webdav_server import PASSWORD, USER, DavServer, Proxy, free_port


def _final(dav: DavServer, name: str) -> Path:
    return dav.root / "team" / name


def test_delivers_the_exact_bytes_under_the_name(
    dav: DavServer, dav_target: WebDavTarget, export_file: Path
) -> None:
    dav_target.check()
    done = dav_target.put_file(export_file, "Summary.docx")
    assert done.name == "Summary.docx" and not done.already_there
    assert done.location == f"{dav.url}Summary.docx"
    assert _final(dav, "Summary.docx").read_bytes() == export_file.read_bytes()
    assert [f.name for f in dav_target.list()] == ["Summary.docx"]
    assert dav_target.get("Summary.docx") == export_file.read_bytes()
    # no temporary upload is left behind
    assert sorted(p.name for p in (dav.root / "team").iterdir()) == ["Summary.docx"]


def test_a_server_that_is_down_is_unavailable(export_file: Path) -> None:
    target = WebDavTarget(f"http://127.0.0.1:{free_port()}/team/", USER, PASSWORD, timeout=2)
    with pytest.raises(TargetUnavailable, match="not answering"):
        target.put_file(export_file, "Summary.docx")


def test_a_wrong_password_is_said_plainly(dav: DavServer, export_file: Path) -> None:
    target = WebDavTarget(dav.url, USER, "wrong", timeout=5)
    with pytest.raises(TargetError) as caught:
        target.put_file(export_file, "Summary.docx")
    assert caught.value.message == "The server refused the user name or password (401)."
    assert not isinstance(caught.value, TargetUnavailable)


def test_out_of_space_is_said_plainly_and_leaves_nothing(
    dav: DavServer, dav_target: WebDavTarget, export_file: Path
) -> None:
    dav.faults.full = True
    with pytest.raises(TargetError, match=r"out of space \(507"):
        dav_target.put_file(export_file, "Summary.docx")
    assert list((dav.root / "team").iterdir()) == []
    dav.faults.full = False
    assert dav_target.put_file(export_file, "Summary.docx").name == "Summary.docx"


def test_a_different_file_already_there_gets_a_distinct_name(
    dav: DavServer, dav_target: WebDavTarget, export_file: Path
) -> None:
    _final(dav, "Summary.docx").write_bytes(b"someone else's summary")
    done = dav_target.put_file(export_file, "Summary.docx")
    assert done.name == "Summary (2).docx"
    assert _final(dav, "Summary.docx").read_bytes() == b"someone else's summary"
    assert _final(dav, "Summary (2).docx").read_bytes() == export_file.read_bytes()


def test_the_same_file_again_is_not_a_duplicate(
    dav: DavServer, dav_target: WebDavTarget, export_file: Path
) -> None:
    dav_target.put_file(export_file, "Summary.docx")
    again = dav_target.put_file(export_file, "Summary.docx")
    assert again.already_there and again.name == "Summary.docx"
    assert sorted(p.name for p in (dav.root / "team").iterdir()) == ["Summary.docx"]


def test_a_connection_cut_mid_upload_leaves_no_partial_file(
    dav: DavServer, proxy: Proxy, export_file: Path
) -> None:
    target = WebDavTarget(f"http://127.0.0.1:{proxy.port}/team/", USER, PASSWORD, timeout=5)
    proxy.cut_after = 64 * 1024
    with pytest.raises(TargetUnavailable, match="dropped"):
        target.put_file(export_file, "Summary.docx", upload_id="u1")
    assert not _final(dav, "Summary.docx").exists()
    proxy.cut_after = None
    done = target.put_file(export_file, "Summary.docx", upload_id="u1")
    assert done.name == "Summary.docx"
    assert _final(dav, "Summary.docx").read_bytes() == export_file.read_bytes()
    assert sorted(p.name for p in (dav.root / "team").iterdir()) == ["Summary.docx"]


def test_a_retry_after_a_lost_answer_makes_no_duplicate(
    dav: DavServer, proxy: Proxy, export_file: Path
) -> None:
    target = WebDavTarget(f"http://127.0.0.1:{proxy.port}/team/", USER, PASSWORD, timeout=5)
    proxy.swallow_answer_to = b"MOVE"
    with pytest.raises(TargetUnavailable):
        target.put_file(export_file, "Summary.docx")
    assert _final(dav, "Summary.docx").exists()  # the server did it; we never heard
    proxy.swallow_answer_to = None
    again = target.put_file(export_file, "Summary.docx")
    assert again.already_there and again.name == "Summary.docx"
    assert sorted(p.name for p in (dav.root / "team").iterdir()) == ["Summary.docx"]


def test_a_missing_folder_on_the_server_is_said_plainly(dav: DavServer) -> None:
    target = WebDavTarget(f"{dav.url}nowhere/", USER, PASSWORD, timeout=5)
    with pytest.raises(TargetError, match="does not exist"):
        target.check()


def test_a_non_web_address_is_refused() -> None:
    with pytest.raises(TargetError, match="not a web address"):
        WebDavTarget("ftp://example.org/", USER, PASSWORD)
