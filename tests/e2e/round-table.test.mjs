// Presenting at a round table or a council meeting (issue 14): the audience follows on their
// phones (QR codes read back with a QR decoder from screenshots and from the handout's PDF),
// the speaker keeps time (against a mocked clock), freezes the room's screen while looking
// ahead, finds any slide in the overview, and checks everything before going on (the
// pre-flight, offline and with simulated clicker keys).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harness, openPage, hydrated, violations, watch, DIST } from './helpers.mjs';

const h = harness();
const JSQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

/** The public address a build with SITE_URL gives the page (its canonical link). */
const SITE = 'https://k80.example/uitleg/';

/**
 * A page as a build with SITE_URL serves it: the same page with its canonical link (the one
 * thing SITE_URL changes that presenter mode reads), added before any script of ours runs.
 */
async function withSite(page) {
  await page.addInitScript((site) => {
    document.addEventListener('DOMContentLoaded', () => {
      const link = document.querySelector('link[rel=canonical]') ?? document.head.appendChild(document.createElement('link'));
      Object.assign(link, { rel: 'canonical', href: site });
    });
  }, SITE);
  return page;
}

/** Whether dist/ was built with SITE_URL (the tests of "no address" need a build without). */
const BUILT_WITH_SITE = /<link[^>]*rel="?canonical/.test(readFileSync(join(DIST, 'index.html'), 'utf8'));

/** Opens `path` (a mode) and waits for `selector` with the module's stylesheet applied. */
async function openMode(path, selector, { site = true, width = 1280, height = 800, page } = {}) {
  const p = page ?? (await openPage(h.browser, h.server.url, { width, height }));
  if (site) await withSite(p);
  await p.goto(h.server.url + path);
  await p.locator(selector).waitFor();
  await p.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.includes('on-demand')));
  return p;
}

/** What the QR code in a PNG image says (jsQR, in a blank page), or null. */
async function readQr(png) {
  const context = await h.browser.newContext();
  const page = await context.newPage();
  await page.addScriptTag({ path: JSQR });
  const text = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
    return globalThis.jsQR(data, width, height)?.data ?? null;
  }, png.toString('base64'));
  await context.close();
  return text;
}

const slideHash = (page) => new URL(page.url()).hash;
const waitForSlide = (page, n) => page.waitForFunction((n) => location.hash === `#dia-${n}`, n);

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
]) {
  test(`at ${width}×${height} the title slide's QR code and Q's code read back as the public address`, async () => {
    const page = await openMode('/?modus=presentatie', '.presenter__stage', { width, height });
    // The title slide: the explainer's public address, in reading mode.
    await page.locator('.slide--title .slide__qr svg').waitFor();
    assert.equal(await readQr(await page.screenshot()), SITE);
    assert.match(await page.locator('.slide__qr figcaption').innerText(), /k80\.example\/uitleg\/$/);
    await page.getByRole('img', { name: `QR-code naar ${SITE}` }).waitFor();
    if (width === 1920) assert.deepEqual(await violations(page), []);
    // A slide of "Een goede start": Q shows the code to that step, with the short address.
    const step = await page.evaluate(() => {
      const slides = [...document.querySelectorAll('.presenter .slide-page')];
      return slides.findIndex((s) => s.querySelector('.slide__label')?.textContent.startsWith('Een goede start')) + 1;
    });
    assert.ok(step > 1, 'a slide of the step');
    await page.keyboard.type(String(step));
    await page.keyboard.press('Enter');
    await waitForSlide(page, step);
    await page.keyboard.press('q');
    const dialog = page.getByRole('dialog', { name: 'Lees mee op uw telefoon' });
    await dialog.waitFor();
    assert.equal(await readQr(await page.screenshot()), `${SITE}#goede-start`);
    assert.equal(await dialog.locator('.presenter__follow-address').innerText(), 'k80.example/uitleg/#goede-start');
    // Announced and reachable: a labelled dialog, its close button focused, its image named.
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Sluiten');
    await dialog.getByRole('img', { name: `QR-code naar ${SITE}#goede-start` }).waitFor();
    assert.deepEqual(await violations(page), []);
    // Black on white with a quiet zone of four modules on every side.
    const code = await dialog.locator('svg').evaluate((svg) => {
      const [, , size] = svg.getAttribute('viewBox').split(' ').map(Number);
      const starts = [...svg.querySelector('path').getAttribute('d').matchAll(/M(\d+) (\d+)h(\d+)/g)];
      return {
        size,
        left: Math.min(...starts.map((m) => Number(m[1]))),
        top: Math.min(...starts.map((m) => Number(m[2]))),
        right: Math.max(...starts.map((m) => Number(m[1]) + Number(m[3]))),
        bottom: Math.max(...starts.map((m) => Number(m[2]))) + 1,
        light: getComputedStyle(svg.querySelector('rect')).fill,
        dark: getComputedStyle(svg.querySelector('path')).fill,
      };
    });
    assert.deepEqual([code.left, code.top, code.size - code.right, code.size - code.bottom], [4, 4, 4, 4]);
    assert.deepEqual([code.light, code.dark], ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], 'contrast 21:1');
    // Q again hides it; the slide did not move.
    await page.keyboard.press('Q');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(slideHash(page), `#dia-${step}`);
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  });
}

