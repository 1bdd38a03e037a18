// Citing a sentence (issue 11): every sentence of the memo has an anchor; a link to it opens
// its step and section, brings it into view and marks it; "Citeer een zin" copies the
// sentence word for word with the memo's date and the link. The sentences and their anchors
// are tests/zinnen.txt (kept by tests/content.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { harness, openPage, violations, ROOT } from './helpers.mjs';

const h = harness();

/** Each anchor's sentence, as the memo has it. */
const SENTENCES = new Map(
  readFileSync(join(ROOT, 'tests/zinnen.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t')),
);

/** Whether the element is (at least partly) in the window. */
const inView = (locator) =>
  locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.height > 0;
  });

test('a link to a sentence opens its step and section, shows it and marks it', async () => {
  const id = 'ruimte-voor-verbetering-zin-13';
  const page = await h.open(`/#${id}`, { width: 375, height: 740 });
  const sentence = page.locator(`#${id}`);
  assert.equal(await sentence.innerText(), SENTENCES.get(id));
  assert.match(SENTENCES.get(id), /^Kleine gemeenten leveren daar hun bijdrage, niet zelden meer/);
  assert.equal(await page.locator('#ruimte-voor-verbetering').isVisible(), true);
  await page.waitForFunction((id) => document.getElementById(id).hasAttribute('data-gemarkeerd'), id);
  assert.equal(
    await page.getByRole('button', { name: 'Lees de oorspronkelijke tekst' }).filter({ visible: true }).getAttribute('aria-expanded'),
    'true',
  );
  assert.ok(await inView(sentence), 'the sentence is on screen');
  // Marked by a rule under it as well as a colour.
  assert.equal(await sentence.evaluate((e) => getComputedStyle(e).borderBottomStyle), 'solid');
  assert.equal(await page.locator('[data-gemarkeerd]').count(), 1);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('without JavaScript a link to a sentence shows it, marked, with every section open', async () => {
  const id = 'inleiding-zin-2';
  const page = await openPage(h.browser, h.server.url, { javaScriptEnabled: false, width: 375, height: 740 });
  await page.goto(`${h.server.url}/#${id}`);
  const sentence = page.locator(`#${id}`);
  assert.equal(await sentence.innerText(), SENTENCES.get(id));
  assert.ok(await inView(sentence));
  assert.equal(await sentence.evaluate((e) => getComputedStyle(e).borderBottomStyle), 'solid');
  // "Citeer een zin" cannot copy without JavaScript: it is not there.
  assert.equal(await page.locator('.cite').first().isVisible(), false);
  await page.closeAll();
});

test('"Citeer een zin" copies the sentence word for word with the memo\'s date and its link', async () => {
  const page = await h.open('/#inleiding');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
  await page.getByRole('button', { name: 'Lees de oorspronkelijke tekst' }).filter({ visible: true }).click();
  const box = page.locator('#inleiding-citeer');
  const select = box.getByRole('combobox', { name: 'Citeer een zin uit deze tekst' });
  assert.equal(await select.locator('option').count(), [...SENTENCES.keys()].filter((k) => k.startsWith('inleiding-')).length);
  await select.focus();
  await select.selectOption('3');
  // Choosing marks the sentence in the text; the focus stays on the choice.
  await page.waitForFunction(() => document.getElementById('inleiding-zin-3').hasAttribute('data-gemarkeerd'));
  assert.equal(await select.evaluate((s) => s === document.activeElement), true);
  await box.getByRole('button', { name: 'Kopieer citaat' }).click();
  await box.getByRole('status').filter({ hasText: 'klembord' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(
    copied,
    `„${SENTENCES.get('inleiding-zin-3')}” (K80, gespreksnotitie aan de commissie Binnenlandse Zaken van de Tweede Kamer, 27 februari 2026) ${h.server.url}/#inleiding-zin-3`,
  );
  assert.deepEqual(await violations(page), []);
  // The link in the citation: in the same page it moves to the sentence and focuses it.
  await box.getByRole('link', { name: 'Link naar deze zin' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'inleiding-zin-3');
  assert.equal(new URL(page.url()).hash, '#inleiding-zin-3');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('when copying fails the citation is shown to copy by hand', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('geweigerd'));
  });
  await page.goto(`${h.server.url}/#ons-aanbod-zin-5`);
  const box = page.locator('#ons-aanbod-citeer');
  await box.getByRole('button', { name: 'Kopieer citaat' }).click();
  await box.getByRole('status').filter({ hasText: 'Kopiëren lukte niet' }).waitFor();
  assert.match(await box.locator('.cite__text').innerText(), new RegExp(`^„${SENTENCES.get('ons-aanbod-zin-5')}”`));
  await page.closeAll();
});

test('a link to a sentence that does not exist says so and shows the first step', async () => {
  const page = await h.open('/#inleiding-zin-99');
  assert.equal(await page.locator('#start').isVisible(), true);
  assert.match(await page.locator('#meldingen').innerText(), /inleiding-zin-99/);
  await page.closeAll();
});
