// Deployable anywhere (issue 5): dist/ served from a sub-path as it is, and opened from
// file:// (the prerendered text at least); the security headers; offline after a first visit.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { harness, openPage, hydrated, serve, DIST, distFile } from './helpers.mjs';

const h = harness();
let site;
after(() => site?.close());

test('dist/ works from a sub-path without rebuilding: explainer, comparison, map, presenter', async () => {
  const root = mkdtempSync(join(tmpdir(), 'k80-site-'));
  mkdirSync(join(root, 'k80'));
  symlinkSync(DIST, join(root, 'k80', 'uitleg'));
  site = await serve(root);
  const page = await openPage(h.browser, site.url);
  const missing = [];
  page.on('response', (r) => r.status() >= 400 && missing.push(`${r.status()} ${r.url()}`));
  await page.goto(`${site.url}/k80/uitleg/?gemeente=GM0050#vergelijk`);
  await hydrated(page);
  await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
  await page.getByRole('img', { name: /^Kaart van Nederland/ }).waitFor();
  await page.getByRole('link', { name: 'Presenteren' }).click();
  await page.locator('.presenter__stage').waitFor();
  assert.match(new URL(page.url()).pathname, /^\/k80\/uitleg\/$/);
  await page.keyboard.press('Escape');
  await page.locator('footer').getByRole('link', { name: 'Toegankelijkheid' }).click();
  await page.waitForURL(/\/k80\/uitleg\/toegankelijkheid\.html$/);
  assert.deepEqual(missing, []);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test('opened from file://, the page shows the memo and its explanation', async () => {
  const page = await openPage(h.browser, 'file://');
  await page.goto(pathToFileURL(join(DIST, 'index.html')).href);
  await page.getByRole('heading', { level: 1, name: 'Wat vraagt K80 aan de Tweede Kamer?' }).waitFor();
  // Without a server the modules cannot load; the page falls back to showing every step.
  await page.waitForFunction(() => document.documentElement.classList.contains('no-wasm'));
  for (const id of ['start', 'inleiding', 'tot-slot', 'notitie']) {
    assert.equal(await page.locator(`#${id}`).isVisible(), true, id);
  }
  assert.match(await page.locator('#notitie').innerText(), /een regio is slechts zo sterk als de gemeenten die haar vormen/);
  await page.closeAll();
});

test('under the Content-Security-Policy of _headers no mode logs a violation', async () => {
  const strict = await serve(DIST, { headers: true });
  try {
    for (const [path, ready] of [
      ['/#inleiding', '#inleiding[data-current]'],
      ['/?gemeente=GM0050#vergelijk', '.map__svg'],
      ['/?modus=presentatie&gemeente=GM0050', '.presenter__stage'],
      ['/?modus=spreker', '.speaker'],
      ['/?modus=print', 'div.handout'],
      ['/?embed&weergave=vergelijk&gemeente=GM0050', '.figures'],
      ['/toegankelijkheid.html', 'h1'],
    ]) {
      const page = await openPage(h.browser, strict.url);
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const response = await page.goto(strict.url + path);
      assert.match(response.headers()['content-security-policy'], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      await page.locator(ready).first().waitFor();
      assert.deepEqual(await page.evaluate(() => window.__violations), [], path);
      assert.deepEqual(page.problems(), [], path);
      await page.closeAll();
    }
  } finally {
    await strict.close();
  }
});

test('a file that does not match its integrity hash is refused, and the page says so', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.route(`**/${distFile('on-demand', '_bg.wasm')}`, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 1;
    await route.fulfill({ response, body });
  });
  await page.goto(`${h.server.url}/#vergelijk`);
  await hydrated(page);
  await page.waitForFunction(() => document.documentElement.classList.contains('no-module'));
  await page.getByRole('alert').filter({ hasText: 'Een deel van deze pagina kon niet worden geladen' }).waitFor();
  assert.equal(await page.locator('.compare__without-app').isVisible(), false, 'JavaScript is on: not that message');
  await page.closeAll();
});

/**
 * A copy of `from` as the next deployment with a changed on-demand module: its JS gets a new
 * line, so a new content hash in its name, a new integrity hash, and a new service worker.
 */
function deployWithChangedModule(from, to) {
  cpSync(from, to, { recursive: true });
  const old = distFile('on-demand', '.js', to);
  const code = `${readFileSync(join(to, old), 'utf8')}\n// build B\n`;
  const sha = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
  const renamed = `on-demand-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  rmSync(join(to, old));
  writeFileSync(join(to, renamed), code);
  const page = readFileSync(join(to, 'index.html'), 'utf8');
  writeFileSync(
    join(to, 'index.html'),
    page.replaceAll(old, renamed).replace(sha(readFileSync(join(from, old), 'utf8')), sha(code)),
  );
  const worker = readFileSync(join(to, 'sw.js'), 'utf8');
  writeFileSync(join(to, 'sw.js'), worker.replaceAll(old, renamed).replace(/VERSION = '[0-9a-f]+'/, "VERSION = 'build-b'"));
  return renamed;
}

test('after a new deployment with a changed module, a returning visitor gets a working comparison at once, and offline after it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'k80-redeploy-'));
  const [a, b] = [join(root, 'a'), join(root, 'b')];
  cpSync(DIST, a, { recursive: true });
  const moduleB = deployWithChangedModule(a, b);
  // One address, whose files are build A's, then build B's.
  symlinkSync(a, join(root, 'live'));
  const live = await serve(join(root, 'live'));
  try {
    const page = await openPage(h.browser, live.url);
    await page.goto(`${live.url}/?gemeente=GM0050#vergelijk`);
    await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    // A returning visitor: build A's worker answers the page's requests from its cache.
    await page.reload();
    await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);
    rmSync(join(root, 'live'));
    symlinkSync(b, join(root, 'live'));

    await page.reload();
    await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
    // (Requests the worker answers are not the page's in Playwright: the resource timing has them.)
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.ok(loaded.includes(`/${moduleB}`), loaded.join(', '));
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('no-module')), false);

    // Build B's worker takes over and keeps build B for offline use: installed (its cache
    // filled), activated (build A's cache deleted), nothing waiting.
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const keys = await caches.keys();
      return (
        registration?.active?.state === 'activated' &&
        !registration.installing &&
        !registration.waiting &&
        keys.length === 1 &&
        keys[0] === 'k80-uitleg-build-b'
      );
    });
    await page.context().setOffline(true);
    await page.reload();
    await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
    const offline = /net::ERR_INTERNET_DISCONNECTED/;
    assert.deepEqual(page.problems().filter((p) => !offline.test(p)), []);
    await page.closeAll();
  } finally {
    await live.close();
  }
});

