#!/usr/bin/env bash
# Install the runtime requirements and start the dashboard (http://localhost:8501).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r requirements.txt
# serve.py runs app.py and builds its first pages at start (ui.warm); `streamlit run app.py`
# serves the same app without that.
exec python -m streamlit run serve.py "$@"
