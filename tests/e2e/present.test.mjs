// Presenter mode (issue 4): slides by keyboard, clicker, touch and buttons; the fragment;
// the speaker view in a second window; the handout; accessibility; no overflow at any size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPage, hydrated, violations, dataRows, dutch } from './helpers.mjs';

const h = harness();

const { open } = h;

/** Opens presenter mode by URL and waits for the stage. */
async function present(path = '/?modus=presentatie', options) {
  const page = await open(path, options);
  await page.locator('.presenter__stage').waitFor();
  // And its stylesheet (loaded beside the module) applied.
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.presenter')).position === 'fixed');
  return page;
}

/** The 1-based slide on screen, from the fragment (and the one visible slide must agree). */
async function slide(page) {
  const fromUrl = Number(new URL(page.url()).hash.replace('#dia-', ''));
  const visible = await page.locator('.presenter .slide-page:not([hidden])').count();
  assert.equal(visible, 1, 'exactly one slide shown');
  return fromUrl;
}

const waitForSlide = (page, n) =>
  page.waitForFunction((n) => location.hash === `#dia-${n}`, n);

test('"Presenteren" opens presenter mode at the current step and Escape returns there', async () => {
  const page = await open('/#goede-start');
  await page.getByRole('link', { name: 'Presenteren' }).click();
  await page.locator('.presenter__stage').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('modus'), 'presentatie');
  const heading = await page.locator('.presenter .slide-page:not([hidden]) h2').innerText();
  assert.equal(heading, 'Volgens K80 gaat dit al goed');
  // The page behind is inert; nothing of it can be focused.
  assert.equal(await page.locator('#app').getAttribute('inert'), '');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.presenter'));
  assert.equal(new URL(page.url()).searchParams.get('modus'), null);
  assert.equal(new URL(page.url()).hash, '#goede-start');
  await page.waitForFunction(() => document.querySelector('#goede-start[data-current]'));
  assert.equal(await page.locator('#app').getAttribute('inert'), null);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('every next and previous key moves one slide; Home, End, number and Enter jump', async () => {
  const page = await present();
  assert.equal(await slide(page), 1);
  let at = 1;
  for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'n', 'N', 'Enter']) {
    await page.keyboard.press(key);
    at += 1;
    await waitForSlide(page, at);
  }
  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace']) {
    await page.keyboard.press(key);
    at -= 1;
    await waitForSlide(page, at);
  }
  assert.equal(await slide(page), 2);
  await page.keyboard.press('End');
  const total = await page.locator('.presenter .slide-page').count();
  await waitForSlide(page, total);
  await page.keyboard.press('Home');
  await waitForSlide(page, 1);
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await waitForSlide(page, 4);
  assert.match(await page.locator('.presenter__count').innerText(), new RegExp(`^4 / ${total}$`));
  // The live region says where we are.
  assert.match(await page.getByRole('status').last().innerText(), new RegExp(`^Dia 4 van ${total}: `));
  // A reload resumes at the slide in the fragment.
  await page.reload();
  await page.locator('.presenter__stage').waitFor();
  assert.equal(await slide(page), 4);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('B and "." black the screen and any move resumes; F asks for fullscreen; ? shows the keys', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.addInitScript(() => {
    window.__fullscreen = 0;
    Element.prototype.requestFullscreen = function () {
      window.__fullscreen += 1;
      return Promise.resolve();
    };
  });
  await page.goto(`${h.server.url}/?modus=presentatie#dia-2`);
  await hydrated(page);
  await page.locator('.presenter__stage').waitFor();
  for (const key of ['b', '.', 'B']) {
    await page.keyboard.press(key);
    await page.locator('.presenter__black').waitFor();
    await page.keyboard.press(key === 'B' ? 'ArrowRight' : key);
    await page.locator('.presenter__black').waitFor({ state: 'detached' });
  }
  await waitForSlide(page, 3);
  await page.keyboard.press('f');
  await page.waitForFunction(() => window.__fullscreen === 1);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Toetsen in de presentatie' });
  await help.waitFor();
  assert.deepEqual(await violations(page), []);
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.presenter').count(), 1, 'Escape closed the help, not the presentation');
  // F5 (a clicker's start key) does not reload the page.
  await page.evaluate(() => (window.__still = true));
  await page.keyboard.press('F5');
  assert.equal(await page.evaluate(() => window.__still), true);
  await page.closeAll();
});

