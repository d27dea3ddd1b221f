#!/usr/bin/env bash
# Builds the Linux bundle of Nejat Desk: a self-contained folder (PyInstaller one-folder) with the
# app, Python, Qt and every library it needs, plus the desktop entry, AppStream metadata and icons,
# packed as dist/nejat-desk-<version>-linux-<arch>.tar.xz.
#
# Usage: bash packaging/build-linux.sh [--skip-translation-check] [--no-tarball]
#
# It is a release build, so it first refuses to package when a translation is incomplete
# (scripts/check-translations.py); --skip-translation-check builds anyway (for the smoke test
# and development builds, never for a release). Needs the project's .venv (scripts/bootstrap.sh)
# with PyInstaller (requirements-dev.txt / the `package` extra). Takes 2-5 minutes on 2 cores.
#
# Output: build/dist/nejat-desk/            the bundle (run build/dist/nejat-desk/nejat-desk)
#         dist/nejat-desk-<v>-linux-<arch>.tar.xz   the download (unpack, run ./install.sh or ./nejat-desk)
# NEJAT_DESK_BUILD_DIR=DIR builds in DIR instead of build/ (the bundle is then DIR/dist/nejat-desk).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
CHECK_TRANSLATIONS=1
TARBALL=1
for arg in "$@"; do
    case "$arg" in
        --skip-translation-check) CHECK_TRANSLATIONS=0 ;;
        --no-tarball) TARBALL=0 ;;
        -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build-linux: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done
say() { echo "build-linux: $*" >&2; }

[ -x "$PY" ] || { say "no .venv: run scripts/bootstrap.sh --test first"; exit 1; }
"$PY" -c "import PyInstaller" 2>/dev/null || { say "PyInstaller is missing: .venv/bin/pip install -c constraints.txt pyinstaller"; exit 1; }
BUILD_DIR="${NEJAT_DESK_BUILD_DIR:-$ROOT/build}"
export NEJAT_DESK_BUILD_DIR="$BUILD_DIR"
VERSION="$("$PY" -c 'from nejat_desk.version import __version__; print(__version__)')"
ARCH="$(uname -m)"

# 1. Translations complete and compiled (a release never ships half a language).
if [ "$CHECK_TRANSLATIONS" = 1 ]; then
    say "checking translations"
    "$PY" scripts/check-translations.py || { say "translations incomplete: not packaging (see above)"; exit 1; }
fi

# 2. Metadata valid, and its release number the app's.
say "validating the desktop entry and AppStream metadata"
"$PY" packaging/check_metadata.py
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net packaging/linux/org.nejat.NejatDesk.metainfo.xml
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate packaging/linux/org.nejat.NejatDesk.desktop
fi

# 3. Freeze.
say "freezing with PyInstaller (version $VERSION)"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$BUILD_DIR/dist" --workpath "$BUILD_DIR/pyinstaller/work" packaging/nejat-desk.spec

# 3b. Debugging symbols out: libpython alone carries 17 of its 23 MB, SQLAlchemy's compiled
# modules 7 MB. Files with an RPATH/RUNPATH are left alone: auditwheel and Qt set those with
# patchelf, and strip can damage a patched file (they are stripped already anyway).
BUNDLE="$BUILD_DIR/dist/nejat-desk"
if command -v strip >/dev/null 2>&1 && command -v readelf >/dev/null 2>&1; then
    find "$BUNDLE/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 |
        while IFS= read -r -d '' lib; do
            if readelf -S "$lib" 2>/dev/null | grep -q '\.symtab' && ! readelf -d "$lib" 2>/dev/null | grep -q 'R\(UN\)\{0,1\}PATH'; then
                strip --strip-unneeded "$lib"
            fi
        done
else
    say "strip/readelf not found (binutils): the bundle keeps its debugging symbols (~40 MB)"
fi

# 4. Desktop integration files beside the executable, in the XDG layout install.sh copies from.
install -D -m 644 packaging/linux/org.nejat.NejatDesk.desktop "$BUNDLE/share/applications/org.nejat.NejatDesk.desktop"
install -D -m 644 packaging/linux/org.nejat.NejatDesk.metainfo.xml "$BUNDLE/share/metainfo/org.nejat.NejatDesk.metainfo.xml"
install -D -m 644 resources/icons/nejat-desk.svg "$BUNDLE/share/icons/hicolor/scalable/apps/org.nejat.NejatDesk.svg"
install -D -m 644 resources/icons/nejat-desk.png "$BUNDLE/share/icons/hicolor/256x256/apps/org.nejat.NejatDesk.png"
install -m 755 packaging/linux/install.sh "$BUNDLE/install.sh"
printf '%s\n' "$VERSION" > "$BUNDLE/VERSION"
say "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"

# 5. The download.
if [ "$TARBALL" = 1 ]; then
    mkdir -p dist
    # xz, not gzip: 64 MB instead of 85-89 MB for a 191 MB bundle; every tar since 2010 unpacks it.
    ARCHIVE="dist/nejat-desk-$VERSION-linux-$ARCH.tar.xz"
    tar -C "$BUILD_DIR/dist" -cf - nejat-desk | xz -6 -T0 > "$ARCHIVE"
    say "archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
fi
