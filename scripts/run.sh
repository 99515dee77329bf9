#!/usr/bin/env bash
# Set up (first time) and start Exemptio on the embedded SQLite database.
source "$(dirname "$0")/common.sh"
bash "$REPO/scripts/ensure-debian-packages.sh" "${QT_PACKAGES[@]}"
ensure_venv test
exec "$VENV/bin/exemptio" "$@"
