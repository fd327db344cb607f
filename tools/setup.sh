#!/usr/bin/env bash
# Installs what building, serving and testing the story need, and only what is missing
# or at the wrong version. Safe to run again: on a ready machine it takes seconds.
#
#   tools/setup.sh build   the wasm target, trunk, wasm-bindgen, wasm-opt
#   tools/setup.sh test    all of the above, plus the three engines the end-to-end suite runs
#                          in (Chromium with chromedriver, Firefox ESR, WebKitGTK's MiniBrowser
#                          with its WebDriver, and Xvfb for it), a CJK font, and a Java
#                          runtime for the Nu Html Checker (npm vnu-jar) where none is
#
# Versions come from the project's own files: wasm-bindgen from Cargo.lock, wasm-opt
# (npm package binaryen) from package-lock.json, which matches Trunk.toml [tools].
set -euo pipefail

cd "$(dirname "$0")/.."
TRUNK_VERSION=0.21.14
WANT=${1:-test}

step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }
ok() { printf '  ✓ %s\n' "$*"; }
fail() {
  printf '\n✗ setup failed: %s\n  command: %s\n  what to do: %s\n' "$1" "$2" "$3" >&2
  exit 1
}
run() { # run "what" "hint" cmd...
  local what=$1 hint=$2
  shift 2
  "$@" || fail "$what" "$*" "$hint"
}

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# --- Rust: the wasm32 target ---------------------------------------------------
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  ok "rust target wasm32-unknown-unknown"
else
  step "Adding the wasm32-unknown-unknown target (about a minute)"
  run "rustup target add" "check that rustup is installed and crates are reachable" \
    rustup target add wasm32-unknown-unknown
fi

# --- trunk ------------------------------------------------------------------------
if trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  ok "trunk $TRUNK_VERSION"
else
  step "Building trunk $TRUNK_VERSION from crates.io (about 10 minutes on 2 cores; 0.22 needs a newer rustc)"
  run "cargo install trunk" "read the compiler error above; trunk $TRUNK_VERSION builds with rustc 1.95" \
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# --- wasm-bindgen, at exactly the version in Cargo.lock ------------------------------
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || fail "no wasm-bindgen in Cargo.lock" "awk … Cargo.lock" "run cargo generate-lockfile"
if wasm-bindgen --version 2>/dev/null | grep -q " $bindgen_version\$"; then
  ok "wasm-bindgen $bindgen_version"
else
  step "Building wasm-bindgen-cli $bindgen_version (about 5 minutes; Trunk cannot download it here)"
  run "cargo install wasm-bindgen-cli" "the CLI must match the wasm-bindgen crate in Cargo.lock exactly" \
    cargo install --locked wasm-bindgen-cli --version "=$bindgen_version"
fi

# --- node packages: wasm-opt (binaryen) and the three engines' drivers -------------------
stamp=node_modules/.installed-from-lock
if [ -f "$stamp" ] && sha256sum --quiet -c "$stamp" 2>/dev/null; then
  ok "node packages (wasm-opt $(wasm-opt --version | awk '{print $3}'), playwright-core, puppeteer-core, selenium-webdriver, typescript, vnu-jar)"
else
  step "Installing node packages from package-lock.json (binaryen for wasm-opt; playwright-core, puppeteer-core and selenium-webdriver drive the engines; typescript checks assets/*.js; vnu-jar checks the pages)"
  run "npm ci" "check that npm can reach its registry" npm ci --no-audit --no-fund
  sha256sum package-lock.json >"$stamp"
fi
wasm_opt_want=$(sed -n 's/^wasm_opt *= *"version_\([0-9]*\)"/\1/p' Trunk.toml)
wasm-opt --version | grep -q "version $wasm_opt_want" ||
  fail "wasm-opt is not version $wasm_opt_want (Trunk.toml)" "wasm-opt --version" \
    "make package.json's binaryen version match Trunk.toml [tools] wasm_opt"

# --- browsers for the tests: Blink, Gecko and WebKit ----------------------------------
if [ "$WANT" = test ]; then
  packages=(chromium chromium-driver firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb fonts-noto-cjk)
  missing=()
  for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  # The Nu Html Checker (vnu.jar, from package-lock.json) runs on any Java 11 or newer.
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  if [ ${#missing[@]} -eq 0 ]; then
    ok "${packages[*]}, java"
  else
    step "Installing ${missing[*]} with apt-get (a few minutes)"
    run "apt-get update" "check that Debian's package servers are reachable" apt-get update -qq
    run "apt-get install" "install ${missing[*]} by hand to see the error" \
      env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi
