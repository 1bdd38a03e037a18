// The page without the app: JavaScript off, or no WebAssembly. Every word of the memo must
// be readable, on screen, with no button that cannot work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPage, hydrated, memoLines, STEP_IDS, dataRows, dutch } from './helpers.mjs';

const h = harness();

async function assertEverythingReadable(page) {
  const text = await page.locator('body').innerText();
  for (const line of memoLines()) {
    assert.ok(text.includes(line), `not on screen: ${line}`);
  }
  for (const id of [...STEP_IDS, 'notitie', 'vergelijk']) {
    assert.equal(await page.locator(`#${id}`).isVisible(), true, `#${id} is shown`);
  }
  assert.equal(await page.locator('.accordion__panel:visible').count(), await page.locator('.accordion__panel').count());
  assert.equal(await page.getByRole('button', { name: 'Alles openen' }).isVisible(), false);
}

test('with JavaScript off, every line of the memo is on screen', async () => {
  const page = await openPage(h.browser, h.server.url, { javaScriptEnabled: false, width: 375 });
  await page.goto(`${h.server.url}/`);
  await assertEverythingReadable(page);
  assert.equal(await page.locator('.notice--no-wasm').isVisible(), false);
  // No progress indicator that would claim "step 1 of 6" over a page showing all steps.
  assert.equal(await page.locator('.progress').isVisible(), false);
  // Links still work: "Volgende" jumps within the page.
  await page.locator('#start .pager__link--next').click();
  assert.equal(new URL(page.url()).hash, '#inleiding');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('with JavaScript off, the start step shows the key figures from the data beside the dot map', async () => {
  const page = await openPage(h.browser, h.server.url, { javaScriptEnabled: false, width: 375 });
  await page.goto(`${h.server.url}/`);
  const rows = dataRows('gemeenten_kerncijfers_2024.csv');
  const small = rows.filter((r) => Number(r.inwoners) < 25000);
  const inhabitants = small.reduce((sum, r) => sum + Number(r.inwoners), 0);
  const block = page.getByRole('region', { name: 'De kleine gemeenten in cijfers' });
  const figures = await block.getByRole('listitem').allInnerTexts();
  assert.equal(figures[0].replace(/\s+/g, ' '), `${small.length} van de ${rows.length} gemeenten hebben minder dan 25.000 inwoners.`);
  assert.match(figures[1].replace(/\s+/g, ' '), new RegExp(`^${dutch(inhabitants).replace(/\./g, '\\.')} mensen wonen`));
  const map = block.getByRole('img', { name: new RegExp(`^Kaart van Nederland met een stip per gemeente\\. De ${small.length} kleine`) });
  const box = await map.boundingBox();
  assert.ok(box.width > 100 && box.height > 100, `the map is drawn: ${JSON.stringify(box)}`);
  assert.match(await block.innerText(), /Bron: CBS, Kerncijfers wijken en buurten 2024 \(cijfers van 1 januari 2024\)/);
  // The link leads to the step where k80.nl's own figures are checked.
  await block.getByRole('link', { name: 'Inleiding' }).click();
  assert.equal(new URL(page.url()).hash, '#inleiding');
  assert.equal(await page.locator('#inleiding').getByText('Hoe groot zijn de kleine gemeenten samen?').first().isVisible(), true);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('without WebAssembly, every line is on screen with a short notice', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await page.goto(`${h.server.url}/#inleiding`);
  await page.waitForFunction(() => document.documentElement.classList.contains('no-wasm'));
  assert.equal(await page.locator('.notice--no-wasm').isVisible(), true);
  assert.match(await page.locator('.notice--no-wasm').innerText(), /alle stappen onder elkaar/);
  await assertEverythingReadable(page);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('the page makes no request to another origin and has its language set', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.goto(`${h.server.url}/`);
  await hydrated(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

for (const id of ['vergelijk', 'ruimte-voor-verbetering', 'tot-slot']) {
  test(`without WebAssembly, a deep link (#${id}) shows its view, far down the page of all steps`, async () => {
    const page = await openPage(h.browser, h.server.url, { width: 1280, height: 800 });
    await page.addInitScript(() => {
      delete globalThis.WebAssembly;
    });
    await page.goto(`${h.server.url}/#${id}`);
    await page.waitForFunction(() => document.documentElement.classList.contains('no-wasm'));
    await page.waitForFunction((id) => {
      const top = document.getElementById(id).getBoundingClientRect().top;
      return top >= -2 && top < innerHeight / 2;
    }, id);
    assert.ok((await page.evaluate(() => scrollY)) > 2000, 'the view is far down');
    await page.closeAll();
  });
}