test('no element outside the current slide is focusable, and axe finds nothing', async () => {
  const page = await present('/?modus=presentatie#dia-3');
  const outside = await page.evaluate(() => {
    const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll(focusable)]
      .filter((el) => !el.closest('[inert]') && !el.closest('[hidden]') && el.offsetParent !== null)
      .filter((el) => !el.closest('.presenter__controls'))
      .map((el) => el.outerHTML.slice(0, 80));
  });
  assert.deepEqual(outside, []);
  assert.equal(await page.locator('[role=application]').count(), 0);
  assert.deepEqual(await violations(page), []);
  await page.closeAll();
});

test('swipe and taps on the left and right third move the slides', async () => {
  const page = await present('/?modus=presentatie#dia-2', { width: 1024, height: 768 });
  const stage = page.locator('.presenter__stage');
  const pointer = (type, x, y) =>
    stage.evaluate((el, [type, x, y]) => el.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerType: 'touch', bubbles: true })), [type, x, y]);
  await pointer('pointerdown', 800, 400);
  await pointer('pointerup', 500, 410);
  await waitForSlide(page, 3);
  await pointer('pointerdown', 200, 400);
  await pointer('pointerup', 500, 390);
  await waitForSlide(page, 2);
  await pointer('pointerdown', 950, 300);
  await pointer('pointerup', 950, 300);
  await waitForSlide(page, 3);
  await pointer('pointerdown', 50, 300);
  await pointer('pointerup', 50, 300);
  await waitForSlide(page, 2);
  await page.closeAll();
});

