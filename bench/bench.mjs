// The benchmark: first-view bytes and Lighthouse (mobile) for the release build in dist/,
// next to the same figures for two plain static HTML pages this script generates: the memo
// text alone (the floor), and the app's own prerendered page without its styles and scripts
// (the same content, bare: what the LCP budget compares with); the same for a sample of the
// municipality pages (gemeente/<naam>/); the size of dist/ and how long `make dist` took.
// Prints a table and writes bench/results/bench.json.
//
// Usage: make bench   (builds dist/ first; runs offline, Debian's Chromium only)
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve, launch, hydrated, ROOT, DIST, CHROMIUM_ARGS, memoLines, distFile } from '../tests/e2e/helpers.mjs';
import {
  firstView,
  compressed,
  BUDGET_BROTLI_BYTES,
  BUDGET_TABLE_BROTLI_BYTES,
  BUDGET_MAP_BROTLI_BYTES,
  BUDGET_MODULE_BROTLI_BYTES,
  BUDGET_PRESENTER_BROTLI_BYTES,
  BUDGET_TBT_MS,
  BUDGET_PAGE_BROTLI_BYTES,
} from './sizes.mjs';

const OUT = join(ROOT, 'bench/results');
const PLAIN = join(OUT, 'plain');
const SAME = join(OUT, 'plain-same');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The floor: the memo as plain HTML, no styles, no script. */
function writePlainPage() {
  const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const lines = memoLines();
  const body = lines.map((l) => `<p>${escape(l)}</p>`).join('\n');
  mkdirSync(PLAIN, { recursive: true });
  writeFileSync(
    join(PLAIN, 'index.html'),
    `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Gespreksnotitie K80, 27 februari 2026</title>` +
      `<meta name="description" content="De gespreksnotitie van K80 aan de Tweede Kamer, 27 februari 2026.">` +
      `<link rel="icon" href="data:,"></head>\n<body><main><h1>Gespreksnotitie K80</h1>\n${body}\n</main></body></html>\n`,
  );
  writeFileSync(join(PLAIN, 'robots.txt'), 'User-agent: *\nAllow: /\n');
}

/**
 * The same content, bare: the prerendered page without its styles and scripts, every
 * section shown. Its HTML, like the app's, is larger than a TCP connection's first window
 * (about 14 kB), so Lighthouse's simulation gives both a second round trip before the first
 * paint; compared with it, the LCP budget measures what the app's styles, scripts and
 * WebAssembly cost, not how much there is to read.
 */
function writeSameContentPage() {
  const page = readFileSync(join(DIST, 'index.html'), 'utf8')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/ hidden(="until-found"|=until-found)?/g, '');
  mkdirSync(SAME, { recursive: true });
  writeFileSync(join(SAME, 'index.html'), page);
  writeFileSync(join(SAME, 'robots.txt'), 'User-agent: *\nAllow: /\n');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One Lighthouse run with its default settings: mobile, simulated throttling. */
async function lighthouseRun(url, port) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const audit = (id) => lhr.audits[id].numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(4)),
    failed: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

/**
 * Lighthouse for each URL in one Chromium: a discarded warm-up run each, then RUNS runs
 * taken in turn (so both pages see the same machine load); the median of each figure.
 */
async function lighthouseOf(urls) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
  });
  const runs = urls.map(() => []);
  try {
    for (const url of urls) await lighthouseRun(url, chrome.port);
    for (let i = 0; i < RUNS; i++) {
      for (const [n, url] of urls.entries()) runs[n].push(await lighthouseRun(url, chrome.port));
    }
  } finally {
    await chrome.kill();
  }
  return runs.map((list) => {
    const result = { runs: list.length };
    for (const key of Object.keys(list[0]).filter((k) => k !== 'failed')) {
      result[key] = median(list.map((r) => r[key]));
    }
    result.failedAudits = [...new Set(list.flatMap((r) => r.failed))];
    return result;
  });
}

/**
 * Time from an input event (or a click) to yew's DOM update in the comparison, measured in
 * the page with the Performance API. A MutationObserver's callback runs after the microtask
 * in which yew applied the whole update, so it marks the end of the render. Median and
 * maximum of each.
 */
