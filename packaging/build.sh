#!/usr/bin/env bash
# Build nato_reader's one-folder bundle with PyInstaller and report its size.
#   packaging/build.sh [--dist DIR] [--work DIR] [--archive]
# The bundle is DIST/nato-reader/ (default dist/); it runs without Python installed.
# On Linux the folder also holds install-desktop.sh, which adds the app to the user's menu.
# --archive also packs it as DIST/nato-reader-VERSION-PLATFORM.tar.gz.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py="${PYTHON:-$root/.venv/bin/python}"
dist="$root/dist"
work="$root/build/pyinstaller"
archive=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --archive) archive=1; shift ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if ! "$py" -c 'import PyInstaller' 2>/dev/null; then
  echo "build.sh: PyInstaller is missing; install it with: $py -m pip install -e '.[packaging]'" >&2
  exit 1
fi

start=$SECONDS
"$py" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
  "$root/packaging/nato-reader.spec"
bundle="$dist/nato-reader"

case "$(uname -s)" in
  Linux)
    mkdir -p "$bundle/share/icons"
    cp "$root/packaging/linux/nato-reader.desktop" \
      "$root/packaging/linux/io.github.nato_reader.NatoReader.metainfo.xml" "$bundle/share/"
    cp "$root"/resources/icons/nato-reader.svg "$root"/resources/icons/nato-reader-*.png \
      "$bundle/share/icons/"
    cp "$root/packaging/linux/install-desktop.sh" "$bundle/"
    ;;
esac

"$bundle/nato-reader" --version >/dev/null ||
  { echo "build.sh: the bundle was built but does not start" >&2; exit 1; }

echo "bundle: $bundle"
echo "size: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)," \
  "built in $((SECONDS - start)) s"
if [ "$archive" = 1 ]; then
  version="$("$bundle/nato-reader" --version | head -n1 | cut -d' ' -f2)"
  platform="$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
  tarball="$dist/nato-reader-$version-$platform.tar.gz"
  tar -C "$dist" -czf "$tarball" nato-reader
  echo "archive: $tarball ($(du -sh "$tarball" | cut -f1))"
fi
