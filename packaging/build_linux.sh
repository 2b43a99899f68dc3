#!/usr/bin/env bash
# Build the one-folder Linux app in dist/Facilitator and check that it opens its window.
#
#     packaging/build_linux.sh            # uses .venv or $PYTHON
#
# Needs the project installed with the test extra (PyInstaller is in it).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
WORK=${WORK:-build/pyinstaller}
DIST=${DIST:-dist}

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$WORK" --distpath "$DIST" packaging/facilitator.spec

# Smoke test: the frozen program opens its window on the offscreen platform and quits.
check_dir=$(mktemp -d)
trap 'rm -rf "$check_dir"' EXIT
QT_QPA_PLATFORM=offscreen "$DIST/Facilitator/Facilitator" --data-dir "$check_dir" demo --no-gui
QT_QPA_PLATFORM=offscreen "$DIST/Facilitator/Facilitator" --data-dir "$check_dir" --smoke-test

# Desktop integration files beside the program, for a distribution package or a tarball.
mkdir -p "$DIST/Facilitator/share/applications" "$DIST/Facilitator/share/metainfo"
cp packaging/linux/org.facilitator.Facilitator.desktop "$DIST/Facilitator/share/applications/"
cp packaging/linux/org.facilitator.Facilitator.metainfo.xml "$DIST/Facilitator/share/metainfo/"
for png in resources/icons/facilitator-*.png; do
  size=${png##*-}; size=${size%.png}
  dest="$DIST/Facilitator/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dest" && cp "$png" "$dest/org.facilitator.Facilitator.png"
done
mkdir -p "$DIST/Facilitator/share/icons/hicolor/scalable/apps"
cp resources/icons/facilitator.svg \
  "$DIST/Facilitator/share/icons/hicolor/scalable/apps/org.facilitator.Facilitator.svg"
echo "Built $DIST/Facilitator"
