// "Delen" on every step, the comparison and every municipality page: the browser's share
// sheet where it has one (the Web Share API, here a stand-in that records what it gets),
// otherwise the link on the clipboard with a confirmation that is shown and announced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPage, hydrated, violations } from './helpers.mjs';

const h = harness();

const COPIED = 'De link staat op uw klembord. U kunt hem nu plakken en delen.';

/** A page whose browser has a share sheet that records each call (or, `cancel`, is cancelled). */
async function withShareSheet({ cancel = false } = {}) {
  const page = await openPage(h.browser, h.server.url);
  await page.addInitScript((cancel) => {
    window.__shared = [];
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data) => {
        window.__shared.push({ ...data });
        if (cancel) throw new DOMException('Share canceled', 'AbortError');
      },
    });
  }, cancel);
  return page;
}

/** A page whose browser has no share sheet; the clipboard allowed. */
async function withoutShareSheet() {
  const page = await openPage(h.browser, h.server.url);
  await page.addInitScript(() => delete Navigator.prototype.share);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
  return page;
}

const shareButton = (page) => page.getByRole('button', { name: 'Delen', exact: true });

test('with a share sheet, Delen gives it the link to the step, the comparison or the page on screen, with its municipalities', async () => {
  const page = await withShareSheet();
  const cases = [
    ['/?gemeente=GM0244#goede-start', '/?gemeente=GM0244#goede-start'],
    ['/?gemeente=GM0244&naast=GM0050#vergelijk', '/?gemeente=GM0244&naast=GM0050#vergelijk'],
    ['/#notitie', '/#notitie'],
    // Embedded: the full page, never the embed.
    ['/?embed&gemeente=GM0244#inleiding', '/?gemeente=GM0244#inleiding'],
  ];
  for (const [path, shared] of cases) {
    await page.goto(`${h.server.url}${path}`);
    await hydrated(page);
    await shareButton(page).click();
    await page.waitForFunction((n) => window.__shared.length === n, 1);
    const [data] = await page.evaluate(() => window.__shared.splice(0));
    assert.equal(data.url, `${h.server.url}${shared}`, path);
    assert.equal(data.title, await page.title());
    assert.equal(await page.locator('#delen-status').textContent(), '', 'the sheet was the confirmation');
  }
  // A choice made in the comparison is in the link.
  await page.goto(`${h.server.url}/#vergelijk`);
  await hydrated(page);
  await page.getByRole('combobox', { name: 'Kies een gemeente' }).fill('Hattem');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search === '?gemeente=GM0244');
  await shareButton(page).click();
  await page.waitForFunction(() => window.__shared.length === 1);
  assert.equal((await page.evaluate(() => window.__shared[0])).url, `${h.server.url}/?gemeente=GM0244#vergelijk`);
  // A municipality page shares itself.
  await page.goto(`${h.server.url}/gemeente/hattem/`);
  await page.evaluate(() => window.__shared.splice(0));
  await shareButton(page).click();
  await page.waitForFunction(() => window.__shared.length === 1);
  const data = await page.evaluate(() => window.__shared[0]);
  assert.equal(data.url, `${h.server.url}/gemeente/hattem/`);
  assert.equal(data.title, 'Hattem in cijfers – Uitleg bij de notitie van K80 over regio’s');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('a cancelled share sheet leaves everything as it was', async () => {
  const page = await withShareSheet({ cancel: true });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
  for (const path of ['/?gemeente=GM0244#inleiding', '/gemeente/hattem/']) {
    await page.goto(`${h.server.url}${path}`);
    if (!path.startsWith('/gemeente/')) await hydrated(page);
    await page.evaluate(() => navigator.clipboard.writeText('niets'));
    await shareButton(page).click();
    await page.waitForFunction(() => window.__shared.length === 1);
    await page.evaluate(() => window.__shared.splice(0));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'niets', `${path}: nothing copied`);
    assert.equal(await page.locator('#delen-status').textContent(), '');
  }
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('without a share sheet, Delen copies the link and says so where it is seen and heard', async () => {
  const page = await withoutShareSheet();
  for (const [path, link, viewport] of [
    ['/?gemeente=GM0244#ons-aanbod', '/?gemeente=GM0244#ons-aanbod', { width: 1280, height: 900 }],
    ['/gemeente/sudwest-fryslan/', '/gemeente/sudwest-fryslan/', { width: 375, height: 812 }],
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`${h.server.url}${path}`);
    if (!path.startsWith('/gemeente/')) await hydrated(page);
    await shareButton(page).click();
    const status = page.getByRole('status').filter({ hasText: COPIED });
    await status.waitFor();
    assert.equal(await status.getAttribute('id'), 'delen-status');
    assert.ok(await status.isVisible(), `${path}: the confirmation is on screen`);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${h.server.url}${link}`);
    assert.deepEqual(await violations(page), [], `${path} with the confirmation`);
  }
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('when the clipboard refuses, the link is shown to copy by hand', async () => {
  const page = await withoutShareSheet();
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('geweigerd'));
  });
  for (const [path, link] of [
    ['/?gemeente=GM0244#tot-slot', '/?gemeente=GM0244#tot-slot'],
    ['/gemeente/hattem/', '/gemeente/hattem/'],
  ]) {
    await page.goto(`${h.server.url}${path}`);
    if (!path.startsWith('/gemeente/')) await hydrated(page);
    await shareButton(page).click();
    await page.locator('#delen-status', { hasText: 'Kopiëren lukte niet.' }).waitFor();
    assert.equal(await page.locator('#delen-status').textContent(), `Kopiëren lukte niet. Kopieer deze link zelf: ${h.server.url}${link}`);
  }
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('without JavaScript there is no Delen button that cannot work', async () => {
  const page = await openPage(h.browser, h.server.url, { javaScriptEnabled: false });
  for (const path of ['/#inleiding', '/gemeente/hattem/']) {
    await page.goto(`${h.server.url}${path}`);
    assert.equal(await shareButton(page).isVisible(), false, path);
  }
  await page.closeAll();
});
