// Printing (issue 10): slides from presenter mode and the handout one per landscape page,
// scaled as one piece; the reading text portrait. Checked on the PDF's pages rendered to
// images (poppler's pdftoppm), and on the slides' boxes in print layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harness } from './helpers.mjs';

const h = harness();

/**
 * Opens `path` with the module it needs running (the presenter module for a mode, else the
 * on-demand module) and the modules' stylesheet applied.
 */
async function ready(path, selector, options) {
  const page = await h.open(path, options);
  await page.locator(selector).first().waitFor({ state: 'attached' });
  const [event, ready] = path.includes('modus=')
    ? ['k80-presentatie-nodig', 'presenter-ready']
    : ['k80-module-nodig', 'module-ready'];
  await page.evaluate((event) => dispatchEvent(new Event(event)), event);
  await page.waitForFunction((ready) => document.documentElement.classList.contains(ready), ready);
  await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.includes('on-demand')));
  return page;
}

/** The page printed to PDF, each page rendered to an image: `{ width, height, pixel(x, y) }`. */
async function printed(page) {
  const dir = mkdtempSync(join(tmpdir(), 'k80-print-'));
  writeFileSync(join(dir, 'out.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-r', '24', join(dir, 'out.pdf'), join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ppm'))
    .sort()
    .map((f) => {
      const data = readFileSync(join(dir, f));
      // P6, width, height, 255, then RGB bytes.
      const header = data.subarray(0, 32).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
      const [width, height, start] = [Number(header[1]), Number(header[2]), header[0].length];
      const pixel = (x, y) => [...data.subarray(start + 3 * (y * width + x), start + 3 * (y * width + x) + 3)];
      return { width, height, pixel };
    });
}

/** Whether any pixel in rows [from, to) of an image satisfies `test`. */
function anyPixel({ width, pixel }, from, to, test) {
  for (let y = from; y < to; y++) for (let x = 0; x < width; x++) if (test(pixel(x, y))) return true;
  return false;
}

const orange = ([r, g, b]) => r > 170 && g > 40 && g < 200 && b < 90 && r - b > 120;
const ink = ([r, g, b]) => r + g + b < 600;

for (const [name, path, selector] of [
  ['presenter mode', '/?modus=presentatie&gemeente=GM0050#dia-3', '.presenter__stage'],
  ['the handout', '/?modus=print&gemeente=GM0050', 'div.handout'],
]) {
  test(`printing ${name}: a landscape page per slide, the text scaled with the slide, nothing runs over`, async () => {
    const page = await ready(path, selector);
    const slides = await page.locator('.slide-page').count();
    await page.emulateMedia({ media: 'print' });
    // In print layout: every box inside its slide; body text smaller than the heading.
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll('.slide-page > .slide')].flatMap((slide, n) => {
        const box = slide.getBoundingClientRect();
        const heading = slide.querySelector('h2:not(.slide__label)') ?? slide.querySelector('h2');
        const headingSize = parseFloat(getComputedStyle(heading).fontSize);
        const out = [];
        for (const el of slide.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
            out.push(`slide ${n + 1}: ${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} runs out of the slide`);
          }
        }
        // (A quotation slide's quote is meant to be larger than its label.)
        for (const el of slide.querySelectorAll('p, li, td, th, text')) {
          if (el.closest('.slide__quote')) continue;
          const size = el.tagName === 'text' ? el.getBoundingClientRect().height * 0.8 : parseFloat(getComputedStyle(el).fontSize);
          if (size > headingSize + 0.5) out.push(`slide ${n + 1}: ${el.tagName} ${size.toFixed(1)} px, heading ${headingSize.toFixed(1)} px`);
        }
        return out;
      }),
    );
    assert.deepEqual(problems, []);
    // Back to no emulation: page.pdf() prints with print media unless one is emulated.
    await page.emulateMedia({ media: null });

    const pages = await printed(page);
    assert.equal(pages.length, slides, 'a page per slide');
    for (const [n, image] of pages.entries()) {
      assert.ok(image.width > image.height, `page ${n + 1} is landscape`);
      // Nothing is drawn in the page's bottom margin (text running off the page) …
      assert.equal(anyPixel(image, Math.floor(image.height * 0.96), image.height, ink), false, `page ${n + 1}: ink at the bottom edge`);
      // … and no focus outline prints as a coloured line.
      assert.equal(anyPixel(image, 0, image.height, orange), false, `page ${n + 1}: an orange line`);
    }
    await page.closeAll();
  });
}

test('printing the reading text: portrait pages, the whole walk and the memo', async () => {
  const page = await ready('/#inleiding', '#inleiding .accordion__button');
  // With the module's stylesheet in the page too (its slides' pages must not make all pages landscape).
  const pages = await printed(page);
  assert.ok(pages.length >= 10 && pages.length <= 30, `${pages.length} pages`);
  for (const [n, image] of pages.entries()) assert.ok(image.height > image.width, `page ${n + 1} is portrait`);
  await page.closeAll();
});
