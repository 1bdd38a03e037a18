// The municipality pages (gemeente/<naam>/, made at build time by src/prerender.rs): complete
// without scripts. With them, the comparison (picker, map, charts) comes under its link, as
// any site embeds it: an iframe of the explainer in embed mode, sized to its content by
// embed.js (loaded after this script). It is made only when its place comes near the screen,
// so the page's first view never loads the explainer. The address is the one the page names
// (data-insluiten-hier, written by src/route.rs); nothing else is read.
const place = (host) => {
  const frame = document.createElement('iframe');
  frame.src = host.getAttribute('data-insluiten-hier');
  frame.title = host.getAttribute('data-titel');
  frame.className = 'municipality__app';
  frame.setAttribute('data-k80-uitleg', '');
  host.append(frame);
};
const near = new IntersectionObserver(
  (entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      near.unobserve(e.target);
      place(e.target);
    }
  },
  { rootMargin: '400px 0px' },
);
for (const host of document.querySelectorAll('[data-insluiten-hier]')) near.observe(host);

// "Delen": this page's address (data-delen, relative to it) through the browser's share
// sheet where it has one, otherwise on the clipboard; what happened in the status line
// (delen-status), in the words the page gives (data-gekopieerd, data-niet-gekopieerd; the
// link itself when copying failed). Text only, never HTML.
const share = document.querySelector('[data-delen]');
share?.addEventListener('click', async () => {
  const status = document.getElementById('delen-status');
  const link = new URL(share.getAttribute('data-delen'), location.href).href;
  status.textContent = '';
  if (navigator.share) {
    try {
      await navigator.share({ title: document.title, url: link });
      return;
    } catch (e) {
      // Cancelled: nothing to say. Refused: copy instead.
      if (e.name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = share.getAttribute('data-gekopieerd');
  } catch {
    status.textContent = share.getAttribute('data-niet-gekopieerd').replace('{link}', link);
  }
});

// "Print als brief" (data-brief), and a link with ?modus=brief, which prints on opening: the
// browser's print dialog; on paper the page has the brief's layout (styles/gemeente.css).
document.querySelector('[data-brief]')?.addEventListener('click', () => print());
if (new URLSearchParams(location.search).get('modus') === 'brief') {
  addEventListener('load', () => print(), { once: true });
}
