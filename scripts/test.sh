#!/usr/bin/env bash
# Runs the whole test suite the way CI does: installs what the tests need (Debian packages,
# .venv with the app and the test tools), lints the code with ruff, type-checks the Qt-free
# layers (core, storage, services, exporters) with mypy, then runs every test with pytest (offscreen: no display needed).
# Exits non-zero if anything fails. Extra arguments go to pytest (e.g. -k lock, -x).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/bootstrap.sh --test || { echo "test.sh: set-up failed" >&2; exit 1; }

PY="$ROOT/.venv/bin/python"
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
status=0

echo "== ruff" >&2
"$PY" -m ruff check nejat_desk tests benchmarks || status=1

echo "== mypy (nejat_desk core, storage, services, exporters)" >&2
"$PY" -m mypy --no-error-summary || status=1

echo "== pytest" >&2
if [ "$#" -gt 0 ]; then
    "$PY" -m pytest "$@"
else
    "$PY" -m pytest tests
fi
rc=$?
if [ "$rc" -eq 5 ]; then
    echo "test.sh: pytest collected no tests, which counts as a failure" >&2
fi
[ "$rc" -eq 0 ] || status=1

if [ "$status" -eq 0 ]; then echo "test.sh: all green" >&2; else echo "test.sh: FAILED" >&2; fi
exit "$status"
