#!/usr/bin/env bash
# Serves the story with live reload on http://127.0.0.1:8080 (trunk serve), after
# installing the build tools it needs (tools/setup.sh build; seconds when already there).
#
# An editing build: data that does not check leaves the page as it last checked, with
# the checker's messages on top of it (build.rs, src/bin/prerender.rs), and they are the
# last lines in this terminal, after Trunk's own. Fixing the data reloads the page.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh build
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export STORY_EDITING=1

# The prerenderer's lines about the data (marked "✗ story data: "), repeated after Trunk
# says the build is done, so they are what the editor reads last.
repeat_data_problems() {
  local line problems=()
  while IFS= read -r line; do
    printf '%s\n' "$line"
    case "$line" in
      *"starting build"*) problems=() ;;
      *"✗ story data: "*) problems+=("$line") ;;
      *"✅ success"*) ((${#problems[@]})) && printf '%s\n' "" "${problems[@]}" ;;
    esac
  done
}

# One wasm for every edition while editing: index.html builds one per edition, each with
# only its own words, which is three builds per save. The editing page is index.html
# with its main build holding every edition and no other builds (gitignored).
sed -e '/data-type="worker"/d' -e 's/ data-cargo-features="[^"]*"//' index.html > .editing.html

trunk serve .editing.html "$@" 2>&1 | repeat_data_problems
