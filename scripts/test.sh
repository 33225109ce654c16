#!/usr/bin/env bash
# The one test command (also what CI runs): dependencies, browser, lint, every test.
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -m "not playwright"` for the fast tests.
set -uo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r requirements-dev.txt || exit 1

if [ ! -x /usr/bin/chromium ]; then
    export DEBIAN_FRONTEND=noninteractive
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends chromium \
        || { echo "could not install Debian chromium" >&2; exit 1; }
fi

python -m ruff check . || { echo "ruff check failed" >&2; exit 1; }

python -m pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests: treated as a failure" >&2
    exit 1
fi
exit "$status"
