// Post-build step (tools/post-build.sh), before tools/headers.mjs: puts the page's own
// scripts (static/js/head.js and static/js/loader.js) into the staged index.html, minified.
//
// - `<script data-inline=head.js></script>` (index.html) becomes the head script;
// - `<script type=module data-loader data-js=… data-wasm=…></script>` (Trunk's
//   pattern_script, Trunk.toml, with the explainer's file names) becomes the loader, with
//   @MAIN_JS@ and @MAIN_WASM@ replaced by those names.
//
// Usage: node tools/page.mjs STAGING_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node tools/page.mjs STAGING_DIR');
const source = (name) => readFileSync(fileURLToPath(new URL(`../static/js/${name}`, import.meta.url)), 'utf8');
const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}=["']?([^"'\\s>]+)`))?.[1];

/** Minifies a script; `module` for module scripts (top-level names stay local). */
async function small(code, module) {
  const out = await minify(code, { module, ecma: 2020, compress: { passes: 2 }, toplevel: true });
  return out.code;
}

const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');

const head = html.match(/<script data-inline=["']?head\.js["']?><\/script>/);
if (!head) throw new Error('index.html: no <script data-inline="head.js">');
html = html.replace(head[0], `<script>${await small(source('head.js'), false)}</script>`);

const loader = html.match(/<script[^>]*\bdata-loader\b[^>]*><\/script>/);
if (!loader) throw new Error('index.html: no loader script (Trunk.toml, pattern_script)');
const [js, wasm] = [attribute(loader[0], 'data-js'), attribute(loader[0], 'data-wasm')];
if (!js || !wasm) throw new Error(`index.html: the loader script names no files: ${loader[0]}`);
// `sha256-@MAIN_WASM@` first becomes `sha256-@<file>@`, which tools/headers.mjs fills in.
const code = source('loader.js')
  .replaceAll('sha256-@MAIN_WASM@', `sha256-@${wasm}@`)
  .replaceAll('@MAIN_JS@', js)
  .replaceAll('@MAIN_WASM@', wasm);
if (/@MAIN_/.test(code)) throw new Error('loader.js: a placeholder is left');
html = html.replace(loader[0], `<script type="module">${await small(code, true)}</script>`);

writeFileSync(page, html);
console.error(`page scripts: head ${head[0].length} -> inline, loader for ${js}`);
