"""One call that writes any export: used by the command line and the window alike.

Kinds:

* ``summary``: the Word summary for the chosen audience;
* ``agenda``: the participants' Word agenda (no facilitator-only fields);
* ``runsheet``: the facilitation team's Word run sheet (always the team's view);
* ``commitments-csv``: the commitments the audience may see, as CSV.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from facilitator.core.audience import Audience, Withheld
from facilitator.export.atomic import write_atomic, write_bytes_atomic
from facilitator.export.commitments_csv import commitments_csv_bytes
from facilitator.export.docx_agenda import build_agenda, build_runsheet
from facilitator.export.docx_helpers import DocBuilder
from facilitator.export.docx_summary import build_summary
from facilitator.export.errors import ExportError
from facilitator.export.summary_data import read_summary, read_withheld
from facilitator.store.database import Database


class ExportKind(StrEnum):
    SUMMARY = "summary"
    AGENDA = "agenda"
    RUNSHEET = "runsheet"
    COMMITMENTS_CSV = "commitments-csv"

    @property
    def label(self) -> str:
        return {
            ExportKind.SUMMARY: "Summary (Word)",
            ExportKind.AGENDA: "Agenda (Word)",
            ExportKind.RUNSHEET: "Run sheet (Word)",
            ExportKind.COMMITMENTS_CSV: "Commitments (CSV)",
        }[self]

    @property
    def suffix(self) -> str:
        return ".csv" if self is ExportKind.COMMITMENTS_CSV else ".docx"

    @property
    def fixed_audience(self) -> Audience | None:
        """The only audience this kind is for, when it has just one."""
        return {
            ExportKind.AGENDA: Audience.PARTICIPANTS,
            ExportKind.RUNSHEET: Audience.TEAM,
        }.get(self)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: ExportKind
    audience: Audience
    withheld: Withheld
    warnings: tuple[str, ...]


def audience_for(kind: ExportKind, asked: Audience | None) -> Audience:
    """The audience to use, refusing a combination that would mislabel a document."""
    fixed = kind.fixed_audience
    if fixed is None:
        return asked or Audience.PARTICIPANTS
    if asked is not None and asked is not fixed:
        if kind is ExportKind.RUNSHEET:
            raise ExportError(
                "A run sheet holds facilitator-only notes, so it is for the team only. "
                "For participants, export the agenda instead."
            )
        raise ExportError("The agenda is the participants' document; the team's is the run sheet.")
    return fixed


def default_file_name(title: str, kind: ExportKind, audience: Audience) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    safe = " ".join(safe.split())[:80] or "Convening"
    what = {
        ExportKind.SUMMARY: f"{audience.short} summary",
        ExportKind.AGENDA: "Agenda",
        ExportKind.RUNSHEET: "Run sheet",
        ExportKind.COMMITMENTS_CSV: f"{audience.short} commitments",
    }[kind]
    return f"{safe} - {what}{kind.suffix}"


def preview_withheld(
    db: Database, convening_id: str, kind: ExportKind, asked: Audience
) -> Withheld:
    return read_withheld(db, convening_id, audience_for(kind, asked))


def export(
    db: Database,
    convening_id: str,
    kind: ExportKind,
    out: Path,
    *,
    audience: Audience | None = None,
    template: Path | None = None,
    author: str = "",
) -> ExportResult:
    """Write the export to ``out`` atomically; raises ExportError (or StoreError)."""
    who = audience_for(kind, audience)
    data = read_summary(db, convening_id, who)
    if kind is ExportKind.COMMITMENTS_CSV:
        write_bytes_atomic(out, commitments_csv_bytes(data))
        only_commitments = replace(data.withheld, private_entries=0, team_entries=0)
        return ExportResult(Path(out), kind, who, only_commitments, ())
    when = db.clock.now()
    builder: DocBuilder
    if kind is ExportKind.SUMMARY:
        builder = build_summary(data, template, author=author, when=when)
    elif kind is ExportKind.AGENDA:
        builder = build_agenda(data, template, author=author, when=when)
    else:
        builder = build_runsheet(data, template, author=author, when=when)
    write_atomic(out, builder.save)
    withheld = data.withheld if kind is ExportKind.SUMMARY else Withheld(who)
    return ExportResult(Path(out), kind, who, withheld, tuple(builder.warnings))
