#!/bin/sh
# Add nato-reader to this user's desktop menu (or remove it with --uninstall).
# Shipped inside the Linux bundle; run it from there: ./install-desktop.sh
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app_id="io.github.nato_reader.NatoReader"
sizes="16 24 32 48 64 128 256 512"

refresh_menus() {
  # Desktops read these caches, when the tools that write them are installed.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$data/icons/hicolor" ]; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/nato-reader.desktop" "$data/metainfo/$app_id.metainfo.xml" \
    "$data/icons/hicolor/scalable/apps/nato-reader.svg"
  for n in $sizes; do rm -f "$data/icons/hicolor/${n}x${n}/apps/nato-reader.png"; done
  refresh_menus
  echo "nato-reader removed from the menu (the bundle and your data are untouched)"
  exit 0
fi

mkdir -p "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
# The menu entry starts this bundle's program wherever the folder was unpacked. The path is
# quoted as the desktop entry format wants (\ " ` $ escaped), then escaped for sed.
exec_path="$(printf '%s' "$here/nato-reader" | sed 's/[\\"`$]/\\&/g')"
exec_sed="$(printf '%s' "$exec_path" | sed 's/[\\|&]/\\&/g')"
sed "s|^Exec=.*|Exec=\"$exec_sed\"|" "$here/share/nato-reader.desktop" \
  >"$data/applications/nato-reader.desktop"
cp "$here/share/$app_id.metainfo.xml" "$data/metainfo/"
cp "$here/share/icons/nato-reader.svg" "$data/icons/hicolor/scalable/apps/"
for n in $sizes; do
  mkdir -p "$data/icons/hicolor/${n}x${n}/apps"
  cp "$here/share/icons/nato-reader-$n.png" "$data/icons/hicolor/${n}x${n}/apps/nato-reader.png"
done
refresh_menus
echo "nato-reader added to the menu: $data/applications/nato-reader.desktop"
