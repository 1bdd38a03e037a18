// The walk in a real browser, against the release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPage, hydrated, recordShifts, shifts, STEP_IDS } from './helpers.mjs';

const h = harness();

/** Waits until exactly view `id` is on screen, and the progress says which step it is. */
async function expectView(page, id) {
  await page.waitForFunction((id) => {
    const shown = [...document.querySelectorAll('.view')].filter((v) => getComputedStyle(v).display !== 'none');
    return shown.length === 1 && shown[0].id === id && document.querySelector(`#${id}[data-current]`) !== null;
  }, id);
  const n = STEP_IDS.indexOf(id);
  const status = await page.locator('.progress__status').innerText();
  if (n >= 0) {
    assert.match(status, new RegExp(`^Stap ${n + 1} van ${STEP_IDS.length}: `));
    assert.equal(await page.locator('.progress__link[aria-current="step"]').getAttribute('href'), `#${id}`);
  } else {
    assert.equal(await page.locator('.progress__link[aria-current]').count(), 0);
  }
}

const { open: load } = h;

function hash(page) {
  return new URL(page.url()).hash;
}

test('walks every step with the next button, then reaches the whole memo', async () => {
  const page = await load();
  await expectView(page, 'start');
  for (const id of STEP_IDS.slice(1)) {
    await page.getByRole('link', { name: /^Volgende/ }).click();
    await expectView(page, id);
    assert.equal(hash(page), `#${id}`);
    // Focus lands on the new step's heading, so screen readers announce it.
    await page.waitForFunction((id) => document.activeElement?.id === `${id}-kop`, id);
  }
  await page.getByRole('link', { name: /^Volgende/ }).click();
  await expectView(page, 'notitie');
  // And back again: both links from the whole memo return to the step the visitor came from.
  const back = page.getByRole('link', { name: /^Terug naar de stappen/ });
  assert.deepEqual(await back.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), ['#tot-slot', '#tot-slot']);
  await back.first().click();
  await expectView(page, 'tot-slot');
  for (const id of STEP_IDS.slice(0, -1).reverse()) {
    await page.getByRole('link', { name: /^Vorige/ }).click();
    await expectView(page, id);
  }
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('jumps to any step with the progress navigation, on a phone too', async () => {
  for (const width of [375, 1280]) {
    const page = await load('/', { width, height: 800 });
    for (const id of [...STEP_IDS].reverse()) {
      await page.locator(`.progress__link[href="#${id}"]`).click();
      await expectView(page, id);
      assert.equal(hash(page), `#${id}`);
    }
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  }
});

test('a deep link to each fragment lands on that view, also after reload', async () => {
  for (const id of [...STEP_IDS, 'notitie', 'vergelijk']) {
    const page = await load(`/#${id}`);
    await expectView(page, id);
    await page.reload();
    await hydrated(page);
    await expectView(page, id);
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  }
});

test('the back and forward buttons follow the steps', async () => {
  const page = await load();
  await page.getByRole('link', { name: /^Volgende/ }).click();
  await expectView(page, 'inleiding');
  await page.getByRole('link', { name: /^Volgende/ }).click();
  await expectView(page, 'goede-start');
  await page.goBack();
  await expectView(page, 'inleiding');
  await page.goBack();
  await expectView(page, 'start');
  await page.goForward();
  await expectView(page, 'inleiding');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('sections expand and collapse by mouse', async () => {
  const page = await load('/#inleiding');
  const button = page.locator('#inleiding-tekst-knop');
  const panel = page.locator('#inleiding-tekst');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await panel.getAttribute('hidden'), 'until-found');
  // Closed, the text stays in the DOM but is not rendered (content-visibility: hidden).
  const firstLine = panel.locator('blockquote p').first();
  assert.equal(await firstLine.isVisible(), false);
  await button.click();
  await page.waitForFunction(() => document.querySelector('#inleiding-tekst-knop').ariaExpanded === 'true');
  assert.equal(await firstLine.isVisible(), true);
  assert.match(await panel.innerText(), /Het programma Elke regio telt vormt/);
  assert.equal(await panel.locator('em', { hasText: 'Elke regio telt' }).count(), 1);
  await button.click();
  await page.waitForFunction(() => document.querySelector('#inleiding-tekst-knop').ariaExpanded === 'false');
  assert.equal(await panel.getAttribute('hidden'), 'until-found');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('sections expand and collapse by keyboard, never on focus', async () => {
  const page = await load('/#goede-start');
  // Tab from the heading until the first section's button has focus.
  await page.locator('#goede-start-kop').focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'goede-start-tekst-knop')) break;
  }
  const button = page.locator('#goede-start-tekst-knop');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'goede-start-tekst-knop');
  assert.equal(await button.getAttribute('aria-expanded'), 'false', 'focus alone does not expand');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.ariaExpanded === 'true');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.activeElement?.ariaExpanded === 'false');
  // The next section is one Tab away.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'goede-start-begrippen-knop');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#goede-start-begrippen').hidden === false);
  assert.match(await page.locator('#goede-start-begrippen').innerText(), /Nationaal Programma Vitale Regio/);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('find-in-page can reach closed text, and revealing it opens the section', async () => {
  const page = await load('/#tot-slot');
  const panel = page.locator('#tot-slot-tekst');
  assert.equal(await panel.getAttribute('hidden'), 'until-found', 'closed text stays findable');
  assert.match(await panel.textContent(), /een regio is slechts zo sterk als de gemeenten die haar vormen/);
  // What the browser does on a find-in-page match: remove `hidden`, fire `beforematch`.
  await panel.evaluate((el) => {
    el.removeAttribute('hidden');
    el.dispatchEvent(new Event('beforematch'));
  });
  await page.waitForFunction(() => document.querySelector('#tot-slot-tekst-knop').ariaExpanded === 'true');
  assert.equal(await panel.getAttribute('hidden'), null);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('a section find-in-page opened before the app ran stays open after hydration', async () => {
  const page = await openPage(h.browser, h.server.url);
  let release;
  const released = new Promise((done) => (release = done));
  await page.route(/\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${h.server.url}/#tot-slot`);
  await page.locator('#tot-slot-tekst').evaluate((el) => {
    el.removeAttribute('hidden');
    el.dispatchEvent(new Event('beforematch', { bubbles: true }));
  });
  release();
  await hydrated(page);
  await page.waitForFunction(() => document.querySelector('#tot-slot-tekst-knop').ariaExpanded === 'true');
  assert.equal(await page.locator('#tot-slot-tekst').getAttribute('hidden'), null);
  assert.equal(await page.locator('#tot-slot-begrippen').count(), 0, 'the step has no terms');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('"Alles openen" opens every section and "Alles sluiten" closes them', async () => {
  // Not offered where there is nothing to open.
  for (const id of ['start', 'notitie', 'vergelijk']) {
    const page = await load(`/#${id}`);
    assert.equal(await page.getByRole('button', { name: 'Alles openen' }).count(), 0, `#${id}`);
    await page.closeAll();
  }
  const page = await load('/#ruimte-voor-verbetering');
  const all = page.getByRole('button', { name: 'Alles openen' });
  await all.click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.accordion__button')].every((b) => b.ariaExpanded === 'true'));
  assert.equal(await page.locator('.accordion__panel[hidden]').count(), 0);
  await page.getByRole('button', { name: 'Alles sluiten' }).click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.accordion__panel')].every((p) => p.getAttribute('hidden') === 'until-found'));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('the skip link comes first, moves to the content and keeps the step', async () => {
  const first = await load('/');
  await first.keyboard.press('Tab');
  assert.equal(await first.evaluate(() => document.activeElement?.className), 'skip-link');
  assert.equal(await first.locator('.skip-link').isVisible(), true);
  await first.closeAll();

  // On a deep link the browser starts tabbing from the target, so focus the link directly.
  const page = await load('/#ons-aanbod');
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'inhoud');
  await expectView(page, 'ons-aanbod');
  assert.equal(await page.locator('.notice li').count(), 0);
  await page.closeAll();
});

test('a municipality in the link is kept across steps; a malformed one gets a message', async () => {
  const page = await load('/?gemeente=GM0050#inleiding');
  assert.equal(await page.locator('.notice li').count(), 0);
  await page.getByRole('link', { name: /^Volgende/ }).click();
  await expectView(page, 'goede-start');
  assert.equal(new URL(page.url()).search, '?gemeente=GM0050');
  await page.closeAll();

  const bad = await load('/?gemeente=Zeewolde#inleiding');
  await bad.locator('.notice li').first().waitFor();
  assert.match(await bad.locator('.notice[role="status"]').innerText(), /Gemeente niet gevonden: “Zeewolde”/);
  await expectView(bad, 'inleiding');
  assert.deepEqual(bad.problems(), []);
  await bad.closeAll();
});

test('an unknown fragment or parameter gets a message in Dutch, as text', async () => {
  const page = await load('/?thema=donker#%3Cimg%20src=x%20onerror=alert(1)%3E');
  await expectView(page, 'start');
  const notice = page.locator('.notice[role="status"]');
  await notice.locator('li').first().waitFor();
  const text = await notice.innerText();
  assert.match(text, /niet bestaat: “<img src=x onerror=alert\(1\)>”/);
  assert.match(text, /instelling die deze pagina niet kent: “thema”/);
  assert.equal(await notice.locator('img').count(), 0, 'nothing from the URL becomes HTML');
  await page.getByRole('button', { name: 'Melding sluiten' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.notice li').length === 0);
  // The page keeps working.
  await page.getByRole('link', { name: /^Volgende/ }).click();
  await expectView(page, 'inleiding');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('reflows without horizontal scrolling from 320 px to 4K', async () => {
  for (const [width, height] of [[320, 640], [1280, 800], [3840, 2160]]) {
    const page = await load('/#ruimte-voor-verbetering', { width, height });
    await page.getByRole('button', { name: 'Alles openen' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.accordion__panel[hidden]').length === 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${width} px: ${overflow} px of horizontal scrolling`);
    await page.closeAll();
  }
});

/**
 * Loads `path` recording layout shifts, waits until everything that will arrive has arrived
 * (the app in charge of the page; the on-demand module's output where the link asks for it),
 * and returns the shifts.
 */
async function shiftsOnLoad(path, width, height) {
  const page = await openPage(h.browser, h.server.url, { width, height });
  await recordShifts(page);
  await page.addInitScript(() => addEventListener('k80-klaar', () => (window.__ready = true)));
  await page.goto(h.server.url + path);
  await hydrated(page);
  // The head script has handed over to the app (this is when the footer used to jump).
  await page.waitForFunction(() => window.__ready && !('view' in document.documentElement.dataset));
  if (/vergelijk/.test(path)) await page.locator('.picker').first().waitFor();
  // The module's figures, and in the same render each step's own line (in every view, shown or not).
  if (/gemeente=/.test(path)) await page.locator('.figures').waitFor({ state: 'attached' });
  const found = await shifts(page);
  await page.closeAll();
  return found;
}

// With two sentences of the memo (issue 11): their section opens before the app runs.
const DEEP_LINKS = [...STEP_IDS, 'notitie', 'vergelijk', 'inleiding-zin-2', 'ruimte-voor-verbetering-zin-13'].map((id) => `/#${id}`);

test('nothing shifts when the app takes over, on every deep link, at five widths, three loads each', async () => {
  for (const [width, height] of [[320, 640], [375, 812], [1024, 768], [1280, 800], [1920, 1080]]) {
    for (const path of DEEP_LINKS) {
      for (let load = 1; load <= 3; load++) {
        assert.deepEqual(await shiftsOnLoad(path, width, height), [], `${width} px, ${path}, load ${load}`);
      }
    }
  }
});

test('nothing shifts with a municipality in the link, nor embedded, when the module arrives too', async () => {
  const paths = [
    ...DEEP_LINKS.map((p) => p.replace('/#', '/?gemeente=GM0050#')),
    ...DEEP_LINKS.map((p) => p.replace('/#', '/?embed#')),
    '/?embed&weergave=vergelijk',
    '/?embed&weergave=vergelijk&gemeente=GM0050',
  ];
  for (const [width, height] of [[375, 812], [1280, 800]]) {
    for (const path of paths) {
      for (let load = 1; load <= 3; load++) {
        assert.deepEqual(await shiftsOnLoad(path, width, height), [], `${width} px, ${path}, load ${load}`);
      }
    }
  }
});