test('the speaker view and the presentation follow each other both ways', async () => {
  const page = await present('/?modus=presentatie#dia-2');
  const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForLoadState();
  await speaker.locator('.speaker').waitFor();
  assert.equal(new URL(speaker.url()).searchParams.get('modus'), 'spreker');
  assert.match(await speaker.locator('.speaker__now > h2').innerText(), /^Nu: dia 2 van/);
  assert.notEqual(await speaker.locator('.speaker__notes p').innerText(), '');
  assert.match(await speaker.locator('.speaker__time').first().innerText(), /\d+:\d\d/);
  await page.keyboard.press('ArrowRight');
  await speaker.waitForFunction(() => location.hash === '#dia-3');
  await speaker.getByRole('button', { name: 'Volgende →' }).click();
  await waitForSlide(page, 4);
  assert.deepEqual(await violations(speaker), []);
  // Closing one leaves the other working.
  await speaker.close();
  await page.keyboard.press('ArrowRight');
  await waitForSlide(page, 5);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('no slide overflows its stage, from 1024×768 to 4K, and body text is at least 32 px at 1080p', async () => {
  for (const [width, height] of [[1024, 768], [1920, 1080], [3840, 2160]]) {
    const page = await present('/?modus=presentatie&gemeente=GM0050', { width, height });
    const total = await page.locator('.presenter .slide-page').count();
    for (let n = 1; n <= total; n++) {
      if (n > 1) {
        await page.keyboard.press('ArrowRight');
        await waitForSlide(page, n);
      }
      const fit = await page.evaluate(() => {
        const stage = document.querySelector('.presenter__stage').getBoundingClientRect();
        const slide = document.querySelector('.presenter .slide-page:not([hidden]) .slide');
        const inside = [...slide.querySelectorAll('*')].every((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) return true;
          return r.bottom <= stage.bottom + 1 && r.right <= stage.right + 1 && r.top >= stage.top - 1 && r.left >= stage.left - 1;
        });
        const smallest = Math.min(
          ...[...slide.querySelectorAll('p, li, td, th, blockquote')].map((el) => parseFloat(getComputedStyle(el).fontSize)),
        );
        const scrolls = [document.documentElement, document.body].some((el) => getComputedStyle(el).overflow !== 'hidden');
        return { inside, overflow: slide.scrollHeight > slide.clientHeight + 1, smallest, pageScroll: scrolls };
      });
      assert.ok(fit.inside && !fit.overflow, `${width}×${height}, slide ${n}`);
      assert.ok(!fit.pageScroll, `${width}×${height}: no scrollbars`);
      if (width === 1920) assert.ok(fit.smallest >= 32, `slide ${n}: ${fit.smallest} px`);
    }
    await page.closeAll();
  }
});

test('printing gives one landscape page per slide with its notes', async () => {
  const page = await present('/?modus=presentatie');
  const total = await page.locator('.presenter .slide-page').count();
  const pdf = await page.pdf({ landscape: true, format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, total, 'PDF pages = slides');
  await page.closeAll();
  const handout = await open('/?modus=print');
  await handout.locator('.handout').waitFor();
  assert.equal(await handout.locator('.handout .slide-page').count(), total);
  assert.equal(await handout.locator('.handout .slide__notes:visible').count(), total);
  assert.deepEqual(await violations(handout), []);
  await handout.closeAll();
});

test('keys typed into a field while presenting stay in the field', async () => {
  const page = await present('/?modus=presentatie#dia-2');
  // A field in the presentation (as a host page or an extension might add one).
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'veld');
    document.querySelector('.presenter').append(field);
    field.focus();
  });
  await page.keyboard.type('n b 5');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByLabel('veld').inputValue(), 'n b 5');
  // Then a key outside the field: it moves one slide from 2, so none of the keys typed
  // before it (next, blackout, jump to 5) was taken.
  await page.locator('#presentatie').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash !== '#dia-2');
  assert.equal(await slide(page), 3);
  assert.equal(await page.locator('.presenter__black').count(), 0);
  await page.closeAll();
});

test('printing in reading mode gives the whole memo with summaries, every section open, no navigation', async () => {
  const page = await open('/#inleiding');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const shown = (el) => getComputedStyle(el).display !== 'none';
    return {
      views: [...document.querySelectorAll('.view')].filter(shown).map((v) => v.id),
      closed: [...document.querySelectorAll('.accordion__panel')].filter((p) => !shown(p)).length,
      summaries: [...document.querySelectorAll('.summary')].filter(shown).length,
      chrome: [...document.querySelectorAll('.toolbar, .progress, .pager, .skip-link')].filter(shown).length,
    };
  });
  assert.ok(printed.views.includes('notitie') && printed.views.includes('tot-slot'), printed.views.join());
  assert.equal(printed.closed, 0);
  assert.equal(printed.summaries, 6);
  assert.equal(printed.chrome, 0);
  await page.closeAll();
});

test('each check the figures can test has a slide: its claim word for word, verdict, measure, dated source', async () => {
  const page = await present('/?modus=presentatie');
  const slides = page.locator('.presenter .slide-page .slide').filter({ has: page.locator('.slide__claim') });
  const titles = await slides.locator('h2').allTextContents();
  assert.deepEqual(titles, ['Hoe groot zijn de kleine gemeenten samen?', 'Duurzame energie', 'Wonen']);
  for (const [n, title] of titles.entries()) {
    const slide = slides.nth(n);
    // The same check in the page (rendered at build time): the slide's claim is part of its
    // claim, the verdict is the same.
    // (Hidden behind the slides: found by its markup, not its role.)
    const check = page.locator('article.check').filter({ has: page.locator(`h4:text-is("${title}")`) });
    const claim = (await slide.locator('blockquote').textContent()).trim();
    assert.ok((await check.locator('blockquote').textContent()).includes(claim), `${title}: ${claim}`);
    assert.equal(await slide.locator('.check__verdict strong').textContent(), await check.locator('.check__verdict strong').textContent());
    assert.match(await slide.locator('.slide__measure').textContent(), /\d/);
    assert.match(await slide.locator('.slide__source').textContent(), /^Bron: CBS, .*\b2024\b/);
    assert.match(await slide.locator('figcaption').textContent(), /^Bewering uit: /);
  }
  await page.closeAll();
});

