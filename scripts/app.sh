#!/usr/bin/env bash
# Quick start: set up and run the app on http://localhost:${PORT:-8501}.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
python -m geo.fetch            # geodata into data/cache (from the mirror, or downloaded)
exec streamlit run serve.py --server.port "${PORT:-8501}" --browser.gatherUsageStats false "$@"
