#!/usr/bin/env bash
# Installs what Nejat Desk needs (first run only: Debian packages and .venv), then opens the window.
# The first time, the library (default: the user data folder; or --library DIR, or
# $NEJAT_DESK_LIBRARY) is created with example articles in each edition.
# Arguments are passed to the app, e.g.: bash scripts/start.sh --library /media/usb/newsroom
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/bootstrap.sh" --quiet
exec "$ROOT/.venv/bin/python" -m nejat_desk "$@"
