#!/bin/sh
# Build the one-folder bundle into dist/exemptio/ (Linux and macOS; on Windows run the
# pyinstaller line below in the repository root, see packaging/README.md).
#   packaging/build.sh            incremental (reuses build/ from the last run, ~10-20 s)
#   packaging/build.sh --clean    from scratch
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PY=${PYTHON:-}
if [ -z "$PY" ]; then
    if [ -x "$ROOT/.venv/bin/python" ]; then PY="$ROOT/.venv/bin/python"; else PY=python3; fi
fi
"$PY" -c "import PyInstaller" 2>/dev/null || {
    echo "build.sh: PyInstaller is missing: $PY -m pip install -e '.[package]'" >&2; exit 2; }
CLEAN=""
if [ "${1:-}" = "--clean" ]; then CLEAN="--clean"; fi
"$PY" -m PyInstaller --noconfirm $CLEAN --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/exemptio.spec"
echo "built $ROOT/dist/exemptio ($(du -sh "$ROOT/dist/exemptio" | cut -f1)); run: dist/exemptio/exemptio --version"