async function interactionTimings(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(`${url}/?gemeente=GM0050#vergelijk`);
  await page.locator('.peers__button').first().waitFor();
  // Switching redraws the map's highlight too: measure with the map on screen.
  await page.locator('.map__svg').waitFor();
  const result = await page.evaluate(async () => {
    const changed = (target, act) =>
      new Promise((done) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          observer.disconnect();
          done(performance.now() - t0);
        });
        observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
        act();
      });
    const input = document.querySelector('#gemeente-zoeken');
    const list = document.querySelector('.picker');
    const filter = [];
    for (const q of ['b', 'be', 'ber', 'berg', 'a', 'am', 'ams', 'z', 'zw', 'zwo', 's', 'sud', 'den', 'ho', 'v', 'vl']) {
      filter.push(
        await changed(list, () => {
          input.value = q;
          input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        }),
      );
    }
    const figures = document.querySelector('.comparison');
    const switching = [];
    // The first switch also compiles the code paths it takes: reported on its own, and the
    // budget applies to the ten after it.
    let first;
    for (let i = 0; i <= 10; i++) {
      const button = document.querySelectorAll('.peers__button')[i % 5];
      const ms = await changed(figures, () => button.click());
      if (i === 0) first = ms;
      else switching.push(ms);
      await new Promise((r) => requestAnimationFrame(r));
    }
    return { filter, switching, first };
  });
  // Presenter mode: from the key to the new slide in the DOM, the same way.
  await page.goto(`${url}/?modus=presentatie`);
  await page.locator('.presenter__stage').waitFor();
  const slides = await page.evaluate(async () => {
    const stage = document.querySelector('.presenter__stage');
    const times = [];
    for (let i = 0; i <= 12; i++) {
      const t0 = performance.now();
      const done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(stage, { childList: true, subtree: true, characterData: true, attributes: true });
      });
      document.dispatchEvent(new KeyboardEvent('keydown', { key: i % 4 === 3 ? 'ArrowLeft' : 'ArrowRight', bubbles: true, cancelable: true }));
      times.push(await done);
      await new Promise((r) => requestAnimationFrame(r));
    }
    return times;
  });
  await context.close();
  const summary = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { medianMs: Number(sorted[Math.floor(sorted.length / 2)].toFixed(2)), maxMs: Number(sorted.at(-1).toFixed(2)), runs: xs.length };
  };
  return {
    filter: summary(result.filter),
    switchMunicipality: { ...summary(result.switching), firstMs: Number(result.first.toFixed(2)) },
    changeSlide: { ...summary(slides.slice(1)), firstMs: Number(slides[0].toFixed(2)) },
  };
}

/** Sizes of the files the comparison and presenter mode load on demand. */
function onDemandSizes() {
  return Object.fromEntries(
    [
      ['on-demand', '.js'],
      ['on-demand', '_bg.wasm'],
      ['on-demand', '.css'],
      ['presenter', '.js'],
      ['presenter', '_bg.wasm'],
      ['gemeenten', '.tsv'],
      ['gemeenten-kaart', '.tsv'],
    ].map(([stem, ext]) => [`${stem}${ext}`, compressed(readFileSync(join(DIST, distFile(stem, ext))))]),
  );
}

/** A sample of the municipality pages: a small and a large municipality. */
const PAGES = ['gemeente/hattem/', 'gemeente/s-gravenhage/'];

/** The whole of dist/: files and bytes; the municipality pages apart. */
function distSize() {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  const sum = (files) => ({ files: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0) });
  const all = walk(DIST);
  return { all: sum(all), pages: sum(all.filter((f) => f.includes('/gemeente/'))) };
}

/** Seconds the last `make dist` took (the Makefile writes them), if known. */
function buildSeconds() {
  const file = join(ROOT, 'target/dist-seconds.txt');
  return existsSync(file) ? Number(readFileSync(file, 'utf8')) : null;
}

const kb = (n) => (n / 1000).toFixed(1).padStart(7);

