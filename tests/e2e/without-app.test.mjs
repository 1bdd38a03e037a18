// The page without the app: JavaScript off, or no WebAssembly. Every word of the memo must
// be readable, on screen, with no button that cannot work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPage, hydrated, memoLines, STEP_IDS } from './helpers.mjs';

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
