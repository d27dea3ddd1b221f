#!/usr/bin/env bash
# Installs the unpacked Nejat Desk bundle for the current user (no root needed):
#   ~/.local/opt/nejat-desk/          the bundle itself (copied from where this script is)
#   ~/.local/bin/nejat-desk           a link to its executable
#   ~/.local/share/applications, icons, metainfo: the menu entry and icon
# Run it from the unpacked folder: ./install.sh    Remove with: ./install.sh --uninstall
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PREFIX="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT="$HOME/.local/opt/nejat-desk"
BIN="$HOME/.local/bin"
FILES=(applications/org.nejat.NejatDesk.desktop metainfo/org.nejat.NejatDesk.metainfo.xml
       icons/hicolor/scalable/apps/org.nejat.NejatDesk.svg icons/hicolor/256x256/apps/org.nejat.NejatDesk.png)

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$BIN/nejat-desk"
    for f in "${FILES[@]}"; do rm -f "$PREFIX/$f"; done
    rm -rf "$OPT"
    echo "Nejat Desk removed (your libraries and preferences are kept)."
    exit 0
fi

if [ "$HERE" != "$OPT" ]; then
    rm -rf "$OPT"
    mkdir -p "$(dirname "$OPT")"
    cp -a "$HERE" "$OPT"
fi
mkdir -p "$BIN"
ln -sf "$OPT/nejat-desk" "$BIN/nejat-desk"
for f in "${FILES[@]}"; do install -D -m 644 "$OPT/share/$f" "$PREFIX/$f"; done
# The menu entry runs the bundle by its full path, whether or not ~/.local/bin is on PATH.
sed -i "s|^Exec=nejat-desk|Exec=$OPT/nejat-desk|" "$PREFIX/applications/org.nejat.NejatDesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$PREFIX/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$PREFIX/icons/hicolor" || true
echo "Nejat Desk $(cat "$OPT/VERSION" 2>/dev/null) installed: find it in your applications menu, or run nejat-desk."