test('without a public address there is no code, and Q says why', { skip: BUILT_WITH_SITE && 'dist/ has SITE_URL' }, async () => {
  const page = await openMode('/?modus=presentatie#dia-3', '.presenter__stage', { site: false });
  assert.equal(await page.locator('.slide__qr').count(), 0);
  await page.keyboard.press('q');
  const dialog = page.getByRole('dialog', { name: 'Lees mee op uw telefoon' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /niet beschikbaar: deze versie van de uitleg heeft geen vast internetadres.*SITE_URL/s);
  assert.equal(await dialog.locator('svg').count(), 0);
  // Escape closes it, and only it: presenter mode stays.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.presenter').count(), 1);
  assert.equal(slideHash(page), '#dia-3');
  await page.closeAll();
});

test('the handout carries the title slide with its code, which reads back from the PDF', async () => {
  const page = await openMode('/?modus=print&gemeente=GM0050', 'div.handout .slide__qr svg');
  const dir = mkdtempSync(join(tmpdir(), 'k80-qr-'));
  writeFileSync(join(dir, 'out.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', join(dir, 'out.pdf'), join(dir, 'page')]);
  const [first] = readdirSync(dir).filter((f) => f.endsWith('.png'));
  assert.equal(await readQr(readFileSync(join(dir, first))), `${SITE}?gemeente=GM0050`);
  await page.closeAll();
});

test('the speaker view keeps time against a planned length; the room sees none of it', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  await context.clock.install({ time: new Date('2026-03-12T10:00:00') });
  const room = await openMode('/?modus=presentatie', '.presenter__stage', { page: watch(await context.newPage(), h.server.url) });
  const speaker = await openMode('/?modus=spreker&duur=5', '.speaker', { page: watch(await context.newPage(), h.server.url) });
  const count = Number((await speaker.getByRole('heading', { name: /^Nu: dia 1 van \d+$/ }).innerText()).match(/van (\d+)/)[1]);
  assert.ok(count > 10, `${count} slides`);
  const field = speaker.getByLabel('Geplande duur in minuten');
  assert.equal(await field.inputValue(), '5');
  const share = 300 / count; // seconds per slide
  const time = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
  const timer = speaker.locator('.speaker__timer');
  // The clock stands still from here; the time starts at nought.
  await context.clock.pauseAt(new Date('2026-03-12T11:00:00'));
  await speaker.getByRole('button', { name: 'Tijd op nul' }).click();
  await timer.getByText('Verstreken tijd: 0:00').waitFor();
  // A minute on the first slide: behind by a minute less its share.
  await context.clock.fastForward(60_000);
  await timer.getByText('Nog: 4:00').waitFor();
  await timer.getByText(`Per dia: ${time(share)}`).waitFor();
  assert.equal(await timer.locator('.speaker__pace').innerText(), `▼ U loopt ${time(60 - share)} achter op het schema.`);
  // At the last slide after that minute: ahead by the plan's time up to it, less the minute.
  await speaker.keyboard.press('End');
  await waitForSlide(speaker, count);
  const ahead = (count - 1) * share - 60;
  await timer.locator('.speaker__pace', { hasText: `▲ U loopt ${time(ahead)} voor op het schema.` }).waitFor();
  // Six minutes in: over time.
  await context.clock.fastForward(300_000);
  await timer.locator('.speaker__pace', { hasText: '▼ De geplande tijd is om: u bent 1:00 over de tijd.' }).waitFor();
  // The length typed into the field goes into the URL (a reload keeps it).
  await field.fill('10');
  await field.press('Tab');
  await speaker.waitForFunction(() => new URLSearchParams(location.search).get('duur') === '10');
  await timer.getByText('Nog: 4:00').waitFor();
  // The clock runs again (axe waits on timers).
  await context.clock.resume();
  // The room's window follows the slide and shows no time.
  await waitForSlide(room, count);
  assert.doesNotMatch(await room.locator('.presenter').innerText(), /Nog:|schema|Verstreken/);
  assert.deepEqual(await violations(speaker), []);
  assert.deepEqual([...room.problems(), ...speaker.problems()], []);
  await context.close();
});

