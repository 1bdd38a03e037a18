// axe-core (WCAG 2.1 A and AA) on every view, at phone and desktop width, in light and dark,
// as loaded and with every section open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPage, hydrated, violations, STEP_IDS } from './helpers.mjs';

const h = harness();

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