test('the controls leave the projected image after about 2 s without a mouse move, and come back for the mouse and the keyboard', async () => {
  const page = await present('/?modus=presentatie', { width: 1920, height: 1080 });
  const shown = (value) =>
    page.waitForFunction((v) => getComputedStyle(document.querySelector('.presenter__controls')).opacity === v, value, { timeout: 6000 });
  // Shown when presenting starts, then hidden (the wait is for the condition, at most 6 s).
  await shown('0');
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await shown('1');
  await shown('0');
  // The keyboard: a control with the focus is shown, and works.
  const next = page.getByRole('button', { name: 'Volgende →' });
  await next.focus();
  await shown('1');
  await page.keyboard.press('Enter');
  await waitForSlide(page, 2);
  assert.deepEqual(await violations(page), []);
  await page.closeAll();
});

test('one message per slide: at most 40 words, and every slide with figures has its source and date', async () => {
  const page = await open('/?modus=print&gemeente=GM0050');
  await page.locator('.handout .slide__map').waitFor();
  // The words a slide shows the room: not its source lines (nor a claim's), not a chart's
  // labels (an image, with its own text alternative), not a symbol beside words.
  const slides = await page.locator('.handout .slide').evaluateAll((all) =>
    all.map((slide) => {
      const copy = slide.cloneNode(true);
      copy.querySelectorAll('.slide__source, .slide__claim figcaption, svg, [aria-hidden="true"]').forEach((el) => el.remove());
      return {
        title: slide.querySelector('h2')?.textContent,
        words: (copy.textContent.match(/\S+/g) ?? []).length,
        figures: Boolean(slide.querySelector('svg, table, .slide__number, .slide__measure, .slide__bars')),
        source: slide.querySelector('.slide__source')?.textContent ?? '',
      };
    }),
  );
  assert.ok(slides.length >= 28, `${slides.length} slides`);
  for (const s of slides) {
    assert.ok(s.words <= 40, `${s.title}: ${s.words} words`);
    if (s.figures) assert.match(s.source, /\b(19|20)\d\d\b/, `${s.title}: a source with its date`);
  }
  // The step slides are split: every step has at least one, none has more than 40 words.
  assert.ok(slides.filter((s) => s.title?.startsWith('Volgens K80')).length >= 6);
  await page.closeAll();
});

