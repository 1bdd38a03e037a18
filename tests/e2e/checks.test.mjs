// "Wat zeggen de cijfers?" (issues 3 and 11): the memo's claims checked against the data,
// rendered at build time into the steps, so they are there without JavaScript and in print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harness, openPage, hydrated, violations, dataRows, dutch } from './helpers.mjs';

const h = harness();

const { open } = h;

/** How many dots a chart's path draws (one zero-length line, `h0`, each: src/components/checks.rs). */
const dots = (path) => path.evaluate((p) => p.getAttribute('d').match(/h0/g).length);

const VERDICTS = [
  'De cijfers ondersteunen dit.',
  'De cijfers ondersteunen dit deels.',
  'De cijfers ondersteunen dit niet.',
  'Dit kunnen we met de open cijfers op deze pagina niet toetsen.',
  'Het hangt af van de maat.',
];

test('the size claim is checked in the introduction, with inputs from the data file', async () => {
  const page = await open('/#inleiding');
  const check = page.locator('#toetsen-inleiding article');
  await check.first().waitFor();
  assert.equal(await check.count(), 1);
  assert.equal(await check.getByRole('heading', { level: 4 }).innerText(), 'Hoe groot zijn de kleine gemeenten samen?');
  assert.ok(VERDICTS.includes(await check.locator('.check__verdict strong').innerText()));
  // The inputs: recomputed here from the CSV, compared with the table the reader can open.
  const rows = dataRows('gemeenten_kerncijfers_2024.csv');
  const small = rows.filter((r) => Number(r.inwoners) < 25000);
  const inhabitants = small.reduce((sum, r) => sum + Number(r.inwoners), 0);
  await check.getByText('Zo hebben wij gerekend').click();
  const table = check.locator('.check__inputs table');
  const value = (label) => table.getByRole('row', { name: new RegExp(`^${label}`) }).locator('td').innerText();
  assert.equal(await value('Gemeenten met minder dan 25.000 inwoners'), String(small.length));
  assert.equal(await value('Alle gemeenten'), String(rows.length));
  assert.equal(await value('Inwoners van die kleine gemeenten'), dutch(inhabitants));
  assert.match(await check.innerText(), /Bronnen: CBS, Kerncijfers wijken en buurten 2024/);
  await page.closeAll();
});

