// Minifies the JS files in a Trunk staging directory with terser and rewrites their
// `integrity` attributes in index.html to match. Usage: node tools/minify-js.mjs DIR
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node tools/minify-js.mjs STAGING_DIR');
const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const path = join(dir, name);
  const source = readFileSync(path);
  const { code } = await minify(source.toString('utf8'), { module: true, ecma: 2020, compress: { passes: 2 } });
  writeFileSync(path, code);
  const before = sri(source);
  if (index.includes(before)) index = index.replaceAll(before, sri(Buffer.from(code)));
  console.error(`minified ${name}: ${source.length} -> ${code.length} bytes`);
}
writeFileSync(indexPath, index);
