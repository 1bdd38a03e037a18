// The size budget, checked on every test run (bytes, not time: repeatable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { harness, hydrated, DIST, distFile } from './helpers.mjs';
import {
  firstView,
  compressed,
  BUDGET_BROTLI_BYTES,
  BUDGET_TABLE_BROTLI_BYTES,
  BUDGET_MAP_BROTLI_BYTES,
  BUDGET_MODULE_BROTLI_BYTES,
  BUDGET_PRESENTER_BROTLI_BYTES,
} from '../../bench/sizes.mjs';

const h = harness();

test(`the first view is at most ${BUDGET_BROTLI_BYTES / 1000} kB with brotli`, async () => {
  const { assets, total } = await firstView(h.browser, `${h.server.url}/`, DIST, hydrated);
  const kinds = assets.map((a) => a.path.split('.').pop());
  for (const kind of ['/', 'js', 'wasm']) {
    assert.ok(kinds.includes(kind), `the first view loads ${kind} (got ${kinds.join(', ')})`);
  }
  assert.ok(total.brotli <= BUDGET_BROTLI_BYTES, `first view is ${total.brotli} bytes brotli: ${JSON.stringify(assets)}`);
});

test(`the municipality table, loaded on demand, is at most ${BUDGET_TABLE_BROTLI_BYTES / 1000} kB with brotli`, () => {
  const table = readFileSync(join(DIST, distFile('gemeenten', '.tsv')));
  assert.equal(table.toString('utf8').trim().split('\n').length, 343, 'header and 342 municipalities');
  const { brotli } = compressed(table);
  assert.ok(brotli <= BUDGET_TABLE_BROTLI_BYTES, `gemeenten.tsv is ${brotli} bytes brotli`);
});

test(`the map, loaded lazily, is at most ${BUDGET_MAP_BROTLI_BYTES / 1000} kB with brotli`, () => {
  const map = readFileSync(join(DIST, distFile('gemeenten-kaart', '.tsv')));
  assert.equal(map.toString('utf8').trim().split('\n').length, 343, 'viewBox and 342 shapes');
  const { brotli } = compressed(map);
  assert.ok(brotli <= BUDGET_MAP_BROTLI_BYTES, `gemeenten-kaart.tsv is ${brotli} bytes brotli`);
});

for (const [stem, budget] of [
  ['on-demand', BUDGET_MODULE_BROTLI_BYTES],
  ['presenter', BUDGET_PRESENTER_BROTLI_BYTES],
]) {
  test(`the ${stem} module's WebAssembly, loaded on demand, is at most ${budget / 1000} kB with brotli`, () => {
    const { brotli } = compressed(readFileSync(join(DIST, distFile(stem, '_bg.wasm'))));
    assert.ok(brotli <= budget, `${stem} is ${brotli} bytes brotli`);
  });
}
