#!/bin/sh
# Add nato-reader to this user's desktop menu (or remove it with --uninstall).
# Shipped inside the Linux bundle; run it from there: ./install-desktop.sh
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app_id="io.github.nato_reader.NatoReader"
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/nato-reader.desktop" "$data/metainfo/$app_id.metainfo.xml" \
    "$data/icons/hicolor/scalable/apps/nato-reader.svg"
  for n in $sizes; do rm -f "$data/icons/hicolor/${n}x${n}/apps/nato-reader.png"; done
  echo "nato-reader removed from the menu (the bundle and your data are untouched)"
  exit 0
fi

mkdir -p "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
# The menu entry starts this bundle's program wherever the folder was unpacked.
sed "s|^Exec=.*|Exec=\"$here/nato-reader\"|" "$here/share/nato-reader.desktop" \
  >"$data/applications/nato-reader.desktop"
cp "$here/share/$app_id.metainfo.xml" "$data/metainfo/"
cp "$here/share/icons/nato-reader.svg" "$data/icons/hicolor/scalable/apps/"
for n in $sizes; do
  mkdir -p "$data/icons/hicolor/${n}x${n}/apps"
  cp "$here/share/icons/nato-reader-$n.png" "$data/icons/hicolor/${n}x${n}/apps/nato-reader.png"
done
command -v update-desktop-database >/dev/null 2>&1 &&
  update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 &&
  gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "nato-reader added to the menu: $data/applications/nato-reader.desktop"
