// "Wat zeggen de cijfers?" (issue 3): the memo's claims checked against the data, in the
// steps, rendered by the comparison module as soon as a step with checks is shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPage, hydrated, violations, recordShifts, shifts, dataRows, dutch } from './helpers.mjs';

const h = harness();

const { open } = h;

const VERDICTS = [
  'De cijfers ondersteunen dit.',
  'De cijfers ondersteunen dit deels.',
  'De cijfers ondersteunen dit niet.',
  'Dit kunnen we met de open cijfers op deze pagina niet toetsen.',
];

test('the size claim is checked in the introduction, with inputs from the data file', async () => {
  const page = await open('/#inleiding');
  const check = page.locator('#cijfers-inleiding article');
  await check.first().waitFor();
  assert.equal(await check.count(), 1);
  assert.equal(await check.getByRole('heading', { level: 4 }).innerText(), 'Hoe groot zijn de kleine gemeenten samen?');
  assert.ok(VERDICTS.includes(await check.locator('.check__verdict strong').innerText()));
  // The inputs: recomputed here from the CSV, compared with the table the reader can open.
  const rows = dataRows('gemeenten_kerncijfers_2024.csv');
  const small = rows.filter((r) => Number(r.inwoners) < 25000);
  const inhabitants = small.reduce((sum, r) => sum + Number(r.inwoners), 0);
  await check.getByText('Zo hebben wij gerekend').click();
  const table = check.getByRole('table');
  const value = (label) => table.getByRole('row', { name: new RegExp(`^${label}`) }).locator('td').innerText();
  assert.equal(await value('Gemeenten met minder dan 25.000 inwoners'), String(small.length));
  assert.equal(await value('Alle gemeenten'), String(rows.length));
  assert.equal(await value('Inwoners van die kleine gemeenten'), dutch(inhabitants));
  assert.match(await check.innerText(), /Bronnen: CBS, Kerncijfers wijken en buurten 2024/);
  await page.closeAll();
});

test('the checks of "Ruimte voor verbetering": five verdicts, mergers drawn with their gaps', async () => {
  const page = await open('/#ruimte-voor-verbetering', { width: 375, height: 740 });
  const checks = page.locator('#cijfers-ruimte-voor-verbetering article');
  await checks.first().waitFor();
  const titles = await checks.getByRole('heading', { level: 4 }).allInnerTexts();
  assert.deepEqual(titles, ['Waarom gemeenten samengaan', 'Duurzame energie', 'Wonen', 'Ruimte voor defensie', 'Het gemeentefonds']);
  const verdict = async (title) =>
    checks.filter({ has: page.getByRole('heading', { name: title }) }).locator('.check__verdict strong').innerText();
  // Reported as the figures come out, also where they do not support the memo.
  assert.equal(await verdict('Duurzame energie'), VERDICTS[0]);
  assert.equal(await verdict('Wonen'), VERDICTS[2]);
  assert.equal(await verdict('Ruimte voor defensie'), VERDICTS[3]);
  assert.equal(await verdict('Het gemeentefonds'), VERDICTS[3]);
  const housing = await checks.filter({ has: page.getByRole('heading', { name: 'Wonen' }) }).innerText();
  assert.match(housing, /niet het aantal nieuw gebouwde woningen/);

  // One point per counted year; a line only through consecutive years.
  const series = dataRows('aantal_gemeenten_per_jaar.csv');
  const years = series.map((r) => Number(r.jaar));
  const runs = years.filter((y, i) => i === 0 || years[i - 1] !== y - 1).length;
  const chart = page.getByRole('img', { name: 'Aantal gemeenten in Nederland per jaar' });
  assert.equal(await chart.locator('circle').count(), series.length);
  assert.equal(await chart.locator('polyline').count(), runs);
  assert.ok(runs > 1, 'the series has gaps');
  const gapsDrawn = await chart.evaluate((svg) =>
    [...svg.querySelectorAll('polyline')].every((line) => line.points.length >= 1),
  );
  assert.ok(gapsDrawn);
  // The text alternative: every year with its count and source.
  await page.getByText('Toon de cijfers per jaar als tabel').click();
  const table = page.getByRole('table', { name: 'Aantal gemeenten in Nederland per jaar' });
  assert.equal(await table.locator('tbody tr').count(), series.length);
  const last = series.at(-1);
  assert.equal(await table.locator('tbody tr').last().innerText(), `${last.jaar}\t${dutch(last.aantal_gemeenten)}\t${last.bron}`);

  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('the checks arrive without moving anything in view', async () => {
  for (const [width, height] of [[320, 640], [1280, 800]]) {
    for (const id of ['inleiding', 'ruimte-voor-verbetering']) {
      const page = await openPage(h.browser, h.server.url, { width, height });
      await recordShifts(page);
      await page.goto(`${h.server.url}/#${id}`);
      await hydrated(page);
      await page.locator(`#cijfers-${id} .checks`).waitFor();
      assert.deepEqual(await shifts(page), [], `${width} px, #${id}`);
      await page.closeAll();
    }
  }
});

test('steps without checks do not load the module', async () => {
  const page = await openPage(h.browser, h.server.url);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${h.server.url}/#goede-start`);
  await hydrated(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.ok(!requested.some((p) => p.includes('vergelijk')), requested.join(', '));
  await page.closeAll();
});
