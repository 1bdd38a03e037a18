// The comparison of municipalities (issue 3, first slice; the wide layout: issue 12): a
// second WebAssembly module, loaded on demand, with the picker and the figures table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPage, hydrated, violations, dataRow, dataRows, dutch, distFile, failUntilCalled } from './helpers.mjs';

const h = harness();

/** The text of the table cell in the row of `label`, column `n` (0 = the first municipality). */
const cell = (page, label, n = 0) =>
  page.locator('.figures__table tbody tr').filter({ has: page.locator('th[scope=row]', { hasText: label }) }).locator('td').nth(n).innerText();

const { open } = h;

test('the comparison module is not part of the first view', async () => {
  const page = await openPage(h.browser, h.server.url);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${h.server.url}/`);
  await hydrated(page);
  assert.ok(!requested.some((p) => p.includes('vergelijk') || p.endsWith('.tsv')), requested.join(', '));
  await page.closeAll();
});

test('a deep link shows the municipality with the figures of the data file', async () => {
  const page = await open('/?gemeente=GM0050#vergelijk');
  const figures = page.locator('.figures');
  await figures.waitFor();
  const zeewolde = dataRow('Zeewolde');
  assert.match(await figures.locator('h3').innerText(), /Cijfers van Zeewolde/);
  assert.match(await figures.innerText(), /Zeewolde is een kleine gemeente/);
  assert.equal(await cell(page, 'Inwoners'), dutch(zeewolde.inwoners));
  // The small municipalities together: 1,979,049 inhabitants (data/SOURCES.md).
  assert.equal(await cell(page, 'Inwoners', 2), '1.979.049');
  // The further indicators, from their own files, each with its reference date.
  const extra = dataRow('Zeewolde', 'gemeenten_kerncijfers_2024_extra.csv');
  assert.equal(await cell(page, 'Gemiddeld inkomen per inwoner'), dutch(extra.gem_inkomen_per_inwoner_x1000_euro, 1));
  assert.equal(await cell(page, 'Afstand tot de huisarts'), dutch(extra.afstand_huisartsenpraktijk_km, 1));
  const older = dataRow('Zeewolde', 'gemeenten_wijkenbuurten_2022_extra.csv');
  assert.equal(await cell(page, 'Afstand tot een ziekenhuis'), dutch(older.afstand_ziekenhuis_km, 1));
  // The Netherlands as a whole: the distances are means over inhabitants, so the national
  // mean is weighted by inhabitants (recomputed here from the two files).
  const inhabitants = new Map(dataRows('gemeenten_kerncijfers_2024.csv').map((r) => [r.gm_code, Number(r.inwoners)]));
  let weighted = 0;
  let people = 0;
  for (const r of dataRows('gemeenten_kerncijfers_2024_extra.csv')) {
    weighted += Number(r.afstand_huisartsenpraktijk_km) * inhabitants.get(r.gm_code);
    people += inhabitants.get(r.gm_code);
  }
  assert.equal(await cell(page, 'Afstand tot de huisarts', 5), dutch(weighted / people, 1));
  const hospital = page.locator('.figures__table th[scope=row]', { hasText: 'Afstand tot een ziekenhuis' });
  assert.match(await hospital.innerText(), /peildatum: 2022/);
  assert.deepEqual(
    await page.locator('.figures__theme th').allInnerTexts(),
    ['Inwoners en ruimte', 'Wonen', 'Inkomen en energie', 'Nabijheid: hoe ver is het gemiddeld over de weg?'],
  );
  assert.match(await figures.locator('.source').innerText(), /Bronnen: CBS, Kerncijfers wijken en buurten 2024/);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('choose by typing and keyboard; the choice goes into the URL', async () => {
  const page = await open('/#vergelijk');
  const input = page.getByRole('combobox', { name: 'Kies een gemeente' });
  // The picker's own suggestions (the map's select has options too).
  const suggestions = page.getByRole('listbox', { name: 'Kies een gemeente' }).getByRole('option');
  await input.fill('gravenhage');
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  assert.equal(await input.getAttribute('aria-activedescendant'), null, 'no option is active while typing');
  await page.keyboard.press('ArrowDown');
  const active = await input.getAttribute('aria-activedescendant');
  assert.equal(active, 'gemeente-optie-GM0518');
  await page.keyboard.press('Enter');
  await page.locator('.figures h3', { hasText: "'s-Gravenhage" }).waitFor();
  assert.equal(new URL(page.url()).search, '?gemeente=GM0518');
  assert.equal(new URL(page.url()).hash, '#vergelijk');

  // Arrow keys walk the list from the top and wrap around.
  await input.fill('bergen');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = await suggestions.nth(1).getAttribute('id');
  assert.equal(await input.getAttribute('aria-activedescendant'), second);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const options = await suggestions.count();
  const last = await suggestions.nth(options - 1).getAttribute('id');
  assert.equal(await input.getAttribute('aria-activedescendant'), last);

  await input.fill('ber');
  await page.getByText(/gemeenten gevonden\. De eerste 12 staan in de lijst/).waitFor();

  await input.fill('Den Bosch');
  assert.match(await suggestions.first().innerText(), /'s-Hertogenbosch/);
  await page.keyboard.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');

  await input.fill('xyzzy');
  await page.getByText('Geen gemeente gevonden voor “xyzzy”.').waitFor();
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('the table downloads as CSV with its source, and the five peers are one click away', async () => {
  const page = await open('/?gemeente=GM0050#vergelijk');
  const link = page.getByRole('link', { name: 'Download deze tabel (CSV)' });
  assert.equal(await link.getAttribute('download'), 'cijfers-GM0050.csv');
  const csv = decodeURIComponent((await link.getAttribute('href')).replace('data:text/csv;charset=utf-8,', ''));
  const lines = csv.trim().split('\r\n');
  const rows = await page.locator('.figures__table th[scope=row]').count();
  assert.equal(lines.length, rows + 2, 'header, a line per figure, source');
  assert.match(lines[0], /^"Thema";"Onderwerp";"Peildatum";"Zeewolde";/);
  assert.deepEqual(lines[1].split(';').slice(0, 4), ['"Inwoners en ruimte"', '"Inwoners"', '"1 januari 2024"', `"${dutch(dataRow('Zeewolde').inwoners)}"`]);
  assert.match(lines.at(-1), /Bronnen: CBS, Kerncijfers wijken en buurten 2024/);

  const peers = page.locator('.peers__button');
  assert.equal(await peers.count(), 5);
  const first = (await peers.first().innerText()).split(' (')[0];
  assert.notEqual(first, 'Zeewolde');
  await peers.first().click();
  await page.locator('.figures h3', { hasText: `Cijfers van ${first}` }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'cijfers-kop');
  assert.equal(await page.getByRole('combobox', { name: 'Kies een gemeente' }).inputValue(), first);
  assert.notEqual(new URL(page.url()).search, '?gemeente=GM0050');
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('with a municipality in the link, every step shows its own line', async () => {
  const page = await open('/?gemeente=GM0050#start');
  const zeewolde = dataRow('Zeewolde');
  for (const [n, id] of ['start', 'inleiding', 'goede-start', 'ruimte-voor-verbetering', 'ons-aanbod', 'tot-slot'].entries()) {
    if (n > 0) {
      await page.getByRole('link', { name: /^Volgende/ }).click();
      await page.waitForFunction((id) => document.querySelector(`#${id}[data-current]`), id);
    }
    const line = page.locator(`#cijfers-${id} .own`);
    await line.getByText('Uw gemeente: Zeewolde').waitFor();
    assert.equal(await line.isVisible(), true, id);
    assert.match(await line.innerText(), /Bron: CBS/);
    assert.equal(await line.getByRole('link', { name: 'Alle cijfers van Zeewolde' }).getAttribute('href'), '#vergelijk');
  }
  await page.goBack();
  const text = await page.locator('#cijfers-ruimte-voor-verbetering .own').innerText();
  assert.match(text, new RegExp(`Zeewolde had op 1 januari 2024 ${dutch(zeewolde.inwoners)} inwoners`));
  assert.match(text, /een kleine gemeente \(minder dan 25\.000 inwoners\)/);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('without a municipality in the link, the steps have no personal line', async () => {
  const page = await open('/#inleiding');
  assert.equal(await page.locator('.own:visible').count(), 0);
  await page.closeAll();
});

