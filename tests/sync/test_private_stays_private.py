"""Private entries and commitments never appear in a bundle or a change file."""

from __future__ import annotations

import gzip
import itertools
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store import commitments, entries
from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.store.entries import NewEntry
from facilitator.sync.bundle import export_bundle
from facilitator.sync.team import LocalTeamFolder, push
from tests.sync.laptops import open_laptop

_counter = itertools.count()


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, str, Path]]:
    folder = tmp_path_factory.mktemp("private")
    db = open_laptop(folder / "laptop")
    yield db, seed_demo(db).convening_id, folder
    db.close()


def unpacked(path: Path) -> bytes:
    """Every byte a reader of the file could see: the raw file and each member unpacked."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        return raw + gzip.decompress(raw)
    with zipfile.ZipFile(path) as archive:
        return raw + b"".join(archive.read(n) for n in archive.namelist())


piece = st.tuples(
    st.sampled_from(["entry", "commitment"]),
    st.sampled_from(list(Visibility)),
    st.sampled_from(list(Visibility)),  # a later change of visibility
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöü ", min_size=0, max_size=30),
)


@settings(max_examples=30, deadline=None)
@given(st.lists(piece, min_size=1, max_size=6))
def test_no_private_text_ever_leaves(
    laptop: tuple[Database, str, Path], pieces: list[tuple[str, Visibility, Visibility, str]]
) -> None:
    db, cid, folder = laptop
    private: list[str] = []
    public: list[str] = []
    for kind, first, then, words in pieces:
        marker = f"MARK{next(_counter):06d}X"  # unique, and unchanged by JSON escaping
        text = f"{words} {marker}"
        if kind == "entry":
            record = entries.add_entry(db, cid, NewEntry(EntryKind.NOTE, text, visibility=first))
            entries.set_visibility(db, [record.id], then)
        else:
            cid_ = commitments.add_commitment(db, cid, text, visibility=first, notes=marker)
            commitments.update_commitment(db, cid_, {"visibility": then})
        (private if then is Visibility.PRIVATE else public).append(marker)

    bundle = unpacked(export_bundle(db, cid, folder / "out.facilitator"))
    team = LocalTeamFolder(folder / "team")
    name, _count = push(db, team, cid)
    # Nothing new to send is fine only when everything new was private.
    assert name is not None or not public
    change_file = unpacked(next((folder / "team").rglob(name))) if name else b""
    for marker in private:
        assert marker.encode() not in bundle
        assert marker.encode() not in change_file
    for marker in public:  # the check can fail: shared text is there to be found
        assert marker.encode() in bundle
        assert marker.encode() in change_file
