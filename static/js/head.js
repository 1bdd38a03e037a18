// The head script: runs before the first paint, inline in index.html (minified and given
// its CSP hash at build time by tools/page.mjs and tools/headers.mjs). Nothing from the URL
// becomes HTML here: an attribute value, two fixed class names, a number.
//
// 1. The URL's fragment goes into <html data-view>, so the stylesheet shows that view from
//    the first frame (Chromium applies :target only a frame after the first paint); for a
//    sentence of the memo (#inleiding-zin-2, the anchors of src/route.rs) its step, with
//    data-zin, so the stylesheet opens its section. It follows the fragment until the app
//    has taken over ("k80-klaar", sent once the app shows the view the URL names); then the
//    app's own data-current decides.
// 2. A municipality in the link (?gemeente=), embed mode (?embed) and the comparison alone
//    (&weergave=vergelijk) as classes on <html>, so the page is laid out for them from the
//    first frame; and whether the link asks for the on-demand module (module-wanted) or the
//    presenter module (presenter-wanted).
// 3. The skip link moves the focus to the content and leaves the URL alone: `#inhoud` in
//    the address bar names no view, so a reload would open the first step.
// 4. When the app cannot run (<html class="no-wasm">: every view shown, one after another),
//    the view the fragment names is brought into view once: it is now far down the page.
// 5. In an iframe: the page's height goes to the host page (static/embed.js sizes the
//    iframe), on every change and when the host asks; and the top of new content the app
//    moves the focus to, so the host can bring it into view.
{
  const html = document.documentElement;
  let fragment;
  const showFragment = () => {
    fragment = location.hash.slice(1);
    const sentence = /^(.+)-zin-[1-9]\d{0,2}$/.exec(fragment);
    html.dataset.view = sentence ? sentence[1] : fragment;
    html.toggleAttribute('data-zin', !!sentence);
  };
  showFragment();
  addEventListener('hashchange', showFragment);
  addEventListener('k80-klaar', () => {
    removeEventListener('hashchange', showFragment);
    delete html.dataset.view;
    html.removeAttribute('data-zin');
  });

  const fallback = new MutationObserver(() => {
    if (!html.classList.contains('no-wasm')) return;
    fallback.disconnect();
    const target = fragment && document.getElementById(fragment);
    // Not embedded: scrolling into view would scroll the host page too.
    if (target && !html.classList.contains('embed')) target.scrollIntoView();
  });
  fallback.observe(html, { attributes: true, attributeFilter: ['class'] });

  addEventListener('click', (e) => {
    const skip = e.target.closest?.('[data-skip]');
    const target = skip && document.getElementById(skip.hash.slice(1));
    if (!target) return;
    e.preventDefault();
    target.focus();
  });

  const query = new URLSearchParams(location.search);
  // A municipality in the link: the on-demand module will add a line to every step, so the
  // stylesheet keeps room for it at the step's end (nothing in view moves when it comes).
  // (`naast` alone names one too: its first is the chosen municipality.)
  if (query.has('gemeente') || query.has('naast')) html.classList.add('has-municipality');
  // Something of a module is asked for: the loader downloads it at once (a hint
  // for speed only; the app decides what the URL means).
  if (query.has('modus')) html.classList.add('presenter-wanted');
  else if (['gemeente', 'naast'].some((p) => query.has(p)) || query.get('weergave') === 'vergelijk') {
    html.classList.add('module-wanted');
  }
  if (query.has('embed')) {
    html.classList.add('embed');
    if (query.get('weergave') === 'vergelijk') html.classList.add('embed-vergelijk');
    if (parent !== self) {
      let last = 0;
      const report = (always) => {
        const height = Math.ceil(html.getBoundingClientRect().height);
        if (always || height !== last) {
          last = height;
          parent.postMessage({ type: 'k80-uitleg:hoogte', v: 1, hoogte: height }, '*');
        }
      };
      new ResizeObserver(() => report(false)).observe(html);
      addEventListener('message', (e) => {
        if (e.source === parent && e.data?.type === 'k80-uitleg:vraag') report(true);
      });
      // The app moved the focus to new content itself ("k80-focus": the next step, new
      // figures): its top, in this page, goes to the host, which scrolls it into view if it
      // is out of view (the host's scrolling is the host's). Never on loading, never for a
      // click or a return to the tab.
      addEventListener('k80-focus', () => {
        const target = document.activeElement;
        if (!target || target === document.body) return;
        const top = Math.max(0, Math.round(target.getBoundingClientRect().top + scrollY));
        parent.postMessage({ type: 'k80-uitleg:in-beeld', v: 1, boven: top }, '*');
      });
    }
  }
}
