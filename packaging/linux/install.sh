#!/bin/sh
# Install the built bundle (dist/exemptio) for one user or system-wide, with the menu
# entry, icons and AppStream metadata.
#   packaging/linux/install.sh                 -> ~/.local (no root needed)
#   sudo packaging/linux/install.sh /usr/local -> system-wide
#   packaging/linux/install.sh --uninstall [PREFIX]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP_ID=eu.europa.aioffice.Exemptio
UNINSTALL=0
if [ "${1:-}" = "--uninstall" ]; then UNINSTALL=1; shift; fi
PREFIX=${1:-$HOME/.local}
DIST=${DIST:-$ROOT/dist/exemptio}
ICONS=$ROOT/resources/icons

if [ "$UNINSTALL" = 1 ]; then
    rm -rf "$PREFIX/lib/exemptio"
    rm -f "$PREFIX/bin/exemptio" "$PREFIX/share/applications/$APP_ID.desktop" \
          "$PREFIX/share/metainfo/$APP_ID.metainfo.xml" \
          "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for s in 16 24 32 48 64 128 256 512; do
        rm -f "$PREFIX/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
    done
    echo "removed Exemptio from $PREFIX (your data folder is kept)"
    exit 0
fi

[ -x "$DIST/exemptio" ] || { echo "install.sh: no bundle in $DIST: run packaging/build.sh first" >&2; exit 2; }
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
rm -rf "$PREFIX/lib/exemptio.new"
cp -a "$DIST" "$PREFIX/lib/exemptio.new"
rm -rf "$PREFIX/lib/exemptio"
mv "$PREFIX/lib/exemptio.new" "$PREFIX/lib/exemptio"
ln -sf "$PREFIX/lib/exemptio/exemptio" "$PREFIX/bin/exemptio"
# an absolute Exec: ~/.local/bin is not on every desktop session's PATH
sed -e "s|^Exec=exemptio|Exec=$PREFIX/bin/exemptio|" -e "s|^TryExec=exemptio|TryExec=$PREFIX/bin/exemptio|" \
    "$HERE/$APP_ID.desktop" > "$PREFIX/share/applications/$APP_ID.desktop"
chmod 0644 "$PREFIX/share/applications/$APP_ID.desktop"
install -m 0644 "$HERE/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
for s in 16 24 32 48 64 128 256 512; do
    mkdir -p "$PREFIX/share/icons/hicolor/${s}x${s}/apps"
    install -m 0644 "$ICONS/exemptio-$s.png" "$PREFIX/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
done
mkdir -p "$PREFIX/share/icons/hicolor/scalable/apps"
install -m 0644 "$ICONS/exemptio.svg" "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "installed Exemptio in $PREFIX (run: $PREFIX/bin/exemptio)"
