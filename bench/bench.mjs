// The benchmark: first-view bytes and Lighthouse (mobile) for the release build in dist/,
// next to the same figures for a plain static HTML page of the memo text (the floor), which
// this script generates. Prints a table and writes bench/results/bench.json.
//
// Usage: make bench   (builds dist/ first; runs offline, Debian's Chromium only)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve, launch, hydrated, ROOT, DIST, CHROMIUM_ARGS, memoLines } from '../tests/e2e/helpers.mjs';
import { firstView, BUDGET_BROTLI_BYTES } from './sizes.mjs';

const OUT = join(ROOT, 'bench/results');
const PLAIN = join(OUT, 'plain');
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

const kb = (n) => (n / 1000).toFixed(1).padStart(7);

writePlainPage();
const app = await serve(DIST);
const plain = await serve(PLAIN);
const browser = await launch();
let report;
try {
  const appBytes = await firstView(browser, `${app.url}/`, DIST, hydrated);
  const plainBytes = await firstView(browser, `${plain.url}/`, PLAIN);
  await browser.close();
  const [appLh, plainLh] = await lighthouseOf([`${app.url}/`, `${plain.url}/`]);

  const checks = {
    firstViewBrotliWithinBudget: appBytes.total.brotli <= BUDGET_BROTLI_BYTES,
    lcpWithin10PercentOfPlain: appLh.lcpMs <= plainLh.lcpMs * 1.1,
    accessibility100: appLh.accessibility === 100,
    bestPractices100: appLh.bestPractices === 100,
    seo100: appLh.seo === 100,
    performanceAtLeast95: appLh.performance >= 95,
  };
  report = {
    date: new Date().toISOString(),
    budget: { firstViewBrotliBytes: BUDGET_BROTLI_BYTES, lcp: 'within 10% of plain', performance: 95, others: 100 },
    app: { bytes: appBytes, lighthouse: appLh },
    plain: { bytes: plainBytes, lighthouse: plainLh },
    checks,
  };

  for (const [name, bytes] of [['app', appBytes], ['plain page', plainBytes]]) {
    console.log(`\nFirst view, ${name} (kB)          raw    gzip  brotli`);
    for (const a of bytes.assets) console.log(`  ${a.path.slice(0, 30).padEnd(30)} ${kb(a.raw)} ${kb(a.gzip)} ${kb(a.brotli)}`);
    console.log(`  ${'total'.padEnd(30)} ${kb(bytes.total.raw)} ${kb(bytes.total.gzip)} ${kb(bytes.total.brotli)}`);
  }
  console.log(`\nLighthouse (mobile, median of ${RUNS})   app   plain`);
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo', 'fcpMs', 'lcpMs', 'tbtMs', 'cls']) {
    console.log(`  ${key.padEnd(30)} ${String(appLh[key]).padStart(6)} ${String(plainLh[key]).padStart(7)}`);
  }
  if (appLh.failedAudits.length) console.log(`  failed audits (app): ${appLh.failedAudits.join(', ')}`);
  console.log('\nBudget');
  for (const [name, ok] of Object.entries(checks)) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}`);
} finally {
  await app.close();
  await plain.close();
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten: ${join(OUT, 'bench.json')}`);
