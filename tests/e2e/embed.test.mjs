// Embed mode (issue 5): a host page on another origin (another port) embeds the app with
// embed.js; the iframe follows the content's height; only the right messages count; the
// host's keys and scrolling stay the host's.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harness, openPage, hydrated, serve, violations } from './helpers.mjs';

const h = harness();
let host;

/** The host site, on its own port (another origin), made once the app's server runs. */
async function hostSite() {
  if (host) return host;
  const dir = mkdtempSync(join(tmpdir(), 'k80-host-'));
  const page = (src) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gastpagina</title></head>
<body><h1>Gemeente Voorbeeld</h1><div style="height:1500px">Tekst van de gastpagina.</div>
<iframe data-k80-uitleg src="${src}" title="Uitleg bij de notitie van K80" style="width:100%;height:600px;border:0"></iframe>
<div style="height:1500px"></div><script src="${h.server.url}/embed.js"></script></body></html>`;
  writeFileSync(join(dir, 'index.html'), page(`${h.server.url}/?embed#inleiding`));
  writeFileSync(join(dir, 'vergelijk.html'), page(`${h.server.url}/?embed&weergave=vergelijk&gemeente=GM0050`));
  host = await serve(dir);
  return host;
}
after(() => host?.close());

/** The host page and the app's frame, once the app runs in it. */
async function embedded(path = '/') {
  const site = await hostSite();
  const page = await openPage(h.browser, site.url, { width: 1024, height: 800 });
  await page.goto(site.url + path);
  // In view: browsers hold back rendering (and so the size reports) of iframes out of view.
  await page.locator('iframe[data-k80-uitleg]').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe[data-k80-uitleg]');
  await frame.locator('html.embed').waitFor({ state: 'attached' });
  await frame.locator('.accordion__button').first().waitFor();
  const handle = await page.locator('iframe[data-k80-uitleg]').elementHandle();
  return { page, frame, inner: await handle.contentFrame() };
}

const frameHeight = (page) => page.locator('iframe[data-k80-uitleg]').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (inner) => inner.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** Waits, frame by frame, until the iframe is as high as its content (within 3 px). */
async function heightsMatch(page, inner) {
  for (let i = 0; i < 120; i++) {
    const [outer, content] = [await frameHeight(page), await contentHeight(inner)];
    if (Math.abs(outer - content) <= 3) return outer;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  assert.fail(`iframe ${await frameHeight(page)} px, content ${await contentHeight(inner)} px`);
}

test('embedded without header and footer, with a link to the full page, sized to its content', async () => {
  const { page, frame, inner } = await embedded();
  assert.equal(await frame.locator('.site-header').isVisible(), false);
  assert.equal(await frame.locator('.site-footer').isVisible(), false);
  assert.equal(await frame.locator('.embed-full a').isVisible(), true);
  const closed = await heightsMatch(page, inner);
  assert.notEqual(closed, 600);
  // Opening a section grows the iframe; closing it shrinks it back.
  await frame.getByRole('button', { name: 'Lees de oorspronkelijke tekst' }).click();
  const open = await heightsMatch(page, inner);
  assert.ok(open > closed + 50, `${closed} → ${open}`);
  await frame.getByRole('button', { name: 'Lees de oorspronkelijke tekst' }).click();
  const again = await heightsMatch(page, inner);
  assert.ok(Math.abs(again - closed) <= 3, `${closed} → ${again}`);
  // "Bekijk volledig" opens the page itself, without embed, in a new tab.
  const [full] = await Promise.all([page.context().waitForEvent('page'), frame.locator('.embed-full a').click()]);
  await full.waitForLoadState();
  const url = new URL(full.url());
  assert.equal(url.searchParams.has('embed'), false);
  assert.equal(url.hash, '#inleiding');
  assert.deepEqual(await violations(inner), []);
  await page.closeAll();
});

test('messages from another window, or with a bad payload, are ignored', async () => {
  const { page, inner } = await embedded();
  const before = await heightsMatch(page, inner);
  // From the host page itself: the right shape, the wrong window.
  await page.evaluate(() => postMessage({ type: 'k80-uitleg:hoogte', v: 1, hoogte: 200 }, '*'));
  // From the app's window, but malformed.
  for (const payload of [
    { type: 'k80-uitleg:hoogte', v: 1, hoogte: '200' },
    { type: 'k80-uitleg:hoogte', v: 1, hoogte: Number.NaN },
    { type: 'k80-uitleg:hoogte', v: 1, hoogte: 1e9 },
    { type: 'k80-uitleg:hoogte', v: 2, hoogte: 200 },
    { type: 'iets-anders', v: 1, hoogte: 200 },
    'k80-uitleg:hoogte',
    null,
  ]) {
    await inner.evaluate((p) => parent.postMessage(p, '*'), payload);
  }
  // A message that does count, after them, so the bad ones have certainly been handled.
  await inner.evaluate((h) => parent.postMessage({ type: 'k80-uitleg:hoogte', v: 1, hoogte: h }, '*'), before + 1);
  await page.waitForFunction((h) => Math.round(document.querySelector('iframe').getBoundingClientRect().height) === h, Math.ceil(before + 1));
  await page.closeAll();
});

test("the host's arrow keys scroll the host until the iframe has focus", async () => {
  const { page, frame } = await embedded();
  await page.evaluate(() => {
    window.__keys = 0;
    addEventListener('keydown', () => (window.__keys += 1));
  });
  await page.evaluate(() => scrollTo(0, 0));
  await page.locator('h1').click();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => scrollY > 0);
  const keys = await page.evaluate(() => window.__keys);
  assert.equal(keys, 1);
  // Focus inside the app: keys go there, not to the host.
  await frame.getByRole('button', { name: 'Lees de oorspronkelijke tekst' }).focus();
  await page.keyboard.press('Enter');
  await frame.locator('.accordion__panel:not([hidden])').first().waitFor();
  assert.equal(await page.evaluate(() => window.__keys), keys);
  await page.closeAll();
});