test('the checks of "Ruimte voor verbetering": five verdicts, mergers drawn with their gaps', async () => {
  const page = await open('/#ruimte-voor-verbetering', { width: 375, height: 740 });
  const checks = page.locator('#toetsen-ruimte-voor-verbetering article');
  await checks.first().waitFor();
  const titles = await checks.getByRole('heading', { level: 4 }).allInnerTexts();
  assert.deepEqual(titles, ['Waarom gemeenten samengaan', 'Duurzame energie', 'Wonen', 'Ruimte voor defensie', 'Het gemeentefonds']);
  const verdict = async (title) =>
    checks.filter({ has: page.getByRole('heading', { name: title }) }).locator('.check__verdict strong').innerText();
  // Reported as the figures come out: solar supports the memo per inhabitant, not per km² of
  // land; housing grew slower as a group, but in more than a quarter of the small
  // municipalities faster than the Netherlands ("niet zelden").
  assert.equal(await verdict('Duurzame energie'), VERDICTS[4]);
  assert.equal(await verdict('Wonen'), VERDICTS[1]);
  assert.equal(await verdict('Ruimte voor defensie'), VERDICTS[3]);
  assert.equal(await verdict('Het gemeentefonds'), VERDICTS[3]);
  const housing = await checks.filter({ has: page.getByRole('heading', { name: 'Wonen' }) }).innerText();
  assert.match(housing, /niet het aantal nieuw gebouwde woningen/);

  // One point per counted year; a line only through consecutive years.
  const series = dataRows('aantal_gemeenten_per_jaar.csv');
  const years = series.map((r) => Number(r.jaar));
  const runs = years.filter((y, i) => i === 0 || years[i - 1] !== y - 1).length;
  const chart = page.getByRole('img', { name: 'Aantal gemeenten in Nederland per jaar' });
  assert.equal(await dots(chart.locator('path.chart__points')), series.length);
  assert.equal(await chart.locator('polyline').count(), runs);
  assert.ok(runs > 1, 'the series has gaps');
  const gapsDrawn = await chart.evaluate((svg) =>
    [...svg.querySelectorAll('polyline')].every((line) => line.points.length >= 1),
  );
  assert.ok(gapsDrawn);
  // The text alternative: every year with its count, and its source once per source.
  await page.getByText('Toon de cijfers per jaar als tabel').click();
  const table = page.getByRole('table', { name: 'Aantal gemeenten in Nederland per jaar' });
  assert.equal(await table.locator('tbody tr').count(), series.length);
  const last = series.at(-1);
  assert.equal(await table.locator('tbody tr').last().innerText(), `${last.jaar}\t${dutch(last.aantal_gemeenten)}`);
  const sources = await page.locator('#toetsen-ruimte-voor-verbetering ul.source li').allInnerTexts();
  for (const r of series) {
    const template = r.bron.replaceAll(r.jaar, '[jaar]');
    const line = sources.find((s) => s.endsWith(`: ${template}`));
    assert.ok(line, `${r.jaar}: ${template}`);
    const ranges = line.slice(0, line.length - template.length - 2).split(', ');
    const covered = ranges.some((range) => {
      const [from, to = from] = range.split('–').map(Number);
      return Number(r.jaar) >= from && Number(r.jaar) <= to;
    });
    assert.ok(covered, `${r.jaar} in ${line}`);
  }

  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('each verdict shows how it holds at 20,000, 25,000 and 30,000 inhabitants, per measure', async () => {
  const page = await open('/#ruimte-voor-verbetering');
  const checks = page.locator('#toetsen-ruimte-voor-verbetering article');
  await checks.first().waitFor();
  const robust = (title) => checks.filter({ has: page.getByRole('heading', { name: title }) }).locator('.check__robust table');
  // Recomputed here from the data files: how many small municipalities grew faster than the
  // Netherlands, and have more solar per inhabitant than the Netherlands.
  const growth = dataRows('gemeenten_woninggroei_2024_indeling.csv');
  const sum = (rows, key) => rows.reduce((s, r) => s + Number(r[key]), 0);
  const national = (sum(growth, 'woningvoorraad_2024') - sum(growth, 'woningvoorraad_2022')) / sum(growth, 'woningvoorraad_2022');
  const aboveAt = (limit) => {
    const small = growth.filter((r) => Number(r.inwoners_2024) < limit);
    const above = small.filter((r) => (Number(r.woningvoorraad_2024) - Number(r.woningvoorraad_2022)) / Number(r.woningvoorraad_2022) > national);
    return `${above.length} van ${small.length}`;
  };
  const housing = robust('Wonen');
  for (const limit of [20000, 25000, 30000]) {
    const row = housing.getByRole('row', { name: new RegExp(`^${dutch(limit)}`) });
    assert.match(await row.innerText(), new RegExp(aboveAt(limit)));
  }
  assert.match(await housing.getByRole('row', { name: /^25\.000/ }).innerText(), /40 van 113/);
  const solar = dataRows('gemeenten_zonnestroom_2024h1.csv');
  const people = Object.fromEntries(dataRows('gemeenten_kerncijfers_2024.csv').map((r) => [r.gm_code, Number(r.inwoners)]));
  const perInhabitant = sum(solar, 'zon_vermogen_panelen_kwp') / Object.values(people).reduce((a, b) => a + b, 0);
  const smallSolar = solar.filter((r) => people[r.gm_code] < 25000);
  const aboveSolar = smallSolar.filter((r) => Number(r.zon_vermogen_panelen_kwp) / people[r.gm_code] > perInhabitant).length;
  const energy = robust('Duurzame energie');
  const rows = await energy.getByRole('row', { name: /^25\.000/ }).allInnerTexts();
  assert.equal(rows.length, 2, 'per inhabitant and per km² of land');
  assert.match(rows[0], new RegExp(`kWp per inwoner\t1,93\t1,38\t${aboveSolar} van ${smallSolar.length}\t.*ondersteunen dit\.`));
  assert.match(rows[1], /kWp per km² land\t529\t835\t.*ondersteunen dit (deels|niet)/);
  // The spread: every municipality a dot, the small ones filled; the text alternative says
  // how many lie above the Netherlands.
  const chart = page.getByRole('img', { name: /^kWp per inwoner per gemeente/ });
  const [smallDots, rest] = [chart.locator('path.chart__dots--small'), chart.locator('path.chart__dots:not(.chart__dots--small, .chart__dots--hole)')];
  assert.equal((await dots(smallDots)) + (await dots(rest)), growth.length);
  assert.equal(await dots(smallDots), smallSolar.length);
  assert.match(await chart.locator('desc').textContent(), new RegExp(`Van de ${smallSolar.length} kleine gemeenten liggen er ${aboveSolar} rechts van de lijn`));
  const housingChart = page.getByRole('img', { name: /^Groei van het aantal woningen, 2022–2024 per gemeente/ });
  assert.match(await housingChart.locator('desc').textContent(), /Van de 113 kleine gemeenten liggen er 40 rechts van de lijn/);
  // The rule is written out beside the verdict.
  assert.match(await checks.filter({ has: page.getByRole('heading', { name: 'Wonen' }) }).innerText(), /Onze regel voor „niet zelden”/);
  assert.deepEqual(await violations(page), []);
  await page.closeAll();
});

test('with JavaScript off the checks are on screen: claims, verdicts, how robust, charts', async () => {
  const page = await openPage(h.browser, h.server.url, { javaScriptEnabled: false, width: 375 });
  await page.goto(`${h.server.url}/#ruimte-voor-verbetering`);
  const checks = page.locator('#toetsen-ruimte-voor-verbetering');
  assert.equal(await checks.getByRole('heading', { level: 3, name: /Wat zeggen de cijfers\?/ }).isVisible(), true);
  assert.equal(await checks.locator('article').count(), 5);
  for (const verdict of [VERDICTS[4], VERDICTS[1]]) {
    assert.equal(await checks.getByText(verdict, { exact: true }).first().isVisible(), true, verdict);
  }
  assert.equal(await checks.locator('.check__robust table').first().isVisible(), true);
  for (const name of [/^Aantal gemeenten in Nederland per jaar/, /^kWp per inwoner per gemeente/, /^Groei van het aantal woningen/]) {
    assert.equal(await checks.getByRole('img', { name }).isVisible(), true, String(name));
  }
  assert.equal(await page.locator('#toetsen-inleiding article').isVisible(), true);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('printed, the checks come with their calculations opened', async () => {
  const page = await open('/#inleiding');
  const dir = mkdtempSync(join(tmpdir(), 'k80-checks-'));
  writeFileSync(join(dir, 'out.pdf'), await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', [join(dir, 'out.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const rows = dataRows('gemeenten_kerncijfers_2024.csv');
  const small = rows.filter((r) => Number(r.inwoners) < 25000);
  // The size check's calculation (inside "Zo hebben wij gerekend", closed on screen).
  assert.match(text, new RegExp(`Gemeenten met minder dan 25\\.000 inwoners ${small.length}`));
  assert.match(text, /Hoe stevig is dit oordeel\?/);
  for (const verdict of [VERDICTS[4], VERDICTS[1]]) assert.ok(text.includes(verdict), verdict);
  await page.closeAll();
});

test('reading the checks does not load the on-demand module', async () => {
  const page = await openPage(h.browser, h.server.url);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${h.server.url}/#ruimte-voor-verbetering`);
  await hydrated(page);
  await page.locator('#toetsen-ruimte-voor-verbetering article').last().scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.ok(!requested.some((p) => p.includes('on-demand') || p.includes('gemeenten')), requested.join(', '));
  await page.closeAll();
});
