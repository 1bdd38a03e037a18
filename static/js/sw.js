// The service worker: after the first visit the page, both modules, the data, the map and
// the accessibility statement work without a network. tools/headers.mjs prepends, at build
// time, `const VERSION = '…', FILES = [...]`: the files to keep, and a version made from
// their hashes. A new deployment is therefore a new sw.js, which installs, takes over on the
// next load and deletes the caches of earlier versions.
//
// Same origin only. The page itself: network first (a new deployment is seen at once), the
// cache when offline. Everything else: the cache first.
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

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== location.origin) return;
  if (e.request.mode === 'navigate') {
    e.respondWith(
      fetch(e.request).catch(() =>
        caches.match(e.request, { ignoreSearch: true }).then((r) => r || caches.match('./', { ignoreSearch: true })),
      ),
    );
    return;
  }
  e.respondWith(caches.match(e.request, { ignoreSearch: true }).then((r) => r || fetch(e.request)));
});
