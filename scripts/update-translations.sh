#!/usr/bin/env bash
# Extracts every translatable string (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP in
# nejat_desk/**/*.py, and the Designer forms ui/*.ui) into resources/translations/nejat_desk_<lang>.ts
# with pyside6-lupdate, keeping the translations already there; then compiles each .ts into the
# .qm file the app loads (pyside6-lrelease). Commit both the .ts and the .qm files.
#
# Usage: bash scripts/update-translations.sh            extract, then compile
#        bash scripts/update-translations.sh --compile  only compile the .ts files into .qm
#
# Translate with Qt Linguist (.venv/bin/pyside6-linguist resources/translations/nejat_desk_fa.ts),
# then run this again. `scripts/check-translations.py` says what is still missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="$ROOT/.venv/bin"
LANGUAGES=(fa ar sq)
TS_DIR=resources/translations

if [ "${1:-}" != "--compile" ]; then
    mapfile -t sources < <(find nejat_desk -name '*.py' -not -path '*/__pycache__/*' \
        -not -path 'nejat_desk/storage/migrations/*' | LC_ALL=C sort; ls ui/*.ui)
    ts_files=()
    for lang in "${LANGUAGES[@]}"; do ts_files+=("$TS_DIR/nejat_desk_$lang.ts"); done
    # -locations none: line numbers would make every .ts change whenever any code moves,
    # and several people edit the sources at once. -no-obsolete: strings gone from the code
    # leave the catalogue instead of piling up.
    "$BIN/pyside6-lupdate" -locations none -no-obsolete -source-language en "${sources[@]}" -ts "${ts_files[@]}"
fi

for lang in "${LANGUAGES[@]}"; do
    "$BIN/pyside6-lrelease" -silent "$TS_DIR/nejat_desk_$lang.ts" -qm "$TS_DIR/nejat_desk_$lang.qm"
done
echo "update-translations: .ts and .qm files in $TS_DIR are up to date" >&2