test('only the comparison, embedded', async () => {
  const site = await hostSite();
  const page = await openPage(h.browser, site.url, { width: 1024, height: 800 });
  await page.goto(`${site.url}/vergelijk.html`);
  await page.locator('iframe[data-k80-uitleg]').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe[data-k80-uitleg]');
  await frame.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
  for (const hidden of ['.intro', '.toolbar', '.progress', '#start']) {
    assert.equal(await frame.locator(hidden).isVisible(), false, hidden);
  }
  // The map is drawn (the comparison is on screen without #vergelijk in the link).
  await frame.locator('.map__svg').waitFor();
  assert.equal(await frame.locator('.map__area').count(), 342);
  const inner = await (await page.locator('iframe[data-k80-uitleg]').elementHandle()).contentFrame();
  await heightsMatch(page, inner);
  assert.deepEqual(await violations(inner), []);
  // Choosing a peer moves focus to the new figures, and the host brings them into view.
  const peer = frame.locator('.peers__button').first();
  await peer.scrollIntoViewIfNeeded();
  const name = (await peer.innerText()).split(' (')[0];
  await peer.click();
  await frame.locator('.figures h3', { hasText: `Cijfers van ${name}` }).waitFor();
  await inner.waitForFunction(() => document.activeElement?.id === 'cijfers-kop');
  await inView(page, inner, '#cijfers-kop');
  await page.closeAll();
});

