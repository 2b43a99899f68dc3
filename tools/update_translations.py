"""Regenerate resources/i18n/facilitator_en.ts from the window's source with pyside6-lupdate.

    python tools/update_translations.py          # rewrite the .ts file
    python tools/update_translations.py --check  # exit 1 when it is out of date

The English file is the template translators copy (facilitator_de.ts, …); its
translations equal the source strings, so English is complete by construction.
A translated .ts becomes the .qm the app loads with
``pyside6-lrelease resources/i18n/facilitator_de.ts`` (see docs/desktop.md).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "facilitator_en.ts"
SOURCES = ["facilitator/ui", "facilitator/app.py"]


def lupdate() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found (it comes with PySide6)")
    return found


def python_sources() -> list[str]:
    files: list[str] = []
    for source in SOURCES:
        path = ROOT / source
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        files += [str(p.relative_to(ROOT)) for p in found]
    return files


def generate(target: Path) -> None:
    """Write a fresh English .ts to ``target`` (no line numbers: diffs stay small)."""
    subprocess.run(
        [
            lupdate(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "en",
            *python_sources(),
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    tree = ET.parse(target)
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None:
            continue
        forms = translation.findall("numerusform")
        if forms and source.text:  # "%n item(s)": English's "1 item", "%n items"
            for form, ending in zip(forms, ("", "s"), strict=False):
                form.text = source.text.replace("(s)", ending)
        else:
            translation.text = source.text
        translation.attrib.pop("type", None)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .ts file."""
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args()
    if not args.check:
        TS.parent.mkdir(parents=True, exist_ok=True)
        generate(TS)
        print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} strings")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        generate(fresh)
        if messages(fresh) != messages(TS):
            print(f"{TS.relative_to(ROOT)} is out of date: run tools/update_translations.py")
            return 1
    print(f"{TS.relative_to(ROOT)} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