test('the speaker freezes the room on its slide, looks ahead, and releases it there', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const room = await openMode('/?modus=presentatie#dia-2', '.presenter__stage', { page: watch(await context.newPage(), h.server.url) });
  const speaker = await openMode('/?modus=spreker#dia-2', '.speaker', { page: watch(await context.newPage(), h.server.url) });
  await speaker.getByRole('button', { name: 'Scherm in de zaal vastzetten' }).click();
  await room.getByText('Vastgezet door de spreker').waitFor();
  await speaker.locator('.speaker__frozen', { hasText: 'Vastgezet: de zaal ziet dia 2' }).waitFor();
  for (let n = 3; n <= 5; n++) {
    await speaker.keyboard.press('ArrowRight');
    await waitForSlide(speaker, n);
  }
  // The room stayed where it was. (Messages between the windows arrive in order: the black
  // screen, sent after the moves, arriving means no move was sent.)
  await speaker.keyboard.press('b');
  await room.locator('.presenter__black').waitFor();
  assert.equal(slideHash(room), '#dia-2');
  await speaker.keyboard.press('b');
  await room.locator('.presenter__black').waitFor({ state: 'detached' });
  await room.getByText('Vastgezet door de spreker').waitFor();
  assert.deepEqual(await violations(speaker), []);
  assert.deepEqual(await violations(room), []);
  // One button, which keeps the focus; its words say what it does now.
  await speaker.getByRole('button', { name: 'Vrijgeven: toon dia 5 in de zaal' }).focus();
  await speaker.keyboard.press('Enter');
  await waitForSlide(room, 5);
  await room.getByText('Vastgezet door de spreker').waitFor({ state: 'detached' });
  assert.equal(await speaker.getByRole('status').filter({ hasText: 'Vastgezet' }).count(), 0);
  assert.equal(await speaker.evaluate(() => document.activeElement.textContent), 'Scherm in de zaal vastzetten');
  // Not frozen, the windows follow each other again.
  await room.keyboard.press('ArrowRight');
  await waitForSlide(speaker, 6);
  // A speaker view closed while frozen releases the room where it is.
  await speaker.getByRole('button', { name: 'Scherm in de zaal vastzetten' }).click();
  await room.getByText('Vastgezet door de spreker').waitFor();
  await speaker.close({ runBeforeUnload: true });
  await room.getByText('Vastgezet door de spreker').waitFor({ state: 'detached' });
  assert.equal(slideHash(room), '#dia-6');
  assert.deepEqual([...room.problems(), ...speaker.problems()], []);
  await context.close();
});

