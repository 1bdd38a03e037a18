// axe-core (WCAG 2.1 A and AA) on every view, at phone and desktop width, in light and dark,
// as loaded and with every section open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { harness, openPage, hydrated, STEP_IDS } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const h = harness();

async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`0 axe violations at ${width} px, ${colorScheme}, as loaded and with every section open`, async () => {
      const page = await openPage(h.browser, h.server.url, { width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`${h.server.url}/`);
      await hydrated(page);
      assert.deepEqual(await violations(page), [], 'as loaded');
      await page.locator('.progress__link[href="#inleiding"]').click();

      await page.getByRole('button', { name: 'Alles openen' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.accordion__panel[hidden]').length === 0);
      for (const id of [...STEP_IDS, 'notitie', 'vergelijk']) {
        await page.locator(`.progress__link[href="#${id}"], .toolbar__link[href="#${id}"]`).first().click();
        await page.waitForFunction((id) => document.querySelector(`#${id}[data-current]`) !== null, id);
        assert.deepEqual(await violations(page), [], `#${id} with every section open`);
      }
      assert.deepEqual(page.problems(), []);
      await page.closeAll();
    });
  }
}
