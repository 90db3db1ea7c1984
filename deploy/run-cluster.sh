#!/usr/bin/env bash
# Serambi without systemd: N app servers + nginx in the foreground; Ctrl-C or SIGTERM stops
# them all (and an app server that exits is started again).
#   DATABASE_URL=postgresql+psycopg://user:pw@host/serambi bash deploy/run-cluster.sh \
#       [--servers 2] [--first-port 8501] [--listen 127.0.0.1:8080] [--runtime DIR]
#   SERAMBI_ENV_FILE=/etc/serambi/serambi.env bash deploy/run-cluster.sh --listen 0.0.0.0:80
# Needs .venv (scripts/setup.sh) and Debian's nginx (apt-get install nginx; the system
# service is not used: this nginx runs from its own runtime dir, no root needed).
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

if [[ -n "${SERAMBI_ENV_FILE:-}" ]]; then
  set -a
  # shellcheck disable=SC1090
  source "$SERAMBI_ENV_FILE"
  set +a
fi
if [[ ! -x .venv/bin/python ]]; then
  echo "[cluster] .venv belum ada: jalankan dulu  bash scripts/setup.sh" >&2
  exit 2
fi
if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
  echo "[cluster] nginx tidak ditemukan: sudo apt-get install -y nginx" >&2
  exit 2
fi
# The geodata mirror next to the clone, as scripts/setup.sh does.
if [[ -z "${SERAMBI_DATA_MIRROR:-}" && -d "$REPO_ROOT/../shared/data/mirror" ]]; then
  export SERAMBI_DATA_MIRROR="$(cd "$REPO_ROOT/../shared/data/mirror" && pwd)"
fi
exec .venv/bin/python -m deploy.local_cluster "$@"
