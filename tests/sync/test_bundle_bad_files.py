"""A bad bundle changes nothing and says why."""

from __future__ import annotations

import gzip
import json
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.store.errors import StoreError
from facilitator.sync import safe_read
from facilitator.sync.bundle import export_bundle, import_bundle
from facilitator.sync.safe_read import BadFileError
from tests.sync.laptops import database_digest, open_laptop


@pytest.fixture
def good(db: Database, tmp_path: Path) -> Path:
    cid = seed_demo(db).convening_id
    return export_bundle(db, cid, tmp_path / "good.facilitator")


@pytest.fixture
def receiver(tmp_path: Path, good: Path) -> Iterator[Database]:
    """A laptop that already has the convening, so a bad file could damage a merge."""
    laptop = open_laptop(tmp_path / "receiver")
    import_bundle(laptop, good)
    yield laptop
    laptop.close()


def rewrite(src: Path, dst: Path, change: Callable[[dict[str, bytes]], dict[str, bytes]]) -> Path:
    with zipfile.ZipFile(src) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in change(members).items():
            archive.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return dst


def edit_json(
    name: str, edit: Callable[[Any], Any]
) -> Callable[[dict[str, bytes]], dict[str, bytes]]:
    def change(members: dict[str, bytes]) -> dict[str, bytes]:
        members[name] = json.dumps(edit(json.loads(members[name]))).encode()
        return members

    return change


def refused(receiver: Database, path: Path, *, words: str) -> None:
    before = database_digest(receiver)
    with pytest.raises((BadFileError, StoreError)) as info:
        import_bundle(receiver, path)
    assert words.lower() in str(info.value).lower()
    assert database_digest(receiver) == before


def test_a_newer_format_version_is_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    bad = rewrite(
        good,
        tmp_path / "x.facilitator",
        edit_json("manifest.json", lambda m: {**m, "format_version": 99}),
    )
    refused(receiver, bad, words="newer Facilitator")


def test_another_format_is_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    bad = rewrite(
        good,
        tmp_path / "x.facilitator",
        edit_json("manifest.json", lambda m: {**m, "format": "something-else"}),
    )
    refused(receiver, bad, words="not a Facilitator file")


def test_a_truncated_zip_is_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    data = good.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 30):
        bad = tmp_path / f"cut{cut}.facilitator"
        bad.write_bytes(data[:cut])
        refused(receiver, bad, words="cut short")


def test_a_damaged_member_is_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    data = bytearray(good.read_bytes())
    start = data.index(b"records/entry.json") + 40  # inside the compressed entries
    data[start : start + 20] = b"\x00" * 20
    bad = tmp_path / "damaged.facilitator"
    bad.write_bytes(bytes(data))
    refused(receiver, bad, words="")


@pytest.mark.parametrize(
    "name", ["../outside.json", "/etc/passwd", "C:/Windows/evil.json", "records\\..\\x.json"]
)
def test_names_that_escape_the_bundle_are_refused(
    receiver: Database, good: Path, tmp_path: Path, name: str
) -> None:
    bad = rewrite(good, tmp_path / "x.facilitator", lambda m: {**m, name: b"{}"})
    refused(receiver, bad, words="outside the bundle")


def test_a_member_that_inflates_hugely_is_refused_by_its_declared_size(
    receiver: Database, good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safe_read, "MAX_MEMBER_BYTES", 1024 * 1024)
    # 8 MB of zeros compresses to a few KB.
    bad = rewrite(good, tmp_path / "x.facilitator", lambda m: {**m, "padding.bin": bytes(8 << 20)})
    assert bad.stat().st_size < 100_000
    refused(receiver, bad, words="would unpack to")


def test_a_member_that_lies_about_its_size_is_refused(
    receiver: Database, good: Path, tmp_path: Path
) -> None:
    data = bytearray(good.read_bytes())
    # The central directory entry of the entries: claim they unpack to 100 bytes.
    header = data.index(b"PK\x01\x02")
    while data[header + 46 : header + 46 + 18] != b"records/entry.json":
        header = data.index(b"PK\x01\x02", header + 4)
    data[header + 24 : header + 28] = struct.pack("<I", 100)
    lying = tmp_path / "lying.facilitator"
    lying.write_bytes(bytes(data))
    refused(receiver, lying, words="")


