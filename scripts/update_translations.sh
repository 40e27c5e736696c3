#!/usr/bin/env bash
# Refresh the Arabic interface translation from the source and compile it.
#   scripts/update_translations.sh
# lupdate adds new strings to resources/translations/nato_reader_ar.ts (unfinished, keeping every
# translation already made) and marks strings no longer in the code obsolete; translate the new
# ones (Qt Linguist: .venv/bin/pyside6-linguist, or any editor), then run this again to build the
# .qm file the application loads.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bin="$here/.venv/bin"
ts="resources/translations/nato_reader_ar.ts"
"$bin/pyside6-lupdate" -locations none -target-language ar -no-obsolete nato_reader/ui/*.py -ts "$ts"
"$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
