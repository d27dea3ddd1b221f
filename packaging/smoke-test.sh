#!/usr/bin/env bash
# Builds the Linux bundle and starts it offscreen on a fresh library (see packaging/smoke_test.py).
# Usage: bash packaging/smoke-test.sh [--no-build]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec "$ROOT/.venv/bin/python" "$ROOT/packaging/smoke_test.py" "$@"
