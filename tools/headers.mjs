// Last step of the build (tools/post-build.sh): Subresource Integrity and the security headers.
//
// 1. In index.html, every `sha256-@FILE@` (the loader's placeholders, Trunk.toml) becomes the
//    hash of that file, and an import map gives the two JS modules their integrity, so every
//    script, stylesheet and WebAssembly file the page loads is checked.
// 2. The inline scripts (the head script, the import map, the loader) get their sha256 in the
//    Content-Security-Policy, which goes into `_headers` (Netlify, Cloudflare Pages) and
//    `nginx.conf.example`. The policy is the one of issue 5 with those hashes added.
// 3. The service worker (`sw.js`, from static/js/sw.js): it precaches the page, both modules,
//    the data, the map and the statement after the first visit, so the page, the comparison
//    and presenter mode work without a network. Its cache is named after the files' hashes: a
//    new deployment is a new sw.js, which installs, takes over on the next load and deletes
//    the old cache. Only the files beside index.html: the municipality pages (gemeente/, 342
//    folders) are kept when visited, not precached.
//
// Usage: node tools/headers.mjs STAGING_DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node tools/headers.mjs STAGING_DIR');
const hash = (data) => `sha256-${createHash('sha256').update(data).digest('base64')}`;
const file = (name) => readFileSync(join(dir, name));

let html = readFileSync(join(dir, 'index.html'), 'utf8');
html = html.replace(/sha256-@([^@'"]+)@/g, (_, name) => hash(file(name.replace(/^\.\//, ''))));
// Module scripts only (embed.js and gemeente.js are classic scripts).
const modules = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'embed.js' && f !== 'gemeente.js');
const importMap = `<script type=importmap>${JSON.stringify({
  integrity: Object.fromEntries(modules.map((m) => [`./${m}`, hash(file(m))])),
})}</script>`;
// The import map must come before the first module script.
const firstModule = html.search(/<script type=["']?module/);
if (firstModule < 0) throw new Error('index.html: no module script');
html = html.slice(0, firstModule) + importMap + html.slice(firstModule);
if (/sha256-@|sha256-\.\//.test(html)) throw new Error('index.html: an integrity placeholder is left');
writeFileSync(join(dir, 'index.html'), html);

const precached = readdirSync(dir)
  .filter((f) => /\.(html|js|wasm|css|tsv)$/.test(f) && f !== 'sw.js')
  .sort();
const version = createHash('sha256')
  .update(precached.map((f) => hash(f === 'index.html' ? html : file(f))).join())
  .digest('hex')
  .slice(0, 16);
// The service worker: static/js/sw.js after a line that gives it its version and files.
const worker = readFileSync(fileURLToPath(new URL('../static/js/sw.js', import.meta.url)), 'utf8');
const files = ['./', ...precached.map((f) => `./${f}`)];
writeFileSync(
  join(dir, 'sw.js'),
  `// Made by tools/headers.mjs from static/js/sw.js.\nconst VERSION = '${version}', FILES = ${JSON.stringify(files)};\n${worker}`,
);

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'${hash(m[1])}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  'frame-ancestors *',
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
const headers = {
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  // Only honoured over HTTPS; harmless elsewhere.
  'Strict-Transport-Security': 'max-age=31536000',
};
writeFileSync(
  join(dir, '_headers'),
  `# Security headers for Netlify and Cloudflare Pages (made by tools/headers.mjs at build time).\n` +
    `# frame-ancestors * lets any site embed the page (see README, "Hosting").\n/*\n` +
    Object.entries(headers).map(([k, v]) => `  ${k}: ${v}\n`).join('') +
    `/*.wasm\n  Content-Type: application/wasm\n/sw.js\n  Cache-Control: no-cache\n`,
);
writeFileSync(
  join(dir, 'nginx.conf.example'),
  `# Security headers for nginx (made by tools/headers.mjs at build time): include this in the\n` +
    `# server or location block that serves dist/. frame-ancestors * lets any site embed the page.\n` +
    Object.entries(headers).map(([k, v]) => `add_header ${k} "${v}" always;\n`).join('') +
    `# .wasm must be served as application/wasm (nginx's mime.types has it since 1.21.5).\n`,
);
console.error(`integrity and headers: ${inline.length} inline scripts hashed`);