test('G shows every slide as a grid, by keyboard: arrows, Enter and Escape', async () => {
  const page = await openMode('/?modus=presentatie#dia-2', '.presenter__stage');
  const total = await page.locator('.presenter .slide-page').count();
  await page.keyboard.press('g');
  const grid = page.getByRole('dialog', { name: "Alle dia's" });
  await grid.waitFor();
  assert.equal(await grid.getByRole('button', { name: /^\d+/ }).count(), total);
  const focused = () => page.evaluate(() => document.activeElement.id);
  assert.equal(await focused(), 'overzicht-2');
  assert.equal(await grid.locator('[aria-current="true"]').getAttribute('id'), 'overzicht-2');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'overzicht-3');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'overzicht-7');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), 'overzicht-2');
  assert.deepEqual(await violations(page), []);
  // The slides did not move while choosing.
  assert.equal(slideHash(page), '#dia-2');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitForSlide(page, 6);
  await grid.waitFor({ state: 'detached' });
  assert.equal(await focused(), 'presentatie');
  // Escape closes it without moving, and presenter mode stays.
  await page.keyboard.press('G');
  await grid.waitFor();
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await grid.waitFor({ state: 'detached' });
  assert.equal(slideHash(page), '#dia-6');
  assert.equal(await page.locator('.presenter').count(), 1);
  // In the speaker view too.
  const speaker = await openMode('/?modus=spreker#dia-4', '.speaker');
  await speaker.keyboard.press('g');
  await speaker.getByRole('dialog', { name: "Alle dia's" }).waitFor();
  assert.equal(await speaker.evaluate(() => document.activeElement.id), 'overzicht-4');
  await speaker.keyboard.press('ArrowRight');
  await speaker.keyboard.press('Enter');
  await waitForSlide(speaker, 5);
  assert.deepEqual([...page.problems(), ...speaker.problems()], []);
  await page.closeAll();
  await speaker.closeAll();
});

test('the pre-flight after a first visit says everything is kept, with the network off', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.goto(`${h.server.url}/`);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active)));
  await page.context().setOffline(true);
  // From the key help's link, as a presenter finds it.
  await page.goto(`${h.server.url}/?modus=presentatie`);
  await page.locator('.presenter__stage').waitFor();
  await page.keyboard.press('?');
  await page.getByRole('link', { name: /^Controle vóór het presenteren/ }).click();
  const preflight = page.getByRole('region', { name: 'Controle vóór het presenteren' });
  await preflight.waitFor();
  const files = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/FILES = (\[.*?\]);/)[1]);
  await preflight.getByText(`✓ Klaar: alle ${files.length} bestanden die de presentatie nodig heeft, zijn op dit apparaat bewaard.`, { exact: false }).waitFor();
  await preflight.getByText('✓ Klaar: volledig scherm mag.', { exact: false }).waitFor();
  assert.deepEqual(await violations(page), []);
  const offline = /net::ERR_INTERNET_DISCONNECTED/;
  assert.deepEqual(page.problems().filter((p) => !offline.test(p)), []);
  await page.closeAll();
});

