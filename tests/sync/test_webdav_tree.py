"""Nested paths on both target kinds: create-only writes, tree listings, odd hrefs."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.sync.target_base import NameTaken, TargetError, TreeTarget
from facilitator.sync.targets import FolderTarget, WebDavTarget
from facilitator.sync.webdav_xml import entries_below
from tests.sync.webdav_server import PASSWORD, USER, DavServer


@pytest.fixture(params=["webdav", "folder"])
def tree(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[TreeTarget, Path]:
    """A target and the local folder where its files end up."""
    if request.param == "folder":
        (tmp_path / "share").mkdir()
        return FolderTarget(tmp_path / "share"), tmp_path / "share"
    dav: DavServer = request.getfixturevalue("dav")
    return WebDavTarget(dav.url, USER, PASSWORD, timeout=5), dav.root / "team"


def test_a_new_file_makes_its_folders_and_never_replaces_another(
    tree: tuple[TreeTarget, Path],
) -> None:
    target, root = tree
    assert target.create_new("sync/c1/d1/one.json.gz", b"first") is True
    assert (root / "sync" / "c1" / "d1" / "one.json.gz").read_bytes() == b"first"
    assert target.create_new("sync/c1/d1/one.json.gz", b"first") is False  # same bytes: done
    with pytest.raises(NameTaken, match="already holds a different file"):
        target.create_new("sync/c1/d1/one.json.gz", b"other")
    assert (root / "sync" / "c1" / "d1" / "one.json.gz").read_bytes() == b"first"
    assert target.create_new("sync/c1/d2/two.json.gz", b"second") is True
    assert sorted(p.name for p in (root / "sync" / "c1" / "d1").iterdir()) == ["one.json.gz"]


def test_a_tree_lists_every_file_below_a_folder(tree: tuple[TreeTarget, Path]) -> None:
    target, root = tree
    assert target.walk("sync") == []  # not there yet
    for path in ("sync/a/x.gz", "sync/a/b/y.gz", "sync/ä b/z 1.gz", "other/w.gz"):
        target.create_new(path, path.encode())
    (root / "sync" / "a" / ".facilitator-upload-123.part").write_bytes(b"half")
    listed = {f.name: f.size for f in target.walk("sync")}
    assert listed == {"sync/a/x.gz": 11, "sync/a/b/y.gz": 13, "sync/ä b/z 1.gz": 16}
    assert target.get_path("sync/ä b/z 1.gz", 100) == "sync/ä b/z 1.gz".encode()
    with pytest.raises(TargetError, match="larger than expected"):
        target.get_path("sync/ä b/z 1.gz", 4)
    with pytest.raises(TargetError, match="is not"):
        target.get_path("sync/a/missing.gz", 100)


@pytest.mark.parametrize("bad", ["../up.gz", "a//b.gz", "a/./b.gz", "a\\b.gz", ".facilitator-x"])
def test_paths_that_escape_or_hide_are_refused(tree: tuple[TreeTarget, Path], bad: str) -> None:
    target, _ = tree
    with pytest.raises(TargetError, match="not a path"):
        target.create_new(bad, b"x")


def test_a_server_refusing_infinite_depth_is_walked_folder_by_folder(
    dav: DavServer, dav_target: WebDavTarget
) -> None:
    for path in ("sync/a/x.gz", "sync/a/b/y.gz", "sync/c/z.gz"):
        dav_target.create_new(path, b"1")
    whole = dav_target.walk("sync")
    dav.faults.finite_depth = True
    fresh = WebDavTarget(dav.url, USER, PASSWORD, timeout=5)
    assert fresh.walk("sync") == whole and len(whole) == 3


def test_a_base_path_with_a_space_is_walked(dav: DavServer) -> None:
    (dav.root / "team" / "Our Team").mkdir()
    target = WebDavTarget(f"{dav.url}Our%20Team/", USER, PASSWORD, timeout=5)
    target.create_new("sync/d/x.gz", b"1")
    assert (dav.root / "team" / "Our Team" / "sync" / "d" / "x.gz").exists()
    assert [f.name for f in target.walk("sync")] == ["sync/d/x.gz"]


def test_hrefs_as_full_urls_with_trailing_slashes_and_a_rewritten_base() -> None:
    body = b"""<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">
      <d:response><d:href>https://cloud.example.org/remote.php/webdav/Team/sync/</d:href>
        <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop>
        <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
      <d:response><d:href>/remote.php/webdav/Team/sync/dev%201/</d:href>
        <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop>
        <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
      <d:response><d:href>/remote.php/webdav/Team/sync/r%C3%A9sum%C3%A9.gz</d:href>
        <d:propstat><d:prop><d:resourcetype/><d:getcontentlength>42</d:getcontentlength>
        </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
    </d:multistatus>"""
    found = {
        (f.name, f.size, is_folder) for f, is_folder in entries_below("sync", body, nested=False)
    }
    assert found == {("sync/dev 1", 0, True), ("sync/résumé.gz", 42, False)}
