// The service worker: after the first visit the page, both modules, the data, the map and
// the accessibility statement work without a network. tools/headers.mjs prepends, at build
// time, `const VERSION = '…', FILES = [...]`: the files to keep, and a version made from
// their hashes. A new deployment is therefore a new sw.js, which installs, takes over on the
// next load and deletes the caches of earlier versions.
//
// Same origin only. The page itself: network first (a new deployment is seen at once), the
// cache when offline. Everything else: the cache first.
//
// The municipality pages (gemeente/…, 342 of them) are not precached: a page and its CSV are
// kept when visited (once this worker runs: the explainer registers it), so what you have read
// stays readable offline; one that is not kept says so, in Dutch, with a link to the explainer.
/* global VERSION, FILES */
const CACHE = `k80-uitleg-${VERSION}`;

self.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('k80-uitleg-') && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

// The pre-flight check (?modus=controle) asks what of the list is kept: the number of files,
// and those missing from this version's cache.
self.addEventListener('message', (e) => {
  if (e.data !== 'k80-uitleg:voorraad' || !e.source) return;
  e.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(FILES.map((file) => cache.match(file).then((found) => (found ? null : file)))))
      .then((missing) => e.source.postMessage({ type: 'k80-uitleg:voorraad', v: 1, totaal: FILES.length, ontbreekt: missing.filter(Boolean) })),
  );
});

const ROOT = new URL('./', location.href).href;
const PAGES = new URL('./gemeente/', location.href).pathname;
const visitedPage = (url) => url.pathname.startsWith(PAGES);

// A copy of a good answer for a municipality page or its CSV, in this version's cache.
const keep = (request, response) => {
  if (response.ok && visitedPage(new URL(request.url))) {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
};

const notSaved = () =>
  new Response(
    `<!doctype html><html lang="nl"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Offline</title>` +
      `<main><h1>U bent offline</h1><p>Deze pagina is niet op dit apparaat bewaard.</p>` +
      `<p><a href="${ROOT}">Naar de uitleg bij de notitie</a></p></main>`,
    { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== location.origin) return;
  if (e.request.mode === 'navigate') {
    e.respondWith(
      fetch(e.request)
        .then((r) => keep(e.request, r))
        .catch(() =>
          caches
            .match(e.request, { ignoreSearch: true })
            .then((r) => r || (visitedPage(url) ? notSaved() : caches.match('./', { ignoreSearch: true }))),
        ),
    );
    return;
  }
  e.respondWith(caches.match(e.request, { ignoreSearch: true }).then((r) => r || fetch(e.request).then((f) => keep(e.request, f))));
});