test('big-number slides show the key figures from the data, the first beside the map of small municipalities', async () => {
  const page = await present('/?modus=presentatie#dia-4', { width: 1920, height: 1080 });
  const rows = dataRows('gemeenten_kerncijfers_2024.csv');
  const small = rows.filter((r) => Number(r.inwoners) < 25000);
  const slide = page.locator('.presenter .slide-page:not([hidden]) .slide');
  await slide.locator('.slide__map').waitFor();
  assert.equal(await slide.locator('.slide__number').innerText(), String(small.length));
  assert.match(await slide.locator('h2').innerText(), new RegExp(`van de ${rows.length} gemeenten hebben minder dan 25\\.000 inwoners`));
  const map = slide.getByRole('img', { name: `Kaart van Nederland met alle gemeenten. De ${small.length} kleine gemeenten zijn gearceerd.` });
  assert.equal(await map.locator('path').count(), rows.length);
  const hatched = await map.locator('path.slide__map-area--small').count();
  assert.equal(hatched, small.length);
  assert.equal(await map.locator('path.slide__map-area--small').first().evaluate((p) => getComputedStyle(p).fill), 'url("#dia-kaart-klein")');
  assert.match(await slide.locator('.slide__source').innerText(), /1 januari 2024/);
  assert.deepEqual(await violations(page), []);
  await page.keyboard.press('ArrowRight');
  await waitForSlide(page, 5);
  const inhabitants = small.reduce((sum, r) => sum + Number(r.inwoners), 0);
  assert.equal(await page.locator('.presenter .slide-page:not([hidden]) .slide__number').innerText(), dutch(inhabitants));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("the title slide has its own look at full contrast, and a check's chart follows its check", async () => {
  const page = await present('/?modus=presentatie', { width: 1920, height: 1080 });
  const title = page.locator('.presenter .slide-page:not([hidden]) .slide');
  assert.equal(await title.evaluate((s) => s.classList.contains('slide--title')), true);
  assert.deepEqual(await violations(page), []);
  // The energy check, then every municipality's figure as a chart with its text alternative.
  const titles = await page.locator('.presenter .slide h2').allInnerTexts();
  const check = titles.indexOf('Duurzame energie');
  assert.ok(check > 0, 'the energy check has its slide');
  assert.equal(titles[check + 1], 'Duurzame energie: elke gemeente');
  await page.keyboard.type(String(check + 2));
  await page.keyboard.press('Enter');
  await waitForSlide(page, check + 2);
  // The charts on the slides are copies of the page's own, their ids kept unique.
  const named = async (chart) => {
    const ids = (await chart.getAttribute('aria-labelledby')).split(' ');
    assert.ok(ids.every((id) => id.endsWith('-dia')), ids.join(' '));
    for (const id of ids) assert.equal(await page.locator(`[id="${id}"]`).count(), 1, id);
    return ids;
  };
  const chart = page.locator('.presenter .slide-page:not([hidden]) svg[role=img]');
  assert.match((await named(chart))[0], /^spreiding-energie-/);
  assert.deepEqual(await violations(page), []);
  const series = titles.indexOf('Aantal gemeenten in Nederland per jaar');
  await page.keyboard.type(String(series + 1));
  await page.keyboard.press('Enter');
  await waitForSlide(page, series + 1);
  const mergers = page.locator('.presenter .slide-page:not([hidden]) svg[role=img]');
  assert.match((await named(mergers))[0], /^reeks-/);
  assert.ok((await mergers.boundingBox()).height > 300, 'drawn large');
  await page.closeAll();
});

test('in the speaker view a chart moves from the next slide to this one and back', async () => {
  const page = await open('/?modus=presentatie&gemeente=GM0050');
  await page.locator('.presenter__stage').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.presenter .slide').length > 20);
  const titles = await page.locator('.presenter .slide h2').allInnerTexts();
  const series = titles.indexOf('Aantal gemeenten in Nederland per jaar') + 1;
  await page.closeAll();
  const speaker = await open(`/?modus=spreker&gemeente=GM0050#dia-${series - 1}`, { width: 1600, height: 900 });
  const chartIn = (stage) => speaker.locator(`${stage} svg[role=img][aria-labelledby^="reeks-"]`);
  await chartIn('.speaker__stage--next').waitFor();
  await speaker.keyboard.press('ArrowRight');
  await waitForSlide(speaker, series);
  await chartIn('.speaker__stage:not(.speaker__stage--next)').waitFor();
  assert.equal(await chartIn('.speaker__stage--next').count(), 0);
  await speaker.keyboard.press('ArrowLeft');
  await waitForSlide(speaker, series - 1);
  await chartIn('.speaker__stage--next').waitFor();
  assert.equal(await chartIn('.speaker__stage:not(.speaker__stage--next)').count(), 0);
  assert.deepEqual(speaker.problems(), []);
  await speaker.closeAll();
});
