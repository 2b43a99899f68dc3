"""A convening as one portable file: a versioned zip of JSON (docs/bundle-format.md).

Export writes every shareable record of the convening (never a private entry or
commitment) with its stamps, and this laptop's knowledge of the others so the
receiver can tell a true conflict from an old value. Import checks the whole file
first, then merges it in one transaction: a convening that is already here is
merged into, never duplicated.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator import __version__
from facilitator.core.hlc import Stamp
from facilitator.core.merge import Record
from facilitator.store.database import Database
from facilitator.store.merging import MergeSummary, local_knowledge, merge_into_store, shareable
from facilitator.store.record_check import BadRecordsError, check_records
from facilitator.store.record_io import SPECS, read_convening
from facilitator.sync.safe_read import (
    MAX_MEMBER_BYTES,
    BadFileError,
    check_zip_members,
    parse_json,
    read_capped,
)

FORMAT = "facilitator-bundle"
FORMAT_VERSION = 1
SUFFIX = ".facilitator"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class BundleContents:
    manifest: dict[str, Any]
    convening_uuid: str
    records: list[Record]
    knowledge: dict[str, str]


def record_files(records: list[Record]) -> dict[str, list[dict[str, Any]]]:
    """``{table: [{"uuid", "fields", "stamps"}]}`` in a stable order (uuid)."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in SPECS}
    for r in sorted(records, key=lambda r: (r["table"], r["uuid"])):
        out[r["table"]].append({"uuid": r["uuid"], "fields": r["fields"], "stamps": r["stamps"]})
    return out


def bundle_bytes_members(db: Database, convening_uuid: str) -> dict[str, bytes]:
    """The members of a convening's bundle, name -> bytes."""
    with db.read() as session:
        local = read_convening(session, convening_uuid)
        if not local:
            raise BadRecordsError("That convening is not on this laptop.")
        knowledge = local_knowledge(session, convening_uuid, local)
    records = shareable(local)
    title = next(r["fields"]["title"] for r in records if r["table"] == "convening")
    files = record_files(records)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "device_id": db.device_id,
        "created_at": db.clock.now().isoformat(),
        "convening": {"uuid": convening_uuid, "title": title},
        "counts": {name: len(rows) for name, rows in files.items()},
        "knowledge": knowledge,
    }
    members = {MANIFEST: _dump(manifest)}
    members.update({f"records/{name}.json": _dump(rows) for name, rows in files.items()})
    return members


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def export_bundle(db: Database, convening_uuid: str, out: Path) -> Path:
    """Write the bundle to ``out`` atomically (a failed write leaves no half file)."""
    members = bundle_bytes_members(db, convening_uuid)
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, data in members.items():
                    archive.writestr(name, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, out)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return out


def check_manifest(manifest: Any, what: str, fmt: str = FORMAT) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != fmt:
        raise BadFileError(f"{what} is not a Facilitator file of the expected kind.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BadFileError(f"{what} has no valid format version.")
    if version > FORMAT_VERSION:
        raise BadFileError(
            f"{what} was made by a newer Facilitator (format version {version}; this version "
            f"reads up to {FORMAT_VERSION}). Install the newer Facilitator to open it."
        )
    return manifest


def check_knowledge(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise BadFileError("Its record of what the other laptop knew is not readable.")
    for device, stamp in value.items():
        try:
            ok = isinstance(stamp, str) and Stamp.decode(stamp).device == device
        except ValueError:
            ok = False
        if not ok:
            raise BadFileError("Its record of what the other laptop knew is not readable.")
    return value


def read_bundle(path: Path) -> BundleContents:
    """The checked contents of a bundle; BadFileError / BadRecordsError say what is wrong."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise BadFileError(
            f"{path.name} is not a Facilitator bundle, or it was cut short while copying."
        ) from exc
    with archive:
        members = check_zip_members(archive)
        if MANIFEST not in members:
            raise BadFileError(f"{path.name} has no manifest: it is not a Facilitator bundle.")

        def load(name: str) -> Any:
            with archive.open(members[name]) as handle:
                return parse_json(read_capped(handle, MAX_MEMBER_BYTES, name), name)

        manifest = check_manifest(load(MANIFEST), path.name)
        convening = manifest.get("convening")
        counts = manifest.get("counts")
        if not isinstance(convening, dict) or not isinstance(convening.get("uuid"), str):
            raise BadFileError(f"{path.name}'s manifest does not name its convening.")
        if not isinstance(counts, dict):
            raise BadFileError(f"{path.name}'s manifest has no record counts.")
        by_table: dict[str, Any] = {}
        for table, count in counts.items():
            name = f"records/{table}.json"
            if table not in SPECS:
                raise BadFileError(f"{path.name} holds records of an unknown kind: {table!r}.")
            if name not in members:
                raise BadFileError(f"{path.name} is missing {name}: it is incomplete.")
            rows = load(name)
            if not isinstance(rows, list) or len(rows) != count:
                raise BadFileError(
                    f"{name} holds {len(rows) if isinstance(rows, list) else 'no'} records, "
                    f"the manifest says {count}: the file is incomplete."
                )
            by_table[table] = rows
    records = check_records(by_table, convening["uuid"])
    knowledge = check_knowledge(manifest.get("knowledge", {}))
    return BundleContents(manifest, convening["uuid"], records, knowledge)


def import_bundle(db: Database, path: Path) -> MergeSummary:
    """Merge a bundle into this laptop's store, all or nothing."""
    contents = read_bundle(Path(path))
    if not any(r["table"] == "convening" for r in contents.records):
        raise BadRecordsError(f"{Path(path).name} holds no convening record.")
    return merge_into_store(db, contents.convening_uuid, contents.records, contents.knowledge)
