// The loader: a module script inline in index.html (tools/page.mjs fills in the explainer's
// file names for @MAIN_JS@ and @MAIN_WASM@, gives the on-demand module's and the data's file
// names their content hash, minifies it, and tools/headers.mjs puts the integrity hashes in
// place of every sha256-@file@ and its hash in the CSP).
//
// The prerendered page is complete and its links work without the app, so:
// - the explainer's WebAssembly is fetched only after the first contentful paint, when the
//   browser is idle (at the latest after 3 s), never competing with the page itself; when it
//   cannot start (no support, a failed download, a panic at start) <html> gets "no-wasm" and
//   the stylesheet shows every step and the notice;
// - until the app runs, sections that find-in-page opens are marked (data-revealed), so
//   the app keeps them open;
// - the on-demand module (comparison, embed dialog, a municipality's line in the steps) and
//   the presenter module (every ?modus=) are each downloaded,
//   with the data it reads first, as soon as the visitor heads for it (the link names it:
//   <html class="module-wanted"> or "presenter-wanted" from the head script; the comparison
//   comes into view), in parallel with the explainer; each starts once the explainer asks for
//   it ("k80-module-nodig", "k80-presentatie-nodig").
//   Until it runs the page's
//   own loading line shows (<html> without "module-ready"). When it cannot load, <html> gets
//   "no-module" (the page says so) and "Opnieuw proberen" ([data-module-retry]) tries again
//   with fresh downloads;
// - once the app runs ("k80-klaar"), the service worker is registered for offline use.
// The URL is read and written only by the app (src/location.rs), never here (a reload, after
// a failed module script, keeps it as it is).
const html = document.documentElement;

// Downloads a page that goes away stops (an iframe removed or navigated, a reload): no
// request is left to fail after it.
// (Not a page kept in the back/forward cache: it comes back and carries on.)
const leaving = new AbortController();
addEventListener('pagehide', (e) => e.persisted || leaving.abort());
const get = (url, integrity) => fetch(url, { integrity, signal: leaving.signal });

addEventListener('beforematch', (e) => e.target.setAttribute('data-revealed', ''), true);

let started = false;
const start = () => {
  if (started) return;
  started = true;
  import('@MAIN_JS@')
    .then((app) => app.default({ module_or_path: get('@MAIN_WASM@', 'sha256-@MAIN_WASM@') }))
    .catch(() => html.classList.add('no-wasm'));
};
const whenIdle = () => (self.requestIdleCallback ? requestIdleCallback(start, { timeout: 500 }) : setTimeout(start, 50));
try {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect();
      whenIdle();
    }
  }).observe({ type: 'paint', buffered: true });
} catch {
  addEventListener('load', whenIdle);
}
setTimeout(start, 3000);

// The two modules: the on-demand module (comparison, embed dialog, a municipality's line in
// the steps) and the presenter module (every mode: slides, speaker view, handout, pre-flight).
// Each is downloaded once per try, beside the data it reads first, and started when the
// explainer asks for it (`event`); `ready` goes on <html> when it runs. Both use the on-demand
// stylesheet.
let glueFailed = false;
const retries = new Set();
// The comparison on screen: the link names it, before the app runs (the head script's
// data-view), or the comparison alone is embedded.
const comparing = () => html.dataset.view === 'vergelijk' || html.classList.contains('embed-vergelijk');
// The modules' stylesheet, once for both; asked for again (on the next try) only if it failed.
let sheet = null;
const stylesheet = () => {
  if (sheet) return;
  sheet = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: './on-demand.css',
    integrity: 'sha256-@on-demand.css@',
  });
  sheet.onerror = () => {
    sheet.remove();
    sheet = null;
  };
  document.head.append(sheet);
};
const module = (event, js, wasmFile, integrity, ready, map) => {
  let downloads = null;
  let running = null;
  const download = () => {
    if (downloads) return downloads;
    stylesheet();
    // The data the module reads first, fetched beside it (the module's own requests then come
    // from the preload); the map only where it is drawn at once.
    const data = ['./gemeenten.tsv', './gemeenten-per-jaar.tsv'];
    if (map()) data.push('./gemeenten-kaart.tsv');
    for (const file of data) {
      if (document.querySelector(`link[href="${file}"]`)) continue;
      const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: file });
      link.crossOrigin = 'anonymous';
      document.head.append(link);
    }
    const glue = import(js);
    // A module script that failed stays failed for this page (the browser keeps the result):
    // trying again then means loading the page again.
    glue.catch(() => (glueFailed = true));
    const wasm = get(wasmFile, integrity);
    // Not yet started: a failure here is reported when it is.
    wasm.catch(() => {});
    downloads = [glue, wasm];
    return downloads;
  };
  const load = () => {
    if (running) return running;
    html.classList.remove('no-module');
    const [glue, wasm] = download();
    running = glue
      .then((code) => code.default({ module_or_path: wasm }))
      .then(() => html.classList.add(ready))
      .catch(() => {
        // The next try downloads afresh.
        downloads = null;
        running = null;
        retries.add(load);
        if (!leaving.signal.aborted) html.classList.add('no-module');
      });
    return running;
  };
  addEventListener(event, load);
  return download;
};
const onDemand = module('k80-module-nodig', './on-demand.js', './on-demand_bg.wasm', 'sha256-@on-demand_bg.wasm@', 'module-ready', comparing);
const presenter = module('k80-presentatie-nodig', './presenter.js', './presenter_bg.wasm', 'sha256-@presenter_bg.wasm@', 'presenter-ready', () => true);

addEventListener('click', (e) => {
  const retry = e.target.closest?.('[data-module-retry]');
  if (!retry) return;
  if (glueFailed) {
    location.reload();
    return;
  }
  // The notice (and its button) hides while trying: the focus goes to the content, and
  // back to the button if it fails again.
  document.querySelector('main')?.focus({ preventScroll: true });
  const failed = [...retries];
  retries.clear();
  Promise.all(failed.map((load) => load())).then(() => html.classList.contains('no-module') && retry.focus());
});

// Downloading early: where the link names a module, and when the comparison comes up.
const wanted = () => html.classList.contains('module-wanted') || comparing();
if (wanted()) onDemand();
if (html.classList.contains('presenter-wanted')) presenter();
addEventListener('hashchange', () => wanted() && onDemand());

addEventListener('k80-klaar', () => navigator.serviceWorker?.register('./sw.js').catch(() => {}));
