// Minifies the JS files in a Trunk staging directory with terser (Trunk's own minifier
// cannot parse wasm-bindgen's glue). Usage: node tools/minify-js.mjs DIR
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node tools/minify-js.mjs STAGING_DIR');
for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 } });
  writeFileSync(path, code);
  console.error(`minified ${name}: ${source.length} -> ${code.length} bytes`);
}