test('after a first visit the page, the comparison, the map and presenter mode work offline', async () => {
  const page = await openPage(h.browser, h.server.url);
  await page.goto(`${h.server.url}/?gemeente=GM0050#vergelijk`);
  await hydrated(page);
  // The worker is active once everything is in its cache.
  await page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active)));
  await page.context().setOffline(true);
  await page.reload();
  await hydrated(page);
  await page.locator('.figures h3', { hasText: 'Cijfers van Zeewolde' }).waitFor();
  await page.getByRole('img', { name: /^Kaart van Nederland/ }).waitFor();
  await page.getByRole('link', { name: 'Presenteren' }).click();
  await page.locator('.presenter__stage').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#dia-2');
  // Requests to other origins are never cached or answered by the worker.
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) urls.push(r.url);
    return urls;
  });
  assert.ok(cached.length > 5 && cached.every((u) => u.startsWith(h.server.url)), cached.join(', '));
  // The browser may report the page's own network-first request failing: that is being offline.
  const offline = /net::ERR_INTERNET_DISCONNECTED/;
  assert.deepEqual(page.problems().filter((p) => !offline.test(p)), []);
  await page.closeAll();
});

test('a new deployment takes over on the next load, and a running presentation keeps going', async () => {
  const root = mkdtempSync(join(tmpdir(), 'k80-deploy-'));
  cpSync(DIST, root, { recursive: true });
  const live = await serve(root);
  try {
    const page = await openPage(h.browser, live.url);
    await page.goto(`${live.url}/?modus=presentatie`);
    await page.locator('.presenter__stage').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const before = await page.evaluate(() => caches.keys());
    // Deploy: a changed page, so a new worker with a new cache.
    writeFileSync(join(root, 'index.html'), readFileSync(join(root, 'index.html'), 'utf8').replace('</body>', '<!-- versie 2 --></body>'));
    const worker = readFileSync(join(root, 'sw.js'), 'utf8');
    assert.match(worker, /VERSION = '[0-9a-f]{16}'/);
    writeFileSync(join(root, 'sw.js'), worker.replace(/VERSION = '[0-9a-f]+'/, "VERSION = 'versie2'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] === 'k80-uitleg-versie2';
    });
    assert.notDeepEqual(before, ['k80-uitleg-versie2']);
    // The presentation on screen goes on.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#dia-2');
    await page.reload();
    await page.locator('.presenter__stage').waitFor();
    assert.match(await page.content(), /versie 2/);
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  } finally {
    await live.close();
  }
});

test('header scan: the served headers pass the usual checks (securityheaders.com list, CSP hygiene)', async () => {
  const strict = await serve(DIST, { headers: true });
  try {
    const response = await fetch(`${strict.url}/`);
    const header = (name) => response.headers.get(name) ?? '';
    assert.equal(header('x-content-type-options'), 'nosniff');
    assert.equal(header('referrer-policy'), 'no-referrer');
    assert.match(header('permissions-policy'), /camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    assert.match(header('strict-transport-security'), /max-age=\d{7,}/);
    const csp = Object.fromEntries(header('content-security-policy').split('; ').map((d) => [d.split(' ')[0], d]));
    for (const [directive, value] of Object.entries({
      'default-src': "default-src 'self'",
      'object-src': "object-src 'none'",
      'base-uri': "base-uri 'none'",
      'form-action': "form-action 'none'",
      'connect-src': "connect-src 'self'",
      'img-src': "img-src 'self' data:",
      'frame-ancestors': 'frame-ancestors *',
    })) {
      assert.equal(csp[directive], value, directive);
    }
    // Scripts: this origin, WebAssembly, and the page's own inline scripts by hash; nothing else.
    assert.match(csp['script-src'], /^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
    // And no page of dist/ carries an inline event handler or a javascript: URL.
    for (const page of ['index.html', 'toegankelijkheid.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      assert.doesNotMatch(html, /\son[a-z]+=|javascript:/i, page);
    }
  } finally {
    await strict.close();
  }
});
