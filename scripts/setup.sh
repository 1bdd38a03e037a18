#!/usr/bin/env bash
# Installs whatever is missing to build, serve, test and benchmark the explainer on Debian.
# Idempotent: a second run checks versions and does nothing. Never needs input.
#
#   Rust toolchain + wasm32-unknown-unknown target
#   trunk 0.21.14 (cargo install, ~10 min the first time)
#   wasm-bindgen-cli at the exact wasm-bindgen version in Cargo.lock (~5 min)
#   chromium + chromium-driver (Debian packages) for the browser tests; poppler-utils
#   (pdftoppm) to render printed pages to images in the print tests
#   Node.js + npm, then `npm ci` from package-lock.json: playwright-core, axe-core,
#   lighthouse, terser, jsqr (reads QR codes back in the tests), and binaryen (wasm-opt
#   132, used through tools/bin/wasm-opt)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PATH"

apt_packages=()
have chromium || apt_packages+=(chromium)
have chromedriver || apt_packages+=(chromium-driver)
have pdftoppm || apt_packages+=(poppler-utils)
have node || apt_packages+=(nodejs)
have npm || apt_packages+=(npm)
have cc || apt_packages+=(build-essential)
have curl || apt_packages+=(curl ca-certificates)
if [ ${#apt_packages[@]} -gt 0 ]; then
  say "apt-get install ${apt_packages[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}"
fi

if ! have cargo; then
  say "installing the Rust toolchain (rustup, stable)"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "rustup component add $component"
    rustup component add "$component"
  fi
done
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly. Without --locked:
# with it, the install fails on a transitive version the registry no longer serves.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "cargo install wasm-bindgen-cli $bindgen_version"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  # Debian 12's own nodejs is 18; NodeSource or nodejs.org builds are not on this
  # machine's registries, so this is left to the person setting up the machine.
  echo "Node.js 20 or newer is needed (found $(node --version)); install it, then run again." >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(tools/bin/wasm-opt --version), $(chromium --version)"
