#!/usr/bin/env bash
# Install the runtime requirements and start the dashboard (http://localhost:8501).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r requirements.txt
exec python -m streamlit run app.py "$@"
