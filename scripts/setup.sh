#!/usr/bin/env bash
# Sets up what Serambi needs on a fresh clone; safe to run again (it skips what is done).
#   source scripts/setup.sh [--test]
# --test also installs Debian's Chromium (browser tests), PostgreSQL (store tests) and nginx
# (cluster test).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

WANT_TEST_TOOLS=0
[[ "${1:-}" == "--test" ]] && WANT_TEST_TOOLS=1

PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3

# Python packages, into .venv; reinstalled only when the requirement files change.
if [[ ! -x .venv/bin/python ]]; then
  echo "[setup] membuat .venv dengan $PYTHON"
  "$PYTHON" -m venv .venv
fi
REQ_HASH="$(cat requirements.txt requirements-dev.txt | sha256sum | cut -c1-16)"
if [[ "$(cat .venv/.serambi-req 2>/dev/null || true)" != "$REQ_HASH" ]]; then
  echo "[setup] memasang paket Python (requirements-dev.txt)"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r requirements-dev.txt
  echo "$REQ_HASH" > .venv/.serambi-req
fi

apt_install() {
  if [[ "$(id -u)" != "0" ]]; then
    echo "[setup] perlu paket Debian: $*  (jalankan: sudo apt-get install -y $*)" >&2
    return 1
  fi
  if [[ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' 2>/dev/null | head -1)" ]]; then
    apt-get update -qq
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}

if [[ "$WANT_TEST_TOOLS" == "1" ]]; then
  # Debian's Chromium, driven by Playwright (never `playwright install`: it downloads browsers).
  if [[ ! -x /usr/bin/chromium ]]; then
    echo "[setup] memasang Chromium (Debian)"
    apt_install chromium
  fi
  # pdftoppm renders the PDF handout to PNG in tests/briefing.
  if ! command -v pdftoppm >/dev/null 2>&1; then
    echo "[setup] memasang poppler-utils (Debian)"
    apt_install poppler-utils
  fi
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "[setup] memasang PostgreSQL (Debian)"
    apt_install postgresql
  fi
  # Debian's nginx for the cluster test (tests/deploy); it runs from a temp dir, so the
  # system service the package may start is stopped again (nothing left on port 80).
  if [[ ! -x /usr/sbin/nginx ]]; then
    echo "[setup] memasang nginx (Debian)"
    apt_install nginx
    if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet nginx 2>/dev/null; then
      systemctl disable --now nginx >/dev/null 2>&1 || true
    fi
    if [[ -s /run/nginx.pid ]]; then
      /usr/sbin/nginx -s stop >/dev/null 2>&1 || true
    fi
  fi
fi

# Offline geodata: the mirror folder next to the repository, unless one is configured.
if [[ -z "${SERAMBI_DATA_MIRROR:-}" && -d "$REPO_ROOT/../shared/data/mirror" ]]; then
  SERAMBI_DATA_MIRROR="$(cd "$REPO_ROOT/../shared/data/mirror" && pwd)"
fi
export SERAMBI_DATA_MIRROR="${SERAMBI_DATA_MIRROR:-}"
export PATH="$REPO_ROOT/.venv/bin:$PATH"
