#!/bin/sh
# Trunk post_build hook (see Trunk.toml): prerender the app into the staged index.html,
# build the on-demand and presenter modules, then, for release builds, minify the wasm-bindgen JS glue (Trunk's own minifier cannot
# parse it); last, the integrity hashes and the security headers (tools/headers.mjs).
set -eu
cargo run --quiet --locked --bin prerender

# The on-demand module (src/bin/on_demand.rs) and the presenter module (src/bin/presenter.rs),
# loaded on demand by the page's loader.
profile=debug
flag=
if [ "${TRUNK_PROFILE:-}" = "release" ]; then profile=release; flag=--release; fi
cargo build --quiet --locked $flag --target wasm32-unknown-unknown --bin on-demand --bin presenter
for module in on-demand presenter; do
  wasm-bindgen --target web --no-typescript --out-dir "$TRUNK_STAGING_DIR" --out-name "$module" \
    "target/wasm32-unknown-unknown/$profile/$module.wasm"
  if [ "$profile" = "release" ]; then
    tools/bin/wasm-opt -Oz --converge --strip-producers "$TRUNK_STAGING_DIR/${module}_bg.wasm" \
      -o "$TRUNK_STAGING_DIR/${module}_bg.wasm"
  fi
done
if [ "$profile" = "release" ]; then node tools/minify-js.mjs "$TRUNK_STAGING_DIR"; fi

# The page's own scripts (static/js/) into index.html; then the integrity hashes, the service
# worker and the security headers for static hosts.
node tools/page.mjs "$TRUNK_STAGING_DIR"
node tools/headers.mjs "$TRUNK_STAGING_DIR"