test('the pre-flight on a first visit says what is not ready, and how to mend it', async () => {
  const page = await openPage(h.browser, h.server.url, { width: 1024, height: 768 });
  // A browser that blocks the second window.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto(`${h.server.url}/?modus=controle&gemeente=GM0050`);
  const preflight = page.getByRole('region', { name: 'Controle vóór het presenteren' });
  await preflight.waitFor();
  await preflight.getByText('✗ Niet klaar: de uitleg is op dit apparaat nog niet bewaard', { exact: false }).waitFor();
  await preflight.getByRole('button', { name: 'Probeer een tweede venster te openen' }).click();
  await preflight.getByText('✗ Niet klaar: uw browser hield het tweede venster tegen.', { exact: false }).waitFor();
  const tab = preflight.getByRole('link', { name: 'Sprekersweergave in een nieuw tabblad' });
  assert.equal(await tab.getAttribute('target'), '_blank');
  const address = new URL(await tab.getAttribute('href'), h.server.url);
  assert.equal(address.searchParams.get('modus'), 'spreker');
  assert.equal(address.searchParams.get('gemeente'), 'GM0050');
  // The screen, and the body text it gives on the slides: 20 px at 1024 x 768.
  await preflight.getByText('Dit venster is 1024 × 768 pixels', { exact: false }).waitFor();
  await preflight.getByText("De gewone tekst op de dia's wordt dan 20 pixels hoog. Dat is klein voor een zaal", { exact: false }).waitFor();
  assert.deepEqual(await violations(page), []);
  // "Begin de presentatie" keeps the municipality.
  const start = new URL(await preflight.getByRole('link', { name: 'Begin de presentatie' }).getAttribute('href'), h.server.url);
  assert.deepEqual([start.searchParams.get('modus'), start.searchParams.get('gemeente')], ['presentatie', 'GM0050']);
  await page.closeAll();
});

test('the pre-flight lists every clicker key that arrives and what it does; F5 does not reload', async () => {
  const page = await openMode('/?modus=controle', '.preflight', { width: 1920, height: 1080 });
  const preflight = page.getByRole('region', { name: 'Controle vóór het presenteren' });
  await preflight.getByText('Nog geen toets ontvangen.').waitFor();
  // Whether the page kept each key from the browser (a listener on window hears a key after
  // the document's): F5 must not reload, Page Down must not scroll.
  await page.evaluate(() => {
    window.kept = {};
    addEventListener('keydown', (e) => (window.kept[e.key] = e.defaultPrevented));
  });
  // What clickers send: next and previous, black screen, start and stop, and a key of none;
  // each listed as the key help names it.
  const keys = [
    ['PageDown', 'Page Down', 'volgende dia'],
    ['PageUp', 'Page Up', 'vorige dia'],
    ['.', '.', 'scherm zwart, en weer terug'],
    ['b', 'b', 'scherm zwart, en weer terug'],
    ['F5', 'F5', 'niets: de pagina laadt niet opnieuw'],
    ['Escape', 'Esc', 'terug naar lezen (niet in volledig scherm)'],
    ['ArrowRight', '→', 'volgende dia'],
    ['x', 'x', 'doet niets in de presentatie'],
  ];
  for (const [key, name, action] of keys) {
    await page.keyboard.press(key);
    await preflight.getByRole('status').filter({ hasText: `Laatste toets: ${name}, ${action}` }).waitFor();
  }
  const listed = await preflight.locator('.preflight__keys').evaluate((dl) =>
    [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling.textContent]),
  );
  assert.deepEqual(listed, keys.map(([, name, action]) => [name, action]));
  const kept = await page.evaluate(() => window.kept);
  assert.deepEqual([kept.F5, kept.PageDown, kept.x], [true, true, false]);
  // The second window: allowed here, tried and closed at once.
  await preflight.getByRole('button', { name: 'Probeer een tweede venster te openen' }).click();
  await preflight.getByText('✓ Klaar: uw browser laat een tweede venster toe.', { exact: false }).waitFor();
  // The text size it names is the slides' own at this size.
  await preflight.getByText("De gewone tekst op de dia's wordt dan 37 pixels hoog. Dat is goed te lezen in een zaal.", { exact: false }).waitFor();
  await preflight.getByRole('link', { name: 'Begin de presentatie' }).click();
  await page.locator('.presenter__stage').waitFor();
  const size = await page.locator('.presenter .slide-page:not([hidden]) .slide').evaluate((s) => parseFloat(getComputedStyle(s).fontSize));
  assert.equal(Math.round(size), 37);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
