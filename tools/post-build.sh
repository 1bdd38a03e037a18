#!/bin/sh
# Trunk post_build hook (see Trunk.toml): prerender the app into the staged index.html,
# then, for release builds, minify the wasm-bindgen JS glue (Trunk's own minifier cannot
# parse it). The loader imports it without an integrity hash (Trunk.toml: pattern_preload).
set -eu
cargo run --quiet --locked --bin prerender
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  node tools/minify-js.mjs "$TRUNK_STAGING_DIR"
fi
