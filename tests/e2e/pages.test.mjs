// The municipality pages (gemeente/<naam>/) and their list (gemeente/): complete without
// JavaScript, with figures from the data; with it, the comparison embedded; small first view;
// kept offline once visited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harness, openPage, hydrated, violations, dataRow, dataRows, dutch, DIST } from './helpers.mjs';
import { firstView, BUDGET_PAGE_BROTLI_BYTES } from '../../bench/sizes.mjs';

const h = harness();

const SAMPLE = [
  ['hattem', 'Hattem'],
  ['s-gravenhage', "'s-Gravenhage"],
  ['sudwest-fryslan', 'Súdwest-Fryslân'],
  ['laren-nh', 'Laren (NH.)'],
];

/** The municipality's own figure in the table's row `label`. */
const ownCell = (page, label) =>
  page.evaluate((label) => {
    const rows = [...document.querySelectorAll('.figures__table th[scope="row"]')];
    return rows.find((th) => th.firstChild.textContent.trim() === label)?.nextElementSibling.textContent;
  }, label);

test('there is a page for every municipality of the data, and the list links to each', async () => {
  const folders = readdirSync(join(DIST, 'gemeente'), { withFileTypes: true }).filter((d) => d.isDirectory());
  const names = dataRows('gemeenten_kerncijfers_2024.csv').length;
  assert.equal(folders.length, names);
  const page = await openPage(h.browser, h.server.url, { javaScriptEnabled: false, width: 375, height: 812 });
  await page.goto(`${h.server.url}/gemeente/`);
  const links = page.locator('.figures__table tbody th a');
  assert.equal(await links.count(), names);
  await page.getByRole('link', { name: 'Súdwest-Fryslân', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Súdwest-Fryslân in cijfers' }).waitFor();
  assert.match(page.url(), /\/gemeente\/sudwest-fryslan\/$/);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

for (const [slug, name] of SAMPLE) {
  test(`with JavaScript off, ${name}'s page shows its figures from the data, the checks with its numbers, its steps and its peers`, async () => {
    const page = await openPage(h.browser, h.server.url, { javaScriptEnabled: false, width: 375, height: 812 });
    await page.goto(`${h.server.url}/gemeente/${slug}/`);
    assert.equal(await page.title(), `${name} in cijfers – Uitleg bij de notitie van K80 over regio’s`);
    await page.getByRole('heading', { level: 1, name: `${name} in cijfers` }).waitFor();
    const row = dataRow(name);
    const small = row.onder_25000_inwoners === 'ja';
    assert.match(await page.locator('.figures__status').innerText(), new RegExp(small ? 'is een kleine gemeente' : 'is geen kleine gemeente'));
    // Its figures, as the data has them.
    assert.equal(await ownCell(page, 'Inwoners'), dutch(row.inwoners));
    assert.equal(await ownCell(page, 'Huishoudens'), dutch(row.huishoudens));
    assert.equal(await ownCell(page, 'Landoppervlakte (km²)'), dutch(row.oppervlakte_land_km2, 2));
    // Every figure has its reference date.
    const rows = page.locator('.figures__table tbody tr:not(.figures__theme)');
    assert.equal(await rows.locator('.figures__date').count(), await rows.count());
    // The checks, each with the claim and this municipality's line; solar per inhabitant
    // from the data.
    assert.equal(await page.locator('article.check').count(), 6);
    const solar = dataRow(name, 'gemeenten_zonnestroom_2024h1.csv');
    const perInhabitant = dutch(Number(solar.zon_vermogen_panelen_kwp) / Number(row.inwoners), 2);
    assert.match(await page.locator('#toets-energie').locator('..').innerText(), new RegExp(`kWp per inwoner: in ${name.replace(/[().]/g, '\\$&')} ${perInhabitant},`));
    // Its figure in each of the six steps, each with a link into the explainer.
    const steps = page.getByRole('link', { name: `Lees deze stap met de cijfers van ${name}` });
    assert.equal(await steps.count(), 6);
    assert.match(await steps.first().getAttribute('href'), new RegExp(`^\\.\\./\\.\\./\\?gemeente=${row.gm_code}#start$`));
    // Five peers, each a working page.
    const peers = page.locator('.peers a');
    assert.equal(await peers.count(), 5);
    const peer = await peers.first().innerText();
    await peers.first().click();
    await page.getByRole('heading', { level: 1, name: `${peer} in cijfers` }).waitFor();
    await page.goBack();
    // The CSV is this municipality's.
    const csv = await page.getByRole('link', { name: `Download de cijfers van ${name} (CSV)` }).getAttribute('href');
    const text = await (await fetch(new URL(csv, page.url()))).text();
    assert.match(text, new RegExp(`"Inwoners";"1 januari 2024";"${dutch(row.inwoners)}"`));
    // Nothing wider than the phone but the table's own scrolling box.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  });
}

test('every page has its share card, a PNG of 1200 × 630 of at most 150 kB, and its own preview title and description', async () => {
  const folders = readdirSync(join(DIST, 'gemeente'), { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const file of ['delen.png', ...folders.map((d) => `gemeente/${d.name}/delen.png`)]) {
    const png = readFileSync(join(DIST, file));
    assert.equal(png.subarray(1, 4).toString(), 'PNG', file);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], file);
    assert.ok(png.length <= 150_000, `${file}: ${png.length} bytes`);
  }
  const page = await openPage(h.browser, h.server.url, { javaScriptEnabled: false });
  await page.goto(`${h.server.url}/gemeente/hattem/`);
  const meta = (key) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
  assert.equal(await meta('og:title'), 'Hattem in cijfers – Uitleg bij de notitie van K80 over regio’s');
  assert.equal(await meta('og:description'), await meta('description'));
  assert.match(await meta('description'), /^Hattem had op 1 januari 2024 12\.624 inwoners/);
  // This build has no public address (SITE_URL): no absolute address, so no og:image.
  assert.equal(await page.locator('meta[property="og:image"], link[rel="canonical"]').count(), 0);
  await page.closeAll();
});

test(`a municipality page's first view is at most ${BUDGET_PAGE_BROTLI_BYTES / 1000} kB with brotli, without WebAssembly`, async () => {
  for (const [slug] of SAMPLE) {
    const { assets, total } = await firstView(h.browser, `${h.server.url}/gemeente/${slug}/`, DIST);
    assert.ok(!assets.some((a) => a.path.endsWith('.wasm')), `no WebAssembly in the first view: ${assets.map((a) => a.path)}`);
    assert.ok(total.brotli <= BUDGET_PAGE_BROTLI_BYTES, `${slug}: ${total.brotli} bytes brotli: ${JSON.stringify(assets)}`);
  }
});

test('with JavaScript, the comparison comes under its link: this municipality chosen, sized to its content', async () => {
  const page = await openPage(h.browser, h.server.url, { width: 1280, height: 900 });
  await page.goto(`${h.server.url}/gemeente/hattem/`);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const frame = page.locator('iframe.municipality__app');
  assert.equal(await frame.count(), 0, 'not in the first view');
  await page.getByRole('heading', { name: 'Vergelijk Hattem met andere gemeenten' }).scrollIntoViewIfNeeded();
  assert.equal(await frame.getAttribute('title'), 'De vergelijking van Hattem met andere gemeenten: kiezer, kaart en grafieken');
  const inside = page.frameLocator('iframe.municipality__app');
  await inside.getByRole('heading', { name: 'Cijfers van Hattem' }).waitFor();
  await inside.getByRole('img', { name: /^Kaart van Nederland/ }).waitFor();
  await inside.getByRole('combobox', { name: 'Kies een gemeente' }).waitFor();
  // embed.js sizes it to the comparison (no inner scroll bar).
  await page.waitForFunction(() => document.querySelector('iframe.municipality__app').getAttribute('scrolling') === 'no');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('0 axe violations on the list and the sample pages, on a phone and a laptop', async () => {
  for (const [width, height] of [[375, 812], [1280, 900]]) {
    const page = await openPage(h.browser, h.server.url, { width, height });
    for (const path of ['gemeente/', ...SAMPLE.map(([slug]) => `gemeente/${slug}/`)]) {
      await page.goto(`${h.server.url}/${path}`);
      await page.locator('h1').waitFor();
      assert.deepEqual(await violations(page), [], `${path} at ${width} px`);
    }
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  }
});

/** The page printed to PDF: its number of pages and its text (poppler's pdfinfo and pdftotext). */
async function printed(page) {
  const file = join(mkdtempSync(join(tmpdir(), 'k80-brief-')), 'brief.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const pages = Number(execFileSync('pdfinfo', [file]).toString().match(/Pages:\s+(\d+)/)[1]);
  return { pages, text: execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ') };
}

test('printed, a municipality page is a brief of at most two A4 pages: figures, checks with its numbers, the memo in short, sources', async () => {
  const page = await openPage(h.browser, h.server.url);
  for (const [slug, name] of [...SAMPLE, ['nuenen-gerwen-en-nederwetten', 'Nuenen, Gerwen en Nederwetten']]) {
    await page.goto(`${h.server.url}/gemeente/${slug}/`);
    const { pages, text } = await printed(page);
    assert.ok(pages >= 1 && pages <= 2, `${slug}: ${pages} pages`);
    const row = dataRow(name);
    const solar = dataRow(name, 'gemeenten_zonnestroom_2024h1.csv');
    for (const words of [
      `${name} in cijfers`,
      // (pdftotext may put a table's cells in another order than its rows)
      'Inwoners · peildatum: 1 januari 2024',
      dutch(row.inwoners),
      dutch(row.huishoudens),
      `kWp per inwoner: in ${name} ${dutch(Number(solar.zon_vermogen_panelen_kwp) / Number(row.inwoners), 2)},`,
      'Wat zeggen de cijfers?',
      'De notitie van K80 in het kort',
      'Onze samenvatting',
      'Bronnen: CBS, Kerncijfers wijken en buurten 2024',
    ]) {
      assert.ok(text.includes(words), `${slug}: "${words}" on paper`);
    }
    // Not on paper: what only works on screen.
    for (const words of ['Delen', 'Print als brief', 'Open de vergelijking', 'Download de cijfers']) {
      assert.ok(!text.includes(words), `${slug}: "${words}" not on paper`);
    }
  }
  await page.closeAll();
});

test('the print button and a link with ?modus=brief open the print dialog', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => (window.__printed += 1);
  });
  await page.goto(`${h.server.url}/gemeente/hattem/?modus=brief`);
  await page.waitForFunction(() => window.__printed === 1);
  await page.goto(`${h.server.url}/gemeente/hattem/`);
  await page.getByRole('button', { name: 'Print als brief voor de raad' }).click();
  await page.waitForFunction(() => window.__printed === 1);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("the comparison links to the chosen municipality's page, and the comparison view to the list", async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.goto(`${h.server.url}/?gemeente=GM0244#vergelijk`);
  await hydrated(page);
  const list = page.getByRole('link', { name: 'alle gemeenten van A tot Z' });
  assert.equal(await list.getAttribute('href'), 'gemeente/');
  await page.getByRole('link', { name: 'Alle cijfers van Hattem op één pagina' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hattem in cijfers' }).waitFor();
  assert.match(page.url(), /\/gemeente\/hattem\/$/);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('a municipality page once visited stays readable offline; one never visited says so in Dutch', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.goto(`${h.server.url}/`);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active)));
  await page.goto(`${h.server.url}/gemeente/hattem/`);
  await page.getByRole('heading', { level: 1, name: 'Hattem in cijfers' }).waitFor();
  // The worker controls the page and has kept it.
  await page.waitForFunction(async () => {
    for (const key of await caches.keys()) if (await (await caches.open(key)).match(location.href)) return true;
    return false;
  });
  await page.context().setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Hattem in cijfers' }).waitFor();
  assert.ok(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).fontWeight >= 700), 'styled offline');
  await page.goto(`${h.server.url}/gemeente/aalten/`);
  await page.getByRole('heading', { level: 1, name: 'U bent offline' }).waitFor();
  await page.getByRole('link', { name: 'Naar de uitleg bij de notitie' }).waitFor();
  // Not precached: the worker's list has none of the 342.
  const files = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/FILES = (\[.*?\]);/)[1]);
  assert.ok(files.length > 5 && !files.some((f) => f.includes('gemeente/')), `sw.js precaches no municipality page: ${files}`);
  const offline = /net::ERR_INTERNET_DISCONNECTED|503/;
  assert.deepEqual(page.problems().filter((p) => !offline.test(p)), []);
  await page.closeAll();
});
