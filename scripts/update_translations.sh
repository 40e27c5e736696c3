#!/usr/bin/env bash
# Refresh the interface translations from the source and compile them.
#   scripts/update_translations.sh
# lupdate adds new strings to resources/translations/nato_reader_ar.ts (unfinished, keeping every
# translation already made) and marks strings no longer in the code obsolete; translate the new
# ones (Qt Linguist: .venv/bin/pyside6-linguist, or any editor), then run this again to build the
# .qm file the application loads.
# English is the source language and needs only its plurals: nato_reader_en.ts holds the strings
# with a count ("%n span(s)"), to be given their singular and plural forms the same way.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bin="$here/.venv/bin"
dir="resources/translations"
"$bin/pyside6-lupdate" -locations none -target-language ar -no-obsolete nato_reader/ui/*.py \
    -ts "$dir/nato_reader_ar.ts"
"$bin/pyside6-lupdate" -locations none -target-language en -no-obsolete -pluralonly \
    nato_reader/ui/*.py -ts "$dir/nato_reader_en.ts"
for ts in "$dir"/nato_reader_ar.ts "$dir"/nato_reader_en.ts; do
    "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