/** Waits until the element `selector` in the app is in the host's window (its top). */
async function inView(page, inner, selector) {
  for (let i = 0; i < 300; i++) {
    const frameTop = await page.locator('iframe[data-k80-uitleg]').evaluate((f) => f.getBoundingClientRect().top);
    const top = frameTop + (await inner.locator(selector).evaluate((el) => el.getBoundingClientRect().top));
    const height = await page.evaluate(() => innerHeight);
    if (top >= 0 && top < height * 0.75) return;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  assert.fail(`${selector} never came into the host's view`);
}

test('after "Volgende" inside the iframe the host shows the next step from its top; loading scrolls nothing', async () => {
  const site = await hostSite();
  const page = await openPage(h.browser, site.url, { width: 1024, height: 800 });
  await page.goto(site.url);
  const frame = page.frameLocator('iframe[data-k80-uitleg]');
  await page.locator('iframe[data-k80-uitleg]').scrollIntoViewIfNeeded();
  const loaded = await page.evaluate(() => scrollY);
  await frame.locator('.accordion__button').first().waitFor();
  const inner = await (await page.locator('iframe[data-k80-uitleg]').elementHandle()).contentFrame();
  await heightsMatch(page, inner);
  assert.equal(await page.evaluate(() => scrollY), loaded, 'the app did not scroll the host while loading');
  // A click on the step's heading (which takes the focus, as the app's focus targets do) is
  // the reader's: the app asks the host for nothing.
  await page.evaluate(() => {
    window.__inView = 0;
    addEventListener('message', (e) => e.data?.type === 'k80-uitleg:in-beeld' && window.__inView++);
  });
  // (The step is taller than the window: the heading is brought into view first.)
  await frame.locator('#inleiding-kop').scrollIntoViewIfNeeded();
  const reading = await page.evaluate(() => scrollY);
  await frame.locator('#inleiding-kop').click();
  await inner.waitForFunction(() => document.activeElement?.id === 'inleiding-kop');
  await inner.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.evaluate(() => window.__inView), 0, 'a click in the app asked the host to scroll');
  assert.equal(await page.evaluate(() => scrollY), reading);
  // The pager at the step's end: the reader is at the bottom of the step.
  const next = frame.locator('#inleiding .pager a', { hasText: /^Volgende/ });
  await next.scrollIntoViewIfNeeded();
  await next.click();
  await inner.waitForFunction(() => document.activeElement?.id === 'goede-start-kop');
  await inView(page, inner, '#goede-start-kop');
  await page.closeAll();
});

test('"Presenteren" in an embed opens the full page in presenter mode in a new tab', async () => {
  const { page, frame } = await embedded('/');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), frame.getByRole('link', { name: 'Presenteren' }).click()]);
  await tab.waitForLoadState();
  const url = new URL(tab.url());
  assert.equal(url.searchParams.get('modus'), 'presentatie');
  assert.equal(url.searchParams.has('embed'), false);
  await tab.locator('.presenter__stage').waitFor();
  // The frame itself stays as it was.
  assert.equal(await frame.locator('.presenter').count(), 0);
  await page.closeAll();
});

test('"Insluiten": the code for the current state in a modal dialog, with copy and a preview height', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
  await page.goto(`${h.server.url}/?gemeente=GM0050#goede-start`);
  await hydrated(page);
  const opener = page.getByRole('button', { name: 'Insluiten' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Insluiten op uw eigen website' });
  await dialog.waitFor();
  const code = dialog.getByLabel('Code om in te sluiten');
  const whole = await code.inputValue();
  assert.ok(whole.includes(`<iframe data-k80-uitleg src="${h.server.url}/?embed&gemeente=GM0050#goede-start"`), whole);
  assert.ok(whole.includes(`<script src="${h.server.url}/embed.js" defer></script>`), whole);
  assert.ok(whole.includes(' allow="fullscreen" '), whole);
  await dialog.getByLabel('Alleen de vergelijking van gemeenten').check();
  assert.ok((await code.inputValue()).includes('?embed&gemeente=GM0050&weergave=vergelijk"'));
  await dialog.getByRole('button', { name: 'Kopieer de code' }).click();
  await dialog.getByText('De code is gekopieerd.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code.inputValue());
  await dialog.getByText(/^De uitleg wordt hier [\d.]+ pixels hoog\.$/).waitFor();
  // Focus stays inside while it is open.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.closest('dialog') !== null || document.activeElement === document.body), `tab ${i}`);
  }
  assert.deepEqual(await violations(page), []);
  // Escape closes it, and focus is back on the button that opened it.
  await page.keyboard.press('Escape');
  await page.locator('dialog').waitFor({ state: 'detached' });
  assert.equal(await opener.evaluate((b) => b === document.activeElement), true);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
