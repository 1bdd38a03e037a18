// What breaks in real use (issue 10): history moves, focus and announcements, the speaker
// view's previews, the small things a visitor runs into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPage, hydrated, distFile, failUntilCalled } from './helpers.mjs';

const h = harness();
const { open } = h;

/** Waits until exactly the view `id` is shown and marked current. */
async function shownView(page, id) {
  await page.waitForFunction((id) => {
    const shown = [...document.querySelectorAll('.view')].filter((v) => getComputedStyle(v).display !== 'none');
    return shown.length === 1 && shown[0].id === id && document.querySelector(`#${id}[data-current]`) !== null;
  }, id);
}

/** Chooses `name` in the comparison's picker. */
async function choose(page, typed, name) {
  await page.getByRole('combobox', { name: 'Kies een gemeente' }).fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${name.replace(/[().]/g, '\\$&')}`) }).first().click();
  await page.locator('.figures h3', { hasText: `Cijfers van ${name}` }).waitFor();
}

test('back and forward after choosing a municipality show what the URL says', async () => {
  const page = await open('/#goede-start');
  await page.locator('.toolbar__to-compare').click();
  await shownView(page, 'vergelijk');
  await choose(page, 'bergen', 'Bergen (L.)');
  const chosen = new URL(page.url());
  assert.equal(chosen.searchParams.get('gemeente'), 'GM0893');

  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('GM0893'));
  await shownView(page, new URL(page.url()).hash.slice(1));
  // Whatever view the URL names, no municipality stays chosen on screen.
  await page.waitForFunction(() => !document.body.innerText.includes('Uw gemeente: Bergen (L.)'));
  if (new URL(page.url()).hash === '#vergelijk') {
    await page.waitForFunction(() => !document.querySelector('.figures h3'));
    await page.goBack();
  }
  assert.equal(new URL(page.url()).hash, '#goede-start');
  await shownView(page, 'goede-start');

  await page.goForward();
  await shownView(page, 'vergelijk');
  if (new URL(page.url()).search === '') await page.goForward();
  await page.locator('.figures h3', { hasText: 'Cijfers van Bergen (L.)' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('gemeente'), 'GM0893');
  await shownView(page, 'vergelijk');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const scheme of ['light', 'dark']) {
  test(`the speaker view's previews show the slides' headings as the slides do (${scheme})`, async () => {
    const page = await open('/#start');
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(page.url().replace(/\/#start$/, '/?modus=spreker#dia-2'));
    await page.locator('.speaker .speaker__stage .slide h2').first().waitFor();
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('.speaker__stage')].map((stage) => {
        const h2 = stage.querySelector('.slide[data-current] h2, .slide h2');
        const style = getComputedStyle(h2);
        return {
          color: style.color,
          background: getComputedStyle(stage).backgroundColor,
          size: parseFloat(style.fontSize) / stage.getBoundingClientRect().height,
        };
      }),
    );
    assert.equal(headings.length, 2, 'now and next');
    for (const { color, background, size } of headings) {
      assert.ok(contrast(color, background) >= 4.5, `${color} on ${background}`);
      // A slide heading is 6.2 % of the slide's height (a label 3.4 %), as on the projector.
      assert.ok(size > 0.03 && size < 0.07, `heading is ${(size * 100).toFixed(1)} % of the slide`);
    }
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  });
}

/** Opens presenter mode (or the speaker view) by URL and waits for it. */
async function presenting(path, selector = '.presenter__stage') {
  const page = await open(path);
  await page.locator(selector).waitFor();
  return page;
}

test('"Presenteren" from the first step starts at the title slide; the title follows the slides', async () => {
  const page = await open('/#start');
  const before = await page.title();
  await page.getByRole('link', { name: 'Presenteren' }).click();
  await page.locator('.presenter__stage').waitFor();
  await page.waitForFunction(() => location.hash === '#dia-1');
  assert.equal(await page.locator('.presenter .slide-page:not([hidden]) .slide__label').first().innerText(), 'Uitleg bij een notitie van K80');
  await page.waitForFunction(() => /^Dia 1 van \d+: /.test(document.title));
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => /^Dia 2 van \d+: K80: het netwerk van kleine gemeenten/.test(document.title));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.presenter'));
  await page.waitForFunction((before) => document.title === before, before);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('the key help takes the focus, holds the slides still and gives the focus back', async () => {
  const page = await presenting('/?modus=presentatie#dia-3');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Toetsen in de presentatie' });
  await help.waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('.presenter__help')?.matches('[role=dialog]'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Sluiten');
  for (const key of ['PageDown', 'ArrowRight', 'End']) await page.keyboard.press(key);
  // Space and Enter on the focused close button close the help.
  await page.keyboard.press('Space');
  await help.waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).hash, '#dia-3', 'the slide behind did not move');
  await page.waitForFunction(() => document.activeElement?.id === 'presentatie');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#dia-4');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('the speaker view blacks out the room with B, has its own key help, and ends at the last slide', async () => {
  const room = await presenting('/?modus=presentatie#dia-2');
  const speaker = await room.context().newPage();
  await speaker.goto(room.url().replace('modus=presentatie', 'modus=spreker'));
  await speaker.locator('.speaker').waitFor();
  await speaker.waitForFunction(() => document.activeElement?.id === 'presentatie');

  await speaker.keyboard.press('b');
  await room.locator('.presenter__black').waitFor();
  await speaker.getByText('Het scherm in de zaal is zwart.').waitFor();
  assert.equal(await speaker.getByRole('button', { name: 'Scherm zwart (B)' }).getAttribute('aria-pressed'), 'true');
  await speaker.keyboard.press('b');
  await room.locator('.presenter__black').waitFor({ state: 'detached' });

  await speaker.keyboard.press('?');
  await speaker.getByRole('dialog', { name: 'Toetsen in de presentatie' }).waitFor();
  assert.equal(await room.getByRole('dialog').count(), 0, 'the help is the speaker\'s, not the room\'s');
  await speaker.keyboard.press('Escape');
  await speaker.getByRole('dialog').waitFor({ state: 'detached' });

  const next = speaker.getByRole('button', { name: 'Volgende →' });
  const previous = speaker.getByRole('button', { name: '← Vorige' });
  await speaker.keyboard.press('End');
  await room.waitForFunction(() => document.title.startsWith('Dia ') && location.hash !== '#dia-2');
  await speaker.waitForFunction(() => document.querySelector('.speaker__controls button:nth-child(2)')?.getAttribute('aria-disabled') === 'true');
  assert.equal(await next.getAttribute('aria-disabled'), 'true');
  assert.equal(await previous.getAttribute('aria-disabled'), null);
  const last = new URL(speaker.url()).hash;
  // Still a button to reach and press (aria-disabled, not disabled): it does nothing.
  await next.focus();
  await speaker.keyboard.press('Enter');
  await speaker.keyboard.press('Space');
  assert.equal(await speaker.evaluate(() => document.activeElement.textContent), 'Volgende →');
  assert.equal(new URL(speaker.url()).hash, last);
  await speaker.keyboard.press('Home');
  await speaker.waitForFunction(() => location.hash === '#dia-1');
  assert.equal(await previous.getAttribute('aria-disabled'), 'true');
  assert.deepEqual(room.problems(), []);
  await room.closeAll();
});

for (const width of [320, 375]) {
  test(`chart labels are at least 12 px on a ${width} px phone and stay inside their chart`, async () => {
    const page = await h.open('/?gemeente=GM0050#vergelijk', { width, height: 800 });
    await page.getByRole('button', { name: 'Grafieken' }).click();
    await page.locator('.chart--bars .chart__svg text').first().waitFor();
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('.chart__svg')].filter((svg) => svg.getBoundingClientRect().width > 0).flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, size: r.height, inside: r.left >= box.left - 1 && r.right <= box.right + 1 };
        });
      }),
    );
    assert.ok(labels.length > 20, `${labels.length} labels`);
    for (const { text, size, inside } of labels) {
      // The glyph box of a 12 px font is about 14 px high.
      assert.ok(size >= 13.5, `"${text}" is drawn ${size.toFixed(1)} px high`);
      assert.ok(inside, `"${text}" runs out of its chart`);
    }
    await page.closeAll();
  });
}

test('the skip link moves the focus to the content and leaves the URL alone', async () => {
  const page = await open('/#goede-start');
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'inhoud');
  assert.equal(new URL(page.url()).hash, '#goede-start');
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#goede-start[data-current]'));
  await shownView(page, 'goede-start');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('a link with the same municipality twice, too many or only "naast" says what it shows', async () => {
  let page = await open('/?gemeente=GM0417&naast=GM0417#vergelijk');
  await page.locator('.figures h3', { hasText: 'Cijfers van Laren (NH.)' }).waitFor();
  const headers = await page.locator('.figures__table thead th').allInnerTexts();
  assert.equal(headers.filter((t) => t.includes('Laren')).length, 1, headers.join(' | '));
  await page.closeAll();

  page = await open('/?gemeente=GM0141&naast=GM0050,GM0184,GM0303#vergelijk');
  await page.getByText('U kunt ten hoogste 3 gemeenten naast elkaar zetten. Deze stonden ook in de link en zijn weggelaten: “GM0303”.').waitFor();
  await page.closeAll();

  page = await open('/?naast=GM0050,GM0184#vergelijk');
  await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
  assert.equal(await page.locator('.figures__table thead th', { hasText: 'Urk' }).count(), 1);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('the picker: "bergen" lists both Bergens first; an emptied field shows the choice again on leaving', async () => {
  const page = await open('/?gemeente=GM0050#vergelijk');
  const input = page.getByRole('combobox', { name: 'Kies een gemeente' });
  await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
  await input.fill('bergen');
  assert.deepEqual((await page.getByRole('listbox', { name: 'Kies een gemeente' }).getByRole('option').allInnerTexts()).slice(0, 4), ['Bergen (L.)', 'Bergen (NH.)', 'Bergen op Zoom', 'Berg en Dal']);
  await input.fill('');
  await page.keyboard.press('Tab');
  assert.equal(await input.inputValue(), 'Zeewolde');
  assert.equal(new URL(page.url()).searchParams.get('gemeente'), 'GM0050');
  // A click on an option still chooses it (the field keeps the focus).
  await input.fill('urk');
  await page.getByRole('option', { name: 'Urk' }).click();
  await page.locator('.figures h3', { hasText: 'Cijfers van Urk' }).waitFor();
  assert.equal(await input.inputValue(), 'Urk');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

/** The id of the focused element, once it is not the body. */
const focusedId = (page) =>
  page.waitForFunction(() => document.activeElement !== document.body && document.activeElement?.id).then((h) => h.jsonValue());

test('choosing and comparing move the focus somewhere sensible and say what changed, once', async () => {
  const page = await open('/?gemeente=GM0050#vergelijk');
  await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
  const status = page.locator('.comparison > p[role=status]');

  // The picker: the focus stays in the field, the figures below are announced.
  const input = page.getByRole('combobox', { name: 'Kies een gemeente' });
  await input.fill('vlieland');
  await page.keyboard.press('Enter');
  await page.locator('.figures h3', { hasText: 'Cijfers van Vlieland' }).waitFor();
  assert.equal(await status.innerText(), 'Cijfers van Vlieland staan hieronder.');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'gemeente-zoeken');

  // A peer set beside it: its own button keeps the focus.
  const beside = page.locator('.peers__beside').first();
  const peerName = (await beside.innerText()).replace(/^Zet (.*) ernaast$/, '$1');
  await beside.click();
  assert.match(await focusedId(page), /^lijkt-op-GM\d{4}$/);
  assert.equal(await page.evaluate(() => document.activeElement.textContent.split(' (')[0]), peerName);
  await page.waitForFunction((n) => document.querySelector('.comparison > p[role=status]').textContent === `${n} staat nu in de tabel, naast Vlieland.`, peerName);

  // Removed: the focus goes to the field to set another beside.
  await page.getByRole('button', { name: `Haal ${peerName} weg` }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'naast-zoeken');
  assert.equal(await status.innerText(), `${peerName} is uit de tabel gehaald.`);

  // Full: the field goes, the focus goes to the section's heading.
  for (const name of ['Urk', 'Texel']) {
    await page.getByRole('combobox', { name: 'Zet een gemeente ernaast' }).fill(name);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Haal ${name} weg` }).waitFor();
  }
  await page.waitForFunction(() => document.activeElement?.id === 'naast-kop');

  // The list of all municipalities: the focus goes to the new figures, far below.
  await page.getByText('Alle gemeenten als lijst').click();
  await page.getByRole('button', { name: 'Ameland (klein)' }).click();
  await page.locator('.figures h3', { hasText: 'Cijfers van Ameland' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'cijfers-kop');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('leaving presenter mode with Escape puts the focus on the step, not the body', async () => {
  const page = await presenting('/?modus=presentatie#dia-3');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.presenter'));
  const id = await focusedId(page);
  assert.ok(await page.evaluate((id) => !!document.getElementById(id)?.closest('.view[data-current]'), id), id);
  await page.closeAll();
});

for (const width of [375, 1280]) {
  test(`"Insluiten" opens at its top (${width} px) and says the preview's height once`, async () => {
    const page = await h.open('/?gemeente=GM0050#goede-start', { width, height: 700 });
    await page.evaluate(() => {
      window.__said = [];
      new MutationObserver(() => {
        const status = document.querySelector('#insluiten-hoogte');
        if (status && status.textContent && status.textContent !== window.__said.at(-1)) window.__said.push(status.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Insluiten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Insluiten op uw eigen website' });
    await dialog.waitFor();
    await page.waitForFunction(() => window.__said.length > 0);
    // The preview has loaded and settled (its own scrolling must not move the dialog).
    await page.waitForFunction(() => document.querySelector('.embed-dialog__preview').contentDocument?.documentElement.classList.contains('embed'));
    const where = await page.evaluate(() => {
      const dialog = document.querySelector('.embed-dialog');
      const box = dialog.getBoundingClientRect();
      const title = dialog.querySelector('h2').getBoundingClientRect();
      const focused = document.activeElement.getBoundingClientRect();
      return { scrollTop: dialog.scrollTop, titleVisible: title.top >= box.top, focusedVisible: focused.top >= box.top && focused.bottom <= box.bottom };
    });
    assert.deepEqual(where, { scrollTop: 0, titleVisible: true, focusedVisible: true });
    assert.equal((await page.evaluate(() => window.__said)).length, 1, 'said once on opening');
    assert.match((await page.evaluate(() => window.__said))[0], /^De uitleg wordt hier [\d.]+ pixels hoog\.$/);
    await dialog.getByLabel('Alleen de vergelijking van gemeenten').check();
    await page.waitForFunction(() => window.__said.length > 1);
    // The preview has run its app and its module, and its figures are in: nothing more to say.
    await page.waitForFunction(() => {
      const preview = document.querySelector('.embed-dialog__preview').contentDocument;
      return preview?.documentElement.classList.contains('module-ready') && preview.querySelector('.figures h3');
    });
    const said = await page.evaluate(() => window.__said);
    assert.equal(said.length, 2, said.join(' | '));
    await page.closeAll();
  });
}

for (const [path, ready, module] of [
  ['/?gemeente=GM0050#vergelijk', '.figures', 'on-demand'],
  ['/?modus=presentatie#dia-2', '.presenter__stage', 'presenter'],
]) {
  test(`when the ${module} module cannot be downloaded the page says so, and "Opnieuw proberen" works (${path})`, async () => {
    const page = await openPage(h.browser, h.server.url);
    const ok = await failUntilCalled(page, distFile(module, '_bg.wasm'));
    await page.goto(h.server.url + path);
    await hydrated(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Een deel van deze pagina kon niet worden geladen' });
    await notice.waitFor();
    assert.equal(await page.getByText('Voor de vergelijking is JavaScript nodig').isVisible(), false);
    ok();
    await notice.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.locator(ready).first().waitFor();
    assert.equal(await notice.isVisible(), false);
    // The failed download is the only problem the browser reports.
    assert.deepEqual(page.problems().filter((p) => !/ERR_FAILED|Failed to fetch|cannot load/.test(p)), []);
    await page.closeAll();
  });
}

test('the comparison says at once that it is loading, before the module runs', async () => {
  const page = await openPage(h.browser, h.server.url);
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(`**/${distFile('on-demand', '_bg.wasm')}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${h.server.url}/#goede-start`);
  await hydrated(page);
  await page.locator('.toolbar__to-compare').click();
  const line = page.getByRole('status').filter({ hasText: 'De vergelijking wordt geladen…' });
  await line.waitFor();
  release();
  await page.getByRole('combobox', { name: 'Kies een gemeente' }).waitFor();
  assert.equal(await line.isVisible(), false);
  await page.closeAll();
});

test('a link that names a municipality downloads the module and its data beside the explainer', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.addInitScript(() => addEventListener('k80-klaar', () => (window.__ready = performance.now())));
  await page.goto(`${h.server.url}/?gemeente=GM0050#vergelijk`);
  await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
  const started = await page.evaluate((files) => {
    const entries = performance.getEntriesByType('resource');
    return Object.fromEntries(files.map((f) => [f, entries.find((e) => e.name.endsWith(`/${f}`))?.startTime]));
  }, [distFile('on-demand', '_bg.wasm'), distFile('gemeenten', '.tsv'), distFile('gemeenten-per-jaar', '.tsv')]);
  const ready = await page.evaluate(() => window.__ready);
  // Requested before the explainer ran, so before it could ask for the module.
  for (const [file, at] of Object.entries(started)) {
    assert.ok(at !== undefined && at < ready, `${file} requested at ${at} ms, the explainer ran at ${ready} ms`);
  }
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('when the module script itself fails, "Opnieuw proberen" loads the page again, and then it works', async () => {
  const page = await openPage(h.browser, h.server.url);
  const ok = await failUntilCalled(page, distFile('on-demand', '.js'));
  await page.goto(`${h.server.url}/?gemeente=GM0050#vergelijk`);
  await hydrated(page);
  const notice = page.getByRole('alert').filter({ hasText: 'Een deel van deze pagina kon niet worden geladen' });
  await notice.waitFor();
  ok();
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Opnieuw proberen' }).click()]);
  await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
  assert.equal(new URL(page.url()).search, '?gemeente=GM0050');
  await page.closeAll();
});
