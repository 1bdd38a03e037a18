// The size budget, checked on every test run (bytes, not time: repeatable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, hydrated, DIST } from './helpers.mjs';
import { firstView, BUDGET_BROTLI_BYTES } from '../../bench/sizes.mjs';

const h = harness();

test(`the first view is at most ${BUDGET_BROTLI_BYTES / 1000} kB with brotli`, async () => {
  const { assets, total } = await firstView(h.browser, `${h.server.url}/`, DIST, hydrated);
  const kinds = assets.map((a) => a.path.split('.').pop());
  for (const kind of ['/', 'js', 'wasm']) {
    assert.ok(kinds.includes(kind), `the first view loads ${kind} (got ${kinds.join(', ')})`);
  }
  assert.ok(total.brotli <= BUDGET_BROTLI_BYTES, `first view is ${total.brotli} bytes brotli: ${JSON.stringify(assets)}`);
});