test('an unknown municipality code says so, with the picker', async () => {
  const page = await open('/?gemeente=GM9999#vergelijk');
  await page.getByText('Gemeente niet gevonden: “GM9999”').waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Kies een gemeente' }).isVisible(), true);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('a table that fails to load gets a Dutch message and a retry', async () => {
  const page = await openPage(h.browser, h.server.url);
  let fail = true;
  await page.route(`**/${distFile('gemeenten', '.tsv')}`, (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  await page.goto(`${h.server.url}/#vergelijk`);
  await hydrated(page);
  await page.getByText('De cijfers konden niet worden geladen.').waitFor();
  fail = false;
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await page.getByRole('combobox', { name: 'Kies een gemeente' }).waitFor();
  // The rest of the page keeps working.
  await page.locator('.progress__link[href="#inleiding"]').click();
  await page.waitForFunction(() => document.querySelector('#inleiding[data-current]'));
  await page.closeAll();
});

for (const width of [375, 1280]) {
  test(`0 axe violations in the comparison with a municipality chosen, ${width} px`, async () => {
    const page = await open('/?gemeente=GM1900#vergelijk', { width, height: 900 });
    await page.locator('.figures').waitFor();
    await page.getByRole('combobox', { name: 'Kies een gemeente' }).fill('ber');
    assert.deepEqual(await violations(page), []);
    await page.closeAll();
  });
}

test('up to three municipalities side by side, in the URL, each removable', async () => {
  const page = await open('/?gemeente=GM0050#vergelijk');
  await page.locator('.figures').waitFor();
  const add = page.getByRole('combobox', { name: 'Zet een gemeente ernaast' });
  await add.fill('urk');
  await page.keyboard.press('Enter');
  await page.locator('.figures__table thead th', { hasText: 'Urk' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('naast'), 'GM0184');
  assert.equal(await cell(page, 'Inwoners', 1), dutch(dataRow('Urk').inwoners));
  assert.equal(await add.inputValue(), '', 'the field is empty again for the next one');
  // A peer, one click beside it; then there is no room for a fourth.
  const peer = page.locator('.peers__beside').first();
  const name = (await peer.innerText()).replace(/^Zet (.*) ernaast$/, '$1');
  await peer.click();
  await page.locator('.figures__table thead th', { hasText: name }).waitFor();
  assert.equal((await page.locator('.figures__table thead th').allInnerTexts()).slice(1, 4).join('|'), `Zeewolde|Urk|${name}`);
  assert.equal(await add.count(), 0);
  assert.equal(await page.locator('.peers__beside').count(), 0);
  // Reload keeps all three; removing one frees a place.
  await page.reload();
  await hydrated(page);
  await page.locator('.figures__table thead th', { hasText: name }).waitFor();
  await page.getByRole('button', { name: 'Haal Urk weg' }).click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('naast').includes('GM0184'));
  assert.equal(await page.locator('.figures__table thead th', { hasText: 'Urk' }).count(), 0);
  await page.getByRole('combobox', { name: 'Zet een gemeente ernaast' }).waitFor();
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('the chart view draws every figure with names and values, and the table stays one click away', async () => {
  const page = await open('/?gemeente=GM0050&naast=GM0184#vergelijk');
  await page.locator('.figures').waitFor();
  const rows = await page.locator('.figures__table th[scope=row]').count();
  const charts = page.getByRole('button', { name: 'Grafieken' });
  await charts.click();
  assert.equal(await charts.getAttribute('aria-pressed'), 'true');
  const images = page.locator('.figures__charts svg[role=img]');
  assert.equal(await images.count(), rows);
  const first = await images.first().getAttribute('aria-label');
  assert.match(first, new RegExp(`^Inwoners\\. Zeewolde: ${dutch(dataRow('Zeewolde').inwoners)}; Urk: ${dutch(dataRow('Urk').inwoners)}; Typische kleine gemeente: `));
  // Every bar carries its own name and value as text.
  const bar = images.first().locator('.chart__bar').first();
  assert.equal(await bar.locator('text').first().textContent(), 'Zeewolde');
  assert.deepEqual(await violations(page), []);
  await page.getByRole('button', { name: 'Tabel' }).click();
  assert.equal(await page.locator('.figures__table th[scope=row]').count(), rows);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('the map loads only with the comparison on screen; a click chooses, small ones are hatched', async () => {
  const page = await openPage(h.browser, h.server.url, { width: 1280, height: 900 });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${h.server.url}/#ruimte-voor-verbetering`);
  await hydrated(page);
  assert.ok(!requested.includes(`/${distFile('gemeenten-kaart', '.tsv')}`), 'reading a step: no map yet');
  await page.getByRole('link', { name: 'Vergelijk uw gemeente' }).first().click();
  const map = page.getByRole('img', { name: /^Kaart van Nederland met alle gemeenten/ });
  await map.waitFor();
  assert.equal(await map.locator('path').count(), 342);
  // Small municipalities (data file) carry the hatch, the others not.
  const small = await map.locator('path.map__area--small').evaluateAll((ps) => ps.map((p) => p.dataset.code));
  const expected = dataRows('gemeenten_kerncijfers_2024.csv').filter((r) => Number(r.inwoners) < 25000).map((r) => r.gm_code);
  assert.deepEqual(small.sort(), expected.sort());
  assert.equal(await map.locator('path[data-code="GM0050"]').evaluate((p) => getComputedStyle(p).fill), 'url("#kaart-klein")');
  // A click on Zeewolde chooses it: figures, URL, outline and name on the map.
  await map.locator('path[data-code="GM0050"]').click();
  await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('gemeente'), 'GM0050');
  assert.match(await map.locator('path.map__highlight').getAttribute('class'), /map__area--chosen/);
  assert.equal(await map.locator('path.map__highlight').getAttribute('d'), await map.locator('path[data-code="GM0050"]').getAttribute('d'));
  assert.equal(await map.locator('text.map__name').textContent(), 'Zeewolde');
  assert.match(await map.getAttribute('aria-label'), /Gekozen: Zeewolde\./);
  // The list is the text alternative and works by keyboard.
  await page.getByText('Alle gemeenten als lijst').click();
  const urk = page.getByRole('button', { name: 'Urk (klein)' });
  await urk.focus();
  await page.keyboard.press('Enter');
  await page.locator('.figures h3', { hasText: 'Cijfers van Urk' }).waitFor();
  assert.equal(await urk.getAttribute('aria-current'), 'true');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('a map that fails to load says so in Dutch, with a retry, and the rest keeps working', async () => {
  const page = await openPage(h.browser, h.server.url);
  const ok = await failUntilCalled(page, distFile('gemeenten-kaart', '.tsv'));
  await page.goto(`${h.server.url}/?gemeente=GM0050#vergelijk`);
  await hydrated(page);
  await page.getByText('De kaart kon niet worden geladen.').waitFor();
  await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
  ok();
  await page.locator('.map').getByRole('button', { name: 'Opnieuw proberen' }).click();
  await page.getByRole('img', { name: /^Kaart van Nederland/ }).waitFor();
  await page.closeAll();
});

test('the figures table and its caption are never cut off, on a phone or a wide screen', async () => {
  for (const [width, height] of [[375, 812], [1024, 768], [1280, 800], [1920, 1080]]) {
    const page = await open('/?gemeente=GM0050&naast=GM0184,GM0303#vergelijk', { width, height });
    const caption = page.locator('#cijfers-bijschrift');
    await caption.waitFor();
    const cut = await caption.evaluate((el) => {
      const box = el.getBoundingClientRect();
      // Whatever clips it: the nearest scrolling or clipping ancestor, or the window.
      let clip = { left: 0, right: document.documentElement.clientWidth };
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') {
          const r = a.getBoundingClientRect();
          clip = { left: Math.max(clip.left, r.left), right: Math.min(clip.right, r.right) };
        }
      }
      return { overflow: el.scrollWidth - el.clientWidth, right: box.right - clip.right, left: clip.left - box.left };
    });
    assert.ok(cut.overflow <= 0 && cut.right <= 0.5 && cut.left <= 0.5, `${width} px: ${JSON.stringify(cut)}`);
    // The table is named by it.
    assert.equal(await page.getByRole('table', { name: /De gekozen gemeenten naast de kleine gemeenten/ }).count(), 1);
    await page.closeAll();
  }
});

test('from 1024 px the comparison uses the screen: the map beside the picker, the table of three without sideways scrolling', async () => {
  const rows = dataRows('gemeenten_kerncijfers_2024.csv');
  // The three longest names, and three short ones.
  const longest = [...rows].sort((a, b) => b.gemeentenaam.length - a.gemeentenaam.length).slice(0, 3).map((r) => r.gm_code);
  for (const [width, height] of [[1024, 768], [1280, 800], [1920, 1080]]) {
    for (const codes of [longest, ['GM0050', 'GM0184', 'GM0344']]) {
      const page = await h.open(`/?gemeente=${codes[0]}&naast=${codes.slice(1).join(',')}#vergelijk`, { width, height });
      await page.locator('.figures__table').waitFor();
      assert.equal(await page.locator('.figures__table thead th').count(), 9, 'three municipalities, five group columns');
      const [client, scroll] = await page.locator('.figures__scroll').evaluate((e) => [e.clientWidth, e.scrollWidth]);
      assert.ok(scroll <= client, `${width} px, ${codes}: the table is ${scroll} px in ${client}`);
      // Wider than the reading column, inside the window.
      const app = await page.locator('.compare__app').boundingBox();
      const intro = await page.locator('#vergelijk > p').first().boundingBox();
      assert.ok(app.width > intro.width + 200, `${app.width} vs ${intro.width}`);
      assert.ok(app.x >= 0 && app.x + app.width <= width);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
      const [map, picker] = [await page.locator('.map__frame').boundingBox(), await page.locator('.picker').boundingBox()];
      assert.ok(map.x >= picker.x + picker.width && map.width >= 400, 'a large map beside the picker');
      await page.closeAll();
    }
  }
});

test('on a phone the table scrolls in its own box, its header row and first column staying in view', async () => {
  const page = await h.open('/?gemeente=GM0050&naast=GM0184,GM0344#vergelijk', { width: 375, height: 740 });
  const box = page.locator('.figures__scroll');
  await box.waitFor();
  await box.evaluate((e) => e.scrollTo(e.scrollWidth, 400));
  await page.waitForFunction(() => document.querySelector('.figures__scroll').scrollLeft > 0);
  const area = await box.boundingBox();
  const firstColumn = await page.locator('.figures__table tbody th[scope="row"]').nth(4).boundingBox();
  const header = await page.locator('.figures__table thead th').nth(3).boundingBox();
  assert.ok(Math.abs(firstColumn.x - area.x) <= 1, `first column at ${firstColumn.x}, box at ${area.x}`);
  assert.ok(Math.abs(header.y - area.y) <= 1, `header at ${header.y}, box at ${area.y}`);
  assert.deepEqual(await violations(page), []);
  await page.closeAll();
});

/** A Dutch number as a number: `17.000` → 17000, `1,9` → 1.9. */
const parseDutch = (text) => Number(text.replaceAll('.', '').replace(',', '.'));

for (const scheme of ['light', 'dark']) {
  test(`the map coloured by a figure: classes equal the data and the legend, small ones outlined, values on hover and in the list (${scheme})`, async () => {
    const page = await openPage(h.browser, h.server.url, { width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${h.server.url}/?gemeente=GM0050#vergelijk`);
    await hydrated(page);
    const map = page.getByRole('img', { name: /^Kaart van Nederland met alle gemeenten/ });
    await map.waitFor();
    await page.getByLabel('Kleur de kaart naar').selectOption({ label: 'Inwoners' });
    await map.locator('path.map__area--c1').first().waitFor();
    // The legend: five classes with their limits, "geen cijfer", the outline, the source.
    const legend = await page.locator('.map__legend li').allInnerTexts();
    const limits = [...legend[0].matchAll(/[\d.]+/g)].map((m) => parseDutch(m[0]));
    for (const line of legend.slice(1, 4)) limits.push(parseDutch(line.match(/tot ([\d.]+)/)[1]));
    assert.equal(legend[0], `minder dan ${dutch(limits[0])}`);
    assert.equal(legend[4], `${dutch(limits[3])} of meer`);
    assert.ok(limits.every((l, i) => i === 0 || l > limits[i - 1]), limits.join(' '));
    assert.match(await page.locator('.map .source').first().innerText(), /^Kleur: Inwoners, 1 januari 2024\. .*Bron: CBS, Kerncijfers wijken en buurten 2024/);
    // Every municipality is in the class its figure (data file) falls in.
    const rows = dataRows('gemeenten_kerncijfers_2024.csv');
    const classes = await map.locator('path[data-code]').evaluateAll((ps) =>
      Object.fromEntries(ps.map((p) => [p.dataset.code, p.getAttribute('class')])),
    );
    for (const r of rows) {
      const expected = limits.filter((l) => Number(r.inwoners) >= l).length + 1;
      assert.match(classes[r.gm_code], new RegExp(`map__area--c${expected}\\b`), `${r.gemeentenaam} ${r.inwoners}`);
      assert.equal(/map__area--edge/.test(classes[r.gm_code]), Number(r.inwoners) < 25000, r.gemeentenaam);
    }
    // Five colours, one per class, from the light or the dark scale.
    const fills = await Promise.all([1, 2, 3, 4, 5].map((k) => map.locator(`path.map__area--c${k}`).first().evaluate((p) => getComputedStyle(p).fill)));
    assert.equal(new Set(fills).size, 5);
    // Hover: the name and the value; the list (keyboard) says the same.
    assert.equal(await map.locator('path[data-code="GM0184"] title').textContent(), `Urk: ${dutch(dataRow('Urk').inwoners)}`);
    await page.getByText('Alle gemeenten als lijst').click();
    await page.getByRole('button', { name: `Urk: ${dutch(dataRow('Urk').inwoners)}` }).waitFor();
    assert.deepEqual(await violations(page), []);
    // Back to small or not: the hatching returns.
    await page.getByLabel('Kleur de kaart naar').selectOption({ index: 0 });
    await map.locator('path.map__area--small').first().waitFor();
    assert.equal(await map.locator('path.map__area--c1').count(), 0);
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  });
}

test('a figure some municipalities lack: they are drawn as "geen cijfer", the others classed', async () => {
  const page = await open('/#vergelijk');
  const map = page.getByRole('img', { name: /^Kaart van Nederland met alle gemeenten/ });
  await map.waitFor();
  await page.getByLabel('Kleur de kaart naar').selectOption({ label: 'Gemiddeld inkomen per inwoner (× € 1.000)' });
  await map.locator('path.map__area--c1').first().waitFor();
  const missing = dataRows('gemeenten_kerncijfers_2024_extra.csv').filter((r) => r.gem_inkomen_per_inwoner_x1000_euro === '');
  assert.equal(await map.locator('path.map__area--none').count(), missing.length);
  await page.closeAll();
});

test('nothing is cut off from 320 to 1920 px: key figures, the comparison of three, the names on the map', async () => {
  for (const width of [320, 375, 1024, 1280, 1920]) {
    const page = await openPage(h.browser, h.server.url, { width, height: 900 });
    await page.goto(`${h.server.url}/`);
    await hydrated(page);
    const figures = page.locator('.key-figures');
    const box = await figures.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= width, `${width} px: the key figures fit`);
    // Aa en Hunze lies at the map's edge: its name must stay inside the map.
    await page.goto(`${h.server.url}/?gemeente=GM0050&naast=GM0184,GM1680#vergelijk`);
    await hydrated(page);
    const map = page.getByRole('img', { name: /^Kaart van Nederland met alle gemeenten/ });
    await map.locator('text.map__name').nth(2).waitFor();
    const outside = await map.evaluate((svg) =>
      [...svg.querySelectorAll('text.map__name')]
        .map((t) => ({ name: t.textContent, box: t.getBBox() }))
        .filter(({ box }) => box.x < 0 || box.x + box.width > svg.viewBox.baseVal.width)
        .map(({ name }) => name),
    );
    assert.deepEqual(outside, [], `${width} px: names on the map cut off`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${width} px: ${overflow} px of horizontal scrolling`);
    await page.closeAll();
  }
});
