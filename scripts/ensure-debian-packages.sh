#!/usr/bin/env bash
# Install the Debian packages given as arguments when any is missing.
# Uses sudo when not root. Does nothing on systems without dpkg/apt-get.
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || { echo "not Debian: install these yourself: $*" >&2; exit 0; }
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
