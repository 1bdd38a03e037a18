// The publication pages (issue 5): the accessibility statement and the privacy line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPage, hydrated, violations } from './helpers.mjs';

const h = harness();

test('the footer links the accessibility statement; it is complete, marks what is missing, and passes axe', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.goto(`${h.server.url}/`);
  await hydrated(page);
  assert.match(await page.locator('footer').innerText(), /Deze pagina verzamelt geen gegevens en laadt niets van andere websites\./);
  await page.locator('footer').getByRole('link', { name: 'Toegankelijkheid' }).click();
  await page.waitForURL(/toegankelijkheid\.html$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Toegankelijkheidsverklaring');
  const text = await page.locator('main').innerText();
  for (const part of ['WCAG', '2.1', 'AA', 'Hoe is dit getest?', 'Wat werkt nog niet helemaal?', 'Contact']) {
    assert.ok(text.includes(part), part);
  }
  assert.match(text, /\[contactgegevens van de uitgever, nog in te vullen\]/);
  assert.equal(await page.locator('script').count(), 0, 'no script on the statement');
  assert.deepEqual(await violations(page), []);
  await page.getByRole('link', { name: 'Terug naar de uitleg bij de notitie' }).click();
  await hydrated(page);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