def test_the_stream_is_capped_whatever_the_size_declared() -> None:
    bomb = gzip.compress(bytes(3 << 20))
    with pytest.raises(BadFileError, match="more than"):
        safe_read.read_capped(gzip.GzipFile(fileobj=__import__("io").BytesIO(bomb)), 1 << 20, "x")


def test_too_large_in_total_is_refused(
    receiver: Database, good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safe_read, "MAX_TOTAL_BYTES", 200_000)
    bad = rewrite(
        good,
        tmp_path / "x.facilitator",
        lambda m: {**m, "a.bin": bytes(150_000), "b.bin": bytes(150_000)},
    )
    refused(receiver, bad, words="more than a convening")


def test_invalid_json_is_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    bad = rewrite(
        good, tmp_path / "x.facilitator", lambda m: {**m, "records/entry.json": b'[{"uuid": "x", '}
    )
    refused(receiver, bad, words="not valid JSON")


def test_fewer_records_than_the_manifest_says_is_refused(
    receiver: Database, good: Path, tmp_path: Path
) -> None:
    bad = rewrite(
        good, tmp_path / "x.facilitator", edit_json("records/entry.json", lambda r: r[1:])
    )
    refused(receiver, bad, words="incomplete")


def _with_manifest_counts(
    change: Callable[[list[Any]], list[Any]], table: str
) -> Callable[[dict[str, bytes]], dict[str, bytes]]:
    def apply(members: dict[str, bytes]) -> dict[str, bytes]:
        rows = change(json.loads(members[f"records/{table}.json"]))
        members[f"records/{table}.json"] = json.dumps(rows).encode()
        manifest = json.loads(members["manifest.json"])
        manifest["counts"][table] = len(rows)
        members["manifest.json"] = json.dumps(manifest).encode()
        return members

    return apply


def test_a_reference_to_an_unknown_record_is_refused(
    receiver: Database, good: Path, tmp_path: Path
) -> None:
    def point_away(rows: list[Any]) -> list[Any]:
        rows[0]["fields"]["agenda_item_id"] = "00000000-0000-4000-8000-000000000000"
        rows[0]["stamps"] = {"*": "ffffffffffff.000000.eeeeeeeeeeee"}  # newer, so it would win
        return rows

    bad = rewrite(good, tmp_path / "x.facilitator", _with_manifest_counts(point_away, "entry"))
    refused(receiver, bad, words="not part of this convening")


def test_a_duplicated_uuid_is_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    bad = rewrite(
        good, tmp_path / "x.facilitator", _with_manifest_counts(lambda r: [*r, r[0]], "entry")
    )
    refused(receiver, bad, words="appears twice")


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("kind", "rumour", "invalid value"),
        ("captured_at", "yesterday", "invalid value"),
        ("secret_field", "x", "does not know"),
    ],
)
def test_values_this_version_cannot_hold_are_refused(
    receiver: Database, good: Path, tmp_path: Path, field: str, value: str, words: str
) -> None:
    def spoil(rows: list[Any]) -> list[Any]:
        rows[0]["fields"][field] = value
        return rows

    bad = rewrite(good, tmp_path / "x.facilitator", _with_manifest_counts(spoil, "entry"))
    refused(receiver, bad, words=words)


def test_a_broken_stamp_is_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    def spoil(rows: list[Any]) -> list[Any]:
        rows[0]["stamps"] = {"*": "tomorrow"}
        return rows

    bad = rewrite(good, tmp_path / "x.facilitator", _with_manifest_counts(spoil, "entry"))
    refused(receiver, bad, words="broken stamp")


def test_records_of_another_convening_are_refused(
    receiver: Database, good: Path, tmp_path: Path
) -> None:
    bad = rewrite(
        good,
        tmp_path / "x.facilitator",
        edit_json(
            "manifest.json",
            lambda m: {**m, "convening": {"uuid": "11111111-1111-4111-8111-111111111111"}},
        ),
    )
    refused(receiver, bad, words="different convening")


def test_not_a_zip_at_all_is_refused(receiver: Database, tmp_path: Path) -> None:
    bad = tmp_path / "notes.facilitator"
    bad.write_text("hello")
    refused(receiver, bad, words="not a Facilitator bundle")
