#!/usr/bin/env bash
# Set up (first time) and run the whole test suite, with a private PostgreSQL
# server on 127.0.0.1 for the team-mode tests. Extra arguments go to pytest.
source "$(dirname "$0")/common.sh"
TEST_PACKAGES=(poppler-utils qpdf libnss3-tools softhsm2 opensc postgresql sqlite3 zip unzip xvfb strace openssl util-linux
  fonts-noto-core desktop-file-utils appstream librsvg2-bin imagemagick)
bash "$REPO/scripts/ensure-debian-packages.sh" "${QT_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_venv "test,package"
export QT_QPA_PLATFORM=offscreen
if [ -f "$REPO/.ci/pg.sh" ]; then
  EXEMPTIO_TEST_PG_URL="$(bash "$REPO/.ci/pg.sh" start)"
  export EXEMPTIO_TEST_PG_URL
  trap 'bash "$REPO/.ci/pg.sh" stop >/dev/null 2>&1 || true' EXIT
fi
cd "$REPO"
# Two workers by default (pytest-xdist; EXEMPTIO_TEST_WORKERS=0 runs in one process): the
# suite is mostly subprocesses, disk and the database, so two processes overlap on 2 cores.
"$VENV/bin/python" -m pytest -q -p no:cacheprovider -n "${EXEMPTIO_TEST_WORKERS:-2}" "$@"
