#!/usr/bin/env bash
# Installs what Nejat Desk needs on a Debian/Ubuntu machine, and nothing twice:
#   - the Debian packages listed in scripts/apt-runtime.txt (plus apt-test.txt with --test,
#     apt-bench.txt with --bench), with apt-get, only those dpkg says are missing;
#   - a virtual environment in .venv with the app (editable) pinned by constraints.txt,
#     plus requirements-dev.txt with --test or --bench;
#   - the `nejat-desk` command: a link in ~/.local/bin (or $NEJAT_DESK_BIN_DIR) to .venv/bin/nejat-desk,
#     unless something else already has that name.
# A package name ending in `?` is optional: installed where the system's archive has it, skipped
# (and remembered, so later runs do not ask again) where it does not.
# A second run with nothing changed only asks dpkg and compares a stamp: well under a second.
#
# Usage: bash scripts/bootstrap.sh [--test] [--bench] [--quiet]
# Environment: NEJAT_DESK_PYTHON picks the interpreter that creates .venv (default: python3, >= 3.11).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
MODE=runtime
QUIET=0
for arg in "$@"; do
    case "$arg" in
        --test) [ "$MODE" = bench ] || MODE=test ;;
        --bench) MODE=bench ;;
        --quiet|-q) QUIET=1 ;;
        -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bootstrap: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

say() { [ "$QUIET" = 1 ] || echo "bootstrap: $*" >&2; }
die() { echo "bootstrap: $*" >&2; exit 1; }

# --- Debian packages -------------------------------------------------------------------------
apt_lists=("$ROOT/scripts/apt-runtime.txt")
if [ "$MODE" != runtime ]; then apt_lists+=("$ROOT/scripts/apt-test.txt"); fi
if [ "$MODE" = bench ]; then apt_lists+=("$ROOT/scripts/apt-bench.txt"); fi

wanted=()
declare -A optional=()
for list in "${apt_lists[@]}"; do
    [ -f "$list" ] || continue
    while read -r line; do
        line="${line%%#*}"
        for pkg in $line; do
            if [ "${pkg%\?}" != "$pkg" ]; then pkg="${pkg%\?}"; optional["$pkg"]=1; fi
            wanted+=("$pkg")
        done
    done < "$list"
done

PY="${NEJAT_DESK_PYTHON:-python3}"
if [ "$MODE" != runtime ] && command -v "$PY" >/dev/null 2>&1; then
    # PyInstaller (the bundle test) packs the shared libpython of the Python that makes .venv.
    pyver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)"
    if [ -n "$pyver" ]; then wanted+=("libpython$pyver"); optional["libpython$pyver"]=1; fi
fi
# Optional packages this system's archive was found not to have (kept beside .venv).
UNAVAILABLE="$ROOT/.venv/.nejat-apt-unavailable"
if [ -f "$UNAVAILABLE" ]; then
    while read -r pkg; do [ -n "$pkg" ] && optional["$pkg"]=gone; done < "$UNAVAILABLE"
fi
if ! command -v "$PY" >/dev/null 2>&1; then
    # A bare machine may lack Python itself: it comes from Debian like the rest.
    wanted+=(python3 python3-venv)
    PY=python3
elif [ ! -x "$VENV/bin/python" ] && ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    # Debian splits venv's pip bootstrapper into python3-venv.
    wanted+=(python3-venv)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    if [ "${#wanted[@]}" -gt 0 ]; then
        # One dpkg-query for the whole list; packages it does not know print nothing.
        declare -A have=()
        while read -r name status; do
            if [ "${status:0:2}" = ii ]; then have["$name"]=1; fi
        done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${wanted[@]}" 2>/dev/null || true)
        for pkg in "${wanted[@]}"; do
            [ -n "${have[$pkg]:-}" ] || [ "${optional[$pkg]:-}" = gone ] || missing+=("$pkg")
        done
    fi
else
    say "no dpkg on this system: install the equivalents of ${apt_lists[*]} yourself"
fi

