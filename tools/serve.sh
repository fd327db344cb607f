#!/usr/bin/env bash
# Serves the story with live reload on http://127.0.0.1:8080 (trunk serve), after
# installing the build tools it needs (tools/setup.sh build; seconds when already there).
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh build
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve "$@"
