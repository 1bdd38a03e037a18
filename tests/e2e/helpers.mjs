// Shared harness for the end-to-end tests: a static server for dist/ on 127.0.0.1, Debian's
// Chromium through playwright-core (no browser download, ever), and the memo's lines.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');

/**
 * The name of a built file whose name carries its content's hash: `distFile('gemeenten',
 * '.tsv')` is `gemeenten-1a2b….tsv` (the module's files: `on-demand`, `.js`, `_bg.wasm`, `.css`).
 */
export function distFile(stem, ext, dir = DIST) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escape(stem)}-[0-9a-f]{16}${escape(ext)}$`);
  const found = readdirSync(dir).filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`${dir}: expected one ${stem}-<hash>${ext}, found ${found.join(', ') || 'none'}`);
  return found[0];
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** Text assets are sent compressed, as any production server would. */
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.txt', '.json']);

const compressedCache = new Map();

function encode(body, file, acceptEncoding = '') {
  if (!COMPRESSIBLE.has(extname(file))) return { body, headers: {} };
  const coding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!coding) return { body, headers: {} };
  // Compress once per content (not per name: a test may deploy a new build at the same
  // address), like precompressed assets on a real server.
  const key = `${coding}:${createHash('sha1').update(body).digest('hex')}`;
  if (!compressedCache.has(key)) {
    compressedCache.set(
      key,
      coding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return { body: compressedCache.get(key), headers: { 'content-encoding': coding, vary: 'accept-encoding' } };
}

/** The headers of the `/*` block in a Netlify-style `_headers` file. */
function siteHeaders(dir) {
  const lines = readFileSync(join(dir, '_headers'), 'utf8').split('\n');
  const start = lines.indexOf('/*');
  const block = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    block.push(line.trim().split(/:\s(.*)/s).slice(0, 2));
  }
  return Object.fromEntries(block);
}

/**
 * Serves `dir` on 127.0.0.1 at a free port, compressed. Resolves to { url, close }. With
 * `{ headers: true }` every response carries the headers of `dir/_headers` (the CSP).
 */
export async function serve(dir = DIST, { headers: withHeaders = false } = {}) {
  const extra = withHeaders ? siteHeaders(dir) : {};
  // Room for very long links (the hostile-URL test sends a 100,000-character query).
  const server = createServer({ maxHeaderSize: 1 << 20 }, async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { body, headers } = encode(await readFile(file), file, req.headers['accept-encoding']);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * For a test file: serves dist/ and launches Chromium before its tests, closes both after.
 * Returns an object whose `server` and `browser` are set once the tests run, and whose
 * `open(path, options)` opens a page (see `openPage`) at `path` and waits until the app runs.
 */
export function harness() {
  const h = {
    open: async (path = '/', options) => {
      const page = await openPage(h.browser, h.server.url, options);
      await page.goto(h.server.url + path);
      await hydrated(page);
      return page;
    },
  };
  before(async () => {
    h.server = await serve();
    h.browser = await launch();
  });
  after(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  return h;
}

/**
 * Makes every request of `page` for the built file `file` fail (a network error) until the
 * returned function is called; then they go through.
 */
export async function failUntilCalled(page, file) {
  let failing = true;
  await page.route(`**/${file}`, (route) => (failing ? route.abort() : route.continue()));
  return () => {
    failing = false;
  };
}

/** Debian's Chromium, headless. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * A new page that records console errors, page errors and requests to other origins.
 * `page.problems()` lists them.
 */
export async function openPage(browser, base, { width = 1280, height = 900, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled, locale: 'nl-NL' });
  const page = watch(await context.newPage(), base);
  page.closeAll = () => context.close();
  return page;
}

/**
 * Records `page`'s console errors, page errors and requests to origins other than `base`:
 * `page.problems()` lists them (for pages that share a context, as two windows do).
 */
export function watch(page, base) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(base) && !url.startsWith('data:')) problems.push(`request to another origin: ${url}`);
  });
  page.problems = () => problems;
  return page;
}

/** Waits until the app runs: hydrated, the title follows the view, sections have buttons. */
export async function hydrated(page) {
  await page.waitForFunction(() => document.title.includes('–') && document.querySelector('.accordion__button'));
}

/** The memo's lines as a reader sees them: address block once, emphasis marks removed. */
export function memoLines() {
  const text = readFileSync(join(ROOT, 'content/gespreksnotitie-k80-2026-02-27.txt'), 'utf8');
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => l.replaceAll('*', ''));
  return [...new Set(lines)];
}

/** The step ids, in order, as the app defines them. */
export const STEP_IDS = ['start', 'inleiding', 'goede-start', 'ruimte-voor-verbetering', 'ons-aanbod', 'tot-slot'];

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now, one line each. */
export async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Records every layout shift from the start of the next navigation; read with `shifts`.
 * Each is its value and, to find the cause, what moved (`tag#id.class` from → to).
 */
export async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    const name = (n) => (n ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.split(' ')[0]}` : ''}` : '?');
    const box = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    new PerformanceObserver((list) =>
      window.__shifts.push(
        ...list.getEntries().map((e) => ({
          value: e.value,
          moved: e.sources.map((s) => `${name(s.node)} ${box(s.previousRect)} → ${box(s.currentRect)}`),
        })),
      ),
    ).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts so far, after two frames (so whatever changed has been laid out). */
export async function shifts(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => window.__shifts);
}

/** The cells of one CSV line of data/; a quoted cell may hold commas ("Nuenen, Gerwen en Nederwetten"). */
export const cells = (line) =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"'));

/** The rows of a CSV in data/ as objects keyed by its header. */
export function dataRows(file) {
  const [header, ...lines] = readFileSync(join(ROOT, 'data', file), 'utf8').trim().split('\n');
  const keys = cells(header);
  return lines.map((l) => Object.fromEntries(cells(l).map((v, i) => [keys[i], v])));
}

/** A municipality's row of a CSV in data/ (by default the key figures), by name. */
export const dataRow = (name, file = 'gemeenten_kerncijfers_2024.csv') => dataRows(file).find((r) => r.gemeentenaam === name);

/** A number as the page writes it: Dutch separators, a fixed number of decimals. */
export const dutch = (n, decimals = 0) =>
  Number(n).toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