if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    SUDO=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "need root or sudo to install: ${missing[*]}"
        SUDO=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    # Wait for another apt/dpkg run to finish instead of failing on its lock.
    APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q)
    "${APT[@]}" update >&2 || die "apt-get update failed"
    install=()
    for pkg in "${missing[@]}"; do
        if [ -n "${optional[$pkg]:-}" ] && ! apt-cache show "$pkg" >/dev/null 2>&1; then
            say "optional package $pkg is not in this system's archive: skipped"
            mkdir -p "$ROOT/.venv" && echo "$pkg" >> "$UNAVAILABLE"
        else
            install+=("$pkg")
        fi
    done
    if [ "${#install[@]}" -gt 0 ]; then
        "${APT[@]}" install -y --no-install-recommends "${install[@]}" >&2 \
            || die "apt-get install failed for: ${install[*]}"
    fi
fi

# --- the virtual environment ---------------------------------------------------------------------
if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
    say "the virtual environment is broken (its Python moved?): recreating it"
    rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "$PY is $("$PY" -V 2>&1); Nejat Desk needs Python 3.11 or newer (set NEJAT_DESK_PYTHON)"
    say "creating $VENV with $("$PY" -V 2>&1)"
    "$PY" -m venv "$VENV" || die "could not create $VENV"
fi

# The stamp records what was installed from which inputs; if they are unchanged, pip is skipped.
stamp_inputs=("$ROOT/pyproject.toml" "$ROOT/constraints.txt")
pip_args=(-c "$ROOT/constraints.txt" -e "$ROOT")
if [ "$MODE" != runtime ]; then
    stamp_inputs+=("$ROOT/requirements-dev.txt")
    pip_args+=(-r "$ROOT/requirements-dev.txt")
fi
digest="$( { "$VENV/bin/python" -VV; cat "${stamp_inputs[@]}"; } | sha256sum | cut -d' ' -f1)"
stamp="$VENV/.nejat-bootstrap-$MODE"
up_to_date() { [ -f "$1" ] && [ "$(cat "$1")" = "$digest" ]; }
# A test or bench set-up also covers the runtime one, but then its digest includes requirements-dev.txt.
runtime_digest="$( { "$VENV/bin/python" -VV; cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt"; } \
    | sha256sum | cut -d' ' -f1)"
# `nejat-desk` on PATH: Debian's and Ubuntu's ~/.profile put ~/.local/bin on PATH once it exists.
# Only our own link is made or mended; a file of that name that is not ours is left alone.
link_command() {
    local bin_dir="${NEJAT_DESK_BIN_DIR:-$HOME/.local/bin}" target="$VENV/bin/nejat-desk"
    local link="$bin_dir/nejat-desk"
    if [ -L "$link" ] && [ "$(readlink "$link")" = "$target" ]; then return 0; fi
    if [ -e "$link" ]; then
        say "$link already exists and is not this checkout's: left alone (run $target)"
        return 0
    fi
    if [ -L "$link" ]; then
        case "$(readlink "$link")" in
            */.venv/bin/nejat-desk) rm -f "$link" ;;  # ours, left by a checkout that is gone
            *) say "$link is someone else's link: left alone (run $target)"; return 0 ;;
        esac
    fi
    mkdir -p "$bin_dir" && ln -s "$target" "$link" || { say "could not link $link (run $target)"; return 0; }
    case ":$PATH:" in
        *":$bin_dir:"*) ;;
        *) say "nejat-desk is in $bin_dir, which is not on PATH yet: log in again, or run $target" ;;
    esac
}

if up_to_date "$stamp" || { [ "$MODE" = runtime ] && [ -f "$VENV/.nejat-bootstrap-runtime-covered" ] \
        && [ "$(cat "$VENV/.nejat-bootstrap-runtime-covered")" = "$runtime_digest" ]; }; then
    link_command
    say "already set up"
    exit 0
fi

say "installing Python packages into $VENV"
pip_quiet=()
if [ "$QUIET" = 1 ]; then pip_quiet=(-q); fi
"$VENV/bin/python" -m pip install "${pip_quiet[@]}" --disable-pip-version-check "${pip_args[@]}" >&2 \
    || die "pip install failed (see above)"
# Import check: a broken wheel or missing system library shows here, not later in the window.
"$VENV/bin/python" -c 'import nejat_desk, sqlalchemy, alembic, yaml' \
    || die "the installed packages do not import"
echo "$digest" > "$stamp"
echo "$runtime_digest" > "$VENV/.nejat-bootstrap-runtime-covered"
link_command
say "done"