writePlainPage();
writeSameContentPage();
const app = await serve(DIST);
const plain = await serve(PLAIN);
const same = await serve(SAME);
const browser = await launch();
let report;
try {
  const appBytes = await firstView(browser, `${app.url}/`, DIST, hydrated);
  const plainBytes = await firstView(browser, `${plain.url}/`, PLAIN);
  const pageBytes = [];
  for (const path of PAGES) pageBytes.push(await firstView(browser, `${app.url}/${path}`, DIST));
  const timings = await interactionTimings(browser, app.url);
  const onDemand = onDemandSizes();
  const dist = { ...distSize(), buildSeconds: buildSeconds() };
  await browser.close();
  const [appLh, plainLh, sameLh, ...pagesLh] = await lighthouseOf([
    `${app.url}/`,
    `${plain.url}/`,
    `${same.url}/`,
    ...PAGES.map((p) => `${app.url}/${p}`),
  ]);

  const checks = {
    firstViewBrotliWithinBudget: appBytes.total.brotli <= BUDGET_BROTLI_BYTES,
    lcpWithin10PercentOfSameContentPlain: appLh.lcpMs <= sameLh.lcpMs * 1.1,
    accessibility100: appLh.accessibility === 100,
    bestPractices100: appLh.bestPractices === 100,
    seo100: appLh.seo === 100,
    performanceAtLeast95: appLh.performance >= 95,
    tbtWithinBudget: appLh.tbtMs <= BUDGET_TBT_MS,
    moduleOnDemandWithinBudget: onDemand['on-demand_bg.wasm'].brotli <= BUDGET_MODULE_BROTLI_BYTES,
    presenterModuleWithinBudget: onDemand['presenter_bg.wasm'].brotli <= BUDGET_PRESENTER_BROTLI_BYTES,
    tableOnDemandWithinBudget: onDemand['gemeenten.tsv'].brotli <= BUDGET_TABLE_BROTLI_BYTES,
    mapOnDemandWithinBudget: onDemand['gemeenten-kaart.tsv'].brotli <= BUDGET_MAP_BROTLI_BYTES,
    pickerFilterAtMost16ms: timings.filter.maxMs <= 16,
    switchMunicipalityAtMost16ms: timings.switchMunicipality.maxMs <= 16,
    changeSlideAtMost16ms: timings.changeSlide.maxMs <= 16,
    municipalityPagesFirstViewWithinBudget: pageBytes.every((b) => b.total.brotli <= BUDGET_PAGE_BROTLI_BYTES),
    municipalityPagesLighthouse100: pagesLh.every((l) => [l.performance, l.accessibility, l.bestPractices, l.seo].every((x) => x === 100)),
  };
  report = {
    date: new Date().toISOString(),
    budget: { firstViewBrotliBytes: BUDGET_BROTLI_BYTES, moduleBrotliBytes: BUDGET_MODULE_BROTLI_BYTES, presenterBrotliBytes: BUDGET_PRESENTER_BROTLI_BYTES, tbtMs: BUDGET_TBT_MS, lcp: 'within 10% of the same content as plain HTML', performance: 95, others: 100 },
    app: { bytes: appBytes, lighthouse: appLh, onDemand, timings },
    plain: { bytes: plainBytes, lighthouse: plainLh },
    sameContentPlain: { lighthouse: sameLh },
    municipalityPages: PAGES.map((path, n) => ({ path, bytes: pageBytes[n], lighthouse: pagesLh[n] })),
    dist,
    checks,
  };

  for (const [name, bytes] of [['app', appBytes], ['plain page', plainBytes], ...PAGES.map((p, n) => [p, pageBytes[n]])]) {
    console.log(`\nFirst view, ${name} (kB)          raw    gzip  brotli`);
    for (const a of bytes.assets) console.log(`  ${a.path.slice(0, 30).padEnd(30)} ${kb(a.raw)} ${kb(a.gzip)} ${kb(a.brotli)}`);
    console.log(`  ${'total'.padEnd(30)} ${kb(bytes.total.raw)} ${kb(bytes.total.gzip)} ${kb(bytes.total.brotli)}`);
  }
  console.log(`\nLighthouse (mobile, median of ${RUNS})   app   plain  same content, bare`);
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo', 'fcpMs', 'lcpMs', 'tbtMs', 'cls']) {
    console.log(`  ${key.padEnd(30)} ${String(appLh[key]).padStart(6)} ${String(plainLh[key]).padStart(7)} ${String(sameLh[key]).padStart(7)}`);
  }
  if (appLh.failedAudits.length) console.log(`  failed audits (app): ${appLh.failedAudits.join(', ')}`);
  console.log(`\nLighthouse (mobile, median of ${RUNS})   ${PAGES.map((p) => p.split('/')[1].padStart(12)).join(' ')}`);
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo', 'fcpMs', 'lcpMs', 'tbtMs', 'cls']) {
    console.log(`  ${key.padEnd(30)} ${pagesLh.map((l) => String(l[key]).padStart(12)).join(' ')}`);
  }
  for (const [n, l] of pagesLh.entries()) if (l.failedAudits.length) console.log(`  failed audits (${PAGES[n]}): ${l.failedAudits.join(', ')}`);
  console.log(`\ndist/: ${dist.all.files} files, ${(dist.all.bytes / 1e6).toFixed(1)} MB (municipality pages: ${dist.pages.files} files, ${(dist.pages.bytes / 1e6).toFixed(1)} MB); make dist took ${dist.buildSeconds ?? '?'} s`);
  console.log('\nOn demand (kB)                        raw    gzip  brotli');
  for (const [file, size] of Object.entries(onDemand)) {
    console.log(`  ${file.padEnd(30)} ${kb(size.raw)} ${kb(size.gzip)} ${kb(size.brotli)}`);
  }
  console.log('\nEvent to DOM update (ms)               median    max  first');
  for (const [name, t] of Object.entries(timings)) {
    console.log(`  ${name.padEnd(30)} ${String(t.medianMs).padStart(7)} ${String(t.maxMs).padStart(6)} ${String(t.firstMs ?? '').padStart(6)}`);
  }
  console.log('\nBudget');
  for (const [name, ok] of Object.entries(checks)) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}`);
} finally {
  await app.close();
  await plain.close();
  await same.close();
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten: ${join(OUT, 'bench.json')}`);
