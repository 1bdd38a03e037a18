// The loader: a module script inline in index.html (tools/page.mjs fills in the explainer's
// file names for @MAIN_JS@ and @MAIN_WASM@, minifies it, and tools/headers.mjs puts the
// integrity hashes in place of every sha256-@file@ and its hash in the CSP).
//
// The prerendered page is complete and its links work without the app, so:
// - the explainer's WebAssembly is fetched only after the first contentful paint, when the
//   browser is idle (at the latest after 3 s), never competing with the page itself; when it
//   cannot start (no support, a failed download, a panic at start) <html> gets "no-wasm" and
//   the stylesheet shows every step and the notice;
// - until the app runs, sections that find-in-page opens are marked (data-revealed), so
//   hydration keeps them open;
// - the on-demand module (comparison, checks, presenter mode, embed dialog) is loaded once,
//   when the explainer asks for it ("k80-module-nodig": the URL needs it, or "Insluiten"), or
//   when a step's "Wat zeggen de cijfers?" comes within two screens; when it cannot load,
//   <html> gets "no-module";
// - once the app runs ("k80-klaar"), the service worker is registered for offline use.
// The URL is read and written only by the app (src/location.rs), never here.
const html = document.documentElement;

addEventListener('beforematch', (e) => e.target.setAttribute('data-revealed', ''), true);

let started = false;
const start = () => {
  if (started) return;
  started = true;
  import('@MAIN_JS@')
    .then((app) => app.default({ module_or_path: fetch('@MAIN_WASM@', { integrity: 'sha256-@MAIN_WASM@' }) }))
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

let onDemand = null;
const loadOnDemand = () => {
  if (onDemand) return onDemand;
  const style = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: './on-demand.css',
    integrity: 'sha256-@on-demand.css@',
  });
  document.head.append(style);
  onDemand = import('./on-demand.js')
    .then((module) =>
      module.default({ module_or_path: fetch('./on-demand_bg.wasm', { integrity: 'sha256-@on-demand_bg.wasm@' }) }),
    )
    .catch(() => html.classList.add('no-module'));
  return onDemand;
};
addEventListener('k80-module-nodig', loadOnDemand);

addEventListener('k80-klaar', () => {
  navigator.serviceWorker?.register('./sw.js').catch(() => {});
  try {
    const near = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          near.disconnect();
          loadOnDemand();
        }
      },
      { rootMargin: '200%' },
    );
    document.querySelectorAll('[data-checks]').forEach((checks) => near.observe(checks));
  } catch {
    // No IntersectionObserver: the checks come with the module when it is asked for.
  }
});
