#!/usr/bin/env bash
# Quick start: set up everything (venv, Chromium, throwaway PostgreSQL) and run every test.
# Extra arguments go to pytest, e.g. `bash scripts/test.sh tests/geo -x`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test

if [[ -z "${SERAMBI_TEST_POSTGRES_URL:-}" ]]; then
  eval "$(bash scripts/postgres-throwaway.sh start)"
  trap 'bash scripts/postgres-throwaway.sh stop "$SERAMBI_PG_DIR"' EXIT
fi
# Lint and formatting are part of the test command (ruff's settings: pyproject.toml).
ruff check .
ruff format --check .
python -m pytest "$@"
