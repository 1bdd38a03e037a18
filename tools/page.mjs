// Post-build step (tools/post-build.sh), before tools/headers.mjs: puts the page's own
// scripts (static/js/head.js and static/js/loader.js) into the staged index.html, minified.
//
// - `<script data-inline=head.js></script>` (index.html) becomes the head script;
// - `<script type=module data-loader data-js=… data-wasm=…></script>` (Trunk's
//   pattern_script, Trunk.toml, with the explainer's file names) becomes the loader, with
//   @MAIN_JS@ and @MAIN_WASM@ replaced by those names.
//
// - the on-demand and presenter modules' files (JS, WebAssembly, stylesheet) get their content's
//   hash in their names (`on-demand-1a2b….js`), and the loader their new names: a page never
//   gets a module file of another deployment, whatever a cache still holds (the explainer's
//   files are named so by Trunk, the data files by build.rs).
//
// Usage: node tools/page.mjs STAGING_DIR
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
const modules = ['on-demand.js', 'on-demand_bg.wasm', 'on-demand.css', 'presenter.js', 'presenter_bg.wasm'];
const renamed = modules.map((name) => {
  const tag = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex').slice(0, 16);
  const to = name.replace(/^(on-demand|presenter)/, `$1-${tag}`);
  renameSync(join(dir, name), join(dir, to));
  return [name, to];
});
// The data files as build.rs named them (`gemeenten-<hash>.tsv`), for the loader's preloads.
for (const stem of ['gemeenten', 'gemeenten-per-jaar', 'gemeenten-kaart']) {
  const found = readdirSync(dir).filter((f) => new RegExp(`^${stem}-[0-9a-f]{16}\\.tsv$`).test(f));
  if (found.length !== 1) throw new Error(`${dir}: expected one ${stem}-<hash>.tsv, found ${found.join(', ') || 'none'}`);
  renamed.push([`./${stem}.tsv`, `./${found[0]}`]);
}
// `sha256-@MAIN_WASM@` first becomes `sha256-@<file>@`, which tools/headers.mjs fills in.
let code = source('loader.js');
for (const [name, to] of renamed) {
  if (!code.includes(name)) throw new Error(`loader.js: does not name ${name}`);
  code = code.replaceAll(name, to);
}
code = code
  .replaceAll('sha256-@MAIN_WASM@', `sha256-@${wasm}@`)
  .replaceAll('@MAIN_JS@', js)
  .replaceAll('@MAIN_WASM@', wasm);
if (/@MAIN_/.test(code)) throw new Error('loader.js: a placeholder is left');
html = html.replace(loader[0], `<script type="module">${await small(code, true)}</script>`);

writeFileSync(page, html);
console.error(`page scripts: head ${head[0].length} -> inline, loader for ${js}`);
